import { validate } from 'node-cron';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSchedule, parseTimezone, splitTimezone } from '../../src/schedule/parse-schedule.js';

describe('parseSchedule', () => {
  it.each([
    ['daily 08:00', '0 8 * * *'],
    ['daily 8:05', '5 8 * * *'],
    ['Daily at 23:59', '59 23 * * *'],
    ['weekdays 07:30', '30 7 * * 1-5'],
    ['weekly monday 08:00', '0 8 * * 1'],
    ['weekly mon 08:00', '0 8 * * 1'],
    ['weekly SUN 18:15', '15 18 * * 0'],
    ['weekly saturday 00:00', '0 0 * * 6'],
    ['hourly', '0 * * * *'],
    ['0 8 * * 1-5', '0 8 * * 1-5'],
    ['*/15 9-17 * * mon-fri', '*/15 9-17 * * mon-fri'],
    ['30 0 8 * * *', '30 0 8 * * *'],
  ])('GIVEN "%s" THEN the cron expression is %s and node-cron accepts it', (when, cron) => {
    const parsed = parseSchedule(when);
    expect(parsed.cron).toBe(cron);
    expect(validate(parsed.cron)).toBe(true);
  });

  it.each([
    ['daily 8am', '0 8 * * *', 'daily 08:00'],
    ['weekdays 8:30 pm', '30 20 * * 1-5', 'weekdays 20:30'],
    ['daily 12am', '0 0 * * *', 'daily 00:00'],
    ['daily 12pm', '0 12 * * *', 'daily 12:00'],
    ['weekly Fri 5PM', '0 17 * * 5', 'weekly fri 17:00'],
    ['daily 8:05', '5 8 * * *', 'daily 08:05'],
    ['0 8 * * 1-5', '0 8 * * 1-5', '0 8 * * 1-5'],
  ])('GIVEN "%s" THEN the cron expression is %s, shown back as "%s"', (when, cron, shown) => {
    expect(parseSchedule(when)).toEqual({ cron, when: shown });
  });

  it.each(['every blue moon', '25:00', 'daily 25:00', 'daily 08:60', 'daily 13pm', 'daily 0am', 'daily 8', 'weekly funday 08:00', 'weekly mon', 'daily', '', '61 * * * *', '* * * * *', '*/5 * * * * *', 'hourly please'])(
    'GIVEN "%s" THEN a UserError names the accepted forms with an example',
    (when) => {
      const attempt = () => parseSchedule(when);
      expect(attempt).toThrow(UserError);
      expect(attempt).toThrow(/daily HH:MM, weekdays HH:MM, weekly <day> HH:MM, hourly, or a cron expression/);
      expect(attempt).toThrow(/Example: \/brief subscribe/);
    },
  );
});

describe('parseSchedule: a time of day it cannot read', () => {
  it('GIVEN "daily 13pm" THEN the reply says which times of day it takes, the am/pm forms too', () => {
    expect(() => parseSchedule('daily 13pm')).toThrow(/13pm is not a time of day: use 00:00 to 23:59, or 8am, 5:30pm/);
  });
});

describe('parseTimezone', () => {
  it('GIVEN an IANA name THEN it is kept', () => {
    expect(parseTimezone('America/New_York')).toBe('America/New_York');
    expect(parseTimezone('UTC')).toBe('UTC');
    expect(parseTimezone(' europe/london ')).toBe('Europe/London');
  });
  it('GIVEN Mars/Olympus THEN a UserError with an example', () => {
    expect(() => parseTimezone('Mars/Olympus')).toThrow(/not a timezone I know.*Europe\/London/);
  });
});

describe('splitTimezone', () => {
  it.each([
    ['daily 08:00 Europe/London', 'daily 08:00', 'Europe/London'],
    ['weekly mon 08:00 UTC', 'weekly mon 08:00', 'UTC'],
    ['hourly Asia/Tokyo', 'hourly', 'Asia/Tokyo'],
    ['daily 08:00 Mars/Olympus', 'daily 08:00', 'Mars/Olympus'],
    ['0 8 * * 1-5 America/New_York', '0 8 * * 1-5', 'America/New_York'],
  ])('GIVEN "%s" THEN schedule "%s" and timezone %s', (text, when, timezone) => {
    expect(splitTimezone(text)).toEqual({ when, timezone });
  });

  it.each(['daily 08:00', '0 8 * * mon', '*/15 8 * * *', 'weekly mon 08:00'])('GIVEN "%s" THEN no timezone is split off', (text) => {
    expect(splitTimezone(text)).toEqual({ when: text });
  });
});
