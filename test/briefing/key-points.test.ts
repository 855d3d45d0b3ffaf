import { describe, expect, it } from 'vitest';
import { keyPointsBesidesTldr } from '../../src/briefing/key-points.js';

describe('keyPointsBesidesTldr', () => {
  const points = ['Blinken landed in Shanghai on Wednesday.', 'He will warn about support for Russia.', 'Taiwan is on the agenda.'];

  it('GIVEN a TL;DR that is a key point word for word THEN that key point is left out, the others kept in order', () => {
    expect(keyPointsBesidesTldr({ tldr: points[0] ?? '', keyPoints: points })).toEqual(points.slice(1));
    expect(keyPointsBesidesTldr({ tldr: points[1] ?? '', keyPoints: points })).toEqual([points[0], points[2]]);
  });

  it('GIVEN a TL;DR that only shortens a key point, or says something else THEN every key point stays', () => {
    expect(keyPointsBesidesTldr({ tldr: 'Blinken landed in Shanghai…', keyPoints: points })).toEqual(points);
    expect(keyPointsBesidesTldr({ tldr: 'Blinken warns China.', keyPoints: points })).toEqual(points);
  });
});
