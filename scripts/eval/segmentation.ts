/**
 * Segmentation quality: the C99 segmenter at sentence level on Choi's (2000) sample, scored by the
 * shared scorer's `pk`, and at paragraph level on the shipped article against the human segmentation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import { segmentSentences } from '../../src/briefing/ingest/sections.js';
import { SHIPPED_ARTICLE } from './shipped-article.js';
import { shippedPk } from './shipped-checks.js';
import { readJsonl, requireFile, scorePredictions, SHARED_EVAL_DIR } from './shared.js';

interface ChoiDocument {
  id: string;
  sentences: string[];
}

export async function run(options: { heldout: boolean }): Promise<void> {
  const split = options.heldout ? 'heldout' : 'dev';
  const gold = requireFile(join(SHARED_EVAL_DIR, 'data', split, 'segmentation', 'choi_2000_sample.jsonl'));
  const predictions = readJsonl<ChoiDocument>(gold).map((doc) => ({ id: doc.id, boundaries: segmentSentences(doc.sentences) }));
  console.log(`Choi 2000 sample (${split}), sentence units:`);
  process.stdout.write(scorePredictions('pk', 'choi', predictions, gold));
  const briefing = ingestArticle(readFileSync(SHIPPED_ARTICLE), { source: SHIPPED_ARTICLE });
  console.log(`shipped article, paragraph units: Pk ${shippedPk(briefing).toFixed(3)} (${briefing.sections.length} sections)`);
}
