/**
 * Starts the Discord double and the real adapter (discord.js logged in over loopback), with the real
 * command layer and engine on fixture briefings. Helpers inject gateway events and await REST calls.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { CommandServices } from '../../../commands/types.js';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import type { Briefing } from '../../../src/briefing/types.js';
import { createDiscordAdapter, type DiscordAdapterDeps } from '../../../src/platforms/discord/index.js';
import type { ChatAdapter } from '../../../src/platforms/types.js';
import type { Subscription, SubscriptionService } from '../../../src/schedule/service.js';
import { APP_ID, startDiscordDouble, type DiscordDouble } from './double/index.js';
import type { RestCall } from './double/rest.js';
import { memoryLibrary, shortBriefing } from './fixtures/briefing.js';

export interface Harness {
  double: DiscordDouble;
  adapter: ChatAdapter;
  services: CommandServices;
  subscriptions: Subscription[];
  logs: Array<Record<string, unknown>>;
  /** Dispatches INTERACTION_CREATE and resolves with the interaction's callback call. */
  interact(interaction: { id: string; token: string }): Promise<RestCall>;
  /** Every REST call for this interaction token (callback, edits, follow-ups) once `count` have arrived. */
  callsFor(interaction: { id: string; token: string }, count: number): Promise<RestCall[]>;
  stop(): Promise<void>;
}

/** Subscriptions kept in an array: enough for the adapter's tests of /brief subscribe. */
export function memorySubscriptions(store: Subscription[]): SubscriptionService {
  return {
    subscribe: (request) => {
      const subscription: Subscription = { id: `sub${store.length + 1}`, platform: request.platform, channelId: request.channelId, createdBy: request.userId, when: request.when, cron: '0 8 * * *', timezone: request.timezone ?? 'UTC', createdAt: new Date(0).toISOString(), paused: false };
      store.push(subscription);
      return subscription;
    },
    list: (platform, channelId) => store.filter((s) => s.platform === platform && s.channelId === channelId).map((s) => ({ ...s, nextRun: null })),
    unsubscribe: (platform, channelId, id) => {
      const mine = store.filter((s) => s.platform === platform && s.channelId === channelId && (id === undefined || s.id === id));
      if (mine.length === 0) return { kind: 'none' };
      if (mine.length > 1) return { kind: 'ambiguous', subscriptions: mine };
      store.splice(store.indexOf(mine[0] as Subscription), 1);
      return { kind: 'removed', subscription: mine[0] as Subscription };
    },
  };
}

export async function startHarness(
  options: { briefings?: Briefing[]; adapter?: Partial<Omit<DiscordAdapterDeps, 'services' | 'logger'>>; double?: (double: DiscordDouble) => void } = {},
): Promise<Harness> {
  const double = await startDiscordDouble();
  options.double?.(double);
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _enc, done) => (logs.push(JSON.parse(String(chunk))), done()) }));
  const subscriptions: Subscription[] = [];
  const services: CommandServices = { briefings: createBriefingService(memoryLibrary(...(options.briefings ?? [shortBriefing]))), subscriptions: memorySubscriptions(subscriptions), logger };
  const adapter = createDiscordAdapter({ token: 'double-token', applicationId: APP_ID, apiUrl: double.apiUrl }, { services, logger, restRetries: 2, ...options.adapter });
  await adapter.start();
  const byToken = (interaction: { token: string }) => (call: RestCall) => call.path.includes(`/${interaction.token}/`) || call.path.endsWith(`/${interaction.token}`);
  return {
    double,
    adapter,
    services,
    subscriptions,
    logs,
    interact(interaction) {
      const from = double.rest.calls.mark();
      const callback = double.rest.calls.waitFor((call) => call.path === `/interactions/${interaction.id}/${interaction.token}/callback`, from);
      double.gateway.dispatch('INTERACTION_CREATE', interaction);
      return callback;
    },
    callsFor: (interaction, count) => double.rest.calls.waitForCount(byToken(interaction), count),
    async stop() {
      await adapter.stop();
      await double.close();
    },
  };
}

/** The `data` of an interaction callback, or the JSON body of a message call. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const messageBody = (call: RestCall): any => (call.path.endsWith('/callback') ? call.body?.data : call.body);

/** Every embed text of a message body, joined: what the user reads. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function visibleText(body: any): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const embeds: any[] = body?.embeds ?? [];
  return [body?.content ?? '', ...embeds.flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: { name: string; value: string }) => [f.name, f.value]), e.footer?.text])].filter(Boolean).join('\n');
}
