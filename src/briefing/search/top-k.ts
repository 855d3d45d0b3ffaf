/**
 * The best `k` of a few candidates, best first, without sorting them all: answers want 20 sentences out
 * of every scored one, and sorting them all (a [position, score] array each) was the ranker's costliest line.
 */

/**
 * The `k` candidates (from `candidates[0 .. count)`) with the highest `scores[candidate]`, highest first,
 * the smaller candidate first on equal scores: what sorting them all that way and keeping `k` gives.
 * Insertion into a short sorted list: O(count * k) at worst, no allocation but the result, and no
 * comparison callback (this runs for every question, often before the JIT has optimised anything).
 */
export function topByScore(candidates: ArrayLike<number>, count: number, scores: ArrayLike<number>, k: number): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i] as number;
    const score = scores[candidate] as number;
    if (best.length === k && !ranksBefore(candidate, score, best[k - 1] as number, scores)) continue;
    // Walk back from the end to where the candidate belongs; the last one falls off when the list is full.
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && ranksBefore(candidate, score, best[at - 1] as number, scores)) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = candidate;
  }
  return best;
}

function ranksBefore(candidate: number, score: number, other: number, scores: ArrayLike<number>): boolean {
  const otherScore = scores[other] as number;
  return score > otherScore || (score === otherScore && candidate < other);
}
