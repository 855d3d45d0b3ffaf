/**
 * Small loops the ranker runs for every candidate sentence of every question. Written out rather than
 * as `some(...)`, spread arguments or a sort callback: those allocated a closure, an argument list or a
 * copy each time, and the ranker's inner loop was the largest share of first-time answer time.
 */

/** Anything that can say whether it holds a term (a sentence's term Set, or several sentences' terms). */
interface HasTerm {
  has(term: string): boolean;
}

/** Whether `terms` holds any of `wanted`: `wanted.some((term) => terms.has(term))`, without the closure. */
export function holdsAny(terms: HasTerm, wanted: readonly string[]): boolean {
  // An index loop: `for...of` costs half as much again until the JIT has optimised the caller.
  for (let i = 0; i < wanted.length; i++) if (terms.has(wanted[i] as string)) return true;
  return false;
}

/**
 * Sorts in place, best score first, earlier position first on equal scores: what
 * `sort((a, b) => b.score - a.score || a.position - b.position)` gives (scores are never NaN, positions are
 * distinct). Insertion sort: candidates are a few dozen, mostly in order already.
 */
export function sortByScore<T extends { score: number; position: number }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let at = i;
    while (at > 0 && ranksBefore(item, items[at - 1] as T)) {
      items[at] = items[at - 1] as T;
      at--;
    }
    items[at] = item;
  }
  return items;
}

const ranksBefore = (a: { score: number; position: number }, b: { score: number; position: number }): boolean =>
  a.score > b.score || (a.score === b.score && a.position < b.position);

/**
 * A second thing said or done in a clause of its own: "... and conducted a series of joint exercises", "raise
 * concerns about its nuclear arsenal as well as the cases of Americans ...", "..., warning the United States
 * against ...", "harms not just Ukraine, but all of European security". "Anything else?" after such a sentence
 * is answered in it, as "who does it hurt besides Ukraine?" is.
 */
const COORDINATED_CLAUSE = /,? and (?:\p{Ll}+ed|has|have|had|will|is|are|was|were)\b|\bas well as\b|\bnot (?:just|only|merely|simply)\b[^.;]*,? but\b|, (?:adding|warning|saying|noting|arguing|insisting|stressing)\b/u;

export function saysTwoThings(text: string): boolean {
  return COORDINATED_CLAUSE.test(text);
}

/**
 * Candidate sentences with their BM25 scores, kept as `Map<position, score>` would keep them (first added
 * first; setting again keeps the place), in two typed arrays over the article's sentences and a list of
 * positions: the Map's operations were a tenth of the ranker's own time.
 */
export class CandidateScores {
  /** Positions in the order first added. */
  readonly positions: number[] = [];
  private readonly scores: Float64Array;
  private readonly added: Uint8Array;

  constructor(sentences: number) {
    this.scores = new Float64Array(sentences);
    this.added = new Uint8Array(sentences);
  }

  has(position: number): boolean {
    return this.added[position] === 1;
  }

  /** The score of a position added (0 for one never added). */
  scoreOf(position: number): number {
    return this.scores[position] ?? 0;
  }

  /** Adds or rescores a sentence; a position outside the article is ignored. */
  set(position: number, score: number): void {
    if (position < 0 || position >= this.added.length) return;
    if (this.added[position] !== 1) {
      this.added[position] = 1;
      this.positions.push(position);
    }
    this.scores[position] = score;
  }

  /** The largest of `floor` and the scores. */
  maxScore(floor: number): number {
    let max = floor;
    for (let i = 0; i < this.positions.length; i++) {
      const score = this.scores[this.positions[i] as number] as number;
      if (score > max) max = score;
    }
    return max;
  }
}
