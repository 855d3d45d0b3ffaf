import { buildReply } from './build-reply.js';
import { messages } from './messages.js';
import type { Command } from './types.js';

/** At most this many are listed: a reply of hundreds helps no one (Discord shows 25 fields at most). */
export const MAX_LISTED_ARTICLES = 25;

/** `/brief articles`: the library's articles, newest first and numbered as `/brief article <number>` takes them. */
export default {
  name: 'articles',
  description: 'The articles I can brief you on, newest first',
  usage: '/brief articles',
  examples: ['/brief articles'],
  options: [],
  execute: async (_input, _context, services) => {
    const articles = services.briefings.articles();
    // An empty library: the engine's own message says how to add an article.
    if (articles.length === 0) services.briefings.briefing();
    const shown = articles.slice(0, MAX_LISTED_ARTICLES);
    return buildReply({
      kind: 'sections',
      parts: [
        { type: 'heading', text: messages.articlesHeading(articles.length, shown.length) },
        {
          type: 'fields',
          fields: shown.map((article, i) => ({ name: `${i + 1}. ${article.title}`, value: messages.articleAdded(article.addedAt, i === 0) })),
        },
        // With one article there is no choosing to explain.
        ...(articles.length > 1 ? [{ type: 'context' as const, text: messages.articlesFooter }] : []),
      ],
    });
  },
} satisfies Command;
