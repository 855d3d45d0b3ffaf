import { beforeEach, describe, expect, it } from 'vitest';
import { runBriefText } from '../../commands/dispatch.js';
import type { CommandServices } from '../../commands/types.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { context, fakeServices } from './fakes.js';

let store: SubscriptionStore;
let services: CommandServices;

beforeEach(() => {
  store = new SubscriptionStore(':memory:');
  services = { ...fakeServices(), subscriptions: createSubscriptionService(store, { defaultTimezone: 'UTC' }) };
});

describe('/brief unsubscribe', () => {
  it('GIVEN one subscription and no id THEN it is removed', async () => {
    await runBriefText('subscribe daily 08:00', context, services);
    const reply = await runBriefText('unsubscribe', context, services);
    expect(reply.text).toMatch(/removed/);
    expect(store.all()).toEqual([]);
  });

  it('GIVEN several and no id THEN they are listed with ids and none removed; with an id that one goes', async () => {
    await runBriefText('subscribe daily 08:00', context, services);
    await runBriefText('subscribe hourly', context, services);
    const [first, second] = store.all();
    const reply = await runBriefText('unsubscribe', context, services);
    expect(reply.text).toContain(`${first?.id}: daily 08:00 (UTC)`);
    expect(reply.text).toContain(`${second?.id}: hourly (UTC)`);
    expect(store.all()).toHaveLength(2);
    await runBriefText(`unsubscribe ${second?.id}`, context, services);
    expect(store.all().map((s) => s.id)).toEqual([first?.id]);
  });

  it('GIVEN an unknown id or none at all THEN a clear answer', async () => {
    expect((await runBriefText('unsubscribe', context, services)).text).toMatch(/no digest subscriptions/);
    expect((await runBriefText('unsubscribe zzz', context, services)).text).toMatch(/no digest subscription with id "zzz"/);
  });

  it('GIVEN a user who may not manage digests THEN refused, nothing removed', async () => {
    await runBriefText('subscribe daily 08:00', context, services);
    const reply = await runBriefText('unsubscribe', { ...context, canManageDigests: false }, services);
    expect(reply.kind).toBe('error');
    expect(store.all()).toHaveLength(1);
  });
});
