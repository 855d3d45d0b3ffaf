import { describe, expect, it } from 'vitest';
import { buildBm25 } from '../../../src/briefing/search/bm25.js';

const idf = (): number => 1;

describe('buildBm25', () => {
  const index = buildBm25(
    [
      ['cod', 'quota'],
      ['cod', 'stock', 'fall', 'sharp', 'scientist', 'warn'],
      ['norway', 'quota', 'tonn'],
    ],
    idf,
  );

  it('GIVEN one term THEN only sentences with it score, shorter ones higher', () => {
    const scores = index.score(new Map([['cod', 1]]));
    expect([...scores.keys()].sort()).toEqual([0, 1]);
    expect(scores.get(0)).toBeGreaterThan(scores.get(1) ?? Infinity);
  });

  it('GIVEN two terms THEN a sentence with both outranks sentences with one', () => {
    const scores = index.score(new Map([['cod', 1], ['quota', 1]]));
    expect(scores.get(0)).toBeGreaterThan(scores.get(2) ?? Infinity);
    expect(scores.get(0)).toBeGreaterThan(scores.get(1) ?? Infinity);
  });

  it('GIVEN term weights THEN a heavier term counts more', () => {
    const scores = index.score(new Map([['norway', 1], ['stock', 0.2]]));
    expect(scores.get(2)).toBeGreaterThan(scores.get(1) ?? Infinity);
  });

  it('GIVEN a second field THEN it adds at its boost', () => {
    const withTitles = buildBm25([['cod'], ['cod']], idf, { second: { documents: [['norway'], []], boost: 0.3 } });
    const scores = withTitles.score(new Map([['cod', 1], ['norway', 1]]));
    expect(scores.get(0)).toBeGreaterThan(scores.get(1) ?? Infinity);
  });

  it('GIVEN k THEN top gives the k best of score, best first, earlier sentence first on ties', () => {
    const titled = buildBm25([['cod', 'quota'], ['cod'], ['quota', 'cod'], ['norway']], idf, {
      second: { documents: [['cod'], ['cod'], [], ['cod']], boost: 0.3 },
    });
    const weights = new Map([['cod', 1], ['quota', 0.5], ['norway', 0.2]]);
    const sorted = [...titled.score(weights)].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    expect(titled.top(weights, 2)).toEqual(sorted.slice(0, 2));
    expect(titled.top(weights, 10)).toEqual(sorted);
  });

  it('GIVEN a term in both fields of a sentence THEN it counts once for coordination', () => {
    const titled = buildBm25([['cod'], ['cod']], idf, { second: { documents: [['cod'], ['stock']], boost: 0.3 } });
    const both = titled.score(new Map([['cod', 1]]));
    const justText = buildBm25([['cod'], ['cod']], idf).score(new Map([['cod', 1]]));
    // Sentence 0 gains only the title's share, not a doubled coordination factor.
    expect((both.get(0) ?? 0) / (justText.get(0) ?? 1)).toBeCloseTo(1.3, 5);
  });

  it('GIVEN a query THEN lastScoreOf gives the score it gave a sentence beyond the k best, and 0 to one it never met', () => {
    const weights = new Map([['cod', 1]]);
    const all = index.score(weights);
    expect(index.top(weights, 1)).toEqual([[0, all.get(0)]]);
    expect(index.lastScoreOf(1)).toBe(all.get(1));
    expect(index.lastScoreOf(2)).toBe(0);
  });

  it('GIVEN successive queries THEN each starts afresh', () => {
    const first = index.score(new Map([['cod', 1]]));
    index.score(new Map([['quota', 1], ['norway', 1]]));
    expect(index.score(new Map([['cod', 1]]))).toEqual(first);
  });
});
