/**
 * With several articles in the library, what the conversation's (or the newest) article lacks may be in
 * another: a question, a topic, search words. These are the articles tried, newest first.
 */
import type { ArticleInfo } from './types.js';

/** At most this many other articles are tried: a library of hundreds is not searched on every miss. */
export const MAX_OTHER_ARTICLES = 10;

/** The articles other than `current`, newest first (as the library lists them), at most MAX_OTHER_ARTICLES. */
export function otherArticles(articles: readonly ArticleInfo[], current: string): ArticleInfo[] {
  return articles.filter((article) => article.articleId !== current).slice(0, MAX_OTHER_ARTICLES);
}
