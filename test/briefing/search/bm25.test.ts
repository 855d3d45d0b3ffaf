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
});
