/**
 * Wall-clock time in an IANA timezone, computed from UTC offsets. Offsets are looked up with Intl once
 * per quarter hour per zone and cached, so scanning many minutes stays cheap.
 */

export const MINUTE_MS = 60_000;

/** Local calendar fields of an instant in a zone; `weekday` 0 = Sunday. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();
const QUARTER_HOUR_MS = 15 * MINUTE_MS;

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone (`Europe/London`, `UTC`); false for `Mars/Olympus`. */
export function isValidTimezone(timezone: string): boolean {
  try {
    formatterFor(timezone);
    return true;
  } catch {
    return false;
  }
}

function computeOffsetMs(instantMs: number, timezone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
  return asUtc - Math.floor(instantMs / MINUTE_MS) * MINUTE_MS;
}

/** The zone's UTC offset at an instant, in milliseconds (New York in winter: -5 h). */
export function offsetMs(instantMs: number, timezone: string): number {
  // Transitions happen on quarter hours in every zone in use, so a quarter-hour cache is exact.
  const key = `${timezone}|${Math.floor(instantMs / QUARTER_HOUR_MS)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = computeOffsetMs(instantMs, timezone);
    if (offsetCache.size > 200_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

/** Wall-clock minutes since the epoch as if the local time were UTC: comparable across a DST change. */
export function wallMinute(instantMs: number, timezone: string): number {
  return Math.floor((instantMs + offsetMs(instantMs, timezone)) / MINUTE_MS);
}

/** Calendar fields of a wall-clock minute (from wallMinute). */
export function wallTimeOf(wallMinuteValue: number): WallTime {
  const date = new Date(wallMinuteValue * MINUTE_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    weekday: date.getUTCDay(),
  };
}

/** The instant rounded down to its minute. */
export const floorMinute = (instantMs: number): number => Math.floor(instantMs / MINUTE_MS) * MINUTE_MS;

const DISPLAY_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DISPLAY_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (value: number): string => String(value).padStart(2, '0');

/** `Mon 9 Mar 2026 08:00` in the zone. */
export function formatWallTime(instantMs: number, timezone: string): string {
  const t = wallTimeOf(wallMinute(instantMs, timezone));
  return `${DISPLAY_DAYS[t.weekday]} ${t.day} ${DISPLAY_MONTHS[t.month - 1]} ${t.year} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** `08:00` in the zone. */
export function formatClock(instantMs: number, timezone: string): string {
  const t = wallTimeOf(wallMinute(instantMs, timezone));
  return `${pad(t.hour)}:${pad(t.minute)}`;
}
