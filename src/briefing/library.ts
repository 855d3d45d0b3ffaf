/**
 * The article library in DATA_DIR: every .txt, .md or .html file at its top level is an article,
 * its briefing cached beside it (`<id>.briefing.json`) and rebuilt only when the article's content
 * or the engine version changes. The newest article is the default.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { MAX_ARTICLE_BYTES } from './ingest/decode.js';
import { articleIdFor, ingestArticle } from './ingest/index.js';
import { cachePathFor, readCache, writeCache } from './library/cache.js';
import { fetchArticle, type FetchOptions } from './library/fetch.js';
import type { ArticleLibrary } from './service.js';
import type { ArticleInfo, Briefing } from './types.js';

/** What a rescan found, by article id. */
export interface LibraryChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface Library extends ArticleLibrary {
  /**
   * Rescans DATA_DIR: new, changed and removed articles. A file whose size and modification time are as
   * last seen is not read again, and keeps its briefing object.
   */
  reload(): LibraryChanges;
  /** Copies an article file into the library and briefs it. */
  ingestFile(path: string): Promise<Briefing>;
  /** Downloads an article into the library and briefs it. */
  ingestUrl(url: string, options?: FetchOptions): Promise<Briefing>;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const infoOf = (briefing: Briefing, addedAt: string): ArticleInfo => ({
  articleId: briefing.articleId,
  title: briefing.title,
  source: briefing.source,
  contentHash: briefing.contentHash,
  addedAt,
});

/** Used when no logger is given; avoids loading pino for quick CLI verbs. */
const QUIET = { warn: () => undefined, debug: () => undefined } as unknown as Logger;

/** Newest first; equal times: the later file name first. */
const newestFirst = (a: ArticleInfo, b: ArticleInfo): number => b.addedAt.localeCompare(a.addedAt) || b.articleId.localeCompare(a.articleId);

/** Reads an article file with a clear error for a missing path, a folder, or a file over the size cap. */
export function readArticleFile(path: string): Uint8Array {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new UserError('ingest.directory', `${path} is a folder, not an article file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('ingest.missing', `no such file: ${path}`);
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new UserError('ingest.too-large', `${path} is too large (${(size / 1024 / 1024).toFixed(1)} MB); the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MB of text`);
  }
  return readFileSync(path);
}

/** Opens the library in `dataDir` (created when missing), loading fresh caches and rebuilding stale ones. */
export function openLibrary(dataDir: string, options: { logger?: Logger } = {}): Library {
  const logger = options.logger ?? QUIET;
  const dir = resolve(dataDir);
  let briefings = new Map<string, Briefing>();
  let infos: ArticleInfo[] = [];
  /** Each file as the last scan saw it, with the briefing read from it. */
  let seen = new Map<string, { size: number; mtimeMs: number; articleId: string; briefing: Briefing }>();

  function load(path: string, articleId: string, addedAt: string): Briefing | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      // Removed or made unreadable since it was listed: skipped now, read again by the next scan.
      logger.warn({ err: error, path }, 'article unreadable, skipped');
      return undefined;
    }
    const hash = sha256(bytes);
    const cachePath = cachePathFor(path);
    const cached = readCache(cachePath, hash);
    if (cached) return cached;
    try {
      const briefing = ingestArticle(bytes, { source: path, articleId, addedAt });
      try {
        writeCache(cachePath, briefing);
      } catch (error) {
        logger.warn({ err: error, path: cachePath }, 'could not write the briefing cache');
      }
      logger.debug({ articleId }, 'briefing rebuilt');
      return briefing;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      logger.warn({ path, reason: error.message }, 'article skipped');
      return undefined;
    }
  }

  function reload(): LibraryChanges {
    mkdirSync(dir, { recursive: true });
    const next = new Map<string, Briefing>();
    const nextInfos: ArticleInfo[] = [];
    const nextSeen: typeof seen = new Map();
    const files = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
      .map((entry) => entry.name)
      .sort();
    for (const name of files) {
      const path = join(dir, name);
      let articleId = articleIdFor(name);
      if (next.has(articleId)) articleId = `${articleId}-${extname(name).slice(1).toLowerCase()}`;
      // A file removed between listing and reading is simply no longer there.
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats) continue;
      const before = seen.get(path);
      const unchanged = before !== undefined && before.size === stats.size && before.mtimeMs === stats.mtimeMs && before.articleId === articleId;
      const addedAt = stats.mtime.toISOString();
      const briefing = unchanged ? before.briefing : load(path, articleId, addedAt);
      if (!briefing) continue;
      next.set(articleId, briefing);
      nextInfos.push(infoOf(briefing, addedAt));
      nextSeen.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, articleId, briefing });
    }
    const changes: LibraryChanges = { added: [], changed: [], removed: [] };
    for (const [id, briefing] of next) {
      const previous = briefings.get(id);
      if (!previous) changes.added.push(id);
      else if (previous.contentHash !== briefing.contentHash) changes.changed.push(id);
    }
    for (const id of briefings.keys()) if (!next.has(id)) changes.removed.push(id);
    briefings = next;
    infos = nextInfos.sort(newestFirst);
    seen = nextSeen;
    return changes;
  }

  /** A file name in the library for a new article: its own name, or a numbered one when taken by other content. */
  function placeFor(wantedId: string, extension: string, hash: string): { path: string; existing?: Briefing } {
    for (let n = 1; ; n++) {
      const id = n === 1 ? wantedId : `${wantedId}-${n}`;
      const existing = briefings.get(id);
      if (existing?.contentHash === hash) return { path: join(dir, `${id}${extension}`), existing };
      const path = join(dir, `${id}${extension}`);
      if (!existing && !existsSync(path)) return { path };
    }
  }

  async function add(bytes: Uint8Array, wantedId: string, extension: string, write: (path: string) => void): Promise<Briefing> {
    const hash = sha256(bytes);
    const { path, existing } = placeFor(wantedId, extension, hash);
    if (existing) return existing;
    // Brief it first: an unusable article never enters the library.
    const briefing = ingestArticle(bytes, { source: path, articleId: articleIdFor(path), addedAt: new Date().toISOString() });
    mkdirSync(dir, { recursive: true });
    write(path);
    const stats = statSync(path);
    const addedAt = stats.mtime.toISOString();
    const stored = { ...briefing, addedAt };
    writeCache(cachePathFor(path), stored);
    briefings.set(stored.articleId, stored);
    // As a scan would have seen it: the next one does not read it again.
    seen.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, articleId: stored.articleId, briefing: stored });
    infos = [...infos.filter((i) => i.articleId !== stored.articleId), infoOf(stored, addedAt)].sort(newestFirst);
    return stored;
  }

  reload();
  return {
    list: () => [...infos],
    get: (articleId) => briefings.get(articleId),
    newest: () => (infos[0] ? briefings.get(infos[0].articleId) : undefined),
    reload,
    async ingestFile(path) {
      const bytes = readArticleFile(path);
      let extension = extname(path).toLowerCase();
      if (!ARTICLE_EXTENSIONS.has(extension)) extension = '.txt';
      return add(bytes, articleIdFor(path), extension, (target) => copyFileSync(path, target));
    },
    async ingestUrl(url, fetchOptions) {
      const { bytes, format } = await fetchArticle(url, fetchOptions);
      const extension = format === 'html' ? '.html' : format === 'markdown' ? '.md' : '.txt';
      const wanted = `${articleIdFor(new URL(url).pathname) || 'article'}-${sha256(Buffer.from(url)).slice(0, 8)}`;
      return add(bytes, wanted, extension, (target) => writeFileSync(target, bytes));
    },
  };
}

/** A one-article library for `--file PATH`: briefs the file now (UserError when it cannot). */
export function fileLibrary(path: string): ArticleLibrary {
  const bytes = readArticleFile(path);
  const addedAt = statSync(path).mtime.toISOString();
  const briefing = ingestArticle(bytes, { source: path, articleId: articleIdFor(basename(path)), addedAt });
  const info = infoOf(briefing, addedAt);
  return {
    list: () => [info],
    get: (articleId) => (articleId === briefing.articleId ? briefing : undefined),
    newest: () => briefing,
  };
}

/** The briefing to show: the given article, or the newest. Throws UserError for an empty library or an unknown id. */
export function chooseBriefing(library: ArticleLibrary, articleId?: string): Briefing {
  if (articleId !== undefined) {
    const briefing = library.get(articleId);
    if (briefing) return briefing;
    const known = library.list().map((info) => info.articleId);
    throw new UserError('library.unknown-article', `no article "${articleId}" in the library${known.length ? `; known: ${known.slice(0, 5).join(', ')}` : ''}`);
  }
  const newest = library.newest();
  if (!newest) throw new UserError('library.empty', 'the library is empty: add an article with `brief ingest <file|folder|url>`');
  return newest;
}
