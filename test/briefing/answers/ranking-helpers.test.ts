import { describe, expect, it } from 'vitest';
import { CandidateScores, holdsAny, sortByScore } from '../../../src/briefing/answers/ranking-helpers.js';

describe('ranking helpers', () => {
  it('GIVEN terms THEN holdsAny says whether any is held', () => {
    const terms = new Set(['china', 'visit']);
    expect(holdsAny(terms, ['trip', 'visit'])).toBe(true);
    expect(holdsAny(terms, ['trip'])).toBe(false);
    expect(holdsAny(terms, [])).toBe(false);
  });

  it('GIVEN candidates added and rescored in any order THEN they behave as a Map of position to score would', () => {
    let state = 7;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const sentences = 1 + Math.floor(next() * 30);
      const candidates = new CandidateScores(sentences);
      const expected = new Map<number, number>();
      for (let step = 0; step < 40; step++) {
        const position = Math.floor(next() * sentences);
        const score = Math.floor(next() * 5) / 2;
        if (next() < 0.5 && expected.has(position)) continue;
        candidates.set(position, score);
        expected.set(position, score);
      }
      expect(candidates.positions).toEqual([...expected.keys()]);
      expect(candidates.positions.map((p) => candidates.scoreOf(p))).toEqual([...expected.values()]);
      expect(candidates.maxScore(1e-9)).toBe(Math.max(1e-9, ...expected.values()));
      for (let p = 0; p < sentences; p++) expect(candidates.has(p)).toBe(expected.has(p));
    }
  });

  it('GIVEN no candidates, or a position outside the article THEN the floor is the top score and nothing is added', () => {
    const candidates = new CandidateScores(3);
    expect(candidates.maxScore(1e-9)).toBe(1e-9);
    candidates.set(3, 5);
    candidates.set(-1, 5);
    expect(candidates.positions).toEqual([]);
    expect(candidates.has(3)).toBe(false);
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
