/** The `brief` command as users run it: package.json's `bin`, built by `npm run build`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../eval/paths.js';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { bin: { brief: string } };

export const BRIEF_CLI = path.join(repoRoot, manifest.bin.brief);
