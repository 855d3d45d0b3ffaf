/**
 * "Where / which cities" and "how many" on an article the engine was never tuned on: a multi-city tour
 * whose destinations sit in a sentence that calls the minister "Germany's top diplomat", not by name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { articleService, threadOn } from '../fixtures/article-service.js';
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
  const held = (list: string) => articleService(['Envoy raises detentions', 'Envoy Vogt arrived in Karvia on Monday.', list], 'held');

  it.each(['How many Germans are detained?', 'how many germans are held in the region'])('GIVEN a whole list ("the detained Germans are ...") WHEN asked "%s" THEN quotes the sentence naming them', (question) => {
    const answer = held('The Germans detained in the region are Tobias Renner, Anna Falk and Jan Moser, the ministry said.').ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Tobias Renner, Anna Falk and Jan Moser');
  });

  it.each(['How many Germans are detained?', 'how many germans are held in the region'])('GIVEN a list of examples ("among them ...") WHEN asked "%s" THEN the article does not say how many', (question) => {
    expect(service().ask(question).abstained).toBe(true);
  });

  it('GIVEN "how many" with no figure and no list about it THEN still abstains', () => {
    expect(service().ask('How many journalists travel with Vogt?').abstained).toBe(true);
    expect(service().ask('How much does the tour cost?').abstained).toBe(true);
  });
});

describe('ask: which city, when the article names only a country or region', () => {
  const summit = () =>
    createBriefingService(
      staticLibrary(
        ingestArticle(
          [
            'Leaders meet again',
            'The two presidents held a summit in California in November after months of tension.',
            'Their foreign ministers met at a news conference in Italy last week.',
            'Talks in Geneva are planned for the spring.',
          ].join('\n\n'),
          { source: 'summit.txt', articleId: 'summit' },
        ),
      ),
    );

  it.each(['Which city in California hosted the summit?', 'Which Italian city was the news conference in?'])(
    'GIVEN "%s" and only the state or country in the article THEN the article does not say',
    (question) => {
      const answer = summit().ask(question);
      expect(answer.abstained).toBe(true);
      expect(answer.answer).toBe('The article does not say.');
    },
  );

  it('GIVEN the summit quoted WHEN asked "where exactly in california?" THEN the article does not say; where it names the town, the town answers', () => {
    const service = summit();
    expect(service.ask('When did the two presidents hold their summit?', { conversationKey: 'thread' }).answer).toContain('in California in November');
    expect(service.ask('where exactly in california?', { conversationKey: 'thread' }).abstained).toBe(true);
    const named = articleService(['Leaders meet again', 'The two presidents held a summit in Woodside, California, in November.', 'Their ministers met in Italy.'], 'woodside');
    expect(named.ask('When did the two presidents hold their summit?', { conversationKey: 'thread' }).abstained).toBe(false);
    const where = named.ask('where exactly in california?', { conversationKey: 'thread' });
    expect(where.abstained).toBe(false);
    expect(where.answer).toContain('Woodside');
  });

  it('GIVEN a city the article does name THEN it is quoted', () => {
    expect(summit().ask('Which city will host the talks in the spring?').answer).toContain('Talks in Geneva');
  });

  it.each(['Which German city did Vogt speak in before leaving?', 'Which city did Vogt fly to first?'])('GIVEN "%s" on the tour article THEN a city answers it', (question) => {
    expect(service().ask(question).abstained).toBe(false);
  });
});

describe('the dateline is where the story happens', () => {
  const hack = [
    'Ransomware attack forces Ohio hospital to divert ambulances',
    'SPRINGFIELD, Ohio (AP) — A ransomware attack crippled computer systems at the Mercy Valley hospital early Tuesday, officials said.',
    'Hospital officials said they hoped to restore the records system by the weekend.',
  ].join('\n\n');

  it('GIVEN a place question answered by the lead THEN the dateline the lead lost in cleaning comes first; other questions quote the lead alone', () => {
    const where = threadOn(hack)('which city is the hospital in?');
    expect(where.answer.startsWith('Springfield, Ohio — A ransomware attack crippled')).toBe(true);
    expect(where.sources[0]?.text.startsWith('A ransomware attack')).toBe(true);
    expect(threadOn(hack)('when did the attack happen?').answer.startsWith('A ransomware attack crippled')).toBe(true);
  });
});
