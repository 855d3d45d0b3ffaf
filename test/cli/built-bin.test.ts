/**
 * The `brief` command as package.json's `bin` names it: the bundle the build writes (dist/cli/, see
 * scripts/build/bundle.mjs), run as a whole process. Other CLI tests run the sources; this one catches a
 * bundle that loads, resolves a package or splits a verb differently from them. `npm test` builds first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const article = fileURLToPath(new URL('fixtures/quotas.txt', import.meta.url));
const bin = fileURLToPath(new URL(JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')).bin.brief as string, `file://${repoRoot}`));

function brief(args: string[], input?: string): string {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` (npm test does) first`);
  return execFileSync(process.execPath, [bin, ...args, '--file', article], { cwd: repoRoot, encoding: 'utf8', input });
}

describe('the built brief command', () => {
  it('GIVEN `brief ask --json` THEN it answers from the article, with its section', () => {
    const answer = JSON.parse(brief(['ask', 'what was the cod quota cut to?', '--json'])) as { abstained: boolean; sources: Array<{ text: string }> };
    expect(answer.abstained).toBe(false);
    expect(answer.sources[0]?.text).toMatch(/cod/i);
  }, 20_000);

  it('GIVEN `brief chat --json` fed two lines THEN each gets its answer line, and the unanswerable one is refused', () => {
    const lines = brief(['chat', '--json'], 'what was the cod quota cut to?\nwhat is the capital of Australia?\n').trim().split('\n');
    const answers = lines.map((line) => JSON.parse(line) as { abstained: boolean });
    expect(answers.map((a) => a.abstained)).toEqual([false, true]);
  }, 20_000);

  it('GIVEN `brief summary --json` THEN it prints the briefing', () => {
    const briefing = JSON.parse(brief(['summary', '--json'])) as { tldr: string; keyPoints: string[] };
    expect(briefing.tldr.length).toBeGreaterThan(0);
    expect(briefing.keyPoints.length).toBeGreaterThanOrEqual(3);
  }, 20_000);
});
