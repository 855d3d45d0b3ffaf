import { briefingReply } from './briefing-reply.js';
import { currentBriefing } from './current-article.js';
import { messages } from './messages.js';
import type { Command } from './types.js';

/**
 * `/brief`: the briefing of the asker's current article (the newest, until /brief article opens another): title,
 * TL;DR, key points, who's who and where, and its sections.
 */
export default {
  name: 'summary',
  description: "The briefing: TL;DR, key points, who's who, places and the list of sections",
  usage: '/brief',
  examples: ['/brief', '/brief summary'],
  options: [],
  execute: async (_input, context, services) => {
    const briefing = currentBriefing(context, services);
    const articles = services.briefings.articles();
    const place = articles.findIndex((article) => article.articleId === briefing.articleId) + 1;
    // With several articles, say which this is and how to reach the others.
    const where = place <= 1 ? messages.newestOf(articles.length) : messages.articleOf(place, articles.length);
    return briefingReply(briefing, articles.length > 1 ? [{ type: 'context', text: where }] : []);
  },
} satisfies Command;
