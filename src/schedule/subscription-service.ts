/**
 * The SubscriptionService behind `/brief subscribe`, `unsubscribe` and `subscriptions`: validates what
 * users type, enforces the per-channel cap and duplicates, and reports next runs from the same cron
 * engine the scheduler uses.
 */
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.js';
import type { Platform } from '../platforms/types.js';
import { CronSchedule } from './cron.js';
import { parseSchedule, parseTimezone } from './parse-schedule.js';
import type { SubscribeRequest, SubscribeResult, Subscription, SubscriptionService, UnsubscribeResult } from './service.js';
import type { SubscriptionStore } from './store/subscription-store.js';

export interface SubscriptionServiceOptions {
  defaultTimezone: string;
  /** Subscriptions one channel may have (default 5). */
  maxPerChannel?: number;
  now?: () => number;
}

export const DEFAULT_MAX_PER_CHANNEL = 5;

export function createSubscriptionService(store: SubscriptionStore, options: SubscriptionServiceOptions): SubscriptionService {
  const maxPerChannel = options.maxPerChannel ?? DEFAULT_MAX_PER_CHANNEL;
  const now = options.now ?? Date.now;

  const newId = (): string => {
    for (;;) {
      const id = randomBytes(3).toString('hex');
      if (!store.get(id)) return id;
    }
  };

  return {
    subscribe(request: SubscribeRequest): SubscribeResult {
      const schedule = parseSchedule(request.when);
      const timezone = parseTimezone(request.timezone ?? options.defaultTimezone);
      const existing = store.forChannel(request.platform, request.channelId);
      const duplicate = existing.find((s) => s.cron === schedule.cron && s.timezone === timezone);
      if (duplicate?.paused) {
        store.setPaused(duplicate.id, false);
        const { pausedReason: _reason, ...rest } = duplicate;
        return { ...rest, paused: false, resumed: true };
      }
      if (duplicate) {
        throw new UserError('schedule.duplicate', `This channel already gets that digest (id ${duplicate.id}, ${duplicate.when} ${duplicate.timezone}).`);
      }
      if (existing.length >= maxPerChannel) {
        throw new UserError(
          'schedule.limit',
          `This channel already has ${existing.length} digest subscriptions, the most allowed. Remove one with /brief unsubscribe <id> first.`,
        );
      }
      const subscription: Subscription = {
        id: newId(),
        platform: request.platform,
        channelId: request.channelId,
        createdBy: request.userId,
        when: schedule.when,
        cron: schedule.cron,
        timezone,
        createdAt: new Date(now()).toISOString(),
        paused: false,
      };
      store.add(subscription);
      return subscription;
    },

    list(platform: Platform, channelId: string) {
      return store.forChannel(platform, channelId).map((s) => ({
        ...s,
        nextRun: s.paused ? null : new CronSchedule(s.cron, s.timezone).nextRun(now()),
      }));
    },

    unsubscribe(platform: Platform, channelId: string, id?: string): UnsubscribeResult {
      const subscriptions = store.forChannel(platform, channelId);
      if (id === undefined || id.trim() === '') {
        const only = subscriptions[0];
        if (subscriptions.length === 1 && only) {
          store.remove(only.id);
          return { kind: 'removed', subscription: only };
        }
        return subscriptions.length === 0 ? { kind: 'none' } : { kind: 'ambiguous', subscriptions };
      }
      const target = subscriptions.find((s) => s.id === id.trim().toLowerCase());
      if (!target) return { kind: 'none' };
      store.remove(target.id);
      return { kind: 'removed', subscription: target };
    },
  };
}
