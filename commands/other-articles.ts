/**
 * With several articles in the library, what the newest one lacks may be in another: a topic, search words.
 * The others are tried newest first, up to MAX_OTHER_ARTICLES, as questions are (the engine routes those).
 */
import type { BriefingService } from '../src/briefing/service.js';
import type { Briefing } from '../src/briefing/types.js';

const MAX_OTHER_ARTICLES = 10;

/** The first other article (newest first) in which `find` finds something, with what it found. */
export function inOtherArticles<T>(briefings: BriefingService, current: string, find: (articleId: string) => T | undefined): { briefing: Briefing; found: T } | undefined {
  const others = briefings.articles().filter((article) => article.articleId !== current).slice(0, MAX_OTHER_ARTICLES);
  for (const article of others) {
    const found = find(article.articleId);
    if (found !== undefined) return { briefing: briefings.briefing({ articleId: article.articleId }), found };
  }
  return undefined;
}
