import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/briefing/search/edit-distance.js';

/**
 * The textbook table, for comparison: optimal string alignment, giving up (max + 1) once a whole row
 * exceeds `max`, as editDistance does. Only "at most max or not" is exact: a transposition can step over
 * a row, and a distance above max + 1 is returned as such when no row gave up.
 */
function reference(a: string, b: string, max: number): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = value;
    }
    if (Math.min(...(d[i] as number[])) > max) return max + 1;
  }
  return at(a.length, b.length);
}

describe('editDistance', () => {
  it('GIVEN typos THEN counts edits as a typist would', () => {
    expect(editDistance('tiawan', 'taiwan', 2)).toBe(1);
    expect(editDistance('complane', 'complain', 2)).toBe(2);
    expect(editDistance('', 'abc', 3)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });

  it('GIVEN more edits than allowed THEN max + 1', () => {
    expect(editDistance('cost', 'most', 0)).toBe(1);
    expect(editDistance('abcdef', 'ghijkl', 2)).toBe(3);
    expect(editDistance('a', 'abcd', 2)).toBe(3);
  });

  it('GIVEN random words, short and long THEN what the textbook table gives', () => {
    let state = 3;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (length: number): string => Array.from({ length }, () => 'abcd'[Math.floor(next() * 4)]).join('');
    for (let round = 0; round < 2000; round++) {
      const long = round % 100 === 0 ? 90 : 0;
      const [a, b] = [word(long + Math.floor(next() * 8)), word(long + Math.floor(next() * 8))];
      const max = Math.floor(next() * 4);
      expect(editDistance(a, b, max)).toBe(Math.abs(a.length - b.length) > max ? max + 1 : reference(a, b, max));
    }
  });
});
