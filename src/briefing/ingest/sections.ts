/**
 * Sections: body paragraphs grouped by topic with the C99 segmenter, each with a short title and a
 * one-line summary. Headlines, captions and other non-body blocks belong to no section, so a photo
 * caption never breaks one.
 */
import type { Paragraph, Section, Sentence } from '../types.js';
import { tidySentence } from './clean.js';
import { isStatement } from './prose.js';
import { quotationPieces } from '../text/quotes.js';
import { importance } from './rank.js';
import { segmentUnits } from './segment.js';
import { titleSections } from './titles.js';
import { inverseDocumentFrequency, similarityMatrix, termCounts, weigh } from './vectors.js';

/** A one-line summary never runs longer than this. */
export const MAX_SUMMARY_CHARS = 200;

/** Section count range for an article of `units` body paragraphs: 4 to 10 for a full article. */
export function sectionRange(units: number): { min: number; max: number } {
  const max = Math.max(1, Math.min(10, Math.floor(units / 2)));
  const min = Math.min(max, units >= 12 ? 4 : Math.max(1, Math.floor(units / 4)));
  return { min, max };
}

/**
 * How news writers open a new thread: "Other issues...", "X is also expected to discuss...",
 * "Meanwhile, ...". A paragraph opening like this starts a section.
 */
export const TOPIC_SHIFT = /^(?:Meanwhile|Separately|Elsewhere|In other news|Turning to|Other (?:issues|topics)|Another (?:issue|topic))\b|^[^.!?]{0,80}\b(?:is|are|was|were) also (?:expected|set|likely|due) to (?:discuss|raise|address|press|feature|focus|tackle|bring up)\b|^[^.!?]{0,60}\balso comes? (?:at|as|amid)\b/;

/** Share of paragraphs above which a term is the article's common subject, not a sign of a topic. */
const COMMON_TERM_SHARE = 0.2;

/** Paragraph-level stopping threshold: paragraphs are fewer and sparser than sentences, so a lower bar than Choi's 1.2. */
const PARAGRAPH_C = 0.5;

/**
 * Segmentation compares every paragraph with every other: time and memory grow with the square of their
 * number (5,000 paragraphs took 26 s, 20,000 ran out of memory). Beyond this many, consecutive paragraphs
 * are read in runs of equal length, and boundaries fall between runs.
 */
export const MAX_SEGMENT_UNITS = 240;

/**
 * A paragraph that goes on with the speaker of the one before: '"The front is a double-edged sword," she said.',
 * "She added that ...". A section opening with it would quote someone it never names.
 */
const GOES_ON_SPEAKING = /^["“][^"“”]*["”],?\s+(?:he|she|they)\s+(?:said|says|added|adds|told|tells|warned|explained)\b|^(?:He|She|They)\s+(?:said|says|added|adds)\b/;

/** Boundaries between body paragraphs (index of the last paragraph before each). */
export function segmentParagraphs(texts: readonly string[]): number[] {
  const boundaries = segmentedParagraphs(texts);
  // Such a paragraph stays with its speaker's: the boundary moves past it, unless that leaves a section empty.
  return boundaries.map((boundary, i) => {
    const next = boundaries[i + 1] ?? texts.length - 1;
    return boundary + 1 < next && GOES_ON_SPEAKING.test(texts[boundary + 1] ?? '') ? boundary + 1 : boundary;
  });
}

function segmentedParagraphs(texts: readonly string[]): number[] {
  if (texts.length <= MAX_SEGMENT_UNITS) return segmentTexts(texts);
  const run = Math.ceil(texts.length / MAX_SEGMENT_UNITS);
  const runs: string[] = [];
  for (let start = 0; start < texts.length; start += run) runs.push(texts.slice(start, start + run).join(' '));
  return segmentTexts(runs).map((boundary) => Math.min((boundary + 1) * run, texts.length) - 1);
}

function segmentTexts(texts: readonly string[]): number[] {
  const counts = termCounts(texts);
  const idf = inverseDocumentFrequency(counts);
  const df = new Map<string, number>();
  for (const vector of counts) for (const term of vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const vectors = weigh(counts, idf).map((vector) => new Map([...vector].filter(([term]) => (df.get(term) ?? 0) <= COMMON_TERM_SHARE * texts.length)));
  const { min, max } = sectionRange(texts.length);
  // Paragraphs are few: a small neighbourhood for ranking (Choi's 11 is for sentences).
  const maskSize = Math.max(3, Math.min(11, 2 * Math.floor(texts.length / 14) + 1));
  const forced = texts.flatMap((text, i) => (i > 0 && TOPIC_SHIFT.test(text) ? [i - 1] : [])).slice(0, max - 1);
  return segmentUnits(similarityMatrix(vectors), { minSegments: min, maxSegments: max, maskSize, forced, c: PARAGRAPH_C });
}

/** Boundaries between sentences of a running text (Choi's setting: a mask of 11, c = 1.2, the count found by C99). */
export function segmentSentences(sentences: readonly string[]): number[] {
  return segmentUnits(similarityMatrix(termCounts(sentences)), { maskSize: 11, c: 1.2 });
}

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

/**
 * The author's subheading before each body paragraph, where one stands between it and the paragraph before:
 * an article with subheadings (Markdown `##`, HTML `<h2>`) is divided by its author.
 */
function subheadingsBefore(paragraphs: readonly Paragraph[]): Array<string | undefined> {
  const before: Array<string | undefined> = [];
  let pending: string | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.subheading) pending = paragraph.text;
    else if (paragraph.kind === 'body') {
      before.push(pending);
      pending = undefined;
    }
  }
  return before;
}

/**
 * Sections an author's subheadings may make at most: a briefing has at most ten, and a page of more subheadings
 * is a list or an FAQ, which C99 divides.
 */
const MAX_AUTHOR_SECTIONS = 10;

/** Longer than this, a heading above the first paragraph is a standfirst ("dek"), a sentence about the story. */
const MAX_LEAD_HEADING_WORDS = 8;

/** A subheading is a title; one that runs longer reads as a title cut to this many characters. */
const MAX_SUBHEADING_TITLE_CHARS = 80;

/** Builds sections over the body paragraphs and sets each sentence's sectionId. */
export function buildSections(paragraphs: readonly Paragraph[], sentences: Sentence[]): Section[] {
  const body = paragraphs.filter((p) => p.kind === 'body');
  if (body.length === 0) return [];
  const headings = subheadingsBefore(paragraphs);
  // The author's own division, where the article has one that fits a briefing; else C99's.
  const authored = headings.flatMap((heading, i) => (i > 0 && heading !== undefined ? [i - 1] : []));
  const byAuthor = authored.length > 0 && authored.length + 1 <= MAX_AUTHOR_SECTIONS;
  const boundaries = new Set(byAuthor ? authored : segmentParagraphs(body.map((p) => p.text)));
  const groups: Paragraph[][] = [[]];
  // A long line above the first paragraph is the page's standfirst, not the lead's heading: the lead is the overview.
  const firstHeading = headings[0] !== undefined && headings[0].split(/\s+/).length <= MAX_LEAD_HEADING_WORDS ? headings[0] : undefined;
  const groupHeadings: Array<string | undefined> = [byAuthor ? firstHeading : undefined];
  body.forEach((paragraph, i) => {
    (groups[groups.length - 1] as Paragraph[]).push(paragraph);
    if (boundaries.has(i)) {
      groups.push([]);
      groupHeadings.push(byAuthor ? headings[i + 1] : undefined);
    }
  });
  const members = groups.map((group) => {
    const numbers = new Set(group.map((p) => p.index));
    return sentences.filter((s) => s.kind === 'body' && numbers.has(s.paragraph));
  });
  const titles = titleSections(members.map((list) => list.map((s) => s.text)));
  return groups.map((group, g) => {
    const list = members[g] ?? [];
    const heading = groupHeadings[g];
    // Before the author's first subheading comes the story's lead.
    const lead = byAuthor && g === 0 ? 'Overview' : undefined;
    const title = heading !== undefined ? oneLine(headingInTitleCase(heading, sentences), MAX_SUBHEADING_TITLE_CHARS) : (lead ?? titles[g] ?? `Part ${g + 1}`);
    const id = `s${g + 1}-${slug(title)}`;
    for (const sentence of list) sentence.sectionId = id;
    return { id, title, summary: oneLine(tidySentence(bestSentence(list))), paragraphs: group.map((p) => p.index), sentenceIds: list.map((s) => s.id) };
  });
}

/** Words a title keeps in lower case unless they open it. */
const MINOR_TITLE_WORDS: ReadonlySet<string> = new Set('a an the and or nor but of in on at to for by with from as into over per via vs'.split(' '));

/**
 * "HOW THEY FOUND IT" as a section's title: "How They Found It". A word the article writes in capitals itself
 * ("NATO", "US") stays so; any other subheading is kept as its author wrote it.
 */
function headingInTitleCase(heading: string, sentences: readonly Sentence[]): string {
  const letters = heading.replace(/[^\p{L}]/gu, '');
  if (letters !== letters.toUpperCase()) return heading;
  const written = new Set(sentences.flatMap((s) => s.text.split(/[^\p{L}\p{M}'’-]+/u)));
  let first = true;
  return heading.replace(/\p{L}[\p{L}\p{M}'’-]*/gu, (word) => {
    const opening = first;
    first = false;
    if (word.length > 1 && written.has(word)) return word;
    const lower = word.toLowerCase();
    return !opening && MINOR_TITLE_WORDS.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

/** A sentence too long for one line must be much better to be cut short. */
const LONG_SUMMARY_FACTOR = 0.5;

/**
 * The sentence that best stands for a section: early, central, and not too long for one line. A complete
 * statement of the article's prose, where the section has one: not the title of a link to another story
 * ("Germanwings crash compensation: What we know"), a teaser's question, or a piece of a quotation that
 * sentence splitting cut ('"You came here ... This is no Duke we will accept.').
 */
function bestSentence(sentences: ReadonlyArray<{ text: string; paragraph: number }>): string {
  const all = sentences.map((sentence) => sentence.text);
  const pieces = quotationPieces(sentences);
  const statements = all.filter((text, i) => isStatement(text) && !pieces[i]);
  const texts = statements.length > 0 ? statements : all;
  if (texts.length <= 1) return texts[0] ?? '';
  const counts = termCounts(texts);
  const scores = importance(texts, weigh(counts, inverseDocumentFrequency(counts)));
  let best = 0;
  scores.forEach((score, i) => {
    const fits = (texts[i] ?? '').length <= MAX_SUMMARY_CHARS ? 1 : LONG_SUMMARY_FACTOR;
    if (score * fits > (scores[best] as number) * ((texts[best] ?? '').length <= MAX_SUMMARY_CHARS ? 1 : LONG_SUMMARY_FACTOR)) best = i;
  });
  return texts[best] ?? '';
}
