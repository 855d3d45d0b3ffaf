/** The streams a CLI verb talks through; injected so verbs are testable without a process. */
import type { Readable, Writable } from 'node:stream';
import type { CliArgs } from './args.js';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

export const processIO = (): CliIO => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });

export function writeJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value)}\n`);
}

/** A verb: returns the exit status. Throwing UserError prints its message as one line on stderr. */
export type CliVerb = (args: CliArgs, io: CliIO) => Promise<number>;
