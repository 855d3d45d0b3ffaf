/**
 * Which digests a tick must record: for each subscription, the runs in (checkpoint, now]. The latest run
 * within the grace period is claimed (late when its minute has passed); every other run is skipped, so a
 * bot that was down posts at most one catch-up digest per subscription and never floods a channel.
 */
import type { Platform } from '../platforms/types.js';
import type { CronSchedule } from './cron.js';
import type { Subscription } from './service.js';
import type { DueRecord } from './store/subscription-store.js';
import { MINUTE_MS } from './zoned-time.js';

/** Runs older than this are not even recorded as skipped after a long outage. */
export const MAX_LOOKBACK_MS = 24 * 60 * MINUTE_MS;

export interface DueRunsInput {
  subscriptions: readonly Subscription[];
  scheduleOf: (subscription: Subscription) => CronSchedule;
  /** Last minute already processed, exclusive. */
  fromMs: number;
  /** Current minute, inclusive. */
  toMs: number;
  graceMs: number;
  connected: ReadonlySet<Platform>;
}

export function dueRuns(input: DueRunsInput): DueRecord[] {
  const records: DueRecord[] = [];
  const from = Math.max(input.fromMs, input.toMs - MAX_LOOKBACK_MS);
  for (const subscription of input.subscriptions) {
    if (subscription.paused) continue;
    // Only runs at or after the moment of subscribing (runsBetween excludes its start).
    const start = Math.max(from, Date.parse(subscription.createdAt) - 1);
    const runs = input.scheduleOf(subscription).runsBetween(start, input.toMs);
    runs.forEach((run, index) => {
      const base = { subscriptionId: subscription.id, scheduledFor: run, late: run.getTime() < input.toMs };
      const latest = index === runs.length - 1;
      if (!latest) records.push({ ...base, status: 'skipped', detail: 'missed while the bot was down; a later run was due' });
      else if (input.toMs - run.getTime() > input.graceMs) records.push({ ...base, status: 'skipped', detail: 'missed by more than the grace period' });
      else if (!input.connected.has(subscription.platform)) records.push({ ...base, status: 'skipped', detail: `${subscription.platform} is not connected` });
      else records.push({ ...base, status: 'claimed' });
    });
  }
  return records;
}
