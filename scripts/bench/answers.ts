/**
 * `npm run bench answers`: how fast answers are on the shipped article.
 * 1. In-process: one `ask` at p50/p99 (target p99 < 5 ms).
 * 2. Whole process: `brief chat --json` fed 20,000 questions against a default-MiniSearch top-1 script
 *    answering the same lines (target: at most 1.5x its time).
 * 3. Start-up of `brief summary --json` (target < 1.5 s).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import { OWN_QA, SHIPPED_ARTICLE, serviceFor, shippedService } from '../eval/qa.js';
import { repoRoot, sharedEvalDir } from '../eval/paths.js';
import { BRIEF_CLI } from './cli-path.js';

const QUESTIONS_PER_PROCESS = 20_000;
/** Whole-process runs of each program, alternating: the baseline alone varies by a third between runs here. */
const RUNS = 7;
const baseline = path.join(repoRoot, 'scripts/bench/minisearch-top1.mjs');

/** The seed questions and our own set: answerable, unanswerable, typos, bare topics. */
function questions(): string[] {
  const files = [path.join(sharedEvalDir, 'seed-qa-dev.jsonl'), OWN_QA];
  return files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => String((JSON.parse(l) as { q: string }).q)));
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function inProcess(asked: string[]): void {
  // First-time: each round asks every question in a new spelling ("?" repeated), so the answer memo
  // never serves it and every answer is computed; the service and its index stay, as in a running bot.
  const fresh: number[] = [];
  // Process CPU time too: on a busy machine wall-clock tails measure the scheduler. It counts every thread,
  // so its tail also holds V8 compiling and collecting garbage in the background while an answer ran.
  const freshCpu: number[] = [];
  const briefing = ingestArticle(readFileSync(SHIPPED_ARTICLE), { source: SHIPPED_ARTICLE });
  const firstTime = serviceFor(briefing);
  for (let round = 0; round < 30; round++) {
    asked.forEach((q, i) => {
      const spelled = `${q.replace(/\?+$/, '')}${'?'.repeat(round + 1)}`;
      const cpu = process.cpuUsage();
      const started = performance.now();
      firstTime.ask(spelled, { conversationKey: `bench-${i % 7}` });
      const elapsed = performance.now() - started;
      const used = process.cpuUsage(cpu);
      if (round === 0) return; // round 0 warms the JIT
      fresh.push(elapsed);
      freshCpu.push((used.user + used.system) / 1000);
    });
  }
  // Repeated: the same questions again on one service (the answer memo serves repeats).
  const service = shippedService();
  for (const q of asked) service.ask(q);
  const repeated: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const q of asked) {
      const started = performance.now();
      service.ask(q);
      repeated.push(performance.now() - started);
    }
  }
  for (const [name, times] of [['first-time', fresh], ['first-time (process CPU time, all threads)', freshCpu], ['repeated', repeated]] as const) {
    times.sort((a, b) => a - b);
    console.log(`in-process ask, ${name} questions (${times.length} asks): p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms (target p99 < 5 ms)`);
  }
}

/** Wall time (ms) of a process fed `input` on stdin; throws unless it exits 0 with one line per question. */
function timeProcess(args: string[], input: string, expectedLines: number): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { input, cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const lines = result.stdout.split('\n').filter(Boolean).length;
  if (lines !== expectedLines) throw new Error(`${args.join(' ')} printed ${lines} lines for ${expectedLines} questions`);
  return elapsed;
}

function wholeProcess(asked: string[]): void {
  const repeated = Array.from({ length: QUESTIONS_PER_PROCESS }, (_, i) => asked[i % asked.length] ?? '');
  // The same questions, each line spelled differently ("?" repeated) so no answer is served from memory.
  const distinct = repeated.map((q, i) => `${q.replace(/\?+$/, '')}${'?'.repeat(1 + Math.floor(i / asked.length))}`);
  for (const [name, lines] of [['the test questions, repeated', repeated], ['every line spelled differently', distinct]] as const) {
    const input = `${lines.join('\n')}\n`;
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      ours.push(timeProcess([BRIEF_CLI, 'chat', '--json'], input, QUESTIONS_PER_PROCESS));
      theirs.push(timeProcess([baseline, SHIPPED_ARTICLE], input, QUESTIONS_PER_PROCESS));
    }
    const [a, b] = [median(ours), median(theirs)];
    console.log(`${QUESTIONS_PER_PROCESS} questions (${name}): brief chat --json ${a.toFixed(0)} ms, default MiniSearch top-1 script ${b.toFixed(0)} ms, ratio ${(a / b).toFixed(2)}x (target <= 1.5x; medians of ${RUNS}, alternating)`);
  }
}

function startup(): void {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [BRIEF_CLI, 'summary', '--json'], { cwd: repoRoot, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`brief summary failed: ${result.stderr}`);
  }
  console.log(`start-up of brief summary --json: ${median(times).toFixed(0)} ms (median of 5; target < 1500 ms)`);
}

export async function run(): Promise<void> {
  const asked = questions();
  // Latency tails mean little on a busy machine: say how busy it was.
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} CPUs; ${asked.length} distinct questions`);
  inProcess(asked);
  wholeProcess(asked);
  startup();
}
