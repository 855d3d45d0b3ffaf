/**
 * Topics: which section a few words point at (`/brief tiawan`), and section titles for autocomplete.
 * fuse.js handles typos on these short strings (titles, entity names); the BM25 index adds section text.
 */
import Fuse from 'fuse.js';
import { sanitizeQuestion } from '../answers/sanitize.js';
import type { Section } from '../types.js';
import type { ArticleIndex } from './article-index.js';
import { editDistance } from './edit-distance.js';
import { correctedQuery } from './passages.js';

/** Below this combined score (0..1) no section is close enough to call a match. */
export const MIN_TOPIC_SCORE = 0.5;
/** Autocomplete offers sections matched only by their content when they match at least this well. */
const SUGGESTION_SCORE = 0.6;

interface TopicFinders {
  titles: Fuse<Section>;
  entities: Fuse<{ form: string; entityIndex: number }>;
}

const finders = new WeakMap<ArticleIndex, TopicFinders>();

function findersFor(index: ArticleIndex): TopicFinders {
  let found = finders.get(index);
  if (!found) {
    found = {
      titles: new Fuse(index.briefing.sections, { keys: ['title'], includeScore: true, ignoreLocation: true, threshold: 0.34 }),
      entities: new Fuse(
        index.briefing.entities.flatMap((entity, entityIndex) =>
          entity.kind === 'date' ? [] : [entity.name, ...entity.aliases].map((form) => ({ form, entityIndex })),
        ),
        { keys: ['form'], includeScore: true, ignoreLocation: true, threshold: 0.35 },
      ),
    };
    finders.set(index, found);
  }
  return found;
}

/** Topics shorter than this are matched to titles without typos. */
const MIN_FUZZY_CHARS = 4;
/** A title one of whose words a tiny topic opens ("EU" in "EU and NATO"). */
const TINY_TITLE_SCORE = 0.9;
const opensWordOf = (title: string, typed: string): boolean => {
  const lower = typed.trim().toLowerCase();
  return title.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(lower));
};

/** The entities a tiny topic names exactly ("US", "Xi"), as fuse.js results of a perfect score. */
function namedExactly(index: ArticleIndex, topic: string): Array<{ item: { entityIndex: number }; score: number }> {
  const typed = topic.trim().toLowerCase();
  const found: Array<{ item: { entityIndex: number }; score: number }> = [];
  index.briefing.entities.forEach((entity, entityIndex) => {
    if (entity.kind !== 'date' && [entity.name, ...entity.aliases].some((form) => form.toLowerCase() === typed)) found.push({ item: { entityIndex }, score: 0 });
  });
  return found;
}

/** fuse.js costs milliseconds on sentence-length input: it only sees short topics. */
const MAX_FUZZY_WORDS = 4;

/** Scores (0..1) of every section for a topic, from titles, entity names and section text. */
export function scoreSections(index: ArticleIndex, topic: string, fuzzy = true): Map<string, number> {
  const scores = new Map<string, number>();
  const raise = (sectionId: string | null, score: number): void => {
    if (sectionId !== null && score > (scores.get(sectionId) ?? 0)) scores.set(sectionId, score);
  };
  const short = fuzzy && topic.split(/\s+/).length <= MAX_FUZZY_WORDS && topic.length <= 60;
  // Three letters or fewer are too few to allow a typo in: fuse.js found "foo" in "Northmoor". They must open
  // a word of the title or name as typed ("EU", "Iran" typed "ira").
  const tiny = topic.trim().length < MIN_FUZZY_CHARS;
  const { titles, entities } = short && !tiny ? findersFor(index) : { titles: undefined, entities: undefined };
  if (short && tiny) for (const section of index.briefing.sections) if (opensWordOf(section.title, topic)) raise(section.id, TINY_TITLE_SCORE);
  for (const result of titles?.search(topic) ?? []) raise(result.item.id, 1 - (result.score ?? 1));
  for (const result of entities?.search(topic, { limit: 5 }) ?? (short && tiny ? namedExactly(index, topic) : [])) {
    const entity = index.entities[result.item.entityIndex];
    if (!entity) continue;
    const counts = new Map<string, number>();
    for (const sentenceId of entity.sentenceIds) {
      const sectionId = index.sentences[sentenceId]?.sentence.sectionId;
      if (sectionId) counts.set(sectionId, (counts.get(sectionId) ?? 0) + 1);
    }
    const most = Math.max(1, ...counts.values());
    for (const [sectionId, count] of counts) raise(sectionId, 0.85 * (1 - (result.score ?? 1)) * (0.6 + (0.4 * count) / most));
  }
  const { terms } = correctedQuery(index, topic);
  if (terms.length > 0) {
    const bySection = new Map<string, number>();
    for (const [position, score] of index.bm25.score(new Map(terms.map((term) => [term, 1])))) {
      const sectionId = index.sentences[position]?.sentence.sectionId;
      if (sectionId) bySection.set(sectionId, (bySection.get(sectionId) ?? 0) + score);
    }
    const top = Math.max(1e-9, ...bySection.values());
    for (const [sectionId, total] of bySection) raise(sectionId, 0.75 * (total / top));
  }
  return scores;
}

export function findTopic(index: ArticleIndex, topic: string): { section: Section; score: number } | null {
  const cleaned = sanitizeQuestion(topic);
  if (!cleaned) return null;
  let best: { section: Section; score: number } | null = null;
  for (const [sectionId, score] of scoreSections(index, cleaned)) {
    const section = index.briefing.sections.find((s) => s.id === sectionId);
    if (section && score >= MIN_TOPIC_SCORE && (!best || score > best.score)) best = { section, score };
  }
  return best;
}

/** Section titles for autocomplete: prefix matches first, then typo-tolerant ones, best first. */
export function suggestTopics(index: ArticleIndex, partial: string, limit: number): Section[] {
  const sections = index.briefing.sections;
  const wanted = Math.max(0, Math.min(limit, 25));
  const typed = sanitizeQuestion(partial).toLowerCase();
  if (!typed) return sections.slice(0, wanted);
  const ordered: Section[] = [];
  const add = (section: Section | undefined): void => {
    if (section && !ordered.includes(section)) ordered.push(section);
  };
  const titleWords = (section: Section): string[] => section.title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const section of sections) if (section.title.toLowerCase().startsWith(typed)) add(section);
  for (const section of sections) if (titleWords(section).some((word) => word.startsWith(typed))) add(section);
  // A typo in what is typed so far: "irn" is one edit from "ira(n)", the start of a title word.
  const edits = typed.length >= 7 ? 2 : typed.length >= 3 ? 1 : 0;
  if (edits > 0) {
    for (const section of sections) {
      const close = titleWords(section).some((word) =>
        [typed.length, typed.length + 1].some((n) => editDistance(typed, word.slice(0, n), edits) <= edits),
      );
      if (close) add(section);
    }
  }
  // Then sections whose people, places or text match well; autocomplete wants few, good suggestions.
  const rest = [...scoreSections(index, typed)].filter(([, score]) => score >= SUGGESTION_SCORE).sort((a, b) => b[1] - a[1]);
  for (const [sectionId] of rest) add(sections.find((s) => s.id === sectionId));
  return ordered.slice(0, wanted);
}

/** The sections closest to a question, to offer when the article does not answer it. */
export function closestSections(index: ArticleIndex, question: string, limit = 3): Section[] {
  // Typos are already corrected against the vocabulary; fuse.js would cost milliseconds per abstention.
  const ranked = [...scoreSections(index, question, false)].sort((a, b) => b[1] - a[1]);
  // A loop and push, not `map` and `filter`: their results differ in kind between optimised and interpreted
  // code, and the answer path was deoptimised each time the other kind came back from here.
  const sections: Section[] = [];
  for (const entry of ranked) {
    const section = index.briefing.sections.find((s) => s.id === entry[0]);
    if (section) sections.push(section);
  }
  for (const section of index.briefing.sections) if (sections.length < limit && !sections.includes(section)) sections.push(section);
  return sections.slice(0, limit);
}
