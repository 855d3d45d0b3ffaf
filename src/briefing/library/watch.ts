/**
 * The running bot's view of DATA_DIR kept current: the library is rescanned every so often, so an article
 * added with `brief ingest` (or copied in, changed or removed) reaches /brief, questions and digests without
 * a restart. A rescan reads only files whose size or modification time changed.
 */
import type { Logger } from '../../logger.js';
import type { LibraryChanges } from '../library.js';

export interface LibraryWatch {
  stop(): void;
}

export function watchLibrary(library: { reload(): LibraryChanges }, options: { intervalMs: number; logger: Logger }): LibraryWatch {
  const { logger } = options;
  const timer = setInterval(() => {
    try {
      const changes = library.reload();
      if (changes.added.length + changes.changed.length + changes.removed.length > 0) logger.info(changes, 'library changed');
    } catch (error) {
      // A folder briefly unreadable (a mount, permissions): the articles already loaded stay, and the next scan tries again.
      logger.warn({ err: error }, 'library rescan failed; keeping the articles loaded');
    }
  }, options.intervalMs);
  // The console adapter ends the process when its input ends: a rescan never keeps it alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
