import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { DigestScheduler, deliveryKey } from '../../src/schedule/scheduler.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { messageText, realServices, startHarness, type Harness } from '../platforms/slack/harness.js';
import { FakeLibrary, briefingFor } from './fakes.js';
import { manualClock } from './manual-clock.js';

// Real Bolt against the Slack Web API double: no fake timers in this file.
const clock = manualClock('2026-03-02T07:30:00Z');
const store = new SubscriptionStore(':memory:');
const library = new FakeLibrary(briefingFor('blinken', 'Blinken arrives in China'));
let h: Harness;

beforeAll(async () => {
  const subscriptions = createSubscriptionService(store, { defaultTimezone: 'UTC', now: clock.now });
  h = await startHarness({ services: { ...realServices(), subscriptions } });
});
afterAll(async () => {
  await h.stop();
  store.close();
});

const newScheduler = () =>
  new DigestScheduler({ store, library, adapters: new Map([['slack', h.adapter]]), logger: silentLogger, graceMinutes: 60, clock, retry: { maxAttempts: 3, maxPermanentAttempts: 2, baseBackoffMs: 1, maxBackoffMs: 2 } });

describe('digests end to end through the Slack adapter and its Web API double', () => {
  it('GIVEN /brief subscribe in Slack WHEN the time comes THEN chat.postMessage once with the digest and its delivery key; a restart does not post again', async () => {
    await h.slash('subscribe daily 08:00 Europe/London');
    const confirmation = await h.double.next('respond');
    expect(messageText(confirmation.body)).toContain('Digests subscribed for this channel: daily 08:00 (Europe/London)');
    const [sub] = store.all();
    expect(sub).toMatchObject({ platform: 'slack', channelId: 'C1', timezone: 'Europe/London' });

    const scheduler = newScheduler();
    await scheduler.start();
    clock.set('2026-03-02T08:00:00Z');
    await scheduler.tick();
    await scheduler.idle();
    const post = await h.double.next('chat.postMessage');
    expect(post.body.channel).toBe('C1');
    expect(messageText(post.body)).toContain('Blinken arrives in China');
    expect(JSON.stringify(post.body.metadata)).toContain(deliveryKey({ subscriptionId: sub?.id ?? '', scheduledFor: '2026-03-02T08:00:00.000Z' }));
    await scheduler.stop();

    const again = newScheduler();
    await again.start();
    await again.idle();
    await again.stop();
    expect(h.double.of('chat.postMessage').filter((c) => c.body.channel === 'C1')).toHaveLength(1);
    expect(store.delivery(sub?.id ?? '', '2026-03-02T08:00:00.000Z')?.status).toBe('posted');
  });

  it('GIVEN a digest whose post reached Slack before a crash THEN the restart finds it in the channel history and does not post it again', async () => {
    const sub = createSubscriptionService(store, { defaultTimezone: 'UTC', now: clock.now }).subscribe({ platform: 'slack', channelId: 'C30', userId: 'U1', when: 'daily 09:00' });
    const scheduled = '2026-03-02T09:00:00.000Z';
    store.recordDue([{ subscriptionId: sub.id, scheduledFor: new Date(scheduled), status: 'claimed', late: false }], Date.parse(scheduled), scheduled);
    store.startAttempt(sub.id, scheduled);
    await h.adapter.postToChannel('C30', { text: 'digest', parts: [], actions: [], visibility: 'public', kind: 'digest' }, { deliveryKey: `${sub.id}@${scheduled}` });
    clock.set('2026-03-02T09:00:30Z');
    const scheduler = newScheduler();
    await scheduler.start();
    await scheduler.idle();
    await scheduler.stop();
    expect(h.double.of('chat.postMessage').filter((c) => c.body.channel === 'C30')).toHaveLength(1);
    expect(store.delivery(sub.id, scheduled)).toMatchObject({ status: 'posted', detail: expect.stringContaining('confirmed') });
  });

  it("GIVEN Slack says the channel is gone THEN the subscription is paused and the subscriber told", async () => {
    const sub = createSubscriptionService(store, { defaultTimezone: 'UTC', now: clock.now }).subscribe({ platform: 'slack', channelId: 'C40', userId: 'U9', when: 'daily 10:00' });
    for (let i = 0; i < 3; i++) h.double.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'channel_not_found' } });
    const scheduler = newScheduler();
    await scheduler.start();
    clock.set('2026-03-02T10:00:00Z');
    await scheduler.tick();
    await scheduler.idle();
    await scheduler.stop();
    expect(store.get(sub.id)).toMatchObject({ paused: true });
    const notice = h.double.of('chat.postMessage').find((c) => JSON.stringify(c.body).includes('is paused'));
    expect(notice).toBeDefined();
  });
});
