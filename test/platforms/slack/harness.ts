/** Starts the real Slack adapter (Bolt, HTTP mode) against the local double, and sends it signed requests. */
import { createHmac } from 'node:crypto';
import { createBriefingService } from '../../../src/briefing/briefing-service.js';
import { fileLibrary } from '../../../src/briefing/library.js';
import { silentLogger, type Logger } from '../../../src/logger.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/platforms/slack/adapter.js';
import type { CommandServices } from '../../../commands/types.js';
import { unusedSubscriptions } from '../../commands/fakes.js';
import { SlackDouble } from './slack-double.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const SHIPPED_ARTICLE = 'data/000_78d76434cf3e539e.txt';

let shippedServices: CommandServices | undefined;
/** The real engine on the shipped article (briefed once per test file). */
export function realServices(): CommandServices {
  shippedServices ??= { briefings: createBriefingService(fileLibrary(SHIPPED_ARTICLE)), subscriptions: unusedSubscriptions };
  return shippedServices;
}

export function signedHeaders(body: string, contentType: string, secret = SIGNING_SECRET, ts = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature };
}

export interface Harness {
  double: SlackDouble;
  adapter: SlackAdapter;
  eventsUrl: string;
  baseUrl: string;
  slash(text: string, extra?: Record<string, string>): Promise<Response>;
  event(event: Record<string, unknown>): Promise<Response>;
  action(action: Record<string, unknown>, extra?: Record<string, unknown>): Promise<Response>;
  post(body: string, headers: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

let responseIds = 0;

export async function startHarness(options: { services?: CommandServices; logger?: Logger; digestAdmins?: string[] } = {}): Promise<Harness> {
  const double = await new SlackDouble().start();
  const adapter = createSlackAdapter(
    { botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl: double.apiUrl },
    {
      services: options.services ?? realServices(),
      logger: options.logger ?? silentLogger,
      port: 0,
      host: '127.0.0.1',
      digestAdmins: options.digestAdmins ?? [],
      webApiRetries: { retries: 0 },
      answerRetry: { attempts: 2, maxWaitMs: 0, wait: async () => {} },
    },
  );
  await adapter.start();
  const baseUrl = `http://127.0.0.1:${adapter.address()?.port}`;
  const eventsUrl = `${baseUrl}/slack/events`;
  const post = (body: string, headers: Record<string, string>) => fetch(eventsUrl, { method: 'POST', headers, body });
  const form = (fields: Record<string, string>) => {
    const body = new URLSearchParams(fields).toString();
    return post(body, signedHeaders(body, 'application/x-www-form-urlencoded'));
  };
  return {
    double,
    adapter,
    eventsUrl,
    baseUrl,
    post,
    slash: (text, extra = {}) =>
      form({
        token: 'legacy',
        team_id: 'T1',
        channel_id: 'C1',
        channel_name: 'general',
        user_id: 'U1',
        user_name: 'ada',
        command: '/brief',
        text,
        api_app_id: 'A1',
        response_url: double.responseUrl(String(++responseIds)),
        trigger_id: 'trigger',
        ...extra,
      }),
    event: (event) => {
      const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${++responseIds}`, event_time: 1, event });
      return post(body, signedHeaders(body, 'application/json'));
    },
    action: (action, extra = {}) => {
      const payload = {
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1' },
        api_app_id: 'A1',
        token: 'legacy',
        container: { type: 'message', is_ephemeral: true, channel_id: 'C1' },
        channel: { id: 'C1', name: 'general' },
        trigger_id: 'trigger',
        response_url: double.responseUrl(String(++responseIds)),
        actions: [{ type: 'button', block_id: 'b', action_ts: '1', ...action }],
        ...extra,
      };
      return form({ payload: JSON.stringify(payload) });
    },
    stop: async () => {
      await adapter.stop();
      await double.stop();
    },
  };
}

/** Every piece of text in a Slack message: fallback, section texts, context elements, headers, buttons. */
export function messageText(body: Record<string, unknown>): string {
  const texts: string[] = [String(body.text ?? '')];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'text' && typeof inner === 'string') texts.push(inner);
        else visit(inner);
      }
    }
  };
  visit(body.blocks);
  return texts.join('\n');
}
