import { articleContext, buildReply, openSectionActions } from './build-reply.js';
import { messages } from './messages.js';
import type { Command } from './types.js';

/** `/brief`: the briefing of the newest article: title, TL;DR, key points and its sections. */
export default {
  name: 'summary',
  description: 'The briefing: TL;DR, key points and the list of sections',
  usage: '/brief',
  examples: ['/brief', '/brief summary'],
  options: [],
  execute: async (_input, _context, services) => {
    const briefing = services.briefings.briefing();
    return buildReply({
      kind: 'briefing',
      parts: [
        { type: 'heading', text: briefing.title },
        { type: 'paragraph', text: briefing.tldr },
        { type: 'heading', text: messages.keyPointsHeading },
        { type: 'bullets', items: briefing.keyPoints },
        { type: 'heading', text: messages.sectionsHeading },
        { type: 'bullets', items: briefing.sections.map((section) => section.title) },
        ...articleContext(services.briefings.articles().length, briefing.title),
      ],
      actions: openSectionActions(briefing),
    });
  },
} satisfies Command;
