/**
 * End to end over loopback: the gateway drops and discord.js resumes (op 6) with missed events replayed;
 * REST 429s are waited out, 5xx retried a bounded number of times; digest delivery failures become
 * DeliveryError kinds the scheduler understands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../commands/reply.js';
import { DeliveryError } from '../../../src/platforms/types.js';
import { ALICE, DM_CHANNEL_ID, SECOND_CHANNEL_ID, slashCommand, TEXT_CHANNEL_ID } from './double/index.js';
import type { RestCall } from './double/rest.js';
import { startHarness, visibleText, type Harness } from './harness.js';
import { expectNoPings } from './no-pings.js';

const digest: Reply = { kind: 'digest', text: 'Morning digest', parts: [{ type: 'heading', text: 'Morning digest' }, { type: 'paragraph', text: 'Blinken arrived in Shanghai. @here' }], actions: [{ type: 'share', label: 'Share' }], visibility: 'public' };

const deliveryFailure = (promise: Promise<unknown>): Promise<DeliveryError> =>
  promise.then(
    () => {
      throw new Error('expected a DeliveryError');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(DeliveryError);
      return error as DeliveryError;
    },
  );

describe('GIVEN the bot connected to the Discord double (2 REST retries)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());

  it('WHEN the gateway drops the connection THEN the client RESUMEs its session (op 6), not a new IDENTIFY, and keeps answering', async () => {
    const frames = h.double.gateway.received.mark();
    h.double.gateway.disconnect(4000);
    // Sent while disconnected: the double replays it after RESUMED, as Discord does.
    const callback = h.interact(slashCommand('summary'));
    const resume = await h.double.gateway.received.waitFor((frame) => frame.op === 6, frames);
    expect(resume.d).toMatchObject({ token: 'double-token', session_id: 'double-session-1' });
    expect(resume.d.seq).toBeGreaterThanOrEqual(2);
    expect((await callback).body.type).toBe(4);
    expect(h.double.gateway.received.items.filter((frame) => frame.op === 2)).toHaveLength(1);
    expect(h.logs.some((line) => line.msg === 'discord gateway resumed')).toBe(true);
  });

  it('WHEN the interaction callback gets a 429 THEN the client waits retry_after and succeeds', async () => {
    h.double.rest.fail({
      path: /\/callback$/,
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
      headers: { 'retry-after': '0.3', 'x-ratelimit-limit': '1', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.3', 'x-ratelimit-scope': 'user' },
    });
    const interaction = slashCommand('sections');
    const limited = await h.interact(interaction);
    expect(limited.status).toBe(429);
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    const retried = await h.double.rest.calls.waitFor((call) => call.path === path && call.status === 204);
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(300);
    expect(visibleText(retried.body.data)).toContain('Taiwan');
  });

  it('WHEN the interaction callback meets a 500 THEN it is retried and the answer lands', async () => {
    h.double.rest.fail({ path: /\/callback$/, status: 500 });
    const interaction = slashCommand('help');
    const failed = await h.interact(interaction);
    expect(failed.status).toBe(500);
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    const retried = await h.double.rest.calls.waitFor((call) => call.path === path && call.status === 204);
    expect(visibleText(retried.body.data)).toMatch(/\/brief/);
  });

  it('WHEN Discord rejects the reply itself THEN the error boundary logs it and answers with a short apology', async () => {
    h.double.rest.fail({ path: /\/callback$/, status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    const interaction = slashCommand('summary');
    const rejected = await h.interact(interaction);
    expect(rejected.status).toBe(400);
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    const apology = await h.double.rest.calls.waitFor((call) => call.path === path && call.status === 204);
    expect(apology.body.data).toMatchObject({ flags: 64, content: expect.stringMatching(/^Sorry/), allowed_mentions: { parse: [] } });
    expect(h.logs.some((line) => line.msg === 'discord interaction failed' && line.level === 50)).toBe(true);
  });

  it('WHEN posting a digest meets one 502 THEN it is retried and delivered', async () => {
    const from = h.double.rest.calls.mark();
    h.double.rest.fail({ method: 'POST', path: new RegExp(`/channels/${TEXT_CHANNEL_ID}/messages$`), status: 502 });
    await h.adapter.postToChannel(TEXT_CHANNEL_ID, digest);
    const posts = h.double.rest.calls.items.slice(from).filter((call) => call.path === `/channels/${TEXT_CHANNEL_ID}/messages`);
    expect(posts.map((call) => call.status)).toEqual([502, 200]);
    expect(visibleText(posts[1]?.body)).toContain('Shanghai');
    expect(visibleText(posts[1]?.body)).not.toMatch(/@here/);
    // A public digest carries no "share" button.
    expect(posts[1]?.body.components).toEqual([]);
  });

  it('WHEN 5xx persists THEN the retries are bounded and the failure is transient', async () => {
    const from = h.double.rest.calls.mark();
    h.double.rest.fail({ method: 'POST', path: new RegExp(`/channels/${TEXT_CHANNEL_ID}/messages$`), status: 503, times: 10 });
    const error = await deliveryFailure(h.adapter.postToChannel(TEXT_CHANNEL_ID, digest));
    expect(error.failure).toBe('transient');
    const attempts = h.double.rest.calls.items.slice(from).filter((call: RestCall) => call.path === `/channels/${TEXT_CHANNEL_ID}/messages`);
    expect(attempts).toHaveLength(3);
    h.double.rest.clearFailures();
  });

  it('WHEN the channel is unknown THEN gone; WHEN access is missing THEN forbidden', async () => {
    expect((await deliveryFailure(h.adapter.postToChannel('999999999999999999', digest))).failure).toBe('gone');
    h.double.rest.fail({ method: 'POST', path: new RegExp(`/channels/${SECOND_CHANNEL_ID}/messages$`), status: 403, body: { message: 'Missing Access', code: 50001 } });
    expect((await deliveryFailure(h.adapter.postToChannel(SECOND_CHANNEL_ID, digest))).failure).toBe('forbidden');
  });

  it('WHEN a user is notified THEN a DM is opened and sent without pings', async () => {
    const from = h.double.rest.calls.mark();
    await h.adapter.notifyUser?.(ALICE.id, 'Your digest for #general was paused: @everyone cannot be pinged');
    const open = await h.double.rest.calls.waitFor((call) => call.path === '/users/@me/channels', from);
    expect(open.body).toEqual({ recipient_id: ALICE.id });
    const sent = await h.double.rest.calls.waitFor((call) => call.path === `/channels/${DM_CHANNEL_ID}/messages`, from);
    expect(sent.body.content).toContain('was paused');
  });

  it('WHEN Discord asks to wait longer than the bot is willing to THEN the post fails as rate_limited with the wait', async () => {
    h.double.rest.fail({
      method: 'POST',
      path: new RegExp(`/channels/${SECOND_CHANNEL_ID}/messages$`),
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 60, global: false },
      headers: { 'retry-after': '60', 'x-ratelimit-scope': 'user' },
    });
    const error = await deliveryFailure(h.adapter.postToChannel(SECOND_CHANNEL_ID, digest));
    expect(error.failure).toBe('rate_limited');
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(60_000);
  });

  it('THEN every payload the bot sent disabled mentions', () => {
    expect(expectNoPings(h.double.rest.calls.items)).toBeGreaterThan(5);
  });
});
