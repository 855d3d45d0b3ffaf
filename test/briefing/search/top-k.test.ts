import { describe, expect, it } from 'vitest';
import { topByScore } from '../../../src/briefing/search/top-k.js';

/** What topByScore must give: every candidate sorted by score (higher first), then by value, cut to k. */
const sortedTop = (candidates: readonly number[], scores: readonly number[], k: number): number[] =>
  [...candidates].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b).slice(0, k);

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('topByScore', () => {
  it('GIVEN fewer candidates than k THEN all of them, best first', () => {
    expect(topByScore([0, 1, 2], 3, [0.2, 0.9, 0.5], 20)).toEqual([1, 2, 0]);
  });

  it('GIVEN ties THEN the smaller candidate first, as a sort by score then candidate gives', () => {
    expect(topByScore([4, 3, 2, 1, 0], 5, [1, 2, 1, 2, 1], 3)).toEqual([1, 3, 0]);
  });

  it('GIVEN count below the array length THEN only the first count candidates are read', () => {
    expect(topByScore(Int32Array.from([0, 1, 2, 3]), 3, [0.1, 0.2, 0.3, 9], 2)).toEqual([2, 1]);
  });

  it('GIVEN k of zero THEN nothing', () => {
    expect(topByScore([0, 1], 2, [1, 2], 0)).toEqual([]);
  });

  it('GIVEN random scores with many ties THEN the same as sorting everything and keeping k', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const size = Math.floor(next() * 60);
      const scores = Array.from({ length: size }, () => Math.floor(next() * 8) / 4);
      const candidates = Array.from({ length: size }, (_, i) => i).sort(() => next() - 0.5);
      const k = Math.floor(next() * 25);
      expect(topByScore(candidates, candidates.length, scores, k)).toEqual(sortedTop(candidates, scores, k));
    }
  });
});
