/**
 * What users type after `/brief subscribe` becomes a cron expression: `daily HH:MM`, `weekdays HH:MM`,
 * `weekly <day> HH:MM`, `hourly`, or a 5- or 6-field cron expression. Anything else is a UserError that
 * names the accepted forms with an example.
 */
import { parse, validate } from 'node-cron';
import { UserError } from '../errors.js';
import { isValidTimezone } from './zoned-time.js';

export const SCHEDULE_FORMS =
  'daily HH:MM, weekdays HH:MM, weekly <day> HH:MM, hourly, or a cron expression such as "0 8 * * 1-5"';
export const SCHEDULE_EXAMPLE = '/brief subscribe weekdays 08:00 Europe/London';

/** Digests are posted at most this many times an hour per subscription. */
export const MAX_RUNS_PER_HOUR = 4;

const DAYS: Record<string, number> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};

export interface ParsedSchedule {
  /** A 5-field cron expression (a 6-field one keeps its seconds field). */
  cron: string;
  /** The schedule as it is shown back: "daily 08:00" for "daily 8am", a cron expression as typed. */
  when: string;
}

const invalid = (when: string, why = ''): UserError =>
  new UserError(
    'schedule.invalid',
    `"${when}" is not a schedule I understand${why ? ` (${why})` : ''}. Use ${SCHEDULE_FORMS}. Example: ${SCHEDULE_EXAMPLE}`,
  );

/** "08:00", "8:30", "8am", "8:30pm", "12am" (midnight): the hour and minute, or a UserError. */
function parseClock(text: string | undefined, when: string): { hour: number; minute: number } {
  const match = /^(\d{1,2})(?::(\d{2}))?(am|pm)?$/.exec(text ?? '');
  const meridiem = match?.[3];
  const minute = Number(match?.[2] ?? (meridiem ? 0 : NaN));
  let hour = Number(match?.[1]);
  if (meridiem && hour >= 1 && hour <= 12) hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  else if (meridiem) hour = NaN;
  if (!match || !(hour <= 23) || !(minute <= 59)) throw invalid(when, `${text ?? 'a time'} is not a time of day: use 00:00 to 23:59, or 8am, 5:30pm`);
  return { hour, minute };
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');
const clock = ({ hour, minute }: { hour: number; minute: number }): string => `${twoDigits(hour)}:${twoDigits(minute)}`;

function parseCron(expression: string, when: string): ParsedSchedule {
  if (!validate(expression)) throw invalid(when);
  const fields = parse(expression);
  if (expression.split(' ').length === 6 && fields.second.length !== 1) {
    throw invalid(when, 'digests run at most once a minute, so the seconds field must be a single number');
  }
  if (fields.minute.length > MAX_RUNS_PER_HOUR) {
    throw invalid(when, `that would post more than ${MAX_RUNS_PER_HOUR} digests an hour`);
  }
  return { cron: expression, when: expression };
}

/** Parses the schedule part of `/brief subscribe`. Throws UserError naming the accepted forms. */
export function parseSchedule(when: string): ParsedSchedule {
  const text = when.trim().replace(/\s+/g, ' ');
  // "8 am" is one time of day.
  const words = text.toLowerCase().replace(/\bat /, '').replace(/(\d)\s+([ap]m)\b/g, '$1$2').split(' ');
  const [form = '', ...rest] = words;
  if (text === '') throw invalid(when, 'say when');
  if (form === 'hourly' && rest.length === 0) return { cron: '0 * * * *', when: 'hourly' };
  if ((form === 'daily' || form === 'weekdays') && rest.length === 1) {
    const time = parseClock(rest[0], when);
    const days = form === 'daily' ? '*' : '1-5';
    return { cron: `${time.minute} ${time.hour} * * ${days}`, when: `${form} ${clock(time)}` };
  }
  if (form === 'weekly' && rest.length === 2) {
    const day = DAYS[rest[0] ?? ''];
    if (day === undefined) throw invalid(when, `${rest[0] ?? ''} is not a day: use monday..sunday or mon..sun`);
    const time = parseClock(rest[1], when);
    return { cron: `${time.minute} ${time.hour} * * ${day}`, when: `weekly ${rest[0] ?? ''} ${clock(time)}` };
  }
  if (words.length === 5 || words.length === 6) return parseCron(text, when);
  throw invalid(when);
}

/** Validates an IANA timezone and returns its canonical spelling (`europe/london` -> `Europe/London`). */
export function parseTimezone(timezone: string): string {
  const zone = timezone.trim();
  if (!isValidTimezone(zone)) {
    throw new UserError(
      'schedule.timezone',
      `"${timezone}" is not a timezone I know. Use an IANA name such as Europe/London, America/New_York or UTC. Example: ${SCHEDULE_EXAMPLE}`,
    );
  }
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/**
 * Splits `/brief subscribe` text into schedule and timezone: the last word is a timezone when it starts
 * with a letter and either looks like Area/City or the words before it already form a schedule.
 */
export function splitTimezone(text: string): { when: string; timezone?: string } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || !/^[A-Za-z]/.test(last)) return { when: words.join(' ') };
  const before = words.slice(0, -1).join(' ');
  if (last.includes('/')) return { when: before, timezone: last };
  try {
    parseSchedule(before);
    return { when: before, timezone: last };
  } catch {
    return { when: words.join(' ') };
  }
}
