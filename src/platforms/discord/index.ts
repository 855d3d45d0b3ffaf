/**
 * The Discord adapter: a discord.js client wired to the one command layer. Slash commands, autocomplete
 * and buttons go through interactions.ts, mentions/DMs/threads through chat.ts, everything rendered by
 * render.ts with mentions disabled (payload.ts). Digests go out through digest-delivery.ts (nonce and
 * reference from the delivery key, so an interrupted digest can be confirmed instead of lost or doubled).
 */
import { Events, GatewayCloseCodes, GatewayIntentBits, type Client } from 'discord.js';
import type { Reply } from '../../../commands/reply.js';
import type { CommandServices } from '../../../commands/types.js';
import type { DiscordConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { ChatAdapter, PostOptions } from '../types.js';
import { handleMessage } from './chat.js';
import { createDiscordClient, DEFAULT_INTENTS } from './client.js';
import { findDigest, postDigest } from './digest-delivery.js';
import { handleInteraction } from './interactions.js';
import { noticePayload, withoutFlags } from './payload.js';

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
  const interactionDeps = { services: deps.services, logger, ackDeadlineMs: deps.ackDeadlineMs ?? 1_500 };
  const chatDeps = { services: deps.services, logger, botUserId: () => client.user?.id };

  const build = (intents: readonly GatewayIntentBits[]): Client => {
    const built = createDiscordClient(config, { intents, restRetries: deps.restRetries ?? 3, maxRateLimitWaitMs: deps.maxRateLimitWaitMs ?? 10_000 });
    built.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, interactionDeps));
    built.on(Events.MessageCreate, (message) => void handleMessage(message, chatDeps));
    built.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
    built.on(Events.Warn, (message) => logger.warn(message));
    built.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'discord gateway resumed'));
    built.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'discord gateway disconnected'));
    return built;
  };
  const intents = deps.intents ?? DEFAULT_INTENTS;
  let client = build(intents);

  return {
    platform: 'discord',
    async start() {
      let outcome = await connect(client, config.token);
      if (outcome === GatewayCloseCodes.DisallowedIntents && intents.includes(GatewayIntentBits.MessageContent)) {
        // The privileged intent is not enabled in the Developer Portal: run mention-only rather than not at all.
        logger.warn('discord: the MessageContent intent is not enabled for this bot; answering mentions and DMs only');
        await client.destroy();
        client = build(intents.filter((intent) => intent !== GatewayIntentBits.MessageContent));
        outcome = await connect(client, config.token);
      }
      if (outcome !== 'ready') {
        await client.destroy();
        throw new Error(`Discord closed the gateway connection (code ${outcome}: ${GatewayCloseCodes[outcome] ?? 'unknown'}); check DISCORD_TOKEN and the bot's intents`);
      }
      logger.info({ user: client.user?.tag, intents: client.options.intents.toArray() }, 'discord ready');
    },
    async stop() {
      await client.destroy();
    },
    postToChannel: (channelId: string, reply: Reply, options?: PostOptions) => postDigest(client, channelId, reply, options?.deliveryKey),
    wasDelivered: (channelId: string, deliveryKey: string) => findDigest(client, channelId, deliveryKey),
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

/** Logs in; resolves 'ready', or the close code when the gateway refuses for good (bad token, intents). */
function connect(client: Client, token: string): Promise<'ready' | number> {
  return new Promise((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve('ready'));
    // Emitted only for close codes discord.js will not recover from.
    client.once(Events.ShardDisconnect, (event) => resolve(event.code));
    client.login(token).catch((error: unknown) => {
      reject(new Error(`Discord login failed: ${error instanceof Error ? error.message : String(error)} (check DISCORD_TOKEN and DISCORD_API_URL)`));
    });
  });
}
