import { briefingReply } from './briefing-reply.js';
import { messages } from './messages.js';
import type { Command } from './types.js';

/** `/brief`: the briefing of the newest article: title, TL;DR, key points, who's who and where, and its sections. */
export default {
  name: 'summary',
  description: "The briefing: TL;DR, key points, who's who, places and the list of sections",
  usage: '/brief',
  examples: ['/brief', '/brief summary'],
  options: [],
  execute: async (_input, _context, services) => {
    const briefing = services.briefings.briefing();
    const count = services.briefings.articles().length;
    // With several articles, say which this is and how to reach the others.
    return briefingReply(briefing, count > 1 ? [{ type: 'context', text: messages.newestOf(count) }] : []);
  },
} satisfies Command;
