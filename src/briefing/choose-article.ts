/**
 * Which article of the library a user means: "/brief article 2" (its place in `/brief articles`), its id, its
 * title as autocomplete gives it, or words of the title typed from memory ("manila stom"). fuse.js handles
 * the typos: titles are short strings, as section titles are.
 */
import Fuse from 'fuse.js';
import type { ArticleInfo } from './types.js';

/** A place in the list, as `/brief articles` numbers it: "2", "#2", "no. 2". */
const LISTED_NUMBER = /^(?:#|no\.?\s*|number\s+)?(\d{1,4})\.?$/i;
/** How far a title may be from the words typed and still be the one meant (fuse.js score, 0 is exact). */
const TITLE_THRESHOLD = 0.4;

/**
 * Each word typed is matched on its own, typos tolerated, and a title must match them all: "blinken warnig
 * russia" finds "Blinken expected to issue strong warning on support for Russia ...", whose words are far apart.
 */
const fuzzyTitles = (articles: readonly ArticleInfo[]): Fuse<ArticleInfo> =>
  new Fuse([...articles], { keys: ['title'], includeScore: true, ignoreLocation: true, threshold: TITLE_THRESHOLD, useExtendedSearch: true });

/**
 * The words typed as fuse.js's extended search reads them: letters and digits only, so nothing typed acts as
 * one of its operators ("!", "^", "=", "|" ...); single characters ("Indonesia's" leaves an "s") match anything, and go.
 */
const titleWords = (typed: string): string =>
  typed
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word.length > 1)
    .join(' ');

function matchingTitles(articles: readonly ArticleInfo[], typed: string, limit: number): ArticleInfo[] {
  const words = titleWords(typed);
  return words === '' ? [] : fuzzyTitles(articles).search(words, { limit }).map((result) => result.item);
}

const plain = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The article `query` names among `articles` (newest first, as the library lists them), or undefined when
 * none is close: a number counts from 1 in that order; an id or a whole title matches as typed, case aside;
 * anything else is matched to the titles with typos tolerated.
 */
export function chooseArticle(articles: readonly ArticleInfo[], query: string): ArticleInfo | undefined {
  const typed = plain(query);
  if (typed === '') return undefined;
  const listed = LISTED_NUMBER.exec(typed)?.[1];
  if (listed !== undefined) return articles[Number(listed) - 1];
  const exact = articles.find((article) => article.articleId.toLowerCase() === typed || plain(article.title) === typed);
  if (exact) return exact;
  return matchingTitles(articles, typed, 1)[0];
}

/** Articles for autocomplete: those whose titles match what was typed so far, best first; all, newest first, before anything is typed. */
export function suggestArticles(articles: readonly ArticleInfo[], partial: string, limit: number): ArticleInfo[] {
  const typed = plain(partial);
  if (typed === '') return articles.slice(0, limit);
  const listed = LISTED_NUMBER.exec(typed)?.[1];
  const byNumber = listed === undefined ? undefined : articles[Number(listed) - 1];
  return [...new Set([...(byNumber ? [byNumber] : []), ...matchingTitles(articles, typed, limit)])].slice(0, limit);
}
