/**
 * The Discord adapter: a discord.js client wired to the one command layer. Slash commands, autocomplete
 * and buttons go through interactions.ts, mentions/DMs/threads through chat.ts, everything rendered by
 * render.ts with mentions disabled (payload.ts).
 */
import { Events, type GatewayIntentBits } from 'discord.js';
import type { Reply } from '../../../commands/reply.js';
import type { CommandServices } from '../../../commands/types.js';
import type { DiscordConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { DeliveryError, type ChatAdapter } from '../types.js';
import { handleMessage } from './chat.js';
import { createDiscordClient, DEFAULT_INTENTS } from './client.js';
import { toDeliveryError } from './delivery.js';
import { handleInteraction } from './interactions.js';
import { noticePayload, withoutFlags } from './payload.js';
import { renderReply } from './render.js';

export interface DiscordAdapterDeps {
  services: CommandServices;
  logger: Logger;
  /** Default: Guilds, GuildMessages, DirectMessages, MessageContent. Drop MessageContent to run mention-only. */
  intents?: readonly GatewayIntentBits[];
  /** Reply directly when the answer is ready within this time, else defer (default 1,500 ms of the 3 s). */
  ackDeadlineMs?: number;
  /** 5xx and network retries per REST call (default 3). */
  restRetries?: number;
  /** A 429 asking for a longer wait fails the call as rate_limited instead of waiting (default 10 s). */
  maxRateLimitWaitMs?: number;
}

export { DEFAULT_INTENTS } from './client.js';

export function createDiscordAdapter(config: DiscordConfig, deps: DiscordAdapterDeps): ChatAdapter {
  const logger = deps.logger.child({ platform: 'discord' });
  const client = createDiscordClient(config, {
    intents: deps.intents ?? DEFAULT_INTENTS,
    restRetries: deps.restRetries ?? 3,
    maxRateLimitWaitMs: deps.maxRateLimitWaitMs ?? 10_000,
  });
  const interactionDeps = { services: deps.services, logger, ackDeadlineMs: deps.ackDeadlineMs ?? 1_500 };
  const chatDeps = { services: deps.services, logger, botUserId: () => client.user?.id };

  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, interactionDeps));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, chatDeps));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'discord gateway resumed'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'discord gateway disconnected'));

  return {
    platform: 'discord',
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(config.token);
      } catch (error) {
        throw new Error(`Discord login failed: ${error instanceof Error ? error.message : String(error)} (check DISCORD_TOKEN and DISCORD_API_URL)`);
      }
      await ready;
      logger.info({ user: client.user?.tag }, 'discord ready');
    },
    async stop() {
      await client.destroy();
    },
    async postToChannel(channelId: string, reply: Reply) {
      try {
        const channel = await client.channels.fetch(channelId);
        if (!channel?.isSendable()) throw new DeliveryError('gone', `Discord channel ${channelId} is not a text channel the bot can post in`);
        for (const payload of renderReply(reply, { ephemeral: false })) await channel.send(withoutFlags(payload));
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    async notifyUser(userId: string, text: string) {
      try {
        const dm = await client.users.createDM(userId);
        await dm.send(withoutFlags(noticePayload(text, false)));
      } catch (error) {
        logger.warn({ err: error, userId }, 'discord: could not notify user');
      }
    },
  };
}
