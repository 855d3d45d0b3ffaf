/**
 * The QA quality bar on dev data, scored by the shared scorer: fails when answers regress.
 * Held-out data is never read here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BLIND_FOLLOWUPS,
  READ_BLIND_CONVERSATION,
  conversationsAsQa,
  OWN_FOLLOWUPS,
  OWN_QA,
  SHIPPED_BLIND,
  fraction,
  predictFollowups,
  predictMultirc,
  predictQa,
  score,
  shippedService,
  summariesAbstentions,
  summariesQa,
  newsqaArticlesQa,
  inventedNewsQa,
} from '../../scripts/eval/qa.js';
import { writeFileSync } from 'node:fs';
import { devDir, sharedEvalDir } from '../../scripts/eval/paths.js';
import { tempDir } from '../support/temp-dir.js';

const seedQa = path.join(sharedEvalDir, 'seed-qa-dev.jsonl');
const seedFollowups = path.join(sharedEvalDir, 'seed-followups-dev.jsonl');
const multirc = path.join(devDir, 'qa-multirc.jsonl');
/** Measured 77/85 (90.6%) on dev; the floor leaves a margin for harmless reshuffles. */
const MULTIRC_DEV_FLOOR = 0.84;
/** Blind sets on the shipped article: measured 72 to 80 of 80 (90-100%) across the 61 sets in the seventeenth session. */
const BLIND_FLOOR = 0.85;
/** Our MultiRC-style set on the dev summary articles: measured 95.1% (tune) and 94.8% (check). */
const SUMMARIES_QA_FLOOR = 0.9;
/** Tokenized CNN text and questions of two parts: harder (measured 91.9% tune, 82.6% check). */
const NEWSQA_ARTICLES_QA_FLOOR = 0.78;
/** Invented news, nine MultiRC-style questions an article: 88.1% (tune) and 82.1% (check) in the seventeenth session; below this is a regression. */
const INVENTED_NEWS_QA_FLOOR = 0.75;
/** Blind follow-up conversations (each later turn leans on the earlier ones): measured 793/889 (read) and 1042/1280 (only scored) turns in the seventeenth session. */
const BLIND_CONVERSATION_FLOOR = 0.7;
/** Off-topic and absent-subject questions on those articles: measured 55/56 and 26/28 abstained. */
const SUMMARIES_ABSTENTION_FLOOR = 0.85;

const abstentions = (report: string): [number, number] => {
  const match = report.match(/abstentions right: (\d+)\/(\d+)/);
  return match ? [Number(match[1]), Number(match[2])] : [0, -1];
};

describe('QA evaluation on dev data', () => {
  const service = shippedService();

  it('GIVEN the seed questions THEN at least 20 of 21 are right, every abstention among them', () => {
    const report = score('qa', predictQa(service, seedQa), seedQa);
    const [correct, total] = fraction(report);
    expect(total).toBe(21);
    expect(correct, report).toBeGreaterThanOrEqual(20);
    const [abstained, expected] = abstentions(report);
    expect(abstained, report).toBe(expected);
  });

  it('GIVEN the seed follow-up conversations THEN every turn is right', () => {
    const report = score('followups', predictFollowups(service, seedFollowups), seedFollowups);
    const [correct, total] = fraction(report.slice(report.indexOf('follow-up turns correct')));
    expect(total).toBeGreaterThan(0);
    expect(correct, report).toBe(total);
  });

  it('GIVEN our own harder set (paraphrases, typos, unanswerable) THEN all of it is right', () => {
    const report = score('qa', predictQa(service, OWN_QA), OWN_QA);
    const [correct, total] = fraction(report);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(correct, report).toBe(total);
    const followups = score('followups', predictFollowups(service, OWN_FOLLOWUPS), OWN_FOLLOWUPS);
    const [right, turns] = fraction(followups.slice(followups.indexOf('follow-up turns correct')));
    expect(right, followups).toBe(turns);
  });

  it(`GIVEN unseen CNN news (MultiRC dev) THEN the gold evidence is quoted for at least ${MULTIRC_DEV_FLOOR * 100}% of questions`, () => {
    const report = score('multirc', predictMultirc(multirc), multirc);
    const [hits, total] = fraction(report);
    expect(total).toBeGreaterThan(50);
    expect(hits / total, report).toBeGreaterThanOrEqual(MULTIRC_DEV_FLOOR);
  });

  it(`GIVEN our MultiRC-style set on the dev summary articles THEN the gold evidence is quoted for at least ${SUMMARIES_QA_FLOOR * 100}%`, () => {
    for (const split of ['tune', 'check'] as const) {
      const { gold, predictions } = summariesQa(split);
      const goldFile = path.join(tempDir('qa-dev-'), `${split}.jsonl`);
      writeFileSync(goldFile, gold.map((line) => JSON.stringify(line)).join('\n'));
      const report = score('multirc', predictions, goldFile);
      const [hits, total] = fraction(report);
      expect(total).toBeGreaterThan(100);
      expect(hits / total, `${split}: ${report}`).toBeGreaterThanOrEqual(SUMMARIES_QA_FLOOR);
    }
  });

  it(`GIVEN our MultiRC-style set on the NewsQA dev articles THEN the gold evidence is quoted for at least ${NEWSQA_ARTICLES_QA_FLOOR * 100}%`, () => {
    for (const split of ['tune', 'check'] as const) {
      const { gold, predictions } = newsqaArticlesQa(split);
      const goldFile = path.join(tempDir('qa-dev-'), `newsqa-${split}.jsonl`);
      writeFileSync(goldFile, gold.map((line) => JSON.stringify(line)).join('\n'));
      const report = score('multirc', predictions, goldFile);
      const [hits, total] = fraction(report);
      expect(total).toBeGreaterThan(70);
      expect(hits / total, `${split}: ${report}`).toBeGreaterThanOrEqual(NEWSQA_ARTICLES_QA_FLOOR);
    }
  });

  it(`GIVEN our MultiRC-style set on invented news THEN the gold evidence is quoted for at least ${INVENTED_NEWS_QA_FLOOR * 100}%`, () => {
    for (const split of ['tune', 'check'] as const) {
      const { gold, predictions } = inventedNewsQa(split);
      const goldFile = path.join(tempDir('qa-dev-'), `invented-${split}.jsonl`);
      writeFileSync(goldFile, gold.map((line) => JSON.stringify(line)).join('\n'));
      const report = score('multirc', predictions, goldFile);
      const [hits, total] = fraction(report);
      expect(total).toBeGreaterThan(140);
      expect(hits / total, `${split}: ${report}`).toBeGreaterThanOrEqual(INVENTED_NEWS_QA_FLOOR);
    }
    // Over eight thousand questions on 944 articles: a loaded machine takes longer than the default allows.
  }, 60_000);

  it(`GIVEN off-topic questions or ones about someone absent THEN at least ${SUMMARIES_ABSTENTION_FLOOR * 100}% are refused`, () => {
    const byKind = summariesAbstentions();
    for (const kind of ['off-topic', 'absent-entity']) {
      const tally = byKind.get(kind);
      expect(tally?.total).toBeGreaterThan(20);
      expect((tally?.abstained ?? 0) / (tally?.total ?? 1), kind).toBeGreaterThanOrEqual(SUMMARIES_ABSTENTION_FLOOR);
    }
  });

  it.each(['read', 'unread'] as const)('GIVEN the %s half of the blind follow-up conversations THEN at least 65% of the turns are right', (part) => {
    const { gold, predictions } = conversationsAsQa(service, BLIND_FOLLOWUPS, (id) => READ_BLIND_CONVERSATION(id) === (part === 'read'));
    const goldFile = path.join(tempDir('brief-qa-'), `followups-blind-${part}.jsonl`);
    writeFileSync(goldFile, gold.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const report = score('qa', predictions, goldFile);
    const [correct, total] = fraction(report);
    expect(total).toBeGreaterThan(100);
    expect(correct / total, report).toBeGreaterThanOrEqual(BLIND_CONVERSATION_FLOOR);
  });

  it.each(SHIPPED_BLIND.map((file, i) => [i + 1, file] as const))(
    `GIVEN blind question set %i on the shipped article THEN at least ${BLIND_FLOOR * 100}% is right`,
    (_, file) => {
      const report = score('qa', predictQa(service, file), file);
      const [correct, total] = fraction(report);
      expect(total).toBe(80);
      expect(correct / total, report).toBeGreaterThanOrEqual(BLIND_FLOOR);
    },
  );
});
