import { contentTerms } from '../src/briefing/text/tokens.js';
import { articleContext, buildReply, openSectionActions } from './build-reply.js';
import { currentBriefing } from './current-article.js';
import { messages } from './messages.js';
import { inOtherArticles } from './other-articles.js';
import type { ReplyPart } from './reply.js';
import { echo } from './sanitize.js';
import type { Command } from './types.js';

const MAX_HITS = 5;

/** `/brief search <words>`: matching passages, best first, each with its section. */
export default {
  name: 'search',
  description: 'Passages of the article that match some words, with their sections',
  usage: '/brief search <words>',
  examples: ['/brief search machine tools', '/brief search sanctions'],
  options: [{ name: 'query', description: 'Words to look for', required: true, maxLength: 500 }],
  execute: async (input, context, services) => {
    const query = input.options.query ?? '';
    const current = currentBriefing(context, services);
    const found = services.briefings.search(query, { articleId: current.articleId, limit: MAX_HITS });
    // Nothing in the current article: the first other one with matching passages answers, named.
    const elsewhere =
      found.length === 0
        ? inOtherArticles(services.briefings, current.articleId, (articleId) => {
            const hits = services.briefings.search(query, { articleId, limit: MAX_HITS });
            return hits.length > 0 ? hits : undefined;
          })
        : undefined;
    const briefing = elsewhere?.briefing ?? current;
    const hits = elsewhere?.found ?? found;
    if (hits.length === 0) {
      // "/brief search the": every passage holds it, and search looks past such words.
      const onlyCommon = contentTerms(query).length === 0 && /[\p{L}\p{N}]/u.test(query);
      return buildReply({
        kind: 'search',
        parts: [{ type: 'paragraph', text: onlyCommon ? messages.searchWordsTooCommon(echo(query)) : messages.noSearchHits(echo(query)) }],
        actions: openSectionActions(briefing),
      });
    }
    const sectionIds = [...new Set(hits.map((hit) => hit.sectionId).filter((id): id is string => id !== null))];
    const sections = sectionIds.flatMap((id) => briefing.sections.filter((section) => section.id === id));
    return buildReply({
      kind: 'search',
      parts: [
        { type: 'heading', text: messages.searchHeading(echo(query)) },
        ...hits.map((hit): ReplyPart => ({ type: 'quote', text: hit.text, source: hit.sectionTitle })),
        ...articleContext(services.briefings.articles().length, briefing.title, elsewhere !== undefined),
      ],
      actions: openSectionActions(briefing, sections),
    });
  },
} satisfies Command;
