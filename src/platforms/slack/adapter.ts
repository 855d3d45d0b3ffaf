/**
 * The Slack adapter: a Bolt app in HTTP mode (`POST /slack/events` and `GET /healthz` on PORT) or in
 * Socket Mode when an app token is configured. Inbound: `/brief`, mentions, DMs, thread follow-ups,
 * buttons. Outbound: digests through chat.postMessage, failures mapped to DeliveryError.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import type { Reply } from '../../../commands/reply.js';
import type { CommandServices } from '../../../commands/types.js';
import type { SlackConfig } from '../../config.js';
import { UserError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { ChatAdapter, PostOptions } from '../types.js';
import { registerButtons } from './buttons.js';
import { registerChat } from './chat.js';
import { canManageDigests, type SlackListenerDeps } from './deps.js';
import { escapeMrkdwn } from './escape.js';
import { toDeliveryError } from './errors.js';
import { boltLogger } from './logger.js';
import { renderSlackMessage } from './render.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry.js';
import { registerSlashCommand } from './slash.js';
import { BotThreads } from './threads.js';

export interface SlackAdapterDeps {
  services: CommandServices;
  logger: Logger;
  /** HTTP mode: where to listen. */
  port: number;
  host?: string;
  digestAdmins?: readonly string[];
  /** Web API retries (p-retry options); default: a few, bounded. Tests pass `{ retries: 0 }`. */
  webApiRetries?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  /** Retries when answering users; default: 3 attempts, waits capped at 5 s. */
  answerRetry?: RetryPolicy;
}

export interface SlackAdapter extends ChatAdapter {
  readonly mode: 'http' | 'socket';
  /** HTTP mode, once started: the listening address (tests use port 0). */
  address(): AddressInfo | undefined;
}

/** Slack message metadata event type marking digest posts. */
export const DIGEST_EVENT_TYPE = 'brief_digest';

const BOUNDED_RETRIES = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 };

export function createSlackAdapter(config: SlackConfig, deps: SlackAdapterDeps): SlackAdapter {
  const logger = deps.logger.child({ platform: 'slack' });
  const mode = config.appToken ? 'socket' : 'http';
  let ready = false;
  let server: Server | undefined;

  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: deps.webApiRetries ?? BOUNDED_RETRIES,
    // A 429 must reach the digest scheduler as rate_limited, not stall the client for minutes.
    rejectRateLimitedCalls: true,
  };

  const app = new App({
    token: config.botToken,
    signingSecret: config.signingSecret,
    // Socket Mode opens its connection with its own client, configured through installerOptions.
    ...(config.appToken ? { appToken: config.appToken, socketMode: true, installerOptions: { clientOptions } } : {}),
    logger: boltLogger(logger),
    clientOptions,
    // auth.test runs in start(), where a rejected token becomes a clear error instead of an unhandled rejection.
    deferInitialization: true,
    ...(mode === 'http'
      ? {
          customRoutes: [
            {
              path: '/healthz',
              method: ['GET'],
              handler: (_req, res) => {
                res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
                res.end(JSON.stringify({ ok: ready }));
              },
            },
          ],
        }
      : {}),
  });

  const admins = deps.digestAdmins ?? [];
  const listenerDeps: SlackListenerDeps = {
    services: { ...deps.services, logger },
    logger,
    retry: deps.answerRetry ?? defaultRetryPolicy,
    threads: new BotThreads(),
    contextFor: (userId, channelId, conversationKey) => ({
      platform: 'slack',
      userId,
      channelId,
      conversationKey,
      canManageDigests: canManageDigests(admins, userId),
    }),
  };
  registerSlashCommand(app, listenerDeps);
  registerChat(app, listenerDeps);
  registerButtons(app, listenerDeps);
  // Anything a listener let escape: logged, and the process keeps running.
  app.error(async (error) => {
    logger.error({ err: error }, 'Slack listener failed');
  });

  return {
    platform: 'slack',
    mode,
    address: () => {
      const address = server?.address();
      return address && typeof address === 'object' ? address : undefined;
    },
    async start() {
      try {
        await app.init();
      } catch (error) {
        const reason = (error as { data?: { error?: string } }).data?.error ?? (error instanceof Error ? error.message : String(error));
        throw new UserError('slack.auth', `Slack did not accept SLACK_BOT_TOKEN (${reason}): check the token${config.apiUrl ? ` and SLACK_API_URL (${config.apiUrl})` : ''}`);
      }
      if (mode === 'http') {
        server = (await app.start({ port: deps.port, ...(deps.host ? { host: deps.host } : {}) })) as Server;
      } else {
        try {
          await app.start();
        } catch (error) {
          const reason = (error as { data?: { error?: string } }).data?.error ?? (error instanceof Error ? error.message : String(error));
          throw new UserError('slack.socket', `Slack Socket Mode could not connect with SLACK_APP_TOKEN (${reason}): check the app-level token has connections:write`);
        }
      }
      ready = true;
      const address = server?.address();
      logger.info({ mode, port: address && typeof address === 'object' ? address.port : undefined }, 'Slack adapter started');
    },
    async stop() {
      ready = false;
      await app.stop();
    },
    async postToChannel(channelId: string, reply: Reply, options?: PostOptions) {
      try {
        const posted = await app.client.chat.postMessage({
          channel: channelId,
          ...renderSlackMessage(reply),
          unfurl_links: false,
          unfurl_media: false,
          // Lets wasDelivered recognise this post after a crash.
          ...(options?.deliveryKey ? { metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { delivery_key: options.deliveryKey } } } : {}),
        });
        // Replies in a digest's thread are questions about it, like replies under an answer.
        if (posted.ts) listenerDeps.threads.remember(channelId, posted.ts);
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    async wasDelivered(channelId: string, deliveryKey: string) {
      try {
        const history = await app.client.conversations.history({ channel: channelId, limit: 50, include_all_metadata: true });
        // The typings leave event_payload empty; it is what postToChannel wrote.
        const keyOf = (payload: unknown) => (payload as { delivery_key?: unknown } | undefined)?.delivery_key;
        return (history.messages ?? []).some((message) => keyOf(message.metadata?.event_payload) === deliveryKey);
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    async notifyUser(userId: string, text: string) {
      try {
        await app.client.chat.postMessage({ channel: userId, text: escapeMrkdwn(text) });
      } catch (error) {
        logger.warn({ err: error, userId }, 'could not notify a Slack user');
      }
    },
  };
}
