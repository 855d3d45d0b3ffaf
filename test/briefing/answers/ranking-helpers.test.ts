import { describe, expect, it } from 'vitest';
import { holdsAny, maxOf, sortByScore } from '../../../src/briefing/answers/ranking-helpers.js';

describe('ranking helpers', () => {
  it('GIVEN terms THEN holdsAny says whether any is held', () => {
    const terms = new Set(['china', 'visit']);
    expect(holdsAny(terms, ['trip', 'visit'])).toBe(true);
    expect(holdsAny(terms, ['trip'])).toBe(false);
    expect(holdsAny(terms, [])).toBe(false);
  });

  it('GIVEN scores THEN maxOf is Math.max with a floor', () => {
    expect(maxOf(1e-9, [0.2, 3, 1])).toBe(3);
    expect(maxOf(1e-9, [])).toBe(1e-9);
    expect(maxOf(1e-9, new Map([[1, 0], [2, 0]]).values())).toBe(1e-9);
  });

  it('GIVEN scored items with ties THEN the same order as sorting by score, then position', () => {
    let state = 21;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 300; round++) {
      const items = Array.from({ length: Math.floor(next() * 40) }, (_, position) => ({ position, score: Math.floor(next() * 6) / 3 }));
      const shuffled = [...items].sort(() => next() - 0.5);
      const expected = [...shuffled].sort((a, b) => b.score - a.score || a.position - b.position);
      expect(sortByScore([...shuffled])).toEqual(expected);
    }
  });
});
