/**
 * "In the trial story", "the cricket one": words naming a story that its title leaves out. A sentencing
 * story's title may say "jailed" and never "trial", a cricket final's "century" and never "cricket"; its
 * sentences say "cricket", or a relative of "trial" ("court", "judge"). The article whose sentences use every
 * word naming it, most often, is the one meant.
 */
import type { ArticleIndex } from './search/article-index.js';
import { relatedTerms } from './search/related-terms.js';
import { contentTerms } from './text/tokens.js';

/** Words pointing at a story, not words of it. */
const POINTING: ReadonlySet<string> = new Set(contentTerms('one story article piece report'));

/** How many sentences use the term or one of its relatives. */
function sentencesUsing(index: ArticleIndex, term: string): number {
  const forms = [term, ...relatedTerms(term)];
  let count = 0;
  for (const sentence of index.sentences) if (forms.some((form) => sentence.terms.has(form))) count++;
  return count;
}

/** The candidate whose article's sentences use every word of `words` most often; undefined when none uses them all. */
export function articleUsingWords<T>(candidates: ReadonlyArray<{ item: T; index: ArticleIndex }>, words: string): T | undefined {
  const wanted = contentTerms(words).filter((term) => !POINTING.has(term));
  if (wanted.length === 0) return undefined;
  let best: T | undefined;
  let bestCount = 0;
  for (const { item, index } of candidates) {
    let count = 0;
    for (const term of wanted) {
      const using = sentencesUsing(index, term);
      if (using === 0) {
        count = 0;
        break;
      }
      count += using;
    }
    if (count > bestCount) [best, bestCount] = [item, count];
  }
  return best;
}
