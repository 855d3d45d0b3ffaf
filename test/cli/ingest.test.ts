import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { tempDir } from '../support/temp-dir.js';
import { testIO } from './cli-io.js';

const STORY = (place: string) => `${place} harbour reopens\n\nThe port of ${place} reopened on Monday after a storm closed it for three days.\n\nFerries left on schedule on Tuesday.`;

describe('brief ingest', () => {
  it('GIVEN a file THEN it enters the library and becomes the default article', async () => {
    const data = tempDir('brief-data-');
    const source = join(tempDir('brief-src-'), 'westhaven.txt');
    writeFileSync(source, STORY('Westhaven'));
    const t = testIO({ DATA_DIR: data });
    expect(await runCli(['ingest', source, '--json'], t.io)).toBe(0);
    const outcome = JSON.parse(t.stdout()) as { ingested: Array<{ articleId: string; title: string }>; failed: unknown[] };
    expect(outcome.ingested).toEqual([expect.objectContaining({ articleId: 'westhaven', title: 'Westhaven harbour reopens' })]);
    expect(readdirSync(data)).toEqual(expect.arrayContaining(['westhaven.txt', 'westhaven.briefing.json']));
    const summary = testIO({ DATA_DIR: data });
    await runCli(['summary', '--json'], summary.io);
    expect(JSON.parse(summary.stdout()).title).toBe('Westhaven harbour reopens');
  });

  it('GIVEN a folder with one bad file THEN the good ones go in, the bad one is one line on stderr, status 1', async () => {
    const data = tempDir('brief-data-');
    const folder = tempDir('brief-folder-');
    writeFileSync(join(folder, 'a.txt'), STORY('Eastport'));
    writeFileSync(join(folder, 'b.md'), `# ${STORY('Northbay')}`);
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'notes.json'), '{}');
    const t = testIO({ DATA_DIR: data });
    expect(await runCli(['ingest', folder], t.io)).toBe(1);
    expect(t.stdout()).toMatch(/^ingested a: Eastport harbour reopens \(\d+ sections?\)\ningested b: Northbay harbour reopens/);
    expect(t.stderr()).toMatch(/^brief: skipped .*empty\.txt: the article is empty.*\n$/);
  });

  it('GIVEN a folder and a terminal THEN a progress bar is drawn on stderr, stdout stays clean', async () => {
    const folder = tempDir('brief-folder-');
    writeFileSync(join(folder, 'a.txt'), STORY('Eastport'));
    writeFileSync(join(folder, 'b.txt'), STORY('Westport'));
    const t = testIO({ DATA_DIR: tempDir('brief-data-') });
    Object.assign(t.io.stderr, { isTTY: true });
    expect(await runCli(['ingest', folder, '--json'], t.io)).toBe(0);
    expect(t.stderr()).toContain('\r[------------------------] 0/2');
    expect(t.stderr()).toContain('\r[########################] 2/2 done');
    expect(JSON.parse(t.stdout()).ingested).toHaveLength(2);
  });

  it('GIVEN a URL on a local server THEN it is fetched and ingested; a 404 is a one-line error', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/news/story.txt') {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(STORY('Southend'));
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const data = tempDir('brief-data-');
      const ok = testIO({ DATA_DIR: data });
      expect(await runCli(['ingest', `${base}/news/story.txt`], ok.io)).toBe(0);
      expect(ok.stdout()).toMatch(/^ingested story-[0-9a-f]{8}: Southend harbour reopens/);
      const missing = testIO({ DATA_DIR: data });
      expect(await runCli(['ingest', `${base}/gone`], missing.io)).toBe(1);
      expect(missing.stderr()).toBe(`brief: ${base}/gone answered HTTP 404; not ingested\n`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('GIVEN no target or a missing path THEN a one-line usage or "no such file" error', async () => {
    const none = testIO({ DATA_DIR: tempDir('brief-data-') });
    expect(await runCli(['ingest'], none.io)).toBe(1);
    expect(none.stderr()).toMatch(/^brief: usage: brief ingest/);
    const missing = testIO({ DATA_DIR: tempDir('brief-data-') });
    expect(await runCli(['ingest', '/no/such/file.txt'], missing.io)).toBe(1);
    expect(missing.stderr()).toBe('brief: no such file: /no/such/file.txt\n');
  });
});
