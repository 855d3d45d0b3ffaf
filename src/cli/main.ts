#!/usr/bin/env node
// Entry point of `npx brief`: see run.ts for the verbs.
import { setFlagsFromString } from 'node:v8';
import { runCli } from './run.js';
import { processIO } from './io.js';

// Regular expressions go straight to machine code. By default V8 first compiles each to bytecode, runs that
// once, then compiles it again; answering a question runs a few hundred patterns, and the double work cost
// `brief chat` about 50 ms of its first two thousand questions (`npm run bench answers`). Set before any verb
// loads (they are imported on demand), so every pattern of the engine compiles this way.
setFlagsFromString('--no-regexp-tier-up');

// `brief search taiwan | head -1`: a reader that stops reading is no error; end quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), processIO());
