/**
 * Summary quality: the engine's first three key points on CNN/DailyMail and XSum articles, scored
 * with ROUGE by the shared scorer beside Lead-3. Dev set only, unless the lead asks for held-out.
 */
import { join } from 'node:path';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import { readJsonl, requireFile, score, SHARED_EVAL_DIR, writePredictions } from './shared.js';

interface SummaryItem {
  id: string;
  article: string;
}

/** The prediction for one article: its first three key points, joined. */
export function predictSummary(item: SummaryItem): { id: string; summary: string } {
  const briefing = ingestArticle(item.article, { source: `${item.id}.txt`, articleId: item.id, format: 'text' });
  return { id: item.id, summary: briefing.keyPoints.slice(0, 3).join(' ') };
}

export async function run(options: { heldout: boolean }): Promise<void> {
  const split = options.heldout ? 'heldout' : 'dev';
  const gold = requireFile(join(SHARED_EVAL_DIR, 'data', split, 'summaries.jsonl'));
  const predictions = readJsonl<SummaryItem>(gold).map(predictSummary);
  console.log(`summaries (${split}): first three key points vs Lead-3`);
  process.stdout.write(score('summaries', writePredictions('summaries', predictions), gold));
}
