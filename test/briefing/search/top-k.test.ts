import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/briefing/search/top-k.js';

/** Score first (higher first), then the smaller value: the answer ranker's order. */
const byScore = (scores: readonly number[]) => (a: number, b: number): boolean =>
  (scores[a] ?? 0) > (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a < b);

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('topK', () => {
  it('GIVEN fewer candidates than k THEN all of them, best first', () => {
    const scores = [0.2, 0.9, 0.5];
    expect(topK([0, 1, 2], 3, 20, byScore(scores))).toEqual([1, 2, 0]);
  });

  it('GIVEN ties THEN the earlier value first, as a stable sort by score would give', () => {
    const scores = [1, 2, 1, 2, 1];
    expect(topK([4, 3, 2, 1, 0], 5, 3, byScore(scores))).toEqual([1, 3, 0]);
  });

  it('GIVEN count below the array length THEN only the first count candidates are read', () => {
    const scores = [0.1, 0.2, 0.3, 9];
    expect(topK(Int32Array.from([0, 1, 2, 3]), 3, 2, byScore(scores))).toEqual([2, 1]);
  });

  it('GIVEN k of zero THEN nothing', () => {
    expect(topK([0, 1], 2, 0, byScore([1, 2]))).toEqual([]);
  });

  it('GIVEN random scores with many ties THEN the same as sorting everything and keeping k', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const size = Math.floor(next() * 60);
      const scores = Array.from({ length: size }, () => Math.floor(next() * 8) / 4);
      const candidates = Array.from({ length: size }, (_, i) => i).sort(() => next() - 0.5);
      const k = Math.floor(next() * 25);
      const sorted = [...candidates].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b).slice(0, k);
      expect(topK(candidates, candidates.length, k, byScore(scores))).toEqual(sorted);
    }
  });
});
