import { articleContext, buildReply, openSectionActions } from './build-reply.js';
import { currentBriefing } from './current-article.js';
import type { Command } from './types.js';

/** `/brief sections`: every section with its one-line summary, each with a button to open it. */
export default {
  name: 'sections',
  description: 'The sections of the article, each with a one-line summary',
  usage: '/brief sections',
  examples: ['/brief sections'],
  options: [],
  execute: async (_input, context, services) => {
    const briefing = currentBriefing(context, services);
    return buildReply({
      kind: 'sections',
      parts: [
        { type: 'heading', text: briefing.title },
        { type: 'fields', fields: briefing.sections.map((section) => ({ name: section.title, value: section.summary })) },
        ...articleContext(services.briefings.articles().length, briefing.title),
      ],
      actions: openSectionActions(briefing),
    });
  },
} satisfies Command;
