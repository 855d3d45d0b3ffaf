/** A bulleted list is sentences of its own, an item each, without its markers (the fortieth round's tune set). */
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';

const ARTICLE = [
  'MILDURA, Australia (CNN) -- A rare mosquito-borne virus has killed two people along the Murray River, health officials said Monday.',
  'What you need to know',
  '- Symptoms usually appear between one and four weeks after a bite.\n- Early signs include fever, headache, nausea and vomiting.\n- Between 15% and 30% of people who become seriously ill die, and many survivors are left\n  with lasting brain damage.',
  'Officials advised residents to wear long, loose clothing outdoors.',
].join('\n\n');

describe('bulleted lists', () => {
  it('GIVEN a list of three items, one wrapped over two lines THEN each item is a sentence without its dash', () => {
    const texts = ingestArticle(ARTICLE, { source: 'virus.txt' }).sentences.map((sentence) => sentence.text);
    expect(texts).toContain('Symptoms usually appear between one and four weeks after a bite.');
    expect(texts).toContain('Early signs include fever, headache, nausea and vomiting.');
    expect(texts).toContain('Between 15% and 30% of people who become seriously ill die, and many survivors are left with lasting brain damage.');
    expect(texts.some((text) => text.includes('- '))).toBe(false);
  });

  it('GIVEN a paragraph opening with a dash alone on one line (guard) THEN it is read as before, one sentence', () => {
    const texts = ingestArticle('Headline here\n\n- A single line with a dash. It has two sentences.', { source: 'x.txt' }).sentences.map((sentence) => sentence.text);
    expect(texts.some((text) => text.includes('It has two sentences.'))).toBe(true);
  });
});
