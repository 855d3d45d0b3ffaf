/**
 * Helpers for the engine's evaluations: where the shared scorer and data live, JSON Lines I/O, and
 * running score.mjs so that its own lines are what gets printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTempDir } from '../temp-dir.js';

/** /work/shared/eval beside the repository, unless SHARED_EVAL_DIR says otherwise. */
export const SHARED_EVAL_DIR = resolve(process.env.SHARED_EVAL_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '../../../shared/eval'));
export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Runs the shared scorer on a predictions file and returns its output (printed by the caller). */
export function score(task: string, predictions: string, gold: string): string {
  return execFileSync(process.execPath, [join(SHARED_EVAL_DIR, 'score.mjs'), task, '--pred', predictions, '--gold', gold], { encoding: 'utf8' });
}

/** Scores predictions held in memory: they go to `<name>.jsonl` in a scratch directory, removed once scored. */
export function scorePredictions(task: string, name: string, rows: readonly unknown[], gold: string): string {
  return withTempDir('brief-eval-', (dir) => {
    const path = join(dir, `${name}.jsonl`);
    writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
    return score(task, path, gold);
  });
}

/** Throws a one-line error naming the missing data file (e.g. a held-out set not present on this machine). */
export function requireFile(path: string): string {
  if (!existsSync(path)) throw new Error(`no data file at ${path}`);
  return path;
}
