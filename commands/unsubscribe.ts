import { UserError } from '../src/errors.js';
import { digestMessages } from '../src/schedule/command-messages.js';
import { buildReply } from './build-reply.js';
import { messages } from './messages.js';
import type { Command } from './types.js';

/** `/brief unsubscribe [id]`: removes one of this channel's digest subscriptions. */
export default {
  name: 'unsubscribe',
  description: "Stop one of this channel's digests (without an id: the only one)",
  usage: '/brief unsubscribe [id]',
  examples: ['/brief unsubscribe', '/brief unsubscribe 3fa9c1'],
  options: [{ name: 'id', description: 'Subscription id, from /brief subscriptions', required: false, maxLength: 32 }],
  execute: async (input, context, services) => {
    if (!context.canManageDigests) throw new UserError('digest.forbidden', messages.noManageDigests);
    const id = input.options.id?.trim() || undefined;
    const result = services.subscriptions.unsubscribe(context.platform, context.channelId, id);
    switch (result.kind) {
      case 'removed':
        return buildReply({ kind: 'notice', visibility: 'public', parts: [{ type: 'paragraph', text: digestMessages.unsubscribed(result.subscription) }] });
      case 'ambiguous':
        return buildReply({
          kind: 'subscriptions',
          parts: [
            { type: 'paragraph', text: digestMessages.whichOne },
            { type: 'bullets', items: result.subscriptions.map((s) => `${s.id}: ${s.when} (${s.timezone})`) },
          ],
        });
      case 'none':
        throw new UserError('digest.none', id === undefined ? digestMessages.noneToRemove : digestMessages.unknownId(id));
    }
  },
} satisfies Command;
