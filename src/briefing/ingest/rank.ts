/**
 * Sentence importance for key points and the TL;DR: position (news puts the point first),
 * centrality (similar to much of the article) and informativeness, then MMR so that the chosen
 * sentences say different things and, for key points, come from different sections.
 */
import { cosine, inverseDocumentFrequency, norm, termCounts, weigh, type TermVector } from './vectors.js';

export interface RankInput {
  text: string;
  /** Which section it belongs to: key points prefer covering different sections. */
  group: string;
}

/** The knobs of the ranking. */
export interface RankWeights {
  position: number;
  centrality: number;
  /** How fast the position score decays: 1 / (1 + i)^decay. */
  decay: number;
  /** Share of a sentence's score lost per unit of similarity to one already chosen. */
  redundancy: number;
  /** Penalty for a second sentence from a section already covered. */
  sameGroup: number;
  /** Preferred sentence length in words; much shorter or longer is discounted. */
  idealWords: number;
  /**
   * 0: only very long sentences (over 2.5 × ideal) lose a quarter. Above 0: a sentence longer than
   * ideal keeps (ideal / words)^lengthPower of its score, since a summary is read (and scored) per word.
   */
  lengthPower: number;
  /** Share of the score kept by a sentence that opens with a quotation: a voice in the story, rarely its point. */
  quote: number;
  /** Share of the score kept by a question: a teaser or a rhetorical turn, not the news. */
  question: number;
}

/** Section summaries: position dominates, as it does in news. */
export const DEFAULT_WEIGHTS: RankWeights = {
  position: 0.66,
  centrality: 0.34,
  decay: 1.19,
  redundancy: 0.32,
  sameGroup: 0,
  idealWords: 10,
  lengthPower: 0,
  quote: 1,
  question: 1,
};

const wordCount = (text: string): number => text.split(/\s+/).length;

function lengthFactor(words: number, weights: RankWeights): number {
  const ideal = weights.idealWords;
  if (words < 6) return 0.3;
  if (words < ideal / 2) return 0.6 + 0.4 * (words / (ideal / 2) - 0.5);
  if (weights.lengthPower > 0) return words > ideal ? (ideal / words) ** weights.lengthPower : 1;
  if (words > ideal * 2.5) return 0.75;
  return 1;
}

export const isQuote = (text: string): boolean => /^["']/.test(text);
export const isQuestion = (text: string): boolean => /\?["')\]]*$/.test(text);

/** Base importance of each sentence, before redundancy. */
export function importance(texts: readonly string[], vectors: readonly TermVector[], weights: RankWeights = DEFAULT_WEIGHTS): number[] {
  const norms = vectors.map(norm);
  const centroid: TermVector = new Map();
  for (const vector of vectors) for (const [term, value] of vector) centroid.set(term, (centroid.get(term) ?? 0) + value);
  const centroidNorm = norm(centroid);
  return texts.map((text, i) => {
    const centrality = cosine(vectors[i] as TermVector, centroid, norms[i], centroidNorm);
    const position = 1 / (1 + i) ** weights.decay;
    const voice = (isQuote(text) ? weights.quote : 1) * (isQuestion(text) ? weights.question : 1);
    return (weights.position * position + weights.centrality * centrality) * lengthFactor(wordCount(text), weights) * voice;
  });
}

/** Indices of the chosen sentences, most important first. */
export function selectSentences(inputs: readonly RankInput[], count: number, weights: RankWeights = DEFAULT_WEIGHTS): number[] {
  const texts = inputs.map((input) => input.text);
  const counts = termCounts(texts);
  const vectors = weigh(counts, inverseDocumentFrequency(counts));
  const norms = vectors.map(norm);
  const base = importance(texts, vectors, weights);
  const chosen: number[] = [];
  while (chosen.length < Math.min(count, inputs.length)) {
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
      const own = base[i] as number;
      const score = own * (1 - weights.redundancy * redundancy) - (sameGroup ? weights.sameGroup : 0);
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
