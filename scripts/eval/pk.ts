/**
 * Pk (Beeferman et al. 1999), exactly the formula of the shared scorer's `pk` (score.mjs), so that
 * tests and evaluations inside the repository agree with it without reaching outside.
 * Boundaries are the 0-based index of the last unit before each boundary.
 */
export function pk(referenceBoundaries: readonly number[], hypothesisBoundaries: readonly number[], units: number): number {
  const label = (bounds: readonly number[]): number[] => {
    const labels = new Array<number>(units).fill(0);
    let id = 0;
    for (let i = 0; i < units; i++) {
      labels[i] = id;
      if (bounds.includes(i)) id++;
    }
    return labels;
  };
  const reference = label(referenceBoundaries);
  const hypothesis = label(hypothesisBoundaries);
  const k = Math.max(1, Math.round(units / (referenceBoundaries.length + 1) / 2));
  let errors = 0;
  let total = 0;
  for (let i = 0; i + k < units; i++) {
    total++;
    if ((reference[i] === reference[i + k]) !== (hypothesis[i] === hypothesis[i + k])) errors++;
  }
  return total ? errors / total : 0;
}

/** Boundaries over body paragraphs from sections given as paragraph-number lists. */
export function boundariesOf(sections: ReadonlyArray<readonly number[]>, bodyParagraphs: readonly number[]): number[] {
  const boundaries: number[] = [];
  for (const section of sections.slice(0, -1)) {
    const last = Math.max(...section.filter((p) => bodyParagraphs.includes(p)));
    const index = bodyParagraphs.indexOf(last);
    if (index >= 0) boundaries.push(index);
  }
  return boundaries.sort((a, b) => a - b);
}
