/**
 * `npm run bench digests`: 1,000 digest subscriptions due in the same minute, posted by the real
 * scheduler and store (SQLite on disk) through the real Slack adapter to a Web API double in its own
 * process on 127.0.0.1 (so arrival times are not skewed by the bot's event loop); then the SIGKILL crash
 * test's figures.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../src/logger.js';
import { DigestScheduler } from '../../src/schedule/scheduler.js';
import { openSubscriptionStore } from '../../src/schedule/store/subscription-store.js';
import { createSubscriptionService } from '../../src/schedule/subscription-service.js';
import { createSlackAdapter } from '../../src/platforms/slack/adapter.js';
import { runCrashScenario } from '../../test/schedule/crash/harness.js';
import { FakeLibrary, briefingFor } from '../../test/schedule/fakes.js';
import { manualClock } from '../../test/schedule/manual-clock.js';

const DOUBLE = fileURLToPath(new URL('../../test/schedule/bench/slack-double-process.ts', import.meta.url));
/** Spellings of "every day at 08:00": a channel may hold each once (and 5 subscriptions at most). */
const DAILY_AT_8 = ['0 8 * * *', '0 8 1-31 * *', '0 8 * 1-12 *', '0 8 * * 0-6', '0 8 1-31 1-12 *'];

/** Starts the out-of-process Slack double; resolves with its API URL and a way to stop it. */
async function startDoubleProcess(): Promise<{ apiUrl: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', DOUBLE], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  return { apiUrl: String(line), stop: () => child.kill() };
}

async function sameMinute(SUBSCRIPTIONS: number, CHANNELS: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-digests-'));
  const clock = manualClock('2026-03-02T07:59:00Z');
  const store = openSubscriptionStore(join(dir, 'digests.sqlite'));
  const subscriptions = createSubscriptionService(store, { defaultTimezone: 'UTC', now: clock.now });
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    subscriptions.subscribe({ platform: 'slack', channelId: `C${i % CHANNELS}`, userId: 'U1', when: DAILY_AT_8[Math.floor(i / CHANNELS)] ?? '' });
  }
  const double = await startDoubleProcess();
  const adapter = createSlackAdapter(
    { botToken: 'xoxb-bench', signingSecret: 'bench', appToken: undefined, apiUrl: double.apiUrl },
    { services: { briefings: undefined as never, subscriptions }, logger: silentLogger, port: 0, host: '127.0.0.1', digestAdmins: [], webApiRetries: { retries: 0 } },
  );
  await adapter.start();
  const released = new Map<string, number>();
  const post = adapter.postToChannel.bind(adapter);
  adapter.postToChannel = (channelId, reply, options) => {
    released.set(options?.deliveryKey ?? '', performance.timeOrigin + performance.now());
    return post(channelId, reply, options);
  };
  const scheduler = new DigestScheduler({ store, library: new FakeLibrary(briefingFor('blinken', 'Blinken arrives in China')), adapters: new Map([['slack', adapter]]), logger: silentLogger, graceMinutes: 60, clock });
  try {
    await scheduler.start();
    clock.set('2026-03-02T08:00:00Z');
    const started = performance.now();
    const claims = await scheduler.tick();
    await scheduler.idle();
    const elapsed = performance.now() - started;

    const { posts } = (await (await fetch(`${double.apiUrl}stats`)).json()) as { posts: Array<{ channel: string; key: string; at: number }> };
    const distinct = new Set(posts.map((p) => p.key));
    const latency = posts.map((p) => p.at - (released.get(p.key) ?? 0)).sort((a, b) => a - b);
    const statuses = store.deliveries().reduce<Record<string, number>>((acc, row) => ({ ...acc, [row.status]: (acc[row.status] ?? 0) + 1 }), {});
    let minChannelGap = Number.POSITIVE_INFINITY;
    const lastByChannel = new Map<string, number>();
    for (const post of [...posts].sort((a, b) => a.at - b.at)) {
      const previous = lastByChannel.get(post.channel);
      if (previous !== undefined) minChannelGap = Math.min(minChannelGap, post.at - previous);
      lastByChannel.set(post.channel, post.at);
    }
    console.log(`same minute: ${SUBSCRIPTIONS} subscriptions in ${CHANNELS} channels due at 08:00; real scheduler, SQLite store and Slack adapter -> Web API double in its own process on 127.0.0.1`);
    console.log(`  due ${claims.length}, posted ${distinct.size}, doubles ${posts.length - distinct.size}, lost ${claims.length - distinct.size}, delivery rows ${JSON.stringify(statuses)}`);
    console.log(`  all delivered in ${(elapsed / 1000).toFixed(1)} s; busiest second when sent ${busiest([...released.values()])} posts (limit 50), at the double ${busiest(posts.map((p) => p.at))} (platform limit 50)`);
    console.log(`  closest two posts to one channel at the double ${minChannelGap.toFixed(0)} ms apart (limit 1,000); send-to-arrival latency median ${latency[latency.length >> 1]?.toFixed(1)} ms, max ${latency.at(-1)?.toFixed(1)} ms`);
  } finally {
    await scheduler.stop();
    await adapter.stop();
    double.stop();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Most events in any one-second window. */
function busiest(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] ?? 0) - (sorted[j] ?? 0) >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

async function crash(): Promise<void> {
  const figures = await runCrashScenario({ seed: 20261128 });
  console.log('crash test (test/schedule/crash.test.ts scenario): bot process SIGKILLed at seeded random moments across 100 scheduled digests');
  console.log(`  due ${figures.due}, posted ${figures.posted}, doubles ${figures.doubles}, lost ${figures.lost}, unexpected ${figures.unexpected}; ${figures.kills} kills, ${figures.processes} bot processes, ${(figures.elapsedMs / 1000).toFixed(1)} s; delivery rows ${JSON.stringify(figures.statuses)}`);
}

export async function run(): Promise<void> {
  await sameMinute(1000, 250);
  // Five digests a channel, few channels: the per-channel limit is what binds.
  await sameMinute(100, 20);
  if (process.env.BENCH_DIGESTS_SKIP_CRASH !== '1') await crash();
}
