import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import type { Platform } from '../../src/platforms/types.js';
import { DigestScheduler } from '../../src/schedule/scheduler.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { FakeLibrary, RecordingAdapter, briefingFor } from './fakes.js';

let store: SubscriptionStore;
let scheduler: DigestScheduler | undefined;
const library = new FakeLibrary(briefingFor('blinken', 'Blinken arrives in China'));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-02T07:59:00Z'));
  store = new SubscriptionStore(':memory:');
});

afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  store.close();
  vi.useRealTimers();
});

function start(adapter: RecordingAdapter): Promise<void> {
  scheduler = new DigestScheduler({ store, library, adapters: new Map<Platform, RecordingAdapter>([[adapter.platform, adapter]]), logger: silentLogger, graceMinutes: 60 });
  return scheduler.start();
}

/** Spellings of "every day at 08:00": a channel may hold each once. */
const DAILY_AT_8 = ['0 8 * * *', '0 8 1-31 * *', '0 8 * 1-12 *', '0 8 * * 0-6', '0 8 1-31 1-12 *'];

const subscribeMany = (count: number, channels: number, platform: Platform = 'slack') => {
  const service = createSubscriptionService(store, { defaultTimezone: 'UTC', maxPerChannel: 1000 });
  return Array.from({ length: count }, (_, i) =>
    service.subscribe({ platform, channelId: `C${i % channels}`, userId: `U${i}`, when: DAILY_AT_8[Math.floor(i / channels) % DAILY_AT_8.length] ?? '', timezone: 'UTC' }),
  );
};

describe('delivery failures', () => {
  it("GIVEN the channel is gone THEN a few tries, then the subscription is paused and the subscriber told", async () => {
    const adapter = new RecordingAdapter('slack');
    adapter.alwaysFail = 'gone';
    const [sub] = subscribeMany(1, 1);
    await start(adapter);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await scheduler?.idle();
    expect(adapter.attempts).toHaveLength(3);
    expect(store.get(sub?.id ?? '')).toMatchObject({ paused: true, pausedReason: expect.stringContaining('no longer exists') });
    expect(store.deliveries(sub?.id)).toMatchObject([{ status: 'failed', attempts: 3 }]);
    expect(adapter.notices).toEqual([{ userId: 'U0', text: expect.stringContaining('is paused') }]);
    // Paused: the next day brings no attempt.
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(adapter.attempts).toHaveLength(3);
  });

  it('GIVEN a rate limit with retry-after THEN it waits that long and posts once', async () => {
    const adapter = new RecordingAdapter('slack').failWith('rate_limited', 7_000);
    subscribeMany(1, 1);
    await start(adapter);
    await vi.advanceTimersByTimeAsync(60_000 + 6_000);
    expect(adapter.posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_500);
    await scheduler?.idle();
    expect(adapter.posts).toHaveLength(1);
    expect((adapter.posts[0]?.at ?? 0) - (adapter.attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(7_000);
  });

  it('GIVEN transient failures THEN it backs off and posts once', async () => {
    const adapter = new RecordingAdapter('slack').failWith('transient').failWith('transient');
    const [sub] = subscribeMany(1, 1);
    await start(adapter);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    await scheduler?.idle();
    expect(adapter.posts).toHaveLength(1);
    expect(store.deliveries(sub?.id)).toMatchObject([{ status: 'posted', attempts: 3 }]);
  });

  it('GIVEN transient failures that never stop THEN it gives up (failed) without pausing', async () => {
    const adapter = new RecordingAdapter('slack');
    adapter.alwaysFail = 'transient';
    const [sub] = subscribeMany(1, 1);
    await start(adapter);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    await scheduler?.idle();
    expect(adapter.attempts).toHaveLength(8);
    expect(store.deliveries(sub?.id)).toMatchObject([{ status: 'failed' }]);
    expect(store.get(sub?.id ?? '')?.paused).toBe(false);
  });
});

describe('rate limits', () => {
  it('GIVEN 300 digests due at once over 60 channels THEN at most 1 a second per channel and 50 a second in all', async () => {
    const adapter = new RecordingAdapter('discord');
    subscribeMany(300, 60, "discord");
    await start(adapter);
    await vi.advanceTimersByTimeAsync(60_000 + 20_000);
    await scheduler?.idle();
    expect(adapter.posts).toHaveLength(300);
    expect(new Set(adapter.posts.map((p) => p.deliveryKey)).size).toBe(300);
    const last = new Map<string, number>();
    for (const post of adapter.posts) {
      const previous = last.get(post.channelId);
      if (previous !== undefined) expect(post.at - previous).toBeGreaterThanOrEqual(1000);
      last.set(post.channelId, post.at);
    }
    const times = adapter.posts.map((p) => p.at).sort((a, b) => a - b);
    for (let i = 50; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 50] ?? 0)).toBeGreaterThanOrEqual(1000);
  });
});

describe('stopping and retries that may hide a post', () => {
  it('GIVEN a transient failure after the post arrived (a timeout) and an adapter that can check THEN no second post', async () => {
    const adapter = new RecordingAdapter('slack').withHistory();
    const [sub] = subscribeMany(1, 1);
    const post = adapter.postToChannel.bind(adapter);
    let first = true;
    adapter.postToChannel = async (channelId, reply, options) => {
      await post(channelId, reply, options);
      if (first) {
        first = false;
        throw new Error('socket hang up after the post');
      }
    };
    await start(adapter);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    await scheduler?.idle();
    expect(adapter.posts).toHaveLength(1);
    expect(store.deliveries(sub?.id)).toMatchObject([{ status: 'posted' }]);
  });

  it('GIVEN a backlog waiting on the per-channel limit WHEN the scheduler stops THEN it stops at once, and a restart posts the rest exactly once', async () => {
    const adapter = new RecordingAdapter('slack');
    subscribeMany(5, 1);
    await start(adapter);
    await vi.advanceTimersByTimeAsync(60_000 + 1_500);
    expect(adapter.posts.length).toBeGreaterThanOrEqual(1);
    expect(adapter.posts.length).toBeLessThan(5);
    await scheduler?.stop(); // no timer is advanced: waiting posts must not hold it up
    scheduler = undefined;
    const postedBeforeStop = adapter.posts.length;
    expect(store.openClaims()).toHaveLength(5 - postedBeforeStop);
    expect(store.openClaims().every((row) => row.attempts === 0)).toBe(true);
    await start(adapter);
    await vi.advanceTimersByTimeAsync(10_000);
    await (scheduler as DigestScheduler | undefined)?.idle();
    expect(adapter.posts).toHaveLength(5);
    expect(new Set(adapter.posts.map((p) => p.deliveryKey)).size).toBe(5);
  });
});
