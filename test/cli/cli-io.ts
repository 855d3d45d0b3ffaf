/** Injected streams for runCli: stdin we write to, stdout/stderr we read, each stdout line announced as it arrives. */
import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

export function testIO(env: NodeJS.ProcessEnv = {}) {
  const stdin = new PassThrough();
  const lines = new EventEmitter();
  let out = '';
  let err = '';
  let pending = '';
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      pending += chunk.toString();
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        lines.emit('line', pending.slice(0, newline));
        pending = pending.slice(newline + 1);
      }
      done();
    },
  });
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      err += chunk.toString();
      done();
    },
  });
  const io: CliIO = { stdin, stdout, stderr, env };
  /** Resolves with the next line written to stdout. */
  const nextLine = (): Promise<string> => new Promise((resolve) => lines.once('line', resolve));
  return { io, stdin, nextLine, stdout: () => out, stderr: () => err };
}

/** Runs one `brief` invocation on injected streams and returns its exit status and output. */
export async function runCliCaptured(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number; out: string; err: string }> {
  const t = testIO(env);
  t.stdin.end();
  const status = await runCli(argv, t.io);
  return { status, out: t.stdout(), err: t.stderr() };
}
