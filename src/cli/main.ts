#!/usr/bin/env node
// Entry point of `npx brief`: see run.ts for the verbs.
import { runCli } from './run.js';
import { processIO } from './io.js';

// `brief search taiwan | head -1`: a reader that stops reading is no error; end quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), processIO());
