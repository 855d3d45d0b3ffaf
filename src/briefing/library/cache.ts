/**
 * The briefing cache beside each article (`<id>.briefing.json`): read only when it matches the
 * article's content hash and the engine version; anything unreadable counts as missing.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Briefing } from '../types.js';
import { ENGINE_VERSION } from '../ingest/index.js';

export const cachePathFor = (articlePath: string): string => articlePath.replace(/\.[^./\\]+$/, '') + '.briefing.json';

function isBriefing(value: unknown): value is Briefing {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Partial<Briefing>;
  return (
    typeof b.articleId === 'string' &&
    typeof b.title === 'string' &&
    typeof b.tldr === 'string' &&
    Array.isArray(b.keyPoints) &&
    Array.isArray(b.sections) &&
    Array.isArray(b.sentences) &&
    Array.isArray(b.paragraphs) &&
    Array.isArray(b.entities)
  );
}

/** The cached briefing when it is fresh for this content, else undefined (missing, stale or corrupt). */
export function readCache(path: string, contentHash: string): Briefing | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isBriefing(parsed) || parsed.contentHash !== contentHash || parsed.engineVersion !== ENGINE_VERSION) return undefined;
  return parsed;
}

/** Writes atomically (temp file, then rename) so a crash never leaves half a cache. */
export function writeCache(path: string, briefing: Briefing): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(briefing));
  renameSync(temp, path);
}
