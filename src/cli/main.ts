#!/usr/bin/env node
// Entry point of `npx brief`: see run.ts for the verbs.
import { runCli } from './run.js';
import { processIO } from './io.js';

process.exitCode = await runCli(process.argv.slice(2), processIO());
