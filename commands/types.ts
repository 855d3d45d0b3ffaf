/**
 * `/brief` is declared once, as data plus a handler per form. Help text, Slack's manifest, Discord's
 * registration and the console all come from these declarations.
 */
import type { BriefingService } from '../src/briefing/service.js';
import type { Logger } from '../src/logger.js';
import type { Platform } from '../src/platforms/types.js';
import type { SubscriptionService } from '../src/schedule/service.js';
import type { Reply } from './reply.js';

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Discord autocompletes it (section titles). */
  autocomplete?: boolean;
  maxLength?: number;
}

/** Who asked, and where. Built by the adapter from the platform payload. */
export interface CommandContext {
  platform: Platform;
  channelId: string;
  userId: string;
  /** Thread, DM or console session: keys conversation memory for follow-ups. */
  conversationKey: string;
  /** The platform decided whether this user may manage the channel's digests. */
  canManageDigests: boolean;
}

export interface CommandServices {
  briefings: BriefingService;
  subscriptions: SubscriptionService;
  /** Where the command layer's error boundary logs unexpected failures (default: silent). */
  logger?: Logger;
}

export interface CommandInput {
  /** Option values by name; free-text forms put the rest of the line in the first option. */
  options: Record<string, string | undefined>;
}

export interface Command {
  /** Subcommand name: `summary`, `topic`, `search`, `ask`, ... */
  name: string;
  description: string;
  /** How it is typed in free text: `/brief search <words>`. */
  usage: string;
  examples: string[];
  options: CommandOption[];
  /**
   * Free-text forms (Slack, console): turns the text after the verb into options.
   * Default: the whole rest goes to the first option.
   */
  parseText?(rest: string): Record<string, string | undefined>;
  execute(input: CommandInput, context: CommandContext, services: CommandServices): Promise<Reply>;
}
