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

/** The largest of `floor` and `values`: `Math.max(floor, ...values)` for numbers that are never NaN, without the argument list. */
export function maxOf(floor: number, values: Iterable<number>): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
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
 * against ...". "Anything else?" after such a sentence is answered in it.
 */
const COORDINATED_CLAUSE = /,? and (?:\p{Ll}+ed|has|have|had|will|is|are|was|were)\b|\bas well as\b|, (?:adding|warning|saying|noting|arguing|insisting|stressing)\b/u;

export function saysTwoThings(text: string): boolean {
  return COORDINATED_CLAUSE.test(text);
}
