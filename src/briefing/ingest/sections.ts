/**
 * Sections: body paragraphs grouped by topic with the C99 segmenter, each with a short title and a
 * one-line summary. Headlines, captions and other non-body blocks belong to no section, so a photo
 * caption never breaks one.
 */
import type { Paragraph, Section, Sentence } from '../types.js';
import { importance } from './rank.js';
import { segmentUnits } from './segment.js';
import { titleSections } from './titles.js';
import { addVectors, inverseDocumentFrequency, similarityMatrix, termCounts, weigh } from './vectors.js';

/** A one-line summary never runs longer than this. */
export const MAX_SUMMARY_CHARS = 200;

/** Section count range for an article of `units` body paragraphs: 4 to 10 for a full article. */
export function sectionRange(units: number): { min: number; max: number } {
  const max = Math.max(1, Math.min(10, Math.floor(units / 2)));
  const min = Math.min(max, units >= 12 ? 4 : Math.max(1, Math.floor(units / 4)));
  return { min, max };
}

/** Boundaries between body paragraphs (index of the last paragraph before each). */
export function segmentParagraphs(texts: readonly string[]): number[] {
  const counts = termCounts(texts);
  const vectors = weigh(counts, inverseDocumentFrequency(counts));
  // Paragraphs are short: each is seen with a little of its neighbours so that sparse overlap still counts.
  const smoothed = vectors.map((vector, i) => addVectors([vector, ...[vectors[i - 1], vectors[i + 1]].filter((v) => v !== undefined).map(half)]));
  const { min, max } = sectionRange(texts.length);
  const maskSize = Math.max(3, Math.min(11, 2 * Math.floor(texts.length / 6) + 1));
  return segmentUnits(similarityMatrix(smoothed), { minSegments: min, maxSegments: max, maskSize });
}

const half = (vector: Map<string, number>): Map<string, number> => new Map([...vector].map(([t, v]) => [t, v * 0.5]));

/** Shortens to one line at a word boundary. */
export function oneLine(text: string, limit = MAX_SUMMARY_CHARS): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).replace(/[\s,;:]+$/, '')}…`;
}

const slug = (title: string): string =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'section';

/** Builds sections over the body paragraphs and sets each sentence's sectionId. */
export function buildSections(paragraphs: readonly Paragraph[], sentences: Sentence[]): Section[] {
  const body = paragraphs.filter((p) => p.kind === 'body');
  if (body.length === 0) return [];
  const boundaries = segmentParagraphs(body.map((p) => p.text));
  const groups: Paragraph[][] = [[]];
  body.forEach((paragraph, i) => {
    (groups[groups.length - 1] as Paragraph[]).push(paragraph);
    if (boundaries.includes(i)) groups.push([]);
  });
  const members = groups.map((group) => {
    const numbers = new Set(group.map((p) => p.index));
    return sentences.filter((s) => s.kind === 'body' && numbers.has(s.paragraph));
  });
  const titles = titleSections(members.map((list) => list.map((s) => s.text)));
  return groups.map((group, g) => {
    const list = members[g] ?? [];
    const title = titles[g] ?? `Part ${g + 1}`;
    const id = `s${g + 1}-${slug(title)}`;
    for (const sentence of list) sentence.sectionId = id;
    return { id, title, summary: oneLine(bestSentence(list.map((s) => s.text))), paragraphs: group.map((p) => p.index), sentenceIds: list.map((s) => s.id) };
  });
}

/** The sentence that best stands for a section: early, central, and not too long for one line. */
function bestSentence(texts: readonly string[]): string {
  if (texts.length <= 1) return texts[0] ?? '';
  const counts = termCounts(texts);
  const scores = importance(texts, weigh(counts, inverseDocumentFrequency(counts)));
  let best = 0;
  scores.forEach((score, i) => {
    const fits = (texts[i] ?? '').length <= MAX_SUMMARY_CHARS ? 1 : 0.8;
    if (score * fits > (scores[best] as number) * ((texts[best] ?? '').length <= MAX_SUMMARY_CHARS ? 1 : 0.8)) best = i;
  });
  return texts[best] ?? '';
}
