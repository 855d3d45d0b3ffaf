import { UserError } from '../src/errors.js';
import { digestMessages } from '../src/schedule/command-messages.js';
import { splitTimezone } from '../src/schedule/parse-schedule.js';
import { buildReply } from './build-reply.js';
import { messages } from './messages.js';
import type { Command } from './types.js';

/** `/brief subscribe <when> [timezone]`: scheduled digests to this channel. */
export default {
  name: 'subscribe',
  description: 'Post a digest of the newest article to this channel on a schedule',
  usage: '/brief subscribe <when> [timezone]',
  examples: ['/brief subscribe daily 08:00', '/brief subscribe weekdays 07:30 Europe/London', '/brief subscribe weekly mon 09:00 America/New_York', '/brief subscribe hourly'],
  options: [
    { name: 'when', description: 'daily HH:MM, weekdays HH:MM, weekly <day> HH:MM, hourly, or a cron expression', required: true, maxLength: 100 },
    { name: 'timezone', description: 'IANA timezone, e.g. Europe/London (default: the bot default)', required: false, maxLength: 64 },
  ],
  parseText: (rest) => {
    const { when, timezone } = splitTimezone(rest);
    return { when, timezone };
  },
  execute: async (input, context, services) => {
    if (!context.canManageDigests) throw new UserError('digest.forbidden', messages.noManageDigests);
    const given = input.options.when ?? '';
    // Discord passes the timezone as its own option; typed inline it is split off here.
    const { when, timezone } = input.options.timezone?.trim() ? { when: given, timezone: input.options.timezone.trim() } : splitTimezone(given);
    const subscription = services.subscriptions.subscribe({
      platform: context.platform,
      channelId: context.channelId,
      userId: context.userId,
      when,
      ...(timezone === undefined ? {} : { timezone }),
    });
    const nextRun = services.subscriptions.list(context.platform, context.channelId).find((s) => s.id === subscription.id)?.nextRun ?? null;
    const text = subscription.resumed ? digestMessages.resumed(subscription, nextRun) : digestMessages.subscribed(subscription, nextRun);
    return buildReply({ kind: 'notice', visibility: 'public', parts: [{ type: 'paragraph', text }] });
  },
} satisfies Command;
