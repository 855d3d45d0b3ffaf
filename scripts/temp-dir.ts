/**
 * Scratch directories for the eval and bench scripts (gold and prediction files for the scorer, a
 * cache-free working directory): removed as soon as their work is done, so runs do not pile up in the
 * system temp directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `use` with a fresh `<tmpdir>/<prefix>XXXXXX` and removes it afterwards, even if `use` throws. Synchronous work only. */
export function withTempDir<T>(prefix: string, use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
