/** Usage text generated from the command declarations: every form, its usage and examples. */
import { buildReply } from './build-reply.js';
import { messages } from './messages.js';
import type { Reply, ReplyPart } from './reply.js';
import type { Command, CommandContext } from './types.js';

/** How to ask in chat, as the asker's platform does it: the console has no mentions or threads. */
export const helpFooterFor = (context: Pick<CommandContext, 'platform'>): string => (context.platform === 'console' ? messages.consoleHelpFooter : messages.helpFooter);

/** The usage of `list` (all forms, or one), after an optional line saying why it is shown. */
export function usageReply(list: readonly Command[], intro?: string, footer: string = messages.helpFooter): Reply {
  const parts: ReplyPart[] = [];
  if (intro) parts.push({ type: 'paragraph', text: intro });
  parts.push({ type: 'heading', text: messages.helpHeading });
  parts.push({
    type: 'fields',
    fields: list.map((command) => ({
      name: command.usage,
      value: [command.description, command.examples.length > 0 ? `e.g. ${command.examples.join(', ')}` : ''].filter(Boolean).join('. '),
    })),
  });
  parts.push({ type: 'context', text: footer });
  return buildReply({ kind: 'help', parts });
}
