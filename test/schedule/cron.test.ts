import { describe, expect, it } from 'vitest';
import { CronSchedule } from '../../src/schedule/cron.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('CronSchedule', () => {
  it('GIVEN daily 08:00 UTC THEN the next run is the next 08:00', () => {
    const schedule = new CronSchedule('0 8 * * *', 'UTC');
    expect(iso(schedule.nextRun(Date.parse('2026-03-02T07:59:30Z')))).toBe('2026-03-02T08:00:00.000Z');
    expect(iso(schedule.nextRun(Date.parse('2026-03-02T08:00:00Z')))).toBe('2026-03-03T08:00:00.000Z');
  });

  it('GIVEN weekdays 08:00 in Europe/Paris THEN Friday is followed by Monday, in Paris time', () => {
    const schedule = new CronSchedule('0 8 * * 1-5', 'Europe/Paris');
    // Friday 6 March 2026 09:00 Paris (CET, UTC+1) -> Monday 9 March 08:00 CET = 07:00Z.
    expect(iso(schedule.nextRun(Date.parse('2026-03-06T08:00:00Z')))).toBe('2026-03-09T07:00:00.000Z');
  });

  it('GIVEN daily 02:30 America/New_York across the March change THEN it runs every day, at 03:00 EDT on the day 02:30 does not exist', () => {
    const schedule = new CronSchedule('30 2 * * *', 'America/New_York');
    const runs = schedule.runsBetween(Date.parse('2026-03-06T12:00:00Z'), Date.parse('2026-03-10T12:00:00Z')).map(iso);
    expect(runs).toEqual([
      '2026-03-07T07:30:00.000Z', // 02:30 EST
      '2026-03-08T07:00:00.000Z', // 02:30 skipped: first minute after the gap, 03:00 EDT
      '2026-03-09T06:30:00.000Z', // 02:30 EDT
      '2026-03-10T06:30:00.000Z',
    ]);
  });

  it('GIVEN daily 01:30 America/New_York across the November change THEN it runs once on the day 01:30 happens twice', () => {
    const schedule = new CronSchedule('30 1 * * *', 'America/New_York');
    const runs = schedule.runsBetween(Date.parse('2026-10-31T12:00:00Z'), Date.parse('2026-11-02T12:00:00Z')).map(iso);
    expect(runs).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
  });

  it('GIVEN daily 08:00 Europe/London THEN 08:00 GMT in winter and 08:00 BST in summer', () => {
    const schedule = new CronSchedule('0 8 * * *', 'Europe/London');
    expect(iso(schedule.nextRun(Date.parse('2026-03-28T12:00:00Z')))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(schedule.nextRun(Date.parse('2026-03-27T12:00:00Z')))).toBe('2026-03-28T08:00:00.000Z');
  });

  it('GIVEN hourly in a half-hour zone THEN it runs on the local hour', () => {
    const schedule = new CronSchedule('0 * * * *', 'Asia/Kolkata');
    expect(iso(schedule.nextRun(Date.parse('2026-05-01T10:00:00Z')))).toBe('2026-05-01T10:30:00.000Z');
  });

  it('GIVEN the last day of the month THEN L is honoured', () => {
    const schedule = new CronSchedule('0 9 L * *', 'UTC');
    expect(iso(schedule.nextRun(Date.parse('2026-02-02T00:00:00Z')))).toBe('2026-02-28T09:00:00.000Z');
  });

  it('GIVEN 29 February on a Tuesday THEN the next run is years away but found', () => {
    expect(iso(new CronSchedule('0 9 29 2 2', 'UTC').nextRun(Date.parse('2026-01-01T00:00:00Z')))).toBe('2028-02-29T09:00:00.000Z');
  });

  it('GIVEN 29 February on a Monday (next in 2044) THEN no run within the search horizon', () => {
    expect(new CronSchedule('0 9 29 2 1', 'UTC').nextRun(Date.parse('2026-01-01T00:00:00Z'))).toBeNull();
  });

  it('GIVEN yearly schedules THEN finding the next run is quick', () => {
    const started = performance.now();
    for (let i = 0; i < 50; i++) new CronSchedule('0 9 1 1 *', 'America/New_York').nextRun(Date.parse('2026-01-02T00:00:00Z'));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
