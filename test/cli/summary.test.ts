import { copyFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { tempDir } from '../support/temp-dir.js';
import { testIO } from './cli-io.js';

const SHIPPED = fileURLToPath(new URL('../../data/000_78d76434cf3e539e.txt', import.meta.url));

function library(): string {
  const dir = tempDir('brief-cli-');
  copyFileSync(SHIPPED, join(dir, '000_78d76434cf3e539e.txt'));
  return dir;
}

interface SummaryJson {
  title: string;
  tldr: string;
  keyPoints: string[];
  sections: Array<{ id: string; title: string; summary: string; paragraphs: number[] }>;
  people: Array<{ name: string; role?: string }>;
  places: string[];
}

describe('brief summary', () => {
  it('GIVEN --json and the library THEN one JSON object with exactly the promised fields', async () => {
    const t = testIO({ DATA_DIR: library() });
    expect(await runCli(['summary', '--json'], t.io)).toBe(0);
    const lines = t.stdout().trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0] ?? '') as SummaryJson;
    expect(Object.keys(summary)).toEqual(['title', 'tldr', 'keyPoints', 'sections', 'people', 'places']);
    expect(summary.people).toContainEqual({ name: 'Matthew Miller', role: 'State Department spokesman' });
    expect(summary.places).toContain('Taiwan');
    expect(summary.title).toMatch(/^Blinken expected/);
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(summary.sections[0] ?? {})).toEqual(['id', 'title', 'summary', 'paragraphs']);
    expect(summary.sections.every((s) => s.paragraphs.every((p) => Number.isInteger(p) && p >= 1))).toBe(true);
    expect(t.stderr()).toBe('');
  });

  it('GIVEN --file THEN that file is summarised, readable text without --json', async () => {
    const t = testIO({ DATA_DIR: tempDir('brief-empty-') });
    expect(await runCli(['summary', '--file', SHIPPED], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/^Blinken expected.*\n\nTL;DR: .+\n\nKey points:\n {2}• /);
    expect(t.stdout()).toMatch(/Sections:\n {2}1\. /);
  });

  it('GIVEN --article THEN that article; an unknown id is a one-line error', async () => {
    const dir = library();
    const ok = testIO({ DATA_DIR: dir });
    expect(await runCli(['summary', '--json', '--article', '000_78d76434cf3e539e'], ok.io)).toBe(0);
    const bad = testIO({ DATA_DIR: dir });
    expect(await runCli(['summary', '--article', 'nope'], bad.io)).toBe(1);
    expect(bad.stderr()).toMatch(/^brief: no article "nope" in the library; known: 000_78d76434cf3e539e\n$/);
    expect(bad.stdout()).toBe('');
  });

  it('GIVEN an empty library or a missing --file THEN one line on stderr and a non-zero status', async () => {
    const empty = testIO({ DATA_DIR: tempDir('brief-empty-') });
    expect(await runCli(['summary'], empty.io)).toBe(1);
    expect(empty.stderr()).toMatch(/^brief: the library is empty.*\n$/);
    const missing = testIO({ DATA_DIR: library() });
    expect(await runCli(['summary', '--file', '/no/such.txt'], missing.io)).toBe(1);
    expect(missing.stderr()).toBe('brief: no such file: /no/such.txt\n');
  });

  it('GIVEN a 20 MB --file THEN it is refused before being read, in one line', async () => {
    const big = join(tempDir('brief-big-'), 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 20 * 1024 * 1024);
    const t = testIO({ DATA_DIR: library() });
    expect(await runCli(['summary', '--file', big], t.io)).toBe(1);
    expect(t.stderr()).toMatch(/^brief: .*big\.txt is too large \(20\.0 MB\); the limit is 5 MB of text\n$/);
  });
});

describe('brief sections', () => {
  it('GIVEN --json THEN { sections } with the same objects as summary', async () => {
    const dir = library();
    const s = testIO({ DATA_DIR: dir });
    await runCli(['summary', '--json'], s.io);
    const t = testIO({ DATA_DIR: dir });
    expect(await runCli(['sections', '--json'], t.io)).toBe(0);
    const { sections } = JSON.parse(t.stdout()) as { sections: SummaryJson['sections'] };
    expect(sections).toEqual((JSON.parse(s.stdout()) as SummaryJson).sections);
    expect(sections.map((x) => x.title)).toContain('Taiwan');
  });

  it('GIVEN no --json THEN numbered titles with one-line summaries', async () => {
    const t = testIO({ DATA_DIR: library() });
    expect(await runCli(['sections'], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/\n {2}1\. \S.* — \S/);
  });
});
