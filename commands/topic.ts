import { buildReply, openSectionActions, sectionReply } from './build-reply.js';
import { messages } from './messages.js';
import { echo } from './sanitize.js';
import type { Command } from './types.js';

/** `/brief <topic>` and `/brief topic <topic>`: the section that best matches, typos tolerated. */
export default {
  name: 'topic',
  description: 'The section that best matches a topic (typos are fine)',
  usage: '/brief topic <topic>',
  examples: ['/brief taiwan', '/brief tiawan', '/brief topic help'],
  options: [{ name: 'topic', description: 'A topic or section title', required: true, autocomplete: true, maxLength: 200 }],
  execute: async (input, _context, services) => {
    const topic = input.options.topic ?? '';
    const briefing = services.briefings.briefing();
    const match = services.briefings.findTopic(topic);
    if (match) return sectionReply(briefing, match.section, services.briefings.articles().length);
    return buildReply({
      kind: 'sections',
      parts: [
        { type: 'paragraph', text: messages.topicNotFound(echo(topic)) },
        { type: 'bullets', items: briefing.sections.map((section) => section.title) },
      ],
      actions: openSectionActions(briefing),
    });
  },
} satisfies Command;
