/**
 * Key points (3 to 5 sentences, most important first) and the one-sentence TL;DR, from the
 * article's own prose only: headlines, photo captions, bylines, timestamps and click prompts never
 * enter a summary.
 *
 * A news story puts its point first, so key points follow the article's order, passing over a
 * sentence that restates one already chosen (MMR) and questions. A long article that runs through
 * many threads (a visit's agenda, a round-up) is different: after its lead, each key point comes
 * from a different, distinct section.
 */
import type { Section, Sentence } from '../types.js';
import { DEFAULT_WEIGHTS, importance, selectSentences, type RankWeights } from './rank.js';
import { tidySentence } from './clean.js';
import { openQuotation } from '../text/quotes.js';
import { isSummarySentence } from './prose.js';
import { TOPIC_SHIFT } from './sections.js';
import { addVectors, cosine, inverseDocumentFrequency, norm, termCounts, weigh, type TermVector } from './vectors.js';

export const MAX_TLDR_CHARS = 300;
export const KEY_POINT_COUNT = 5;

/**
 * An article is read as several threads (an agenda, a round-up) from this many sections and body
 * paragraphs on, when at least `cues` paragraphs open a new thread the way such pieces do ("Other
 * issues...", "X is also expected to discuss..."). Size alone is not enough: a long news story with
 * many sections still puts its point first, and covering sections instead cost a third of ROUGE-2
 * on dev news when tried.
 */
export const MANY_THREADS = { sections: 6, paragraphs: 30, cues: 3 };

export interface Summary {
  tldr: string;
  keyPoints: string[];
}

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')}…`;
}

/** Within a section the first sentence usually states its thread; length matters less than for news leads. */
const SECTION_WEIGHTS: RankWeights = { ...DEFAULT_WEIGHTS, idealWords: 20 };

/** Body sentences a summary may quote; when none qualifies (a one-line note), any body sentence. */
/**
 * A key point opening a quotation that sentence splitting cut ('"The slope had been creeping for years.') gets the
 * closing mark, as a quotation cut short is printed: a key point never ends or starts inside a quotation. (Adding the rest of
 * the quotation instead made key points longer than readers want: dev R2 x1.077 fell to x1.050.)
 */
function closingQuotation(text: string): string {
  const cut = openQuotation(text);
  if (cut === 'opens') return `${text}${text.includes('“') ? '”' : '"'}`;
  // ...and one closing a quotation opened a sentence before gets the opening mark: '"On Tuesday it began to run," he said.'
  if (cut === 'closes') return `${text.includes('”') ? '“' : '"'}${text}`;
  return text;
}

/**
 * 'We grew our headcount by more than 60% in two years ...' from the middle of a quotation the sentence before opened
 * ('"I take full responsibility ...') reads as the story's own words: as a key point it is set in quotation marks.
 */
function withinQuotation(body: readonly Sentence[], at: number, text: string): string {
  const sentence = body[at];
  if (!sentence || /["“”]/.test(text)) return text;
  for (let before = at - 1; before >= 0 && body[before]?.paragraph === sentence.paragraph; before--) {
    const opener = body[before]?.text ?? '';
    const side = openQuotation(opener);
    // Marks as the quotation's own opening writes them.
    if (side === 'opens') return opener.includes('“') ? `“${text}”` : `"${text}"`;
    if (side === 'closes' || /["“”]/.test(body[before]?.text ?? '')) return text;
  }
  return text;
}

function candidates(sentences: readonly Sentence[]): Sentence[] {
  const body = sentences.filter((s) => s.kind === 'body');
  const prose = body.filter((s) => isSummarySentence(s.text));
  return prose.length > 0 ? prose : body;
}

/** After the lead: one sentence from each of the most distinct sections not yet covered. */
function coverSections(body: readonly Sentence[], sections: readonly Section[], lead: number, count: number): number[] {
  const counts = termCounts(body.map((s) => s.text));
  const vectors = weigh(counts, inverseDocumentFrequency(counts));
  const norms = vectors.map(norm);
  const indexOfId = new Map(body.map((s, i) => [s.id, i]));
  // Each section's representative: its most important sentence, judged within the section.
  const representatives = sections.flatMap((section) => {
    const members = section.sentenceIds.map((id) => indexOfId.get(id)).filter((i): i is number => i !== undefined);
    if (members.length === 0) return [];
    const scores = importance(members.map((i) => body[i]?.text ?? ''), members.map((i) => vectors[i] as TermVector), SECTION_WEIGHTS);
    const best = scores.indexOf(Math.max(...scores));
    const whole = addVectors(members.map((i) => vectors[i] as TermVector));
    return [{ section: section.id, sentence: members[best] as number, score: scores[best] as number, whole, wholeNorm: norm(whole) }];
  });
  const chosen = [lead];
  const covered = new Set([body[lead]?.sectionId]);
  while (chosen.length < count) {
    let best: (typeof representatives)[number] | undefined;
    let bestScore = -Infinity;
    for (const candidate of representatives) {
      if (covered.has(candidate.section)) continue;
      const i = candidate.sentence;
      // Redundant when the sentence, or its section as a whole, repeats what a key point already says.
      const redundancy = Math.max(
        ...chosen.map((j) => cosine(vectors[i] as TermVector, vectors[j] as TermVector, norms[i], norms[j])),
        ...chosen.map((j) => cosine(candidate.whole, vectors[j] as TermVector, candidate.wholeNorm, norms[j])),
      );
      const score = candidate.score * (1 - redundancy);
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (!best) break;
    chosen.push(best.sentence);
    covered.add(best.section);
  }
  return chosen;
}

/**
 * Key points: position only, with a strong redundancy weight and questions discounted. Chosen by
 * cross-validation on the dev summaries (scripts/eval/summaries-cv.ts): settings that mixed in
 * centrality or a length prior won in-sample but lost to Lead-3 on held-out folds.
 */
export const KEY_POINT_WEIGHTS: RankWeights = { ...DEFAULT_WEIGHTS, position: 1, centrality: 0, decay: 1.2, redundancy: 0.9, question: 0.3 };

/** Summarises the body sentences (whose sectionId is already set). */
export function summarize(sentences: readonly Sentence[], sections: readonly Section[] = [], weights: RankWeights = KEY_POINT_WEIGHTS): Summary {
  const body = candidates(sentences);
  let chosen = selectSentences(body.map((s) => ({ text: s.text, group: s.sectionId ?? '' })), KEY_POINT_COUNT, weights);
  const paragraphs = new Map(body.map((s) => [s.paragraph, s.text]));
  const cues = [...paragraphs.values()].filter((text) => TOPIC_SHIFT.test(text)).length;
  if (sections.length >= MANY_THREADS.sections && paragraphs.size >= MANY_THREADS.paragraphs && cues >= MANY_THREADS.cues && chosen[0] !== undefined) {
    chosen = coverSections(body, sections, chosen[0], KEY_POINT_COUNT);
  }
  const keyPoints = chosen.map((i) => closingQuotation(withinQuotation(body, i, tidySentence(body[i]?.text ?? '')))).filter(Boolean);
  const tldrSource = keyPoints.find((text) => text.length <= MAX_TLDR_CHARS) ?? keyPoints[0] ?? '';
  return { tldr: shorten(tldrSource, MAX_TLDR_CHARS), keyPoints };
}
