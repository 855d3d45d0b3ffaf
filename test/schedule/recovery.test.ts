import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { DigestScheduler, deliveryKey } from '../../src/schedule/scheduler.js';
import type { Subscription } from '../../src/schedule/service.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { FakeLibrary, RecordingAdapter, briefingFor } from './fakes.js';

/** A digest claimed at 08:00 and left open by a crash, as the previous process would have left it. */
let store: SubscriptionStore;
let sub: Subscription;
let scheduler: DigestScheduler | undefined;
const SCHEDULED = '2026-03-02T08:00:00.000Z';
const library = new FakeLibrary(briefingFor('blinken', 'Blinken arrives in China'));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-02T07:00:00Z'));
  store = new SubscriptionStore(':memory:');
  sub = createSubscriptionService(store, { defaultTimezone: 'UTC' }).subscribe({ platform: 'slack', channelId: 'C1', userId: 'U1', when: 'daily 08:00' });
  store.recordDue([{ subscriptionId: sub.id, scheduledFor: new Date(SCHEDULED), status: 'claimed', late: false }], Date.parse(SCHEDULED), SCHEDULED);
  vi.setSystemTime(new Date('2026-03-02T08:00:20Z'));
});

afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  store.close();
  vi.useRealTimers();
});

async function restart(adapter: RecordingAdapter): Promise<void> {
  scheduler = new DigestScheduler({ store, library, adapters: new Map([['slack', adapter]]), logger: silentLogger, graceMinutes: 60 });
  await scheduler.start();
  await scheduler.idle();
}

describe('restart after a crash', () => {
  it('GIVEN a claim whose post never started THEN it is posted once', async () => {
    const adapter = new RecordingAdapter();
    await restart(adapter);
    expect(adapter.posts.map((p) => p.deliveryKey)).toEqual([deliveryKey({ subscriptionId: sub.id, scheduledFor: SCHEDULED })]);
    expect(store.delivery(sub.id, SCHEDULED)?.status).toBe('posted');
  });

  it('GIVEN a post that left but was not marked, and the platform has it THEN it is marked posted, not posted again', async () => {
    store.startAttempt(sub.id, SCHEDULED);
    const adapter = new RecordingAdapter().withHistory();
    adapter.posts.push({ channelId: 'C1', reply: { text: '', parts: [], actions: [], visibility: 'public', kind: 'digest' }, deliveryKey: `${sub.id}@${SCHEDULED}`, at: 0 });
    await restart(adapter);
    expect(adapter.posts).toHaveLength(1);
    expect(store.delivery(sub.id, SCHEDULED)).toMatchObject({ status: 'posted', detail: expect.stringContaining('confirmed') });
  });

  it('GIVEN a post that left but the platform proves it never arrived THEN it is posted once', async () => {
    store.startAttempt(sub.id, SCHEDULED);
    const adapter = new RecordingAdapter().withHistory();
    await restart(adapter);
    expect(adapter.posts).toHaveLength(1);
    expect(store.delivery(sub.id, SCHEDULED)?.status).toBe('posted');
  });

  it('GIVEN a post that left and an adapter that cannot tell THEN it is not re-posted (no double) and recorded as failed', async () => {
    store.startAttempt(sub.id, SCHEDULED);
    const adapter = new RecordingAdapter();
    await restart(adapter);
    expect(adapter.posts).toHaveLength(0);
    expect(store.delivery(sub.id, SCHEDULED)).toMatchObject({ status: 'failed', detail: expect.stringContaining('cannot confirm') });
  });

  it('GIVEN a claim older than the grace period THEN it is skipped', async () => {
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
    const adapter = new RecordingAdapter();
    await restart(adapter);
    expect(adapter.posts).toHaveLength(0);
    expect(store.delivery(sub.id, SCHEDULED)?.status).toBe('skipped');
  });
});
