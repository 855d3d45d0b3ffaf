/**
 * Everyday words for what the article says in its own, from the forty-ninth blind review, where each of these was
 * refused ("The article does not say: it never mentions ...") though the article answers. The article is written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const FLOOD = [
  'Floods cut off mountain villages in northern Albania',
  'SHKODER, Albania (AP) — Floodwater cut off eight villages in the mountains of northern Albania on Monday after three days of rain, the interior ministry said.',
  'Three shepherds were taken to hospital after their hut was swept away. Investigators are looking into whether a dam upstream was opened too late.',
  'The mayor of Shkoder, Vera Lika, appealed for drinking water, blankets and generators for the villages.',
  'The bus operators have offered to move families to the city for free. "This decision is a test of the state," said Arben Gjoni, who teaches public law at the University of Tirana.',
  'The previous comparable flood, in 2010, was a 19-day emergency that left 4,000 people homeless.',
].join('\n\n');
const serviceOf = (text: string) => createBriefingService(staticLibrary(ingestArticle(text, { source: 'flood.txt', articleId: 'flood' })));

describe('everyday words for the article’s own', () => {
  it.each([
    ['anyone hurt?', /^Three shepherds were taken to hospital/],
    ['what does the mayor need', /^The mayor of Shkoder, Vera Lika, appealed for drinking water/],
    ['what are they investigating', /Investigators are looking into whether a dam upstream was opened too late/],
    ['what did the companies offer?', /^The bus operators have offered to move families/],
    ['what does the law prof think', /"This decision is a test of the state," said Arben Gjoni/],
  ])('GIVEN "%s" THEN the sentence saying it in the article’s words answers', (question, expected) => {
    const result = serviceOf(FLOOD).ask(question);
    expect(result.abstained, result.answer).toBe(false);
    expect(result.answer).toMatch(expected);
  });

  it('GIVEN "how long did it last" after the earlier flood THEN its 19 days answer, "last" being no word to find', () => {
    const service = serviceOf(FLOOD);
    service.ask('was there a flood before?', { conversationKey: 'k' });
    expect(service.ask('how long did it last', { conversationKey: 'k' }).answer).toMatch(/a 19-day emergency/);
  });

  it('GIVEN "how long will the closure last" of an article saying "last" (guard) THEN the word still finds its sentence', () => {
    const text = 'Bridge closed for repairs\n\nLYON, France (AP) — The Pont Morand bridge closed on Monday for repairs. The closure will last three months, the city said. A ferry will run meanwhile.';
    expect(serviceOf(text).ask('how long will the closure last').answer).toMatch(/^The closure will last three months/);
  });
});
