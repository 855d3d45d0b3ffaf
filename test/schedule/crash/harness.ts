/**
 * The crash test: a bot process (child.ts: real store + scheduler) delivers 100 scheduled digests to a
 * local recording double while being killed with SIGKILL at moments chosen by a seeded RNG: when a post
 * arrives (before or after the double records it) and right after a minute's tick is sent. Time is a
 * virtual clock driven by this parent, one minute per step, so the run is deterministic in what is due.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openSubscriptionStore } from '../../../src/schedule/store/subscription-store.js';

export interface CrashFigures {
  due: number;
  posted: number;
  doubles: number;
  lost: number;
  unexpected: number;
  kills: number;
  processes: number;
  statuses: Record<string, number>;
  elapsedMs: number;
}

export interface CrashScenario {
  seed: number;
  /** Subscriptions, each due once; two fall due in each successive minute. */
  runs?: number;
  /** Chance that a post arriving at the double kills the bot. */
  killOnPost?: number;
  /** Chance that the bot is killed right after a minute's tick is sent. */
  killOnTick?: number;
}

/** Small seeded PRNG (mulberry32): the same seed kills at the same points. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const T0 = Date.parse('2026-03-02T00:00:00Z');
const MINUTE = 60_000;
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
  });

export async function runCrashScenario(scenario: CrashScenario): Promise<CrashFigures> {
  const started = performance.now();
  const runs = scenario.runs ?? 100;
  const random = seededRandom(scenario.seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'digest-crash-'));
  const expected = new Set<string>();
  const store = openSubscriptionStore(join(dataDir, 'digests.sqlite'));
  const minutes = Math.ceil(runs / 2);
  for (let i = 0; i < runs; i++) {
    const minute = 1 + (i % minutes);
    const id = `s${String(i).padStart(3, '0')}`;
    store.add({ id, platform: 'slack', channelId: `C${i % 20}`, createdBy: 'U1', when: `daily 00:${minute}`, cron: `${minute} 0 * * *`, timezone: 'UTC', createdAt: '2026-03-01T23:00:00.000Z', paused: false });
    expected.add(`${id}@${new Date(T0 + minute * MINUTE).toISOString()}`);
  }
  store.close();

  const received = new Map<string, number>();
  let child: (ChildProcess & { exited: Promise<void> }) | undefined;
  let alive = false;
  let kills = 0;
  const killed = new WeakSet<ChildProcess>();
  let processes = 0;
  const kill = () => {
    if (child && alive && !killed.has(child) && child.kill('SIGKILL')) {
      killed.add(child);
      kills++;
    }
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/delivered') {
        const key = `${url.searchParams.get('key')}`;
        response.end(JSON.stringify({ delivered: (received.get(key) ?? 0) > 0 }));
        return;
      }
      const body = JSON.parse(await readBody(request)) as { metadata: { event_payload: { key: string } } };
      const key = body.metadata.event_payload.key;
      const fate = random() < (scenario.killOnPost ?? 0.15) ? (random() < 0.5 ? 'arrive-then-kill' : 'kill-before-arrival') : 'ok';
      if (fate !== 'kill-before-arrival') received.set(key, (received.get(key) ?? 0) + 1);
      if (fate === 'ok') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ ok: true, ts: String(Date.now()) }));
        return;
      }
      kill();
      response.destroy();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const doubleUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Resolves with 'idle' when the bot reports idle, 'exit' once its process has exited. */
  const nextEvent = (proc: ChildProcess & { exited: Promise<void> }, lines: AsyncIterator<string>): Promise<'idle' | 'exit'> =>
    Promise.race([
      proc.exited.then(() => 'exit' as const),
      lines.next().then(async (line) => {
        if (!line.done && line.value.startsWith('idle')) return 'idle' as const;
        await proc.exited;
        return 'exit' as const;
      }),
    ]);

  let lines: AsyncIterator<string> | undefined;
  const spawnBot = (now: number): ChildProcess & { exited: Promise<void> } => {
    if (++processes > 1000) throw new Error('the bot keeps dying on start: see its stderr above');
    const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      cwd: REPO,
      env: { ...process.env, DATA_DIR: dataDir, DOUBLE_URL: doubleUrl, VIRTUAL_NOW: String(now) },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    alive = true;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    void exited.then(() => (alive = false));
    proc.stdin?.on('error', () => undefined); // writing to a killed bot
    lines = createInterface({ input: proc.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
    return Object.assign(proc, { exited });
  };

  try {
    for (let minute = 0; minute <= minutes + 1; minute++) {
      const now = T0 + minute * MINUTE;
      for (;;) {
        if (!child || !alive) {
          child = spawnBot(now);
          if ((await nextEvent(child, lines as AsyncIterator<string>)) === 'idle') break;
          continue;
        }
        child.stdin?.write(`tick ${now}\n`);
        if (random() < (scenario.killOnTick ?? 0.1)) kill();
        if ((await nextEvent(child, lines as AsyncIterator<string>)) === 'idle') break;
      }
    }
  } finally {
    child?.kill('SIGKILL');
    await child?.exited;
    await new Promise((resolve) => server.close(resolve));
  }

  const after = openSubscriptionStore(join(dataDir, 'digests.sqlite'));
  const statuses: Record<string, number> = {};
  for (const row of after.deliveries()) statuses[row.status] = (statuses[row.status] ?? 0) + 1;
  after.close();
  rmSync(dataDir, { recursive: true, force: true });

  const counts = [...expected].map((key) => received.get(key) ?? 0);
  return {
    due: expected.size,
    posted: counts.filter((count) => count >= 1).length,
    doubles: counts.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
    lost: counts.filter((count) => count === 0).length,
    unexpected: [...received.keys()].filter((key) => !expected.has(key)).length,
    kills,
    processes,
    statuses,
    elapsedMs: Math.round(performance.now() - started),
  };
}
