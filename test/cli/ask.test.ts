import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { testIO } from './cli-io.js';

const article = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/quotas.txt');

describe('brief ask', () => {
  it('GIVEN an answerable question THEN prints answer, abstained false and sources', async () => {
    const t = testIO();
    expect(await runCli(['ask', 'Why did the fishermen protest?', '--json', '--file', article], t.io)).toBe(0);
    const printed = JSON.parse(t.stdout()) as { answer: string; abstained: boolean; sources: Array<{ section: string; text: string }>; article: { id: string; title: string } };
    expect(Object.keys(printed).sort()).toEqual(['abstained', 'answer', 'article', 'sources']);
    // Which story answered: chat moves between them, and a JSON reader must be able to tell.
    expect(printed.article.id).toBe('quotas');
    expect(printed.article.title.length).toBeGreaterThan(0);
    expect(printed.abstained).toBe(false);
    expect(printed.answer).toContain('fear losing their jobs');
    expect(printed.sources.some((s) => s.text.includes('fear losing their jobs'))).toBe(true);
  });

  it('GIVEN an unanswerable question THEN abstains plainly', async () => {
    const t = testIO();
    await runCli(['ask', 'What is the capital of Australia?', '--json', '--file', article], t.io);
    const printed = JSON.parse(t.stdout()) as { answer: string; abstained: boolean; sources: unknown[] };
    expect(printed.abstained).toBe(true);
    expect(printed.answer).toMatch(/^The article does not say/);
    expect(printed.sources).toEqual([]);
  });

  it('GIVEN no --json THEN the quote and where it came from', async () => {
    const t = testIO();
    await runCli(['ask', 'Who is Erik Lund?', '--file', article], t.io);
    expect(t.stdout()).toMatch(/Spokesman Erik Lund[\s\S]*— from: /);
  });

  it('GIVEN an empty question or a missing file THEN one line on stderr and status 1', async () => {
    const empty = testIO();
    expect(await runCli(['ask', '', '--json', '--file', article], empty.io)).toBe(1);
    expect(empty.stderr()).toMatch(/^brief: The question is empty[^\n]*\n$/);
    const missing = testIO();
    expect(await runCli(['ask', 'why?', '--file', '/nonexistent/a.txt'], missing.io)).toBe(1);
    expect(missing.stderr()).toMatch(/no such file/);
  });
});
