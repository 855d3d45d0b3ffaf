#!/usr/bin/env node
// Baseline for `npm run bench answers`: the plainest whole-process answerer. It indexes the shipped
// article's sentences with default MiniSearch and prints the top-1 sentence for each stdin line, as it arrives.
// Usage: node scripts/bench/minisearch-top1.mjs ARTICLE < questions.txt
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { createInterface } from 'node:readline';
import MiniSearch from 'minisearch';

const article = readFileSync(process.argv[2] ?? 'data/000_78d76434cf3e539e.txt', 'utf8');
const sentences = article
  .split(/\n\s*\n/)
  .flatMap((block) => block.replace(/\s+/g, ' ').trim().split(/(?<=[.!?]["”']?)\s+(?=["“']?[A-Z])/))
  .filter((sentence) => sentence.length > 0);
const index = new MiniSearch({ fields: ['text'], storeFields: ['text'] });
index.addAll(sentences.map((text, id) => ({ id, text })));

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (!line.trim()) return;
  const best = index.search(line)[0];
  process.stdout.write(`${JSON.stringify({ answer: best ? best.text : '' })}\n`);
});
