/**
 * chooseSentences: how much of the best's score a second sentence needs to be quoted with it.
 */
import { describe, expect, it } from 'vitest';
import { chooseSentences, quote } from '../../../src/briefing/answers/compose.js';
import type { RankedSentence } from '../../../src/briefing/answers/rank.js';
import { ingestArticle } from '../../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../../src/briefing/search/article-index.js';

const index = buildArticleIndex(
  ingestArticle(
    [
      'The head of the jury at the Riga film festival, Ilze Ozola, resigned on Friday.',
      'The film "Salt Harbor" went on to win the Golden Amber, the festival\'s main award.',
      "A company co-owned by Ozola's husband put up about a fifth of the film's budget, a newspaper reported.",
    ].join('\n\n'),
    { source: 'jury.txt', articleId: 'jury' },
  ),
);

const at = (text: string): number => index.sentences.findIndex((s) => s.sentence.text.startsWith(text));
const ranked = (secondScore: number): RankedSentence[] => {
  const best = at('The film');
  const second = at('A company');
  return [
    { position: best, indexed: index.sentences[best]!, score: 1, coverage: 0.6 },
    { position: second, indexed: index.sentences[second]!, score: secondScore, coverage: 0.4 },
  ];
};
const needs = { unionCoverage: () => 0.9 };

describe('chooseSentences: the share a second sentence needs', () => {
  it('GIVEN a neighbour scoring under half the best THEN by default the best is quoted alone', () => {
    expect(chooseSentences(ranked(0.45), needs).map((r) => r.position)).toEqual([at('The film')]);
  });

  it('GIVEN a lower share asked for (a long question) THEN that neighbour joins, in article order', () => {
    expect(chooseSentences(ranked(0.45), { ...needs, secondShare: 0.4 }).map((r) => r.position)).toEqual([at('The film'), at('A company')]);
  });

  it('GIVEN a lower share THEN a neighbour far below it still stays out', () => {
    expect(chooseSentences(ranked(0.3), { ...needs, secondShare: 0.4 })).toHaveLength(1);
  });
});

describe('quote: the chosen sentences as one quote', () => {
  const chosen = (...texts: string[]): RankedSentence[] =>
    texts.map((text) => ({ position: at(text), indexed: index.sentences[at(text)]!, score: 1, coverage: 1 }));

  it('GIVEN sentences that follow each other in the article THEN they read on, one space apart', () => {
    expect(quote(chosen('The film', 'A company'))).toBe(`${index.sentences[at('The film')]!.sentence.text} ${index.sentences[at('A company')]!.sentence.text}`);
  });

  it('GIVEN sentences with one left out between them, or in another order THEN an ellipsis sets them apart', () => {
    const [head, film, company] = [at('The head'), at('The film'), at('A company')].map((p) => index.sentences[p]!.sentence.text);
    expect(quote(chosen('The head', 'A company'))).toBe(`${head} … ${company}`);
    expect(quote(chosen('The film', 'The head'))).toBe(`${film} … ${head}`);
  });
});
