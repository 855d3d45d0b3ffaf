import { beforeEach, describe, expect, it } from 'vitest';
import { runBriefText } from '../../commands/dispatch.js';
import type { CommandServices } from '../../commands/types.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { context, fakeServices } from './fakes.js';

let store: SubscriptionStore;
let services: CommandServices;
const now = Date.parse('2026-03-06T12:00:00Z');

beforeEach(() => {
  store = new SubscriptionStore(':memory:');
  services = { ...fakeServices(), subscriptions: createSubscriptionService(store, { defaultTimezone: 'UTC', now: () => now }) };
});

describe('/brief subscriptions', () => {
  it('GIVEN none THEN says so and how to add one', async () => {
    expect((await runBriefText('subscriptions', context, services)).text).toMatch(/no digest subscriptions.*\/brief subscribe daily 08:00/);
  });

  it("GIVEN subscriptions in several timezones THEN each next run is shown in its own timezone, paused ones marked", async () => {
    await runBriefText('subscribe daily 02:30 America/New_York', context, services);
    await runBriefText('subscribe weekly mon 08:00 Europe/London', context, services);
    await runBriefText('subscribe hourly', context, services);
    const hourly = store.all()[2];
    store.setPaused(hourly?.id ?? '', true, 'the bot is not allowed to post in the channel');
    const reply = await runBriefText('subscriptions', context, services);
    expect(reply.kind).toBe('subscriptions');
    expect(reply.text).toContain('daily 02:30 (America/New_York): Next digest: Sat 7 Mar 2026 02:30 America/New_York');
    expect(reply.text).toContain('weekly mon 08:00 (Europe/London): Next digest: Mon 9 Mar 2026 08:00 Europe/London');
    expect(reply.text).toContain(`${hourly?.id}: hourly (UTC): paused (the bot is not allowed to post in the channel)`);
  });

  it('GIVEN another channel THEN its subscriptions are not listed', async () => {
    await runBriefText('subscribe daily 08:00', context, services);
    expect((await runBriefText('subscriptions', { ...context, channelId: 'C2' }, services)).text).toMatch(/no digest subscriptions/);
  });
});
