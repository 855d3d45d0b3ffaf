/**
 * Ingest speed: the shipped article briefed in-process (median and p99 over many runs, after a
 * warm-up), hostile texts of 40-60 KB briefed and indexed (one long run of punctuation, digits or quotes
 * once made patterns quadratic), and `brief summary --json` as a whole process (mean over spawns of the
 * built CLI).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import { buildArticleIndex } from '../../src/briefing/search/article-index.js';
import { withTempDir } from '../temp-dir.js';
import { BRIEF_CLI } from './cli-path.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ARTICLE = join(REPO, 'data', '000_78d76434cf3e539e.txt');

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

function benchInProcess(runs: number): void {
  const raw = readFileSync(ARTICLE);
  for (let i = 0; i < 10; i++) ingestArticle(raw, { source: ARTICLE });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    ingestArticle(raw, { source: ARTICLE });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const verdict = quantile(times, 0.5) < 50 ? 'ok' : 'TOO SLOW';
  console.log(`ingest shipped article in-process: median ${quantile(times, 0.5).toFixed(1)} ms, p99 ${quantile(times, 0.99).toFixed(1)} ms over ${runs} runs (budget 50 ms: ${verdict})`);
}

/** Texts that are one huge "sentence" of what sentence patterns scan: digits and commas, quotes, capitals. */
const HOSTILE: ReadonlyArray<readonly [string, string, string]> = [
  ['digits and commas', 'hostile.txt', 'Title\n\n' + '1,'.repeat(20_000) + ' x.'],
  ['digits and dots', 'hostile.txt', 'Title\n\n' + '1.'.repeat(20_000) + ' x.'],
  ['open quotes', 'hostile.txt', 'Title\n\n' + '"A B, '.repeat(10_000) + '.'],
  ['capitalised places', 'hostile.txt', 'Title\n\n' + 'landed in Paris '.repeat(4_000) + '.'],
  ['markdown open brackets', 'hostile.md', '# Title\n\n' + '[a'.repeat(20_000)],
  ['markdown open emphasis', 'hostile.md', '# Title\n\n' + '*a '.repeat(13_000)],
  ['20,000 short paragraphs', 'hostile.txt', 'Title\n\n' + Array.from({ length: 20_000 }, (_, i) => `Report ${i} on the harbour.`).join('\n\n')],
  ['HTML of 20,000 unclosed <p>', 'hostile.html', '<html><body><h1>T</h1>' + '<p>Para one is here. '.repeat(20_000) + '</body></html>'],
];

function benchHostile(): void {
  for (const [name, source, text] of HOSTILE) {
    const start = performance.now();
    buildArticleIndex(ingestArticle(text, { source, articleId: 'hostile' }));
    const ms = performance.now() - start;
    // Linear time is the point: 1 s per 100 KB (at least 1 s), where a quadratic pattern took minutes.
    const budget = Math.max(1000, (text.length / 100_000) * 1000);
    console.log(`hostile article (${name}, ${(text.length / 1000).toFixed(0)} KB) briefed and indexed: ${ms.toFixed(0)} ms (budget ${budget.toFixed(0)} ms: ${ms < budget ? 'ok' : 'TOO SLOW'})`);
  }
}

function benchProcess(spawns: number): void {
  // A fresh DATA_DIR copy would rebuild caches; the real library (with its cache) is what users run.
  const env = { ...process.env, LOG_LEVEL: 'error' };
  const times: number[] = [];
  for (let i = 0; i < spawns; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [BRIEF_CLI, 'summary', '--json'], { cwd: REPO, env, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`brief summary failed: ${result.stderr.trim()}`);
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${relative(REPO, BRIEF_CLI)} summary --json: mean ${mean.toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${spawns} spawns (budget 1000 ms: ${mean < 1000 ? 'ok' : 'TOO SLOW'})`);
  const ms = withTempDir('brief-bench-', (cold) => {
    const start = performance.now();
    spawnSync(process.execPath, [BRIEF_CLI, 'summary', '--json', '--file', ARTICLE], { cwd: cold, env, encoding: 'utf8' });
    return performance.now() - start;
  });
  console.log(`  with --file (no cache, briefs the article in the process): ${ms.toFixed(0)} ms`);
}

export async function run(): Promise<void> {
  benchInProcess(200);
  benchHostile();
  benchProcess(10);
}
