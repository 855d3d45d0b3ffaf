import { describe, expect, it } from 'vitest';
import { BoundedMemo, RepeatedOnlyMemo } from '../../../src/briefing/answers/memo.js';

/** The plain version: a Map whose first key is the oldest. */
class MapMemo<V> {
  readonly entries = new Map<string, V>();
  constructor(private readonly size: number) {}
  set(key: string, value: V): void {
    if (this.entries.size >= this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
  }
}

describe('BoundedMemo', () => {
  it('GIVEN more keys than it holds THEN the oldest go first', () => {
    const memo = new BoundedMemo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([undefined, 2, 3]);
  });

  it('GIVEN a key set again THEN it keeps its place and takes the new value', () => {
    const memo = new BoundedMemo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('b', 20);
    memo.set('c', 3);
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([undefined, 20, 3]);
  });

  it('GIVEN any sequence of sets THEN it holds what a Map evicting its first key would', () => {
    let state = 11;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const size of [1, 2, 3, 7]) {
      const memo = new BoundedMemo<number>(size);
      const reference = new MapMemo<number>(size);
      for (let step = 0; step < 500; step++) {
        const key = `k${Math.floor(next() * 12)}`;
        memo.set(key, step);
        reference.set(key, step);
        for (let k = 0; k < 12; k++) expect(memo.get(`k${k}`)).toBe(reference.entries.get(`k${k}`));
      }
    }
  });
});

describe('RepeatedOnlyMemo', () => {
  it('GIVEN a key set once THEN nothing is kept for it', () => {
    const memo = new RepeatedOnlyMemo<number>(4);
    memo.set('asked once', 1);
    expect(memo.get('asked once')).toBeUndefined();
  });

  it('GIVEN a key set again THEN its value is kept, and stays', () => {
    const memo = new RepeatedOnlyMemo<number>(4);
    memo.set('asked twice', 1);
    memo.set('asked twice', 2);
    memo.set('another', 3);
    expect([memo.get('asked twice'), memo.get('another')]).toEqual([2, undefined]);
  });

  it('GIVEN more one-off keys than it holds THEN a key seen long ago counts as new again', () => {
    const memo = new RepeatedOnlyMemo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    memo.set('a', 4);
    expect(memo.get('a')).toBeUndefined();
    memo.set('c', 5);
    expect(memo.get('c')).toBe(5);
  });
});
