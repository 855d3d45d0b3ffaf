/** Injected streams for runCli: stdin we write to, stdout/stderr we read, each stdout line announced as it arrives. */
import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/io.js';

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
