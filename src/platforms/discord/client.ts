/** The discord.js Client, configured for this bot: intents, partials, REST retries and rate-limit policy. */
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordConfig } from '../../config.js';

/**
 * Guild slash commands and mentions, DMs, and MessageContent (privileged: enable it in the Developer
 * Portal) for un-mentioned replies in the bot's threads. Without MessageContent the bot answers
 * mentions and DMs only.
 */
export const DEFAULT_INTENTS: readonly GatewayIntentBits[] = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

export interface ClientTuning {
  intents: readonly GatewayIntentBits[];
  /** How many times a 5xx or network failure is retried before giving up. */
  restRetries: number;
  /** A 429 asking to wait longer than this fails the call (RateLimitError) instead of waiting. */
  maxRateLimitWaitMs: number;
}

export function createDiscordClient(config: DiscordConfig, tuning: ClientTuning): Client {
  return new Client({
    intents: [...tuning.intents],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    // A second net under the per-payload setting: the client default never pings anyone either.
    allowedMentions: { parse: [], repliedUser: false },
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl.replace(/\/+$/, '') } : {}),
      retries: tuning.restRetries,
      timeout: 10_000,
      rejectOnRateLimit: (limit) => limit.retryAfter > tuning.maxRateLimitWaitMs,
    },
  });
}
