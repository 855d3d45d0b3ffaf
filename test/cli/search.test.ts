import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { testIO } from './cli-io.js';

const article = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/quotas.txt');

describe('brief search', () => {
  it('GIVEN --json THEN prints hits best first with section, text and score', async () => {
    const t = testIO();
    expect(await runCli(['search', 'cod quota', '--json', '--file', article], t.io)).toBe(0);
    const { hits } = JSON.parse(t.stdout()) as { hits: Array<{ section: string; text: string; score: number }> };
    expect(hits[0]?.text).toContain('cod quota');
    expect(typeof hits[0]?.section).toBe('string');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('GIVEN no --json THEN readable numbered lines', async () => {
    const t = testIO();
    await runCli(['search', 'compromise', '--file', article], t.io);
    expect(t.stdout()).toMatch(/^1\. \[.*\] .*compromise/);
  });

  it('GIVEN no query THEN a one-line error and a non-zero status', async () => {
    const t = testIO();
    expect(await runCli(['search', '--json', '--file', article], t.io)).toBe(1);
    expect(t.stderr()).toMatch(/^brief: search needs words/);
    expect(t.stdout()).toBe('');
  });
});
