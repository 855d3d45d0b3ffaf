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

/**
 * A memo that keeps a value only for a key it was given before: most questions are asked once, and a memo of
 * one-off answers costs more than it saves. Holding the last 2,000 answers kept every object they are built of
 * alive for thousands of questions, so V8 began allocating those objects straight into the old generation: it
 * threw away the optimised parseWords and computeAnswer a thousand questions in to recompile them, and each
 * young-generation collection copied the memo's answers. Admitting on the second sight, as caches in front of
 * disks and CDNs do for one-hit wonders, keeps repeats fast and made `brief chat` 3% faster on fresh questions.
 */
export class RepeatedOnlyMemo<V> {
  private readonly values: BoundedMemo<V>;
  /** Keys given once (only the keys: a string keeps nothing else alive). */
  private readonly seenOnce: BoundedMemo<true>;

  constructor(size = MEMO_SIZE) {
    this.values = new BoundedMemo<V>(size);
    this.seenOnce = new BoundedMemo<true>(size);
  }

  get(key: string): V | undefined {
    return this.values.get(key);
  }

  set(key: string, value: V): void {
    if (this.seenOnce.get(key) === undefined) this.seenOnce.set(key, true);
    else this.values.set(key, value);
  }
}

export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

const memos = new WeakMap<ArticleIndex, Map<string, Memo<unknown>>>();

/**
 * The memo named `name` of one article index (created on first use, dropped with the index). `repeatedOnly`:
 * a RepeatedOnlyMemo, for values worth keeping only when asked for again (answers to questions).
 */
export function memoOf<V>(index: ArticleIndex, name: string, options: { repeatedOnly?: boolean } = {}): Memo<V> {
  let byName = memos.get(index);
  if (!byName) {
    byName = new Map();
    memos.set(index, byName);
  }
  let memo = byName.get(name);
  if (!memo) {
    memo = options.repeatedOnly ? new RepeatedOnlyMemo<unknown>() : new BoundedMemo<unknown>();
    byName.set(name, memo);
  }
  return memo as Memo<V>;
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
