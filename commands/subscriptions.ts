import { digestMessages } from '../src/schedule/command-messages.js';
import { buildReply } from './build-reply.js';
import type { Command } from './types.js';

/** `/brief subscriptions`: this channel's digests with their next run, in each one's timezone. */
export default {
  name: 'subscriptions',
  description: "This channel's digest subscriptions and when each runs next",
  usage: '/brief subscriptions',
  examples: ['/brief subscriptions'],
  options: [],
  execute: async (_input, context, services) => {
    const subscriptions = services.subscriptions.list(context.platform, context.channelId);
    if (subscriptions.length === 0) return buildReply({ kind: 'subscriptions', parts: [{ type: 'paragraph', text: digestMessages.noneListed }] });
    return buildReply({
      kind: 'subscriptions',
      parts: [
        { type: 'heading', text: digestMessages.listHeading },
        { type: 'bullets', items: subscriptions.map(digestMessages.listItem) },
        { type: 'context', text: digestMessages.unsubscribeHint },
      ],
    });
  },
} satisfies Command;
