/**
 * The shipped article (data/000_78d76434cf3e539e.txt): thread coverage of the key points, captions or
 * fragments among them, the sections, the TL;DR, and Pk against the human segmentation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import { isFragment, SHIPPED_CAPTION, SHIPPED_THREADS, shippedPk, threadsCovered } from './shipped-checks.js';
import { REPO_DIR } from './shared.js';

export const SHIPPED_ARTICLE = join(REPO_DIR, 'data', '000_78d76434cf3e539e.txt');

export async function run(_options: { heldout: boolean }): Promise<void> {
  const briefing = ingestArticle(readFileSync(SHIPPED_ARTICLE), { source: SHIPPED_ARTICLE });
  const covered = threadsCovered(briefing.keyPoints);
  const missing = SHIPPED_THREADS.map((t) => t.name).filter((name) => !covered.includes(name));
  console.log(`key points: ${briefing.keyPoints.length}; threads covered: ${covered.length}/${SHIPPED_THREADS.length}${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`);
  const caption = briefing.keyPoints.some((p) => p === SHIPPED_CAPTION || briefing.paragraphs.some((q) => q.kind === 'caption' && q.text === p));
  const fragments = briefing.keyPoints.filter(isFragment);
  console.log(`caption among key points: ${caption ? 'YES' : 'no'}; fragments among key points: ${fragments.length ? fragments.join(' | ') : 'none'}`);
  console.log(`TL;DR (${briefing.tldr.length} chars): ${briefing.tldr}`);
  console.log(`sections: ${briefing.sections.length}: ${briefing.sections.map((s) => `${s.title} [${s.paragraphs[0]}-${s.paragraphs.at(-1)}]`).join('; ')}`);
  console.log(`Pk vs human segmentation (body paragraphs): ${shippedPk(briefing).toFixed(3)}`);
}
