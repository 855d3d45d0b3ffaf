import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/briefing/answers/question.js';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';
import { staticLibrary } from '../fixtures/static-library.js';

const text = [
  'Thousands march over rents',
  'Tens of thousands of people marched through central Lisbon on Saturday to protest soaring rents, in one of the largest demonstrations the Portuguese capital has seen in a decade.',
  'Organisers said more than 80,000 took part; police put the figure at 35,000.',
  'Smaller marches took place in Porto, Coimbra and Faro.',
  'The government said it would present a housing bill next month.',
].join('\n\n');

describe('ask: which other places', () => {
  it('GIVEN "In which other Portuguese cities did people march?" THEN it asks for a city', () => {
    const index = buildArticleIndex(ingestArticle(text, { source: 'rents.txt', articleId: 'rents' }));
    const parsed = parseQuestion('In which other Portuguese cities did people march?', index.vocabulary);
    expect(parsed.kind).toBe('place');
    expect(parsed.placeType).toBe('city');
  });

  it('GIVEN the main march and smaller ones elsewhere WHEN asked for the other cities THEN the sentence naming them is quoted', () => {
    const service = createBriefingService(staticLibrary(ingestArticle(text, { source: 'rents.txt', articleId: 'rents' })));
    const answer = service.ask('In which other Portuguese cities did people march?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain('Porto, Coimbra and Faro');
  });

  it('GIVEN the same article WHEN asked only where people marched THEN the main march answers alone', () => {
    const service = createBriefingService(staticLibrary(ingestArticle(text, { source: 'rents.txt', articleId: 'rents' })));
    const answer = service.ask('Where did people march on Saturday?');
    expect(answer.answer).toContain('central Lisbon');
    expect(answer.answer).not.toContain('Porto');
  });
});
