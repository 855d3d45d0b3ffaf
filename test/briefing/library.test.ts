import { copyFileSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBriefing, fileLibrary, openLibrary } from '../../src/briefing/library.js';
import { ENGINE_VERSION } from '../../src/briefing/ingest/index.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const SHIPPED = new URL('../../data/000_78d76434cf3e539e.txt', import.meta.url);
const STORY = 'Harbour reopens\n\nThe port reopened on Monday after a storm closed it for three days.\n\nFerries left on schedule.';

function dataDir(): string {
  const dir = tempDir('brief-library-');
  copyFileSync(SHIPPED, join(dir, '000_78d76434cf3e539e.txt'));
  return dir;
}

const cachePath = (dir: string, id: string) => join(dir, `${id}.briefing.json`);

describe('openLibrary', () => {
  it('GIVEN an article THEN it is briefed and its briefing cached beside it', () => {
    const dir = dataDir();
    const library = openLibrary(dir);
    expect(library.list().map((a) => a.articleId)).toEqual(['000_78d76434cf3e539e']);
    expect(library.newest()?.title).toMatch(/^Blinken expected/);
    const cached = JSON.parse(readFileSync(cachePath(dir, '000_78d76434cf3e539e'), 'utf8'));
    expect(cached.engineVersion).toBe(ENGINE_VERSION);
  });

  it('GIVEN a fresh cache THEN opening reads it instead of rebuilding', () => {
    const dir = dataDir();
    openLibrary(dir);
    const path = cachePath(dir, '000_78d76434cf3e539e');
    const cached = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...cached, tldr: 'from the cache' }));
    expect(openLibrary(dir).newest()?.tldr).toBe('from the cache');
  });

  it('GIVEN the article changed or the engine version moved THEN the briefing is rebuilt', () => {
    const dir = dataDir();
    openLibrary(dir);
    const path = cachePath(dir, '000_78d76434cf3e539e');
    const cached = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...cached, tldr: 'stale', engineVersion: ENGINE_VERSION - 1 }));
    expect(openLibrary(dir).newest()?.tldr).not.toBe('stale');

    writeFileSync(path, JSON.stringify({ ...cached, tldr: 'stale' }));
    writeFileSync(join(dir, '000_78d76434cf3e539e.txt'), STORY);
    expect(openLibrary(dir).newest()?.title).toBe('Harbour reopens');
  });

  it('GIVEN a corrupt cache file THEN it is rebuilt, no crash', () => {
    const dir = dataDir();
    writeFileSync(cachePath(dir, '000_78d76434cf3e539e'), '{"articleId": "000_78d7", trunc');
    const library = openLibrary(dir);
    expect(library.newest()?.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(() => JSON.parse(readFileSync(cachePath(dir, '000_78d76434cf3e539e'), 'utf8'))).not.toThrow();
  });

  it('GIVEN several articles THEN the newest by time is the default, ties broken by name; unusable files are skipped', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'b-story.txt'), STORY);
    writeFileSync(join(dir, 'a-story.md'), STORY.replace('Harbour', 'Airport'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const old = new Date('2024-01-01T00:00:00Z');
    const recent = new Date('2024-06-01T00:00:00Z');
    utimesSync(join(dir, '000_78d76434cf3e539e.txt'), old, old);
    utimesSync(join(dir, 'b-story.txt'), recent, recent);
    utimesSync(join(dir, 'a-story.md'), recent, recent);
    const library = openLibrary(dir);
    expect(library.list().map((a) => a.articleId)).toEqual(['b-story', 'a-story', '000_78d76434cf3e539e']);
    expect(library.newest()?.articleId).toBe('b-story');
    expect(library.list()[2]?.addedAt).toBe(old.toISOString());
  });

  it('GIVEN articles added, changed and removed while it is open THEN a rescan finds each, and names them', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'harbour.txt'), STORY);
    writeFileSync(join(dir, 'airport.txt'), STORY.replace('Harbour', 'Airport'));
    const library = openLibrary(dir);
    const shipped = library.get('000_78d76434cf3e539e');
    expect(library.reload()).toEqual({ added: [], changed: [], removed: [] });

    writeFileSync(join(dir, 'storm.md'), 'Storm warning\n\nA storm is expected to reach the coast on Friday, forecasters said.');
    writeFileSync(join(dir, 'harbour.txt'), STORY.replace('three days', 'four days'));
    rmSync(join(dir, 'airport.txt'));
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'storm.md'), later, later);
    expect(library.reload()).toEqual({ added: ['storm'], changed: ['harbour'], removed: ['airport'] });
    expect(library.newest()?.title).toBe('Storm warning');
    expect(library.get('harbour')?.sentences.some((s) => s.text.includes('four days'))).toBe(true);
    expect(library.get('airport')).toBeUndefined();
    // A file as it was is not read again: its briefing is the very same object.
    expect(library.get('000_78d76434cf3e539e')).toBe(shipped);
  });

  it('GIVEN an article ingested in the process THEN the next rescan keeps its briefing as stored, reporting nothing', async () => {
    const dir = dataDir();
    const library = openLibrary(dir);
    const source = join(tempDir('brief-src-'), 'harbour.txt');
    writeFileSync(source, STORY);
    const stored = await library.ingestFile(source);
    expect(library.reload()).toEqual({ added: [], changed: [], removed: [] });
    expect(library.get('harbour')).toBe(stored);
  });

  it('GIVEN a file touched but not changed THEN a rescan reports nothing, and it is the newest by its new time', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'harbour.txt'), STORY);
    const old = new Date('2024-01-01T00:00:00Z');
    utimesSync(join(dir, 'harbour.txt'), old, old);
    const library = openLibrary(dir);
    expect(library.newest()?.articleId).toBe('000_78d76434cf3e539e');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'harbour.txt'), later, later);
    expect(library.reload()).toEqual({ added: [], changed: [], removed: [] });
    expect(library.newest()?.articleId).toBe('harbour');
  });

  it('GIVEN ingestFile THEN the article is copied in, briefed, and the newest; the same content again is not duplicated', async () => {
    const dir = dataDir();
    const source = join(tempDir('brief-src-'), 'harbour.txt');
    writeFileSync(source, STORY);
    const library = openLibrary(dir);
    const briefing = await library.ingestFile(source);
    expect(briefing.articleId).toBe('harbour');
    expect(readFileSync(join(dir, 'harbour.txt'), 'utf8')).toBe(STORY);
    expect(library.newest()?.articleId).toBe('harbour');
    expect((await library.ingestFile(source)).articleId).toBe('harbour');
    expect(library.list()).toHaveLength(2);
    expect(openLibrary(dir).get('harbour')?.title).toBe('Harbour reopens');
  });

  it('GIVEN a path that does not exist THEN a one-line UserError', async () => {
    const library = openLibrary(dataDir());
    await expect(library.ingestFile('/no/such/article.txt')).rejects.toThrow(/no such file: \/no\/such\/article\.txt/);
    expect(() => fileLibrary('/no/such/article.txt')).toThrow(UserError);
  });
});

describe('ingestUrl against a local server', () => {
  let server: Server;
  let base: string;
  const hanging: Array<() => void> = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/story.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(`<html><head><title>Harbour</title></head><body><nav>Home</nav><article><h1>Harbour reopens</h1><p>${'The port reopened on Monday after a storm closed it for three days, officials said. '.repeat(3)}</p><p>Ferries left on schedule and crews returned to work on Tuesday morning.</p></article></body></html>`);
      } else if (request.url === '/big.txt') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('word '.repeat(2000));
      } else if (request.url === '/slow') {
        hanging.push(() => response.end());
      } else {
        response.writeHead(404);
        response.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const finish of hanging) finish();
    await new Promise((resolve) => server.close(resolve));
  });

  it('GIVEN an HTML page THEN it is fetched, stored and briefed', async () => {
    const dir = dataDir();
    const library = openLibrary(dir);
    const briefing = await library.ingestUrl(`${base}/story.html`);
    expect(briefing.title).toBe('Harbour reopens');
    expect(briefing.source.endsWith('.html')).toBe(true);
    expect(library.newest()?.articleId).toBe(briefing.articleId);
  });

  it('GIVEN an HTTP error, a body over the cap, a server that never answers, or a bad URL THEN a clear UserError', async () => {
    const library = openLibrary(dataDir());
    await expect(library.ingestUrl(`${base}/missing`)).rejects.toThrow(/answered HTTP 404/);
    await expect(library.ingestUrl(`${base}/big.txt`, { maxBytes: 1000 })).rejects.toThrow(/larger than/);
    await expect(library.ingestUrl(`${base}/slow`, { timeoutMs: 150 })).rejects.toThrow(/did not answer within 150 ms/);
    await expect(library.ingestUrl('ftp://example.org/a.txt')).rejects.toThrow(/only http and https/);
    expect(library.list()).toHaveLength(1);
  });
});

describe('fileLibrary and chooseBriefing', () => {
  it('GIVEN --file THEN that one article is the library', () => {
    const library = fileLibrary(SHIPPED.pathname);
    expect(library.list()).toHaveLength(1);
    expect(chooseBriefing(library).articleId).toBe('000_78d76434cf3e539e');
  });

  it('GIVEN an unknown id or an empty library THEN a UserError that says so', () => {
    expect(() => chooseBriefing(fileLibrary(SHIPPED.pathname), 'nope')).toThrow(/no article "nope"/);
    const empty = openLibrary(tempDir('brief-empty-'));
    expect(() => chooseBriefing(empty)).toThrow(/library is empty/);
  });
});
