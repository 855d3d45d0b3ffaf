/**
 * `npm run bench`: every benchmark, one after the other, each printing its own figures.
 * A static list, so the order and the set are reviewed like code.
 */
const SUITES: Array<[string, () => Promise<{ run: () => Promise<void> }>]> = [
  ['ingest', () => import('./ingest.js')],
  ['answers', () => import('./answers.js')],
  ['slack', () => import('./slack.js')],
  ['discord', () => import('./discord.js')],
  ['digests', () => import('./digests.js')],
];

const only = process.argv[2];
let failed = false;
for (const [name, load] of SUITES) {
  if (only && only !== name) continue;
  console.log(`\n== bench: ${name}`);
  try {
    await (await load()).run();
  } catch (error) {
    failed = true;
    console.log(`bench ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
