/**
 * Temporary directories for tests. Each one is removed with its contents when the test that made it
 * finishes, whether it passed or failed, so a test run leaves the system temp directory as it found it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** Makes `<tmpdir>/<prefix>XXXXXX` and removes it when the current test ends. Call it inside a test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
