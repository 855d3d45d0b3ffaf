/**
 * The composition root: the only place that wires concrete pieces together.
 * config → logger → library (rescanned every LIBRARY_RESCAN_SECONDS) → BriefingService → subscriptions
 * → adapters (console, Slack, Discord) → health check → digest scheduler. Start-up loads cached briefings;
 * nothing heavy happens here.
 */
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { CommandServices } from '../commands/types.js';
import { createBriefingService } from './briefing/briefing-service.js';
import { openLibrary } from './briefing/library.js';
import { watchLibrary } from './briefing/library/watch.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createConsoleAdapter } from './platforms/console/adapter.js';
import { startHealthServer, type HealthServer } from './platforms/http/healthz.js';
import type { ChatAdapter, Platform } from './platforms/types.js';
import { createDigestScheduler, createSubscriptionService, DIGEST_DB_FILE, openSubscriptionStore } from './schedule/index.js';

export interface BotOptions {
  config: Config;
  logger: Logger;
  /** The console adapter's streams (default: the process's). */
  stdin?: Readable;
  stdout?: Writable;
  /** Where the HTTP server listens (default: all interfaces); tests use 127.0.0.1. */
  host?: string;
}

export interface RunningBot {
  services: CommandServices;
  /** Started adapters by platform. */
  adapters: ReadonlyMap<Platform, ChatAdapter>;
  /** Resolves when the bot is done on its own: the console's input ended. Chat platforms never are. */
  done: Promise<void>;
  /** The port the health check answers on, when there is one. */
  healthPort(): number | undefined;
  /** Stops everything, in reverse order of start. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, logger } = options;
  const stack: Array<() => Promise<void> | void> = [];
  const stopAll = async () => {
    for (const stop of stack.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        logger.warn({ err: error }, 'stop failed');
      }
    }
  };

  try {
    const library = openLibrary(config.dataDir, { logger });
    if (config.libraryRescanSeconds > 0) {
      const watch = watchLibrary(library, { intervalMs: config.libraryRescanSeconds * 1000, logger });
      stack.push(() => watch.stop());
    }
    const briefings = createBriefingService(library);
    const store = openSubscriptionStore(join(config.dataDir, DIGEST_DB_FILE));
    stack.push(() => store.close());
    const subscriptions = createSubscriptionService(store, { defaultTimezone: config.defaultTimezone });
    const services: CommandServices = { briefings, subscriptions, logger };

    const adapters = new Map<Platform, ChatAdapter>();
    let done: Promise<void> = new Promise<void>(() => {});
    let ready = false;
    let healthPort: () => number | undefined = () => undefined;

    if (config.slack) {
      // Loaded only when configured: the console never pays for Bolt.
      const { createSlackAdapter } = await import('./platforms/slack/adapter.js');
      const slack = createSlackAdapter(config.slack, {
        services,
        logger,
        port: config.port,
        ...(options.host ? { host: options.host } : {}),
        digestAdmins: config.digestAdmins,
      });
      adapters.set('slack', slack);
      if (slack.mode === 'http') healthPort = () => slack.address()?.port;
    }
    if (config.discord) {
      const { createDiscordAdapter } = await import('./platforms/discord/index.js');
      adapters.set('discord', createDiscordAdapter(config.discord, { services, logger }));
    }
    if (adapters.size === 0) {
      const terminal = createConsoleAdapter({
        services,
        logger,
        ...(options.stdin ? { input: options.stdin } : {}),
        ...(options.stdout ? { output: options.stdout } : {}),
      });
      adapters.set('console', terminal);
      done = terminal.finished;
    }

    for (const adapter of adapters.values()) {
      await adapter.start();
      stack.push(() => adapter.stop());
    }

    // Slack in HTTP mode serves /healthz itself; otherwise a small server does, for any chat platform.
    const slackServesHealth = healthPort() !== undefined;
    if (!slackServesHealth && (config.slack || config.discord)) {
      const health: HealthServer = await startHealthServer({ port: config.port, ...(options.host ? { host: options.host } : {}), isReady: () => ready });
      stack.push(() => health.close());
      healthPort = () => health.address()?.port;
    }

    // digests: the scheduler posts due digests through the started adapters (catching up on start); it stops before them.
    const scheduler = createDigestScheduler({ store, library, adapters, logger, graceMinutes: config.digestGraceMinutes });
    await scheduler.start();
    stack.push(() => scheduler.stop());

    ready = true;
    logger.info({ platforms: [...adapters.keys()], articles: briefings.articles().length }, 'bot started');
    return {
      services,
      adapters,
      done,
      healthPort: () => healthPort(),
      stop: async () => {
        ready = false;
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
