/** What `/brief subscribe`, `unsubscribe` and `subscriptions` say, in one place. */
import type { Subscription } from './service.js';
import { formatWallTime } from './zoned-time.js';

const describe = (s: Pick<Subscription, 'id' | 'when' | 'timezone'>): string => `${s.id}: ${s.when} (${s.timezone})`;

export const digestMessages = {
  subscribed: (s: Subscription, nextRun: Date | null) =>
    `Digests subscribed for this channel: ${s.when} (${s.timezone}), id ${s.id}. ${nextRunLine(nextRun, s.timezone)}`,
  resumed: (s: Subscription, nextRun: Date | null) => `Digests resumed for this channel: ${s.when} (${s.timezone}), id ${s.id}. ${nextRunLine(nextRun, s.timezone)}`,
  unsubscribed: (s: Subscription) => `Digest subscription ${describe(s)} removed; this channel gets no more digests from it.`,
  noneToRemove: 'This channel has no digest subscriptions. Add one with /brief subscribe daily 08:00.',
  unknownId: (id: string) => `This channel has no digest subscription with id "${id}". /brief subscriptions lists them with their ids.`,
  whichOne: 'This channel has several digest subscriptions; say which to remove, e.g. /brief unsubscribe <id>:',
  listHeading: 'Digest subscriptions in this channel',
  noneListed: 'This channel has no digest subscriptions. Add one with /brief subscribe daily 08:00 (or weekdays, weekly <day>, hourly, a cron expression) and an optional timezone.',
  listItem: (s: Subscription & { nextRun: Date | null }) =>
    s.paused
      ? `${describe(s)}: paused${s.pausedReason ? ` (${s.pausedReason})` : ''}; /brief subscribe ${s.when} ${s.timezone} resumes it`
      : `${describe(s)}: ${nextRunLine(s.nextRun, s.timezone)}`,
  unsubscribeHint: 'Remove one with /brief unsubscribe <id>.',
};

function nextRunLine(nextRun: Date | null, timezone: string): string {
  return nextRun ? `Next digest: ${formatWallTime(nextRun.getTime(), timezone)} ${timezone}.` : 'No upcoming run.';
}
