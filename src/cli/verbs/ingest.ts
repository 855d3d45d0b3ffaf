/**
 * `brief ingest <file|folder|url> [--json]`: adds articles to the library in DATA_DIR. A folder
 * shows a progress bar on a terminal; one bad file is reported and the rest still go in.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { loadConfig } from '../../config.js';
import { UserError } from '../../errors.js';
import { openLibrary, type Library } from '../../briefing/library.js';
import type { Briefing } from '../../briefing/types.js';
import { writeJson, type CliVerb } from '../io.js';

const ARTICLE_FILE = /\.(?:txt|md|markdown|html?)$/i;

interface Outcome {
  ingested: Array<{ articleId: string; title: string; source: string; sections: number }>;
  failed: Array<{ path: string; error: string }>;
}

/** A one-line progress bar, redrawn in place; only on a terminal. */
function progress(stream: Writable, done: number, total: number, label: string): void {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
  stream.write(`\r[${bar}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`);
}

function listFolder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && ARTICLE_FILE.test(entry.name) && !entry.name.endsWith('.briefing.json'))
    .map((entry) => join(folder, entry.name))
    .sort();
}

async function ingestTarget(library: Library, target: string): Promise<Briefing> {
  return /^https?:\/\//i.test(target) ? library.ingestUrl(target) : library.ingestFile(target);
}

export const run: CliVerb = async (args, io) => {
  const target = args.positional[0] ?? args.file;
  if (!target) throw new UserError('cli.ingest-usage', 'usage: brief ingest <file|folder|url> [--json]');
  const library = openLibrary(loadConfig(io.env).dataDir);
  const isFolder = !/^https?:\/\//i.test(target) && statSync(target, { throwIfNoEntry: false })?.isDirectory() === true;
  const targets = isFolder ? listFolder(target) : [target];
  if (isFolder && targets.length === 0) throw new UserError('ingest.empty-folder', `no .txt, .md or .html files in ${target}`);

  const outcome: Outcome = { ingested: [], failed: [] };
  const showProgress = isFolder && (io.stderr as Writable & { isTTY?: boolean }).isTTY === true;
  for (const [i, path] of targets.entries()) {
    if (showProgress) progress(io.stderr, i, targets.length, path);
    try {
      const briefing = await ingestTarget(library, path);
      outcome.ingested.push({ articleId: briefing.articleId, title: briefing.title, source: briefing.source, sections: briefing.sections.length });
    } catch (error) {
      if (!(error instanceof UserError) || !isFolder) throw error;
      outcome.failed.push({ path, error: error.message });
    }
  }
  if (showProgress) {
    progress(io.stderr, targets.length, targets.length, 'done');
    io.stderr.write('\n');
  }
  for (const failure of outcome.failed) io.stderr.write(`brief: skipped ${failure.path}: ${failure.error}\n`);
  if (args.json) writeJson(io, outcome);
  else for (const item of outcome.ingested) io.stdout.write(`ingested ${item.articleId}: ${item.title} (${item.sections} sections)\n`);
  return outcome.failed.length > 0 ? 1 : 0;
};

/** Exported for tests: which files of a folder are articles. */
export const articleFilesIn = (folder: string): string[] => listFolder(folder).filter((path) => ARTICLE_FILE.test(extname(path)));
