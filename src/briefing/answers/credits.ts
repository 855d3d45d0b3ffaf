/**
 * "Who wrote this?", "who is the author?": the article's credit lines (its byline, "X contributed to this
 * report", "X was speaking to BBC Sport's Y"), which are kept out of the story's sentences. A name found only
 * there ("who is Chris Sutton?") is answered by its credit line too.
 */
import { isCreditLine } from '../ingest/blocks.js';
import type { ArticleIndex } from '../search/article-index.js';
import { tokenize } from '../text/tokens.js';

/**
 * "Who is the author?", "who wrote the article?", "who wrote this?" asked alone; not "... and who wrote it?" of a
 * play the article names.
 */
const ASKS_AUTHOR =
  /^\W*(?:(?:and|so|ok|okay) )?who(?:'s|’s| is| was)? (?:the )?(?:author|writer|byline)s?(?: of (?:this|the|it)(?: article| story| piece| report)?)?\W*$|\bwho (?:wrote|writes|authored|reported|penned) (?:this|the) (?:article|story|piece|report)\b|^\W*(?:(?:and|so|ok|okay) )?who (?:wrote|writes|authored|penned) (?:this|that|it)\W*$|\b(?:author|writer|byline|reporter|journalist)s? of (?:this|the) (?:article|story|piece|report)\b|^\W*who (?:contributed|helped) (?:to|with) (?:this|the|that|it)(?: (?:article|story|piece|report|reporting))?\W*$/i;

/** A word one of which every authorship question holds: the long pattern runs only where it could match. */
const AUTHOR_CUE = /wr|author|byline|report|journalist|penned|contributed|helped/i;

/** The question asks who wrote the article. */
export const asksAuthor = (text: string): boolean => AUTHOR_CUE.test(text) && ASKS_AUTHOR.test(text);

const creditsOf = new WeakMap<ArticleIndex, string[]>();

/** The article's credit lines, in order. */
export function articleCredits(index: ArticleIndex): string[] {
  let credits = creditsOf.get(index);
  if (!credits) {
    credits = index.briefing.paragraphs.filter((paragraph) => paragraph.kind === 'other' && !paragraph.subheading && isCreditLine(paragraph.text)).map((paragraph) => paragraph.text);
    creditsOf.set(index, credits);
  }
  return credits;
}

/** The credit line naming every one of `words` (as the question typed them) as a name, capitalised, if one does. */
export function creditNaming(index: ArticleIndex, words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const wanted = words.map((word) => word.toLowerCase());
  return articleCredits(index).find((line) => {
    const names = new Set(tokenize((line.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).join(' ')));
    return wanted.every((word) => names.has(word));
  });
}
