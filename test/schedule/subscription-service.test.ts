import { beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { SubscriptionService } from '../../src/schedule/service.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';

let store: SubscriptionStore;
let service: SubscriptionService;
const now = Date.parse('2026-03-02T07:00:00Z');
const request = { platform: 'slack' as const, channelId: 'C1', userId: 'U1' };

beforeEach(() => {
  store = new SubscriptionStore(':memory:');
  service = createSubscriptionService(store, { defaultTimezone: 'Europe/London', maxPerChannel: 3, now: () => now });
});

describe('SubscriptionService', () => {
  it('GIVEN no timezone THEN the default applies and the next run is computed in it', () => {
    const sub = service.subscribe({ ...request, when: 'daily 08:00' });
    expect(sub).toMatchObject({ cron: '0 8 * * *', timezone: 'Europe/London', when: 'daily 08:00', paused: false, createdBy: 'U1' });
    expect(service.list('slack', 'C1')).toEqual([{ ...sub, nextRun: new Date('2026-03-02T08:00:00Z') }]);
  });

  it.each(['every blue moon', '25:00', 'daily 25:00'])('GIVEN "%s" THEN a UserError and nothing stored', (when) => {
    expect(() => service.subscribe({ ...request, when })).toThrow(UserError);
    expect(store.all()).toEqual([]);
  });

  it('GIVEN Mars/Olympus THEN a UserError and nothing stored', () => {
    expect(() => service.subscribe({ ...request, when: 'daily 08:00', timezone: 'Mars/Olympus' })).toThrow(/not a timezone/);
    expect(store.all()).toEqual([]);
  });

  it('GIVEN the same schedule twice THEN the second is refused naming the first', () => {
    const first = service.subscribe({ ...request, when: 'weekly mon 08:00' });
    expect(() => service.subscribe({ ...request, when: 'weekly monday 08:00' })).toThrow(new RegExp(`already gets that digest \\(id ${first.id}`));
    expect(service.subscribe({ ...request, when: 'weekly monday 08:00', timezone: 'UTC' }).id).not.toBe(first.id);
  });

  it('GIVEN the same schedule as a paused subscription THEN it is resumed, not duplicated', () => {
    const first = service.subscribe({ ...request, when: 'daily 08:00' });
    store.setPaused(first.id, true, 'gone');
    const again = service.subscribe({ ...request, when: 'daily 08:00' });
    expect(again).toMatchObject({ id: first.id, paused: false, resumed: true });
    expect(store.get(first.id)?.paused).toBe(false);
  });

  it('GIVEN a channel at the cap THEN one more is refused', () => {
    ['daily 08:00', 'daily 09:00', 'daily 10:00'].forEach((when) => service.subscribe({ ...request, when }));
    expect(() => service.subscribe({ ...request, when: 'daily 11:00' })).toThrow(/most allowed/);
    expect(() => service.subscribe({ ...request, channelId: 'C2', when: 'daily 11:00' })).not.toThrow();
  });

  it('GIVEN unsubscribe without an id THEN the only one goes; with several nothing goes and they are listed', () => {
    expect(service.unsubscribe('slack', 'C1')).toEqual({ kind: 'none' });
    const only = service.subscribe({ ...request, when: 'daily 08:00' });
    expect(service.unsubscribe('slack', 'C1')).toEqual({ kind: 'removed', subscription: only });
    const a = service.subscribe({ ...request, when: 'daily 08:00' });
    const b = service.subscribe({ ...request, when: 'hourly' });
    expect(service.unsubscribe('slack', 'C1')).toEqual({ kind: 'ambiguous', subscriptions: [a, b] });
    expect(store.all()).toHaveLength(2);
    expect(service.unsubscribe('slack', 'C1', b.id)).toEqual({ kind: 'removed', subscription: b });
    expect(service.unsubscribe('slack', 'C2', a.id)).toEqual({ kind: 'none' });
  });
});
