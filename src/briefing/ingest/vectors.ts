/**
 * Bag-of-words vectors over the shared tokenizer and stemmer, idf-weighted, and their cosine:
 * the lexical similarity that both ranking and segmentation rest on.
 */
import { contentTerms } from '../text/tokens.js';

export type TermVector = Map<string, number>;

// Ranking, segmentation and titling all count the same sentences: tokenise each text once per ingest.
let termCache = new Map<string, readonly string[]>();

/** Forgets memoised terms; ingest calls it per article so memory stays bounded. */
export function resetTermCache(): void {
  termCache = new Map();
}

function termsOf(text: string): readonly string[] {
  let terms = termCache.get(text);
  if (!terms) {
    terms = contentTerms(text);
    termCache.set(text, terms);
  }
  return terms;
}

/** Term counts of each text. */
export function termCounts(texts: readonly string[]): TermVector[] {
  return texts.map((text) => {
    const counts: TermVector = new Map();
    for (const term of termsOf(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  });
}

/** Inverse document frequency over the given units, smoothed so that no weight is zero. */
export function inverseDocumentFrequency(vectors: readonly TermVector[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const vector of vectors) for (const term of vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log(1 + vectors.length / count));
  return idf;
}

/** Each count times its idf (log-scaled counts, so one repeated word does not dominate). */
export function weigh(vectors: readonly TermVector[], idf: ReadonlyMap<string, number>): TermVector[] {
  return vectors.map((vector) => {
    const weighted: TermVector = new Map();
    for (const [term, count] of vector) weighted.set(term, (1 + Math.log(count)) * (idf.get(term) ?? 1));
    return weighted;
  });
}

export function norm(vector: TermVector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

export function cosine(a: TermVector, b: TermVector, normA = norm(a), normB = norm(b)): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += value * other;
  }
  return dot / (normA * normB);
}

/** The full cosine similarity matrix of the vectors. */
export function similarityMatrix(vectors: readonly TermVector[]): number[][] {
  const norms = vectors.map(norm);
  const n = vectors.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const row = matrix[i] as number[];
    row[i] = 1;
    for (let j = i + 1; j < n; j++) {
      const value = cosine(vectors[i] as TermVector, vectors[j] as TermVector, norms[i], norms[j]);
      row[j] = value;
      (matrix[j] as number[])[i] = value;
    }
  }
  return matrix;
}

/** Adds two vectors (a window of units seen as one). */
export function addVectors(vectors: readonly TermVector[]): TermVector {
  const sum: TermVector = new Map();
  for (const vector of vectors) for (const [term, value] of vector) sum.set(term, (sum.get(term) ?? 0) + value);
  return sum;
}
