/**
 * When a cron expression fires in a timezone, at minute precision, computed from any clock (no timers):
 * the scheduler, catch-up and `/brief subscriptions` all ask this, so they agree.
 *
 * Daylight saving: a wall time skipped by the spring change (02:30 in New York) fires at the first
 * minute after the gap (03:00 EDT); a wall time repeated by the autumn change fires once, the first time.
 */
import { parse } from 'node-cron';
import { matchesDayOfMonth, matchesDayOfWeek } from './cron-days.js';
import { MINUTE_MS, floorMinute, offsetMs, wallMinute, wallTimeOf } from './zoned-time.js';

type Fields = ReturnType<typeof parse>;

/** Searching further than this for a next run means the expression (e.g. 30 February) never fires. */
const MAX_SEARCH_MS = 5 * 366 * 24 * 60 * MINUTE_MS;

export class CronSchedule {
  private readonly fields: Fields;
  private readonly minutes: Set<number>;
  private readonly hours: Set<number>;
  private readonly months: Set<number>;

  /** Throws when node-cron cannot parse the expression. */
  constructor(
    readonly expression: string,
    readonly timezone: string,
  ) {
    this.fields = parse(expression);
    this.minutes = new Set(this.fields.minute);
    this.hours = new Set(this.fields.hour);
    this.months = new Set(this.fields.month);
  }

  private dayMatches(wall: number): boolean {
    const t = wallTimeOf(wall);
    return (
      this.months.has(t.month) &&
      matchesDayOfMonth(this.fields.dayOfMonth, t.year, t.month, t.day) &&
      matchesDayOfWeek(this.fields.dayOfWeek, t.year, t.month, t.day, t.weekday)
    );
  }

  private wallMatches(wall: number): boolean {
    const t = wallTimeOf(wall);
    return this.minutes.has(t.minute) && this.hours.has(t.hour) && this.dayMatches(wall);
  }

  /** Whether the digest is due in the minute starting at `minuteMs` (rounded down to the minute). */
  firesAt(minuteMs: number): boolean {
    const instant = floorMinute(minuteMs);
    const wall = wallMinute(instant, this.timezone);
    const previousWall = wallMinute(instant - MINUTE_MS, this.timezone);
    // After a spring-forward gap, the skipped wall minutes are due now.
    for (let candidate = Math.min(wall, previousWall + 1); candidate < wall; candidate++) {
      if (this.wallMatches(candidate)) return true;
    }
    if (!this.wallMatches(wall)) return false;
    // After an autumn fall-back the same wall minute comes round again: it fired the first time.
    for (const hoursBack of [0.5, 1, 2, 3]) {
      if (wallMinute(instant - hoursBack * 60 * MINUTE_MS, this.timezone) >= wall) return false;
    }
    return true;
  }

  /** The first minute strictly after `afterMs` (and not after `untilMs`) at which it fires, or null. */
  nextRun(afterMs: number, untilMs = afterMs + MAX_SEARCH_MS): Date | null {
    const limit = Math.min(untilMs, afterMs + MAX_SEARCH_MS);
    let instant = floorMinute(afterMs) + MINUTE_MS;
    while (instant <= limit) {
      if (this.firesAt(instant)) return new Date(instant);
      instant = this.skipAhead(instant);
    }
    return null;
  }

  /** Every minute in (fromMs, toMs] at which it fires, oldest first. */
  runsBetween(fromMs: number, toMs: number): Date[] {
    const runs: Date[] = [];
    let cursor = fromMs;
    for (;;) {
      const next = this.nextRun(cursor, toMs);
      if (!next) return runs;
      runs.push(next);
      cursor = next.getTime();
    }
  }

  /** The latest run at or before `atMs` within `lookbackMs`, or null. */
  latestRunAtOrBefore(atMs: number, lookbackMs: number): Date | null {
    const runs = this.runsBetween(atMs - lookbackMs, atMs);
    return runs.at(-1) ?? null;
  }

  /** Next minute worth testing: skips whole wall days or hours that cannot match, never across a DST change. */
  private skipAhead(instant: number): number {
    const wall = wallMinute(instant, this.timezone);
    const t = wallTimeOf(wall);
    let step = 1;
    if (!this.dayMatches(wall)) step = 24 * 60 - (t.hour * 60 + t.minute);
    else if (!this.hours.has(t.hour)) step = 60 - t.minute;
    const target = instant + step * MINUTE_MS;
    if (step > 1 && offsetMs(target, this.timezone) !== offsetMs(instant, this.timezone)) return instant + MINUTE_MS;
    return target;
  }
}
