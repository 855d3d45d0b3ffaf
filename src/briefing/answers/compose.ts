/**
 * Picks the one or two sentences to quote: the best, plus its strongest rival or neighbour when that
 * one is nearly as good and both fit in the answer limit (two sentences catch answers split across them).
 */
import type { RankedSentence } from './rank.js';

export const MAX_ANSWER_CHARS = 700;
/** A second sentence joins when it scores at least this share of the best. */
const SECOND_SHARE = 0.5;
/** Answers often run across two neighbouring sentences. */
const ADJACENT_BONUS = 0.15;

export function chooseSentences(ranked: RankedSentence[], unionCoverage: (pair: RankedSentence[]) => number): RankedSentence[] {
  const best = ranked[0];
  if (!best) return [];
  if (best.indexed.sentence.text.length > MAX_ANSWER_CHARS) return [best];
  const fits = (other: RankedSentence): boolean => best.indexed.sentence.text.length + 1 + other.indexed.sentence.text.length <= MAX_ANSWER_CHARS;
  // The second sentence should add what the first lacks: prefer rivals that cover more of the question together.
  let rival: RankedSentence | undefined;
  let rivalValue = -Infinity;
  for (const r of ranked.slice(1, 8)) {
    if (r.score < best.score * SECOND_SHARE || !fits(r) || r.coverage <= 0) continue;
    const adjacent = Math.abs(r.position - best.position) === 1 ? ADJACENT_BONUS : 0;
    const value = r.score + 0.5 * (unionCoverage([best, r]) - best.coverage) + adjacent;
    if (value > rivalValue) {
      rival = r;
      rivalValue = value;
    }
  }
  // Neighbours read in article order; otherwise the better answer comes first.
  if (rival) return Math.abs(rival.position - best.position) === 1 ? [best, rival].sort((a, b) => a.position - b.position) : [best, rival];
  const next = ranked.find((r) => r.position === best.position + 1 && r.indexed.sentence.paragraph === best.indexed.sentence.paragraph);
  if (next && next.score >= best.score * 0.5 && fits(next)) return [best, next];
  return [best];
}

export function quote(chosen: RankedSentence[]): string {
  const text = chosen.map((c) => c.indexed.sentence.text.trim()).join(' ');
  return text.length <= MAX_ANSWER_CHARS ? text : `${text.slice(0, MAX_ANSWER_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}
