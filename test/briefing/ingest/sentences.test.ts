import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { splitSentences } from '../../../src/briefing/ingest/sentences.js';

describe('splitSentences', () => {
  it('GIVEN abbreviations and acronyms mid-sentence THEN it does not split there', () => {
    expect(splitSentences('Despite the threat of U.S. action, Mr. Miller spoke on Jan. 5 in Washington. He left.')).toEqual([
      'Despite the threat of U.S. action, Mr. Miller spoke on Jan. 5 in Washington.',
      'He left.',
    ]);
  });

  it('GIVEN an acronym that ends a sentence THEN it splits before a sentence opener', () => {
    expect(splitSentences('The talks were held in the U.S. The next day they ended.')).toEqual(['The talks were held in the U.S.', 'The next day they ended.']);
  });

  it('GIVEN initials in a name THEN they stay inside the sentence', () => {
    expect(splitSentences('Another speaker, William H. Draper, urged support. It passed.')).toEqual(['Another speaker, William H. Draper, urged support.', 'It passed.']);
  });

  it('GIVEN a list that ends with a name THEN the last name ends the sentence', () => {
    expect(splitSentences('Cases include Mark Swidan, Kai Li, and David Lin. Officials declined to comment.')).toEqual([
      'Cases include Mark Swidan, Kai Li, and David Lin.',
      'Officials declined to comment.',
    ]);
  });

  it('GIVEN quotes and decimal numbers THEN it splits after the closing quote only', () => {
    expect(splitSentences('"We are ready," he said. Growth was 3.5 percent. "Good." She agreed!')).toEqual([
      '"We are ready," he said.',
      'Growth was 3.5 percent.',
      '"Good."',
      'She agreed!',
    ]);
  });

  it('GIVEN text without terminal punctuation THEN it is one sentence', () => {
    expect(splitSentences('A headline without a period')).toEqual(['A headline without a period']);
  });
});

describe('sentences of an ingested article: a bare attribution after a closed quotation', () => {
  it('GIVEN \'"I wish him a speedy recovery." Mexican President Enrique Peña wrote on Twitter.\' THEN the quote and whose it is are one sentence', () => {
    const text = 'Gabo was admitted to hospital. "I wish Gabriel García Márquez a speedy recovery." Mexican President Enrique Peña wrote on Twitter. He was born in Aracataca.';
    const sentences = ingestArticle(text, { source: 'gabo.txt' }).sentences.map((s) => s.text);
    expect(sentences).toEqual([
      'Gabo was admitted to hospital.',
      '"I wish Gabriel García Márquez a speedy recovery." Mexican President Enrique Peña wrote on Twitter.',
      'He was born in Aracataca.',
    ]);
  });

  it('GIVEN a sentence of news after a closed quotation THEN it stays a sentence of its own', () => {
    const text = '"We will rebuild," the mayor said. "It will take years." Officials estimated the damage at $2 million.';
    expect(ingestArticle(text, { source: 'rebuild.txt' }).sentences.map((s) => s.text)).toHaveLength(3);
  });
});

