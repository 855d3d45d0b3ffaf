/**
 * `brief search`: passages ranked by BM25 over the article's sentences, after correcting query typos
 * against the article's vocabulary ("semicondutor" finds "semiconductors").
 */
import { sanitizeQuestion } from '../answers/sanitize.js';
import { COURTESY_TITLES, STOPWORDS, tokenize } from '../text/tokens.js';
import type { SearchHit } from '../service.js';
import type { ArticleIndex } from './article-index.js';

const MAX_QUERY_TERMS = 40;
/** A figure written with a point, comma or colon inside: "2.5", "18.5", "8,412", "2:25". */
const FIGURE_AS_WRITTEN = /\d+(?:[.,:]\d+)+/g;

/** The query's terms as the index knows them: stemmed, typos corrected, unknown words dropped. */
export function correctedQuery(index: ArticleIndex, query: string): { terms: string[]; unknown: string[] } {
  const terms: string[] = [];
  const unknown: string[] = [];
  for (const token of tokenize(query)) {
    if (terms.length >= MAX_QUERY_TERMS) break;
    if (STOPWORDS.has(token)) continue;
    const corrected = index.vocabulary.correct(token);
    if (!corrected.known) unknown.push(token);
    else if (!terms.includes(corrected.term)) terms.push(corrected.term);
  }
  return { terms, unknown };
}

/** Unknown words that are most of a query (three or more): it is about something else, whatever else it shares. */
const MIN_FOREIGN_WORDS = 3;
const FOREIGN_SHARE = 0.6;

/**
 * The query names something the article never does, as typed: a capitalised word or an acronym ("BBC One",
 * "Match of the Day"). Passages sharing only its other words ("one", "matches") are not about it.
 */
function namesSomethingAbsent(cleaned: string, unknown: readonly string[]): boolean {
  if (unknown.length === 0) return false;
  for (const word of cleaned.match(/[\p{L}\p{N}'’-]+/gu) ?? []) {
    if (/^\p{Lu}/u.test(word) && unknown.includes(tokenize(word)[0] ?? '')) return true;
  }
  return false;
}

export function searchPassages(index: ArticleIndex, query: string, limit = 10): SearchHit[] {
  const cleaned = sanitizeQuestion(query);
  const { terms, unknown } = correctedQuery(index, cleaned);
  // The last word may still be being typed ("compro"): let it match as a prefix, at a discount.
  const typed = tokenize(cleaned).at(-1);
  const partial = typed !== undefined && typed.length >= 3 && unknown.includes(typed) ? typed : undefined;
  const absent = partial === undefined ? unknown : unknown.filter((word) => word !== partial);
  if (namesSomethingAbsent(cleaned, absent)) return [];
  if (absent.length >= MIN_FOREIGN_WORDS && absent.length >= FOREIGN_SHARE * (absent.length + terms.length)) return [];
  if (partial !== undefined) terms.push(partial);
  // "Mr Whitlock": the courtesy title is on every other name; the name is what is searched for.
  const named = terms.filter((term) => !COURTESY_TITLES.has(term));
  if (named.length > 0 && named.length < terms.length) terms.splice(0, terms.length, ...named);
  if (terms.length === 0) return [];
  // Only a word still being typed is a prefix: "mental state" is not "statement".
  const results = index.miniSearch.search(terms.join(' '), {
    prefix: (term: string) => term === partial,
    weights: { fuzzy: 0.5, prefix: 0.5 },
  });
  // A section's title matches every sentence in it ("Germany and Europol"): where some sentences hold a word of the
  // query themselves, those are the passages, not their neighbours that only share the title.
  const inText = (result: (typeof results)[number]): boolean => Object.values(result.match).some((fields) => fields.includes('text'));
  const someInText = results.some(inText);
  // "2.5%", "£18.5m", "2:25": a figure with a point, comma or colon in it is searched as written, not as its
  // digits ("2" and "5" are in "Trek-Lite 2" and "$2,099").
  const figures = cleaned.match(FIGURE_AS_WRITTEN) ?? [];
  const hits: SearchHit[] = [];
  for (const result of results) {
    const indexed = index.sentences[result.id as number];
    if (!indexed || (someInText && !inText(result))) continue;
    if (figures.length > 0 && !figures.every((figure) => indexed.sentence.text.includes(figure))) continue;
    // Headlines repeat the story's gist; captions describe photos: both rank below body text.
    const factor = indexed.sentence.kind === 'body' ? 1 : 0.8;
    hits.push({
      sectionId: indexed.sentence.sectionId,
      sectionTitle: indexed.sectionTitle,
      sentenceId: indexed.sentence.id,
      text: indexed.sentence.text,
      score: Math.round(result.score * factor * 1000) / 1000,
    });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, Math.max(1, limit));
}
