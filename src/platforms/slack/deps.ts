/** What every Slack listener needs; built once by the adapter. */
import type { CommandContext, CommandServices } from '../../../commands/types.js';
import type { Logger } from '../../logger.js';
import type { RetryPolicy } from './retry.js';
import type { BotThreads } from './threads.js';

export interface SlackListenerDeps {
  services: CommandServices;
  logger: Logger;
  retry: RetryPolicy;
  threads: BotThreads;
  /** Who asked, where, and which conversation follow-ups belong to. */
  contextFor(userId: string, channelId: string, conversationKey: string): CommandContext;
}

/** Digest admins: anyone in the channel when the list is empty. */
export const canManageDigests = (admins: readonly string[], userId: string): boolean => admins.length === 0 || admins.includes(userId);
