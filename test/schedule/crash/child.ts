/**
 * The bot process of the crash test: the real store and DigestScheduler against DATA_DIR and the recording
 * double at DOUBLE_URL. Calendar time comes from the parent: VIRTUAL_NOW at start, then one `tick <ms>`
 * line a minute on stdin; after each it prints `idle <ms>` once nothing is in flight.
 */
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { silentLogger } from '../../../src/logger.js';
import { systemClock, type Clock } from '../../../src/schedule/clock.js';
import { DigestScheduler } from '../../../src/schedule/scheduler.js';
import { openSubscriptionStore } from '../../../src/schedule/store/subscription-store.js';
import { FakeLibrary, briefingFor } from '../fakes.js';
import { HttpRecordingAdapter } from './http-adapter.js';

let virtualNow = Number(process.env.VIRTUAL_NOW);
const clock: Clock = { now: () => virtualNow, sleep: systemClock.sleep, setTimer: () => () => undefined };
const store = openSubscriptionStore(join(process.env.DATA_DIR ?? '.', 'digests.sqlite'));
const scheduler = new DigestScheduler({
  store,
  library: new FakeLibrary(briefingFor('blinken', 'Blinken arrives in China')),
  adapters: new Map([['slack', new HttpRecordingAdapter(process.env.DOUBLE_URL ?? '')]]),
  logger: silentLogger,
  graceMinutes: 60,
  clock,
  limiterClock: systemClock,
  rateLimits: {
    slack: { perChannelIntervalMs: 2, globalPerSecond: 2000 },
    discord: { perChannelIntervalMs: 2, globalPerSecond: 2000 },
    console: { perChannelIntervalMs: 0, globalPerSecond: Number.POSITIVE_INFINITY },
  },
});

await scheduler.start();
await scheduler.idle();
process.stdout.write(`idle ${virtualNow}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  const [command, value] = line.split(' ');
  if (command !== 'tick') continue;
  virtualNow = Number(value);
  await scheduler.tick();
  await scheduler.idle();
  process.stdout.write(`idle ${virtualNow}\n`);
}
