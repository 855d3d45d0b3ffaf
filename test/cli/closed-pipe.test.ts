/**
 * `brief search taiwan | head -1`: the whole process, with a reader that has gone away before the answer
 * is written. It must end quietly (status 0, nothing on stderr), not with an EPIPE stack trace.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const article = fileURLToPath(new URL('fixtures/quotas.txt', import.meta.url));

async function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args, '--file', article], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Closed before the child has started: its first write finds no reader, whatever the timing.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stderr };
}

describe('brief with its output closed early', () => {
  it.each([['search', 'cod quota'], ['summary'], ['sections']])('GIVEN `brief %s` piped into a reader that is gone THEN it ends quietly', async (...args) => {
    const { code, stderr } = await runWithClosedStdout(args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 20_000);
});
