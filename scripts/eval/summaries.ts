/**
 * Summary quality: the engine's first three key points on CNN/DailyMail and XSum articles, scored
 * with ROUGE by the shared scorer beside Lead-3. Dev set only, unless the lead asks for held-out.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import { rouge } from './rouge.js';
import { readJsonl, requireFile, scorePredictions, SHARED_EVAL_DIR } from './shared.js';
import { datasetOf, report, type Item } from './summaries-cv.js';

type SummaryItem = Pick<Item, 'id' | 'article'>;

/** The prediction for one article: its first three key points, joined. */
export function predictSummary(item: SummaryItem): { id: string; summary: string } {
  const briefing = ingestArticle(item.article, { source: `${item.id}.txt`, articleId: item.id, format: 'text' });
  return { id: item.id, summary: briefing.keyPoints.slice(0, 3).join(' ') };
}

export async function run(options: { heldout: boolean }): Promise<void> {
  const split = options.heldout ? 'heldout' : 'dev';
  const gold = requireFile(join(SHARED_EVAL_DIR, 'data', split, 'summaries.jsonl'));
  const items = readJsonl<Item>(gold);
  const predictions = items.map(predictSummary);
  console.log(`summaries (${split}): first three key points vs Lead-3`);
  process.stdout.write(scorePredictions('summaries', 'summaries', predictions, gold));
  if (options.heldout) return; // the held-out figure is score.mjs's lines only
  // Where the figure comes from: per dataset, per article (ROUGE as score.mjs computes it).
  const { lead3 } = (await import(pathToFileURL(join(SHARED_EVAL_DIR, 'score.mjs')).href)) as { lead3: (article: string) => string };
  const parsed = items.map((item) => ({ id: item.id, dataset: datasetOf(item), lead: rouge(lead3(item.article), item.reference) }));
  report('breakdown', parsed, items.map((item, i) => rouge(predictions[i]?.summary ?? '', item.reference)));
}
