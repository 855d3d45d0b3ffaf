import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { silentLogger } from '../../../src/logger.js';
import { createSlackAdapter } from '../../../src/platforms/slack/adapter.js';
import { fakeServices } from '../../commands/fakes.js';
import { SlackDouble } from './slack-double.js';

let double: SlackDouble;
beforeAll(async () => {
  double = await new SlackDouble().start();
});
afterAll(async () => {
  await double.stop();
});

describe('Slack start-up', () => {
  it('GIVEN Slack rejects the bot token THEN start fails with one clear line naming SLACK_BOT_TOKEN, nothing unhandled', async () => {
    double.failNext('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    const adapter = createSlackAdapter(
      { botToken: 'xoxb-revoked', signingSecret: 's', appToken: undefined, apiUrl: double.apiUrl },
      { services: fakeServices(), logger: silentLogger, port: 0, host: '127.0.0.1', webApiRetries: { retries: 0 } },
    );
    const error = await adapter.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect((error as Error).message).not.toContain('\n');
    expect(adapter.address()).toBeUndefined();
  });
});

describe('Slack Socket Mode start-up', () => {
  it('GIVEN Slack rejects the app token THEN start fails with one line naming SLACK_APP_TOKEN', async () => {
    double.failNext('apps.connections.open', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    const adapter = createSlackAdapter(
      { botToken: 'xoxb-ok', signingSecret: 's', appToken: 'xapp-revoked', apiUrl: double.apiUrl },
      { services: fakeServices(), logger: silentLogger, port: 0, webApiRetries: { retries: 0 } },
    );
    const error = await adapter.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/SLACK_APP_TOKEN \(invalid_auth\)/);
    await adapter.stop().catch(() => undefined);
  });
});
