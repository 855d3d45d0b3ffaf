import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';

describe('section summaries', () => {
  it('GIVEN a section opening with a teaser question THEN its one-line summary is a statement of the article', () => {
    const article = [
      'Who was the captain of the flight? Patrick Sondenheimer was the captain, the airline said. He had flown for Lufthansa since 1991.',
      'The airline said the captain had more than 6,000 hours of flight experience.',
    ].join('\n\n');
    const [section] = ingestArticle(article, { source: 'captain.txt' }).sections;
    expect(section?.summary).not.toMatch(/\?$/);
    expect(section?.summary).toMatch(/captain/);
  });
});
