/**
 * Which article of the library a user means: "/brief article 2" (its place in `/brief articles`), its id, its
 * title as autocomplete gives it, or words of it typed from memory, in any order and with typos ("gdnask mayr",
 * "blinkin chnia"). Each word typed must be a word of the article's title or opening sentence, as typed, as
 * the start of one (autocomplete sees words half typed), or within a typo or two of one.
 *
 * Word by word, not fuse.js: its extended search matches each word against the whole title, and at the
 * tolerance "chnia" needs for "China", "election" matched "expected"; edit distances between words (a
 * transposition is one edit) tell the two apart.
 */
import { editDistance } from './search/edit-distance.js';
import { STOPWORDS, tokenize } from './text/tokens.js';
import { wordWithE } from './text/english-words.js';
import type { ArticleInfo } from './types.js';

/** A place in the list, as `/brief articles` numbers it: "2", "#2", "no. 2", "two". */
const LISTED_NUMBER = /^(?:#|no\.?\s*|number\s+)?(\d{1,4})\.?$/i;
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The words of an article a user may name it by: its title, and its opening sentence when the title is cut from it. */
export type ArticleWords = (article: ArticleInfo) => string;

const plain = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
/** Words without their accents: "gdansk" is typed for "Gdańsk". */
const wordsIn = (text: string): string[] => tokenize(text.normalize('NFD').replace(/\p{M}/gu, ''));
/** A title's words, and its hyphenated words written whole as well: "ebikes" names "e-bikes". */
const titleWordsIn = (text: string): string[] => [...wordsIn(text), ...wordsIn((text.match(HYPHENATED) ?? []).join(' ').replace(/-/g, ''))];
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** Typos allowed in a word typed: none in the shortest, one from four letters, two from eight. */
const typosAllowed = (word: string): number => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);
/** Half a word is enough from this many letters ("landsl" for "landslide"). */
const MIN_PREFIX = 3;

/** How well `typed` names one of `words`: 1 as typed, 0.9 as the start of one, 0.7 with typos; 0 not at all. */
function wordMatch(typed: string, words: ReadonlySet<string>): number {
  if (words.has(typed)) return 1;
  let best = 0;
  const typos = typosAllowed(typed);
  for (const word of words) {
    if (typed.length >= MIN_PREFIX && word.startsWith(typed) && !anotherWordWithE(typed, word)) best = Math.max(best, 0.9);
    else if (best < 0.7 && editDistance(typed, word, typos) <= typos) best = 0.7;
  }
  return best;
}

/** "Car" typed is no start of "care", nor "plan" of "planes": a whole word that adds an "e" is another word. */
function anotherWordWithE(typed: string, word: string): boolean {
  const other = wordWithE(typed);
  return other !== undefined && word.startsWith(other);
}

/** "sale v castres", "Sale vs. Castres": how a match is named, though the article's words leave it out. */
const MATCH_WORDS: ReadonlySet<string> = new Set(['v', 'vs', 'versus']);
/** "The one about China", "the story on the strike": words pointing at an article, not words of it. */
const POINTING_WORDS: ReadonlySet<string> = new Set(['one', 'story', 'article', 'piece']);

/** The articles every typed word names, best first (the newer first when even); none when nothing was typed but small words. */
function matching(articles: readonly ArticleInfo[], typed: string, wordsOf: ArticleWords): ArticleInfo[] {
  const wanted = wordsIn(typed).filter((word) => !STOPWORDS.has(word) && !MATCH_WORDS.has(word) && !POINTING_WORDS.has(word));
  if (wanted.length === 0) return [];
  const scored: Array<{ article: ArticleInfo; score: number; order: number }> = [];
  articles.forEach((article, order) => {
    const words = new Set(titleWordsIn(wordsOf(article)));
    let score = 0;
    for (const word of wanted) {
      const match = wordMatch(word, words);
      if (match === 0) return;
      score += match;
    }
    scored.push({ article, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((entry) => entry.article);
}

/** The place in the list a query gives, 1-based: "2", "#2", "two"; undefined for anything else. */
function listedPlace(typed: string): number | undefined {
  const digits = LISTED_NUMBER.exec(typed)?.[1];
  if (digits !== undefined) return Number(digits);
  const word = NUMBER_WORDS.indexOf(typed);
  return word >= 0 ? word + 1 : undefined;
}

/**
 * The article `query` names among `articles` (newest first, as the library lists them), or undefined when none
 * is named: a number counts from 1 in that order; an id or a whole title matches as typed, case aside; anything
 * else is matched word by word to the titles (and whatever else `wordsOf` gives), typos tolerated.
 */
export function chooseArticle(articles: readonly ArticleInfo[], query: string, wordsOf: ArticleWords = (article) => article.title): ArticleInfo | undefined {
  const typed = plain(query);
  // "-1", "#0": a place no list has, not words of a title ("1,200 flights" has a "1").
  // "2.5" is no place either, nor words of a title ("a pay rise of 2.5%").
  if (typed === '' || /^[#(]?[-−–]\s*\d+\)?$/.test(typed) || /^\d+\.\d+$/.test(typed)) return undefined;
  const place = listedPlace(typed);
  if (place !== undefined) return articles[place - 1];
  const exact = articles.find((article) => article.articleId.toLowerCase() === typed || plain(article.title) === typed);
  return exact ?? matching(articles, typed, wordsOf)[0];
}

/** Articles for autocomplete: those whose words match what was typed so far, best first; all, newest first, before anything is typed. */
export function suggestArticles(articles: readonly ArticleInfo[], partial: string, limit: number, wordsOf: ArticleWords = (article) => article.title): ArticleInfo[] {
  const typed = plain(partial);
  if (typed === '') return articles.slice(0, limit);
  const place = listedPlace(typed);
  const byNumber = place === undefined ? undefined : articles[place - 1];
  return [...new Set([...(byNumber ? [byNumber] : []), ...matching(articles, typed, wordsOf)])].slice(0, limit);
}
