import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { DigestScheduler } from '../../src/schedule/scheduler.js';
import type { SubscriptionService } from '../../src/schedule/service.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { FakeLibrary, RecordingAdapter, briefingFor } from './fakes.js';

let store: SubscriptionStore;
let service: SubscriptionService;
let adapter: RecordingAdapter;
let library: FakeLibrary;
let scheduler: DigestScheduler | undefined;

const newScheduler = (graceMinutes = 60) =>
  new DigestScheduler({ store, library, adapters: new Map([['slack', adapter]]), logger: silentLogger, graceMinutes });

const subscribe = (when: string, channelId = 'C1', timezone = 'UTC') =>
  service.subscribe({ platform: 'slack', channelId, userId: 'U1', when, timezone });

beforeEach(() => {
  vi.useFakeTimers();
  store = new SubscriptionStore(':memory:');
  service = createSubscriptionService(store, { defaultTimezone: 'UTC' });
  adapter = new RecordingAdapter('slack');
  library = new FakeLibrary(briefingFor('blinken', 'Blinken arrives in China'));
});

afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  store.close();
  vi.useRealTimers();
});

describe('DigestScheduler firing', () => {
  it('GIVEN daily 08:00 UTC WHEN the clock passes 08:00 twice THEN exactly one digest a day, at 08:00', async () => {
    vi.setSystemTime(new Date('2026-03-02T07:59:30Z'));
    const sub = subscribe('daily 08:00');
    scheduler = newScheduler();
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(29_000);
    expect(adapter.posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2_000);
    await scheduler.idle();
    expect(adapter.posts.map((p) => new Date(p.at).toISOString().slice(0, 16))).toEqual(['2026-03-02T08:00']);
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    await scheduler.idle();
    expect(adapter.posts).toHaveLength(2);
    expect(adapter.posts[1]?.deliveryKey).toBe(`${sub.id}@2026-03-03T08:00:00.000Z`);
    expect(store.deliveries(sub.id).map((d) => d.status)).toEqual(['posted', 'posted']);
    const digest = adapter.posts[0]?.reply;
    expect(digest?.kind).toBe('digest');
    expect(digest?.visibility).toBe('public');
    expect(digest?.text).toContain('Blinken arrives in China');
    expect(digest?.text).toContain('/brief ask');
    expect(digest?.text).not.toContain('late:');
  });

  it('GIVEN daily 02:30 America/New_York WHEN the clocks go forward THEN one digest each day, 03:00 EDT on the change day', async () => {
    vi.setSystemTime(new Date('2026-03-07T07:00:00Z'));
    subscribe('daily 02:30', 'C1', 'America/New_York');
    scheduler = newScheduler();
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(48 * 3600_000);
    await scheduler.idle();
    expect(adapter.posts.map((p) => new Date(p.at).toISOString().slice(0, 16))).toEqual(['2026-03-07T07:30', '2026-03-08T07:00', '2026-03-09T06:30']);
  });

  it('GIVEN a paused or removed subscription THEN nothing is posted', async () => {
    vi.setSystemTime(new Date('2026-03-02T07:00:00Z'));
    const removed = subscribe('daily 08:00', 'C1');
    const paused = subscribe('daily 08:00', 'C2');
    store.setPaused(paused.id, true, 'test');
    service.unsubscribe('slack', 'C1', removed.id);
    scheduler = newScheduler();
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(2 * 3600_000);
    expect(adapter.posts).toHaveLength(0);
  });

  it('GIVEN the library gained an article since the last digest THEN the next digest leads with what is new', async () => {
    vi.setSystemTime(new Date('2026-03-02T07:59:00Z'));
    subscribe('daily 08:00');
    scheduler = newScheduler();
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(60_000);
    await scheduler.idle();
    expect(adapter.posts[0]?.reply.text).not.toContain('New since your last digest');
    library.add(briefingFor('taiwan', 'Taiwan holds elections'));
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    await scheduler.idle();
    const second = adapter.posts[1]?.reply;
    expect(second?.parts[0]).toEqual({ type: 'paragraph', text: 'New since your last digest: Taiwan holds elections' });
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    await scheduler.idle();
    expect(adapter.posts[2]?.reply.text).not.toContain('New since your last digest');
  });
});

describe('DigestScheduler restart and catch-up', () => {
  async function runUntil(iso: string): Promise<void> {
    scheduler = newScheduler();
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(Date.parse(iso) - Date.now());
    await scheduler.stop();
    scheduler = undefined;
  }

  it('GIVEN the bot was down at 08:00 WHEN it restarts at 08:30 (grace 60) THEN the digest is posted once, marked late', async () => {
    vi.setSystemTime(new Date('2026-03-02T07:00:00Z'));
    const sub = subscribe('daily 08:00');
    await runUntil('2026-03-02T07:50:00Z');
    vi.setSystemTime(new Date('2026-03-02T08:30:10Z'));
    scheduler = newScheduler();
    await scheduler.start();
    await scheduler.idle();
    expect(adapter.posts).toHaveLength(1);
    expect(adapter.posts[0]?.reply.parts[0]).toEqual({ type: 'context', text: 'late: scheduled for 08:00' });
    expect(store.delivery(sub.id, '2026-03-02T08:00:00.000Z')).toMatchObject({ status: 'posted', late: true });
    // A second restart does not post it again.
    await scheduler.stop();
    scheduler = newScheduler();
    await scheduler.start();
    await scheduler.idle();
    expect(adapter.posts).toHaveLength(1);
  });

  it('GIVEN hourly digests missed for three hours THEN one catch-up for the latest, the older runs skipped', async () => {
    vi.setSystemTime(new Date('2026-03-02T05:00:30Z'));
    const sub = subscribe('hourly');
    await runUntil('2026-03-02T05:30:00Z');
    vi.setSystemTime(new Date('2026-03-02T08:30:00Z'));
    scheduler = newScheduler();
    await scheduler.start();
    await scheduler.idle();
    expect(adapter.posts).toHaveLength(1);
    expect(adapter.posts[0]?.deliveryKey).toBe(`${sub.id}@2026-03-02T08:00:00.000Z`);
    expect(store.deliveries(sub.id).map((d) => [d.scheduledFor.slice(11, 16), d.status])).toEqual([
      ['06:00', 'skipped'],
      ['07:00', 'skipped'],
      ['08:00', 'posted'],
    ]);
  });

  it('GIVEN the bot was down for longer than the grace period THEN the missed digest is recorded as skipped, not posted', async () => {
    vi.setSystemTime(new Date('2026-03-02T07:00:00Z'));
    const sub = subscribe('daily 08:00');
    await runUntil('2026-03-02T07:50:00Z');
    vi.setSystemTime(new Date('2026-03-02T09:30:00Z'));
    scheduler = newScheduler(60);
    await scheduler.start();
    await scheduler.idle();
    expect(adapter.posts).toHaveLength(0);
    expect(store.delivery(sub.id, '2026-03-02T08:00:00.000Z')?.status).toBe('skipped');
  });
});
