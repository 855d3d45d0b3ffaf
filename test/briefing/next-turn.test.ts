import { describe, expect, it } from 'vitest';
import { firstDistinct } from '../../src/briefing/conversation/next-turn.js';

describe('firstDistinct', () => {
  it('GIVEN lists with repeats THEN the first occurrences in order, up to the limit', () => {
    expect(firstDistinct([['b', 'a'], ['a', 'c', 'b', 'd']], 3)).toEqual(['b', 'a', 'c']);
    expect(firstDistinct([[1, 1], [], [2]], 8)).toEqual([1, 2]);
    expect(firstDistinct([[1, 2]], 0)).toEqual([]);
  });

  it('GIVEN any lists THEN the same as a Set of them all, cut to the limit', () => {
    const lists = [[3, 1, 3], [2, 1, 5, 4], [6, 2, 7, 8, 9]];
    for (let limit = 0; limit < 12; limit++) expect(firstDistinct(lists, limit)).toEqual([...new Set(lists.flat())].slice(0, limit));
  });
});
