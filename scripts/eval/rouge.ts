/**
 * ROUGE-1/2/L F1 per article, exactly as ../shared/eval/score.mjs computes them (same normalisation
 * and tokens), so that cross-validation can score thousands of candidate summaries in-process.
 * score.mjs stays the judge of the reported figures; this mirror only ranks settings.
 */
const normalize = (s: string): string =>
  s.toLowerCase().normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

export const rougeTokens = (s: string): string[] => normalize(s).replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean);

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, predicted: number, reference: number): number {
  if (!predicted || !reference || !overlap) return 0;
  const p = overlap / predicted;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

function rougeN(pred: readonly string[], ref: readonly string[], n: number): number {
  const a = ngrams(pred, n);
  const b = ngrams(ref, n);
  let overlap = 0;
  for (const [key, count] of a) overlap += Math.min(count, b.get(key) ?? 0);
  return f1(overlap, Math.max(0, pred.length - n + 1), Math.max(0, ref.length - n + 1));
}

function rougeL(a: readonly string[], b: readonly string[]): number {
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, previous[j - 1] as number);
      diagonal = above;
    }
  }
  return f1(previous[b.length] as number, a.length, b.length);
}

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of one prediction against one reference. */
export function rouge(prediction: string, reference: string): Rouge {
  const pred = rougeTokens(prediction);
  const ref = rougeTokens(reference);
  return { r1: rougeN(pred, ref, 1), r2: rougeN(pred, ref, 2), rl: rougeL(pred, ref) };
}
