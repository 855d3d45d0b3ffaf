/**
 * "Where / which cities" and "how many" on an article the engine was never tuned on: a multi-city tour
 * whose destinations sit in a sentence that calls the minister "Germany's top diplomat", not by name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const file = new URL('./fixtures/asia-tour.txt', import.meta.url);
const service = () => createBriefingService(staticLibrary(ingestArticle(readFileSync(file), { source: 'asia-tour.txt', articleId: 'asia-tour' })));
const DESTINATIONS = "Germany's top diplomat is due to fly on to Seoul";

describe('ask: which places', () => {
  it.each(['Which cities will Vogt visit?', 'where is vogt going after tokyo', 'wich citys is vogt travelling to', 'Where will Vogt end her trip?'])(
    'GIVEN "%s" THEN quotes the sentence listing the destinations, though it names the minister only by epithet',
    (question) => {
      const answer = service().ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.answer).toContain(DESTINATIONS);
      // The reader sees who "Germany's top diplomat" is: the sentence naming her comes with it, first.
      expect(answer.answer.indexOf('Lena Vogt')).toBeLessThan(answer.answer.indexOf(DESTINATIONS));
    },
  );

  it('GIVEN a conversation about the minister THEN "where is she going next?" finds the destinations too', () => {
    const conversation = service();
    conversation.ask('Who is Lena Vogt?', { conversationKey: 'thread' });
    const answer = conversation.ask('where is she going next?', { conversationKey: 'thread' });
    expect(answer.answer).toContain(DESTINATIONS);
  });

  it('GIVEN a "where" question about a place already named THEN a sentence with that place alone is not the answer', () => {
    expect(service().ask('Where did Vogt speak to reporters?').answer).toContain('in Berlin');
  });

  it('GIVEN "why" about the visit THEN the reason is quoted, not the itinerary', () => {
    const answer = service().ask('Why is Vogt visiting Asia?').answer;
    expect(answer).toContain('meant to reassure partners');
    expect(answer).not.toContain('Seoul');
  });
});

describe('ask: how many, answered by a list of names', () => {
  it.each(['How many Germans are detained?', 'how many germans are held in the region'])('GIVEN "%s" THEN quotes the sentence naming them', (question) => {
    const answer = service().ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Tobias Renner, Anna Falk and Jan Moser');
  });

  it('GIVEN "how many" with no figure and no list about it THEN still abstains', () => {
    expect(service().ask('How many journalists travel with Vogt?').abstained).toBe(true);
    expect(service().ask('How much does the tour cost?').abstained).toBe(true);
  });
});
