/**
 * Memory of recent answers per article index: the same question in the same conversational context
 * always gets the same answer, and chat users repeat themselves ("/brief ask" from many people).
 * Bounded, so hostile input cannot grow it without limit.
 */
import type { ArticleIndex } from '../search/article-index.js';

export const MEMO_SIZE = 2_000;

export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();
  /**
   * The keys in insertion order, as a ring: the oldest is at `oldest`. Asking the Map for its first key
   * instead walks over every entry deleted since its last rehash, which made `set` cost microseconds.
   */
  private readonly order: string[] = [];
  private oldest = 0;

  private readonly size: number;

  constructor(size = MEMO_SIZE) {
    // A Map-based memo of size 0 still held the latest entry.
    this.size = Math.max(1, size);
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    // Oldest first out, as the Map's insertion order would have it.
    if (this.entries.size >= this.size) this.evictOldest();
    // A key already held keeps its place, as in a Map; a new one goes last.
    if (!this.entries.has(key)) this.order[(this.oldest + this.entries.size) % this.size] = key;
    this.entries.set(key, value);
  }

  private evictOldest(): void {
    const oldest = this.order[this.oldest];
    if (oldest === undefined) return;
    this.entries.delete(oldest);
    this.oldest = (this.oldest + 1) % this.size;
  }
}

const memos = new WeakMap<ArticleIndex, Map<string, BoundedMemo<unknown>>>();

/** The memo named `name` of one article index (created on first use, dropped with the index). */
export function memoOf<V>(index: ArticleIndex, name: string): BoundedMemo<V> {
  let byName = memos.get(index);
  if (!byName) {
    byName = new Map();
    memos.set(index, byName);
  }
  let memo = byName.get(name);
  if (!memo) {
    memo = new BoundedMemo<unknown>();
    byName.set(name, memo);
  }
  return memo as BoundedMemo<V>;
}

/**
 * One value, for the last key it was given: what is worked out once per question while that question is
 * answered. Nothing outlives the next question; a WeakMap per question kept the values of every remembered
 * question alive, and cost the garbage collector on each of them.
 */
export class LatestOnly<K, V> {
  private key: K | undefined;
  private value: V | undefined;

  get(key: K): V | undefined {
    return key === this.key ? this.value : undefined;
  }

  set(key: K, value: V): void {
    this.key = key;
    this.value = value;
  }
}
