import { beforeEach, describe, expect, it } from 'vitest';
import { runBriefText, runCommand } from '../../commands/dispatch.js';
import type { CommandServices } from '../../commands/types.js';
import { SubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { context, fakeServices } from './fakes.js';

let store: SubscriptionStore;
let services: CommandServices;
const now = Date.parse('2026-03-02T07:00:00Z');

beforeEach(() => {
  store = new SubscriptionStore(':memory:');
  services = { ...fakeServices(), subscriptions: createSubscriptionService(store, { defaultTimezone: 'UTC', now: () => now }) };
});

describe('/brief subscribe', () => {
  it('GIVEN "weekdays 08:00 Europe/London" THEN stored with that timezone and a public confirmation with the next run', async () => {
    const reply = await runBriefText(' subscribe weekdays 08:00 Europe/London', context, services);
    const [sub] = store.all();
    expect(sub).toMatchObject({ when: 'weekdays 08:00', cron: '0 8 * * 1-5', timezone: 'Europe/London', channelId: 'C1', createdBy: 'U1' });
    expect(reply.visibility).toBe('public');
    expect(reply.text).toContain(`id ${sub?.id}`);
    expect(reply.text).toContain('Next digest: Mon 2 Mar 2026 08:00 Europe/London');
  });

  it('GIVEN no timezone THEN the default timezone', async () => {
    await runBriefText('subscribe weekly mon 09:30', context, services);
    expect(store.all()[0]).toMatchObject({ cron: '30 9 * * 1', timezone: 'UTC' });
  });

  it('GIVEN a cron expression with a timezone THEN both are understood', async () => {
    await runBriefText('subscribe 0 8 * * 1-5 America/New_York', context, services);
    expect(store.all()[0]).toMatchObject({ cron: '0 8 * * 1-5', timezone: 'America/New_York' });
  });

  it.each(['every blue moon', '25:00', 'daily 25:00', 'daily 08:00 Mars/Olympus'])('GIVEN "%s" THEN a one-line private error naming the forms, nothing stored', async (when) => {
    const reply = await runBriefText(`subscribe ${when}`, context, services);
    expect(reply.kind).toBe('error');
    expect(reply.visibility).toBe('private');
    expect(reply.text).toMatch(/Use daily HH:MM|IANA name/);
    expect(reply.text).toContain('Example: /brief subscribe');
    expect(store.all()).toEqual([]);
  });

  it('GIVEN a user who may not manage digests THEN a clear refusal and nothing stored', async () => {
    const reply = await runBriefText('subscribe daily 08:00', { ...context, canManageDigests: false }, services);
    expect(reply.kind).toBe('error');
    expect(reply.text).toMatch(/digest admins/);
    expect(store.all()).toEqual([]);
  });

  it('GIVEN Discord options (when and timezone apart) THEN the same subscription', async () => {
    await runCommand('subscribe', { options: { when: 'daily 07:00', timezone: 'Asia/Tokyo' } }, { ...context, platform: 'discord' }, services);
    expect(store.all()[0]).toMatchObject({ platform: 'discord', cron: '0 7 * * *', timezone: 'Asia/Tokyo' });
  });

  it('GIVEN the same subscription twice THEN the second is refused', async () => {
    await runBriefText('subscribe daily 08:00', context, services);
    const reply = await runBriefText('subscribe daily 08:00', context, services);
    expect(reply.text).toMatch(/already gets that digest/);
    expect(store.all()).toHaveLength(1);
  });
});
