/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), with an early exit:
 * "tiawan" -> "taiwan" is one edit, as a typist would count it.
 */

/** Three rows of the table, reused from call to call (the function is synchronous): no allocation per call. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(2 * b.length + 1), new Int32Array(2 * b.length + 1), new Int32Array(2 * b.length + 1)];
  // Row i - 2, row i - 1 and row i of the table; they rotate after each row.
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const charA = a.charCodeAt(i - 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const charB = b.charCodeAt(j - 1);
      const cost = charA === charB ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const oldest = prevPrev;
    prevPrev = prev;
    prev = row;
    row = oldest;
  }
  return prev[b.length] as number;
}
