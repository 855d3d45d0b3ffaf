/**
 * Memory of recent answers per article index: the same question in the same conversational context
 * always gets the same answer, and chat users repeat themselves ("/brief ask" from many people).
 * Bounded, so hostile input cannot grow it without limit.
 */
import type { ArticleIndex } from '../search/article-index.js';

export const MEMO_SIZE = 2_000;

export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly size = MEMO_SIZE) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    // Oldest first out: Map iterates in insertion order.
    if (this.entries.size >= this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
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
