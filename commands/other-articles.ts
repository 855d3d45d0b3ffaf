/**
 * With several articles in the library, what the newest one lacks may be in another: a topic, search words.
 * They are tried as questions are (the engine routes those): `otherArticles`, newest first.
 */
import { otherArticles } from '../src/briefing/other-articles.js';
import type { BriefingService } from '../src/briefing/service.js';
import type { Briefing } from '../src/briefing/types.js';

/** The first other article (newest first) in which `find` finds something, with what it found. */
export function inOtherArticles<T>(briefings: BriefingService, current: string, find: (articleId: string) => T | undefined): { briefing: Briefing; found: T } | undefined {
  for (const article of otherArticles(briefings.articles(), current)) {
    const found = find(article.articleId);
    if (found !== undefined) return { briefing: briefings.briefing({ articleId: article.articleId }), found };
  }
  return undefined;
}
