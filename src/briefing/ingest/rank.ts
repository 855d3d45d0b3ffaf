/**
 * Sentence importance for key points and the TL;DR: position (news puts the point first),
 * centrality (similar to much of the article) and informativeness, then MMR so that the chosen
 * sentences say different things.
 */
import { cosine, inverseDocumentFrequency, norm, termCounts, weigh, type TermVector } from './vectors.js';

export interface RankInput {
  text: string;
  /** Which section it belongs to: key points prefer covering different sections. */
  group: string;
}

export interface RankOptions {
  count: number;
  /** Weight of redundancy with sentences already chosen (MMR lambda's complement). */
  redundancy?: number;
  /** Penalty for a second sentence from a section already covered. */
  sameGroupPenalty?: number;
}

const words = (text: string): number => text.split(/\s+/).length;

/** Base importance of each sentence, before redundancy. */
export function importance(texts: readonly string[], vectors: readonly TermVector[]): number[] {
  const n = texts.length;
  const norms = vectors.map(norm);
  const centroid: TermVector = new Map();
  for (const vector of vectors) for (const [term, value] of vector) centroid.set(term, (centroid.get(term) ?? 0) + value);
  const centroidNorm = norm(centroid);
  return texts.map((text, i) => {
    const vector = vectors[i] as TermVector;
    const centrality = cosine(vector, centroid, norms[i], centroidNorm);
    const position = 1 / Math.sqrt(1 + i);
    const length = words(text);
    // Very short sentences say little; very long ones crowd out others.
    const lengthFactor = length < 8 ? 0.5 : length > 60 ? 0.8 : 1;
    return (0.55 * position + 0.45 * centrality) * lengthFactor * (n > 0 ? 1 : 0);
  });
}

/** Indices of the chosen sentences, most important first. */
export function selectSentences(inputs: readonly RankInput[], options: RankOptions): number[] {
  const texts = inputs.map((input) => input.text);
  const counts = termCounts(texts);
  const vectors = weigh(counts, inverseDocumentFrequency(counts));
  const norms = vectors.map(norm);
  const base = importance(texts, vectors);
  const chosen: number[] = [];
  const redundancyWeight = options.redundancy ?? 0.5;
  const groupPenalty = options.sameGroupPenalty ?? 0;
  while (chosen.length < Math.min(options.count, inputs.length)) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < inputs.length; i++) {
      if (chosen.includes(i)) continue;
      let redundancy = 0;
      let sameGroup = false;
      for (const j of chosen) {
        redundancy = Math.max(redundancy, cosine(vectors[i] as TermVector, vectors[j] as TermVector, norms[i], norms[j]));
        if (inputs[j]?.group === inputs[i]?.group) sameGroup = true;
      }
      const score = (base[i] as number) - redundancyWeight * redundancy * (base[i] as number) - (sameGroup ? groupPenalty : 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen;
}
