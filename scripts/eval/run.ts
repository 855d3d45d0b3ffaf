/**
 * `npm run eval`: the quality figures the issues ask for, from the project's own harness,
 * scored with ../shared/eval/score.mjs. Dev sets only unless `--heldout` is given (final figure only).
 */
const SUITES: Array<[string, () => Promise<{ run: (options: { heldout: boolean }) => Promise<void> }>]> = [
  ['shipped-article', () => import('./shipped-article.js')],
  ['summaries', () => import('./summaries.js')],
  ['segmentation', () => import('./segmentation.js')],
  ['qa', () => import('./qa.js')],
];

const heldout = process.argv.includes('--heldout');
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
let failed = false;
for (const [name, load] of SUITES) {
  if (only && only !== name) continue;
  console.log(`\n== eval: ${name}${heldout ? ' (held-out)' : ''}`);
  try {
    await (await load()).run({ heldout });
  } catch (error) {
    failed = true;
    console.log(`eval ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
