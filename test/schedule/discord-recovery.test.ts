/**
 * Crash recovery with the real Discord adapter (discord.js against the Discord double): a digest whose post
 * left before a crash is confirmed from the channel history, not re-posted; one that provably never
 * arrived is posted once; one the bot cannot look up is not re-posted. Real discord.js: no fake timers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../commands/reply.js';
import { silentLogger } from '../../src/logger.js';
import { digestNonce, digestReference } from '../../src/platforms/discord/digest-ref.js';
import { DigestScheduler, deliveryKey } from '../../src/schedule/scheduler.js';
import type { Subscription } from '../../src/schedule/service.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { SECOND_CHANNEL_ID, TEXT_CHANNEL_ID } from '../platforms/discord/double/index.js';
import type { RestCall } from '../platforms/discord/double/rest.js';
import { startHarness, visibleText, type Harness } from '../platforms/discord/harness.js';
import { expectNoPings } from '../platforms/discord/no-pings.js';
import { FakeLibrary, briefingFor } from './fakes.js';
import { manualClock } from './manual-clock.js';

const clock = manualClock('2026-03-02T07:30:00Z');
const store = new SubscriptionStore(':memory:');
const library = new FakeLibrary(briefingFor('blinken', 'Blinken arrives in China'));
const subscriptions = createSubscriptionService(store, { defaultTimezone: 'UTC', now: clock.now });
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
  store.close();
});

const newScheduler = () =>
  new DigestScheduler({ store, library, adapters: new Map([['discord', h.adapter]]), logger: silentLogger, graceMinutes: 60, clock, retry: { maxAttempts: 3, maxPermanentAttempts: 2, baseBackoffMs: 1, maxBackoffMs: 2 } });

/** A subscription whose run at `scheduled` was claimed and whose post had started when the bot died; the restart comes a minute later. */
function interruptedClaim(channelId: string, when: string, scheduled: string): { sub: Subscription; key: string } {
  const sub = subscriptions.subscribe({ platform: 'discord', channelId, userId: 'U1', when });
  store.recordDue([{ subscriptionId: sub.id, scheduledFor: new Date(scheduled), status: 'claimed', late: false }], Date.parse(scheduled), scheduled);
  store.startAttempt(sub.id, scheduled);
  clock.set(new Date(Date.parse(scheduled) + 90_000).toISOString());
  return { sub, key: deliveryKey({ subscriptionId: sub.id, scheduledFor: scheduled }) };
}

async function restart(): Promise<void> {
  const scheduler = newScheduler();
  await scheduler.start();
  await scheduler.idle();
  await scheduler.stop();
}

const digestPosts = (channelId: string, key: string) => (call: RestCall) =>
  call.method === 'POST' && call.path === `/channels/${channelId}/messages` && JSON.stringify(call.body).includes(digestReference(key));
const inChannel = (channelId: string, key: string) => (h.double.rest.messages.get(channelId) ?? []).filter((m) => JSON.stringify(m).includes(digestReference(key)));

describe('restart after a crash, with the Discord adapter', () => {
  it('GIVEN a digest that reached Discord before the crash THEN the restart finds its reference in the history, marks it posted and does not post it again', async () => {
    const scheduled = '2026-03-02T08:00:00.000Z';
    const { sub, key } = interruptedClaim(TEXT_CHANNEL_ID, 'daily 08:00', scheduled);
    const digest: Reply = { text: 'digest', parts: [{ type: 'heading', text: 'Blinken arrives in China' }], actions: [], visibility: 'public', kind: 'digest' };
    await h.adapter.postToChannel(TEXT_CHANNEL_ID, digest, { deliveryKey: key });
    const from = h.double.rest.calls.mark();
    await restart();
    const after = h.double.rest.calls.items.slice(from);
    expect(after.some((call) => call.method === 'GET' && call.path === `/channels/${TEXT_CHANNEL_ID}/messages`)).toBe(true);
    expect(after.filter((call) => call.method === 'POST')).toHaveLength(0);
    expect(inChannel(TEXT_CHANNEL_ID, key)).toHaveLength(1);
    expect(store.delivery(sub.id, scheduled)).toMatchObject({ status: 'posted', detail: expect.stringContaining('confirmed') });
  });

  it('GIVEN a post that left but never reached Discord THEN the history proves it, and the restart posts it once, late, with its nonce', async () => {
    const scheduled = '2026-03-02T09:00:00.000Z';
    const { sub, key } = interruptedClaim(TEXT_CHANNEL_ID, 'daily 09:00', scheduled);
    await restart();
    const posts = h.double.rest.calls.items.filter(digestPosts(TEXT_CHANNEL_ID, key));
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ nonce: digestNonce(key, 0), enforce_nonce: true });
    expect(visibleText(posts[0]?.body)).toContain('late: scheduled for 09:00');
    expect(store.delivery(sub.id, scheduled)?.status).toBe('posted');
    // A second restart finds nothing open and posts nothing.
    await restart();
    expect(inChannel(TEXT_CHANNEL_ID, key)).toHaveLength(1);
  });

  it('GIVEN the bot cannot read the channel history THEN the interrupted digest is not re-posted (no double) and recorded as failed', async () => {
    const scheduled = '2026-03-02T10:00:00.000Z';
    const { sub, key } = interruptedClaim(SECOND_CHANNEL_ID, 'daily 10:00', scheduled);
    h.double.rest.fail({ method: 'GET', path: new RegExp(`/channels/${SECOND_CHANNEL_ID}/messages$`), status: 403, body: { message: 'Missing Access', code: 50001 } });
    await restart();
    expect(h.double.rest.calls.items.filter(digestPosts(SECOND_CHANNEL_ID, key))).toHaveLength(0);
    expect(store.delivery(sub.id, scheduled)).toMatchObject({ status: 'failed', detail: expect.stringContaining('cannot confirm') });
  });

  it('GIVEN Discord stored the digest but every answer was lost (502) THEN the retries reuse the nonce, the scheduler confirms it, and the channel holds one copy', async () => {
    const sub = subscriptions.subscribe({ platform: 'discord', channelId: SECOND_CHANNEL_ID, userId: 'U1', when: 'daily 11:00' });
    const scheduled = '2026-03-02T11:00:00.000Z';
    const key = deliveryKey({ subscriptionId: sub.id, scheduledFor: scheduled });
    const scheduler = newScheduler();
    await scheduler.start();
    // discord.js tries 3 times (2 REST retries); each request creates or finds the message, each answer is lost.
    h.double.rest.fail({ method: 'POST', path: new RegExp(`/channels/${SECOND_CHANNEL_ID}/messages$`), status: 502, times: 3, afterEffect: true });
    clock.set('2026-03-02T11:00:00Z');
    await scheduler.tick();
    await scheduler.idle();
    await scheduler.stop();
    const posts = h.double.rest.calls.items.filter(digestPosts(SECOND_CHANNEL_ID, key));
    expect(posts.map((call) => call.status)).toEqual([502, 502, 502]);
    expect(new Set(posts.map((call) => call.body.nonce))).toEqual(new Set([digestNonce(key, 0)]));
    expect(inChannel(SECOND_CHANNEL_ID, key)).toHaveLength(1);
    expect(store.delivery(sub.id, scheduled)).toMatchObject({ status: 'posted', attempts: 1 });
  });

  it('THEN nothing the bot posted could ping anyone', () => {
    expect(expectNoPings(h.double.rest.calls.items)).toBeGreaterThanOrEqual(5);
  });
});
