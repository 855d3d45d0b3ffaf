/**
 * The best `k` of a few candidates, best first, without sorting them all: answers want 20 sentences
 * out of every scored one, and a full sort (with an array per candidate) cost a tenth of answer time.
 */

/**
 * The first `k` values of `candidates[0 .. count)` in the order `before` defines (a strict total order:
 * `before(a, b)` is true when `a` goes first), as `candidates.slice(0, count).sort(...).slice(0, k)` would
 * give them. Insertion into a short sorted list: O(count * k) worst case, allocation-free but the result.
 */
export function topK(candidates: ArrayLike<number>, count: number, k: number, before: (a: number, b: number) => boolean): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  for (let i = 0; i < count; i++) {
    const value = candidates[i] as number;
    if (best.length === k && !before(value, best[k - 1] as number)) continue;
    // Walk back from the end to where the value belongs; the last one falls off when the list is full.
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(value, best[at - 1] as number)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = value;
  }
  return best;
}
