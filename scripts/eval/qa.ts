/**
 * QA evaluations (issue 3): seed questions and follow-ups on the shipped article, our own harder set
 * (paraphrases, typos, unanswerable questions), and unseen CNN news from MultiRC. The engine runs
 * in-process; ../shared/eval/score.mjs scores every set.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createBriefingService } from '../../src/briefing/briefing-service.js';
import { ingestArticle } from '../../src/briefing/ingest/index.js';
import type { BriefingService } from '../../src/briefing/service.js';
import type { Briefing } from '../../src/briefing/types.js';
import { withTempDir } from '../temp-dir.js';
import { devDir, heldoutDir, repoRoot, scorer, sharedEvalDir } from './paths.js';

export const SHIPPED_ARTICLE = path.join(repoRoot, 'data/000_78d76434cf3e539e.txt');
export const OWN_QA = path.join(repoRoot, 'test/eval/fixtures/shipped-qa.jsonl');
export const OWN_FOLLOWUPS = path.join(repoRoot, 'test/eval/fixtures/shipped-followups.jsonl');
/**
 * 840 conversations on the shipped article written blind by twenty-one writers (c01-c40 ... w01-w40; 2-4
 * turns, some follow-ups unanswerable). Numbers 01-20 of c-g, i and p, and all of k, l, n and u, are read while
 * working on follow-ups (each after it had been scored once); 21-40 of those, and all of h, j, m, o, q, r, s, t,
 * v and w, are only ever scored.
 */
export const BLIND_FOLLOWUPS = path.join(repoRoot, 'test/eval/fixtures/shipped-followups-blind.jsonl');
export const READ_BLIND_CONVERSATION = (id: string): boolean => /^[klnu]/.test(id) || (!/^[hjmoqrstvw]/.test(id) && Number(id.replace(/\D/g, '')) <= 20);
/**
 * Our MultiRC-style questions on the dev summary articles (CNN and BBC, texts read from ../shared), written
 * blind to the engine: answerable ones with gold evidence sentences, and ones the article does not answer.
 * Articles are split in two: `tune` may be read question by question while working; `check` is only ever
 * read as a score, so it keeps saying whether a change generalises.
 */
/**
 * Questions on the shipped article written blind to the engine, each set by a writer who saw only the
 * article: some sets were read question by question while working on answers (each only after it had been
 * scored once), the others have only ever been scored, the estimate for a held set of questions like these.
 */
export const SHIPPED_BLIND = Array.from({ length: 63 }, (_, i) => i + 1).map((n) => path.join(repoRoot, `test/eval/fixtures/shipped-qa-blind-${n}.jsonl`));
/**
 * Blind sets whose questions nobody tuning the engine reads: the estimate for the held set. The eval
 * prints only their score, never the questions missed (set 6's misses were printed before this rule).
 */
export const UNREAD_BLIND_SETS: ReadonlySet<number> = new Set([6, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 30, 31, 33, 34, 35, 36, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 62, 63]);
export const SUMMARIES_QA = path.join(repoRoot, 'test/eval/fixtures/summaries-qa.jsonl');
/**
 * A second MultiRC-style set on the same dev summary articles, by two new writers (one per split), written
 * blind to the engine in the eighth session: the `check` split is only ever scored.
 */
export const SUMMARIES_QA_2 = path.join(repoRoot, 'test/eval/fixtures/summaries-qa-2.jsonl');
/**
 * Our MultiRC-style set on the NewsQA dev CNN articles (tokenized text, the articles closest to MultiRC's),
 * written blind by two writers who saw only the articles and MultiRC's examples: one file each split.
 */
export const NEWSQA_ARTICLES_QA = path.join(repoRoot, 'test/eval/fixtures/newsqa-articles-qa.jsonl');
/**
 * News the engine has never seen, made for this: invented articles in the manner of CNN, BBC and AP
 * (quotes, roles, numbers, a caption, a link line), each with nine MultiRC-style questions and their gold
 * sentences, eight articles a writer, each writer seeing neither the engine nor another's set, only MultiRC's
 * dev examples for style. Each set is `tune` (read while working) or `check` (only ever scored); every set
 * was scored once at first sight before it was split. The ninth session's first four sets scored 49, 62, 53
 * and 45 of 72 at first sight, near the one held-out MultiRC figure (73.8%), while the sets on the dev
 * articles stood near 90%; the eleventh session's K and
 * G, H (tune) and L and J (check) scored 52, 61, 58, 60 and 59 of 72; its A, B, C (check), written later,
 * 58, 60 and 66 on the session's starting code; D, E (tune), last, 64 and 56 (the same on the starting code).
 * The twelfth session's F (check) and I (tune) scored 58 and 58 of 72 on its starting code; its AA and AB
 * (check), written later, 62 and 60 mid-session (the same on the starting code). The thirteenth session's AC and
 * AD (check), by new writers with more questions needing two sentences, 53 and 52 on its starting code; its AE
 * and AF (tune), written later from the same brief, 64 and 63 mid-session. The fourteenth session's AG (check) and
 * AH (tune), from that brief with new topics, 54 and 46 of 72 on its starting code; its AI and AJ (check), written
 * last, 60 and 62 at its end (the same on its starting code). The fifteenth session's AK (check) and AL (tune),
 * from that brief with new topics, 59 and 60 of 72 at first sight (the same on its starting code). The seventeenth
 * session's AM (check) and AN (tune), from that brief with new topics, 52 and 59 of 72 at first sight; its AO
 * and AP (check), written at its end, 56 and 55 on both its starting and its final code. The eighteenth
 * session's AQ, AR (tune) and AS, AT (check), from that brief with new topics, 47, 51, 52 and 54 of 72 at first
 * sight on its starting code; its AU and AV (check), written later, 53 and 59 on both its starting code and the
 * code of the time. The twenty-sixth session's AX (tune) and AW (check), by two new writers from a new brief (fact
 * boxes, link lines, quotes over two sentences, at least five of nine questions needing two sentences), 46 and 53
 * of 72 at first sight on its starting code; its AY (tune) and AZ (check), written later from that brief, 40 and 50
 * on its starting code and 40 and 51 at first sight mid-session. The twenty-seventh session's BA, BC (tune) and BB,
 * BD (check), four new writers from that brief, each given a region and eight topics, 59, 47, 55 and 57 of 72 on
 * its starting code. Its BE and BF (check), written later (asked for questions naming people by role and asking
 * ages), 54 and 56 on its starting code and 54 and 58 at first sight on the code of the time (4bb5b40); its BG and BH
 * (check), written last from the plain brief, 53 and 52 on its starting code and 55 and 52 at first sight on its
 * final code (bb4358e).
 */
export const INVENTED_NEWS_QA = path.join(repoRoot, 'test/eval/fixtures/invented-news-qa.jsonl');
export const SUMMARIES_UNANSWERABLE = path.join(repoRoot, 'test/eval/fixtures/summaries-unanswerable.jsonl');

type Json = Record<string, unknown>;
const readJsonl = (file: string): Json[] =>
  readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Json);

/** A service over exactly one briefing. */
export function serviceFor(briefing: Briefing): BriefingService {
  return createBriefingService({
    list: () => [{ articleId: briefing.articleId, title: briefing.title, source: briefing.source, contentHash: briefing.contentHash, addedAt: briefing.builtAt }],
    get: (id) => (id === briefing.articleId ? briefing : undefined),
    newest: () => briefing,
  });
}

export const shippedService = (): BriefingService => serviceFor(ingestArticle(readFileSync(SHIPPED_ARTICLE), { source: SHIPPED_ARTICLE }));

/** Prediction lines for seed-style items `{q, expect | abstain}`. */
export function predictQa(service: BriefingService, goldFile: string): Json[] {
  return readJsonl(goldFile).map((item) => {
    const answer = service.ask(String(item.q));
    return { q: item.q, answer: answer.answer, abstained: answer.abstained };
  });
}

/** Prediction lines for conversations `{id, turns: [{q}]}`: each conversation its own key. */
export function predictFollowups(service: BriefingService, goldFile: string): Json[] {
  const lines: Json[] = [];
  for (const conversation of readJsonl(goldFile)) {
    const turns = conversation.turns as Array<{ q: string }>;
    turns.forEach((turn, i) => {
      const answer = service.ask(turn.q, { conversationKey: `eval-${String(conversation.id)}` });
      lines.push({ id: conversation.id, turn: i, answer: answer.answer, abstained: answer.abstained });
    });
  }
  return lines;
}

/**
 * Blind conversations on the shipped article (`{id, turns: [{q, expect | abstain}]}`), some turns the article
 * does not answer: each turn as one seed-style QA item keyed by conversation and turn, so score.mjs qa
 * scores answers and abstentions alike. Turns are asked in order, each conversation under its own key.
 */
export function conversationsAsQa(service: BriefingService, goldFile: string, ids: (id: string) => boolean): { gold: Json[]; predictions: Json[] } {
  const gold: Json[] = [];
  const predictions: Json[] = [];
  for (const conversation of readJsonl(goldFile)) {
    const id = String(conversation.id);
    if (!ids(id)) continue;
    (conversation.turns as Json[]).forEach((turn, i) => {
      const q = `${id} turn ${i}: ${String(turn.q)}`;
      const answer = service.ask(String(turn.q), { conversationKey: `eval-blind-${id}` });
      gold.push({ ...turn, q });
      predictions.push({ q, answer: answer.answer, abstained: answer.abstained });
    });
  }
  return { gold, predictions };
}

/** Prediction lines for MultiRC: each article ingested as unseen news, each question asked once. */
export function predictMultirc(goldFile: string): Json[] {
  const lines: Json[] = [];
  for (const article of readJsonl(goldFile)) {
    const id = String(article.id);
    const service = serviceFor(ingestArticle(String(article.article), { source: `${id}.txt`, articleId: id }));
    for (const question of article.questions as Array<{ q: string }>) {
      lines.push({ id, q: question.q, answer: service.ask(question.q).answer });
    }
  }
  return lines;
}

/** The dev summary articles by id (their text is not copied into this repository). */
function summaryArticles(): Map<string, string> {
  return new Map(readJsonl(path.join(devDir, 'summaries.jsonl')).map((row) => [String(row.id), String(row.article)]));
}

/** Our MultiRC-style set of one split, as score.mjs multirc reads it: gold lines and prediction lines. */
export function summariesQa(split: 'tune' | 'check', file = SUMMARIES_QA): { gold: Json[]; predictions: Json[] } {
  const articles = summaryArticles();
  const gold = readJsonl(file).filter((row) => row.split === split);
  const predictions: Json[] = [];
  for (const row of gold) {
    const id = String(row.id);
    const service = serviceFor(ingestArticle(articles.get(id) ?? '', { source: `${id}.txt`, articleId: id }));
    for (const question of row.questions as Array<{ q: string }>) predictions.push({ id, q: question.q, answer: service.ask(question.q).answer });
  }
  return { gold, predictions };
}

/** Our MultiRC-style set on the NewsQA dev articles, one split, as score.mjs multirc reads it. */
export function newsqaArticlesQa(split: 'tune' | 'check'): { gold: Json[]; predictions: Json[] } {
  const gold = readJsonl(NEWSQA_ARTICLES_QA).filter((row) => row.split === split);
  const predictions: Json[] = [];
  for (const row of gold) {
    const id = String(row.id);
    // One article is in both NewsQA files (tokenized and not): the row says which text its questions are on.
    const article = readJsonl(path.join(devDir, String(row.file)))[Number(row.line)]?.article;
    const service = serviceFor(ingestArticle(String(article ?? ''), { source: `${id}.txt`, articleId: id }));
    for (const question of row.questions as Array<{ q: string }>) predictions.push({ id, q: question.q, answer: service.ask(question.q).answer });
  }
  return { gold, predictions };
}

/** The invented-news set of one split, as score.mjs multirc reads it: its articles travel with it. */
export function inventedNewsQa(split: 'tune' | 'check'): { gold: Json[]; predictions: Json[] } {
  const gold = readJsonl(INVENTED_NEWS_QA).filter((row) => row.split === split);
  const predictions: Json[] = [];
  for (const row of gold) {
    const id = String(row.id);
    const service = serviceFor(ingestArticle(String(row.article), { source: `${id}.txt`, articleId: id }));
    for (const question of row.questions as Array<{ q: string }>) predictions.push({ id, q: question.q, answer: service.ask(question.q).answer });
  }
  return { gold, predictions };
}

/** Questions the dev summary articles do not answer, by kind: how many of each the engine abstains on. */
export function summariesAbstentions(): Map<string, { abstained: number; total: number }> {
  const articles = summaryArticles();
  const byKind = new Map<string, { abstained: number; total: number }>();
  for (const row of readJsonl(SUMMARIES_UNANSWERABLE)) {
    const id = String(row.id);
    const service = serviceFor(ingestArticle(articles.get(id) ?? '', { source: `${id}.txt`, articleId: id }));
    for (const question of row.questions as Array<{ q: string; kind: string }>) {
      const tally = byKind.get(question.kind) ?? { abstained: 0, total: 0 };
      tally.total++;
      if (service.ask(question.q).abstained) tally.abstained++;
      byKind.set(question.kind, tally);
    }
  }
  return byKind;
}

const words = (text: string): string => ` ${text.toLowerCase().replace(/-lrb-|-rrb-/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim()} `;

/**
 * NewsQA (extra dev check, our own measure; score.mjs has no task for it): the share of answerable
 * questions whose gold answer span appears, word for word, in our answer.
 */
export function newsqaSpanRecall(goldFile: string): { hits: number; total: number } {
  let hits = 0;
  let total = 0;
  for (const article of readJsonl(goldFile)) {
    const id = String(article.id);
    const text = String(article.article).replace(/-LRB-/g, '(').replace(/-RRB-/g, ')').replace(/``|''/g, '"');
    const service = serviceFor(ingestArticle(text, { source: `${id}.txt`, articleId: id }));
    for (const question of article.questions as Array<{ q: string; answers?: string[]; consensus_answer?: string; no_answer?: boolean; bad_question?: boolean }>) {
      const gold = question.consensus_answer ?? question.answers?.[0];
      if (question.no_answer || question.bad_question || !gold) continue;
      total++;
      const answer = service.ask(question.q);
      if (!answer.abstained && words(answer.answer).includes(words(gold))) hits++;
    }
  }
  return { hits, total };
}

/** Runs score.mjs on predictions; returns its printed report. */
export function score(task: string, predictions: Json[], goldFile: string): string {
  return withTempDir('brief-qa-', (dir) => {
    const predFile = path.join(dir, `${task}.jsonl`);
    writeFileSync(predFile, predictions.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const result = spawnSync(process.execPath, [scorer, task, '--pred', predFile, '--gold', goldFile], { encoding: 'utf8' });
    if (result.status === null || result.error) throw new Error(`score.mjs ${task} failed: ${result.error?.message ?? result.stderr}`);
    return result.stdout + result.stderr;
  });
}

/** Like `score`, for gold built in memory: score.mjs reads it from `<name>.jsonl` in a scratch directory. */
function scoreAgainstGold(task: string, predictions: Json[], gold: readonly Json[], name: string): string {
  return withTempDir('brief-qa-', (dir) => {
    const goldFile = path.join(dir, `${name}.jsonl`);
    writeFileSync(goldFile, gold.map((line) => JSON.stringify(line)).join('\n') + '\n');
    return score(task, predictions, goldFile);
  });
}

/** A scorer report without its "missed: <question>" lines. */
function withoutMisses(report: string): string {
  return report
    .split('\n')
    .filter((line) => !/^\s*missed:/.test(line))
    .join('\n');
}

/** The first "a/b" fraction in a scorer report, as [correct, total]. */
export function fraction(report: string): [number, number] {
  const match = report.match(/(\d+)\/(\d+)/);
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

export async function run(options: { heldout: boolean }): Promise<void> {
  const shipped = shippedService();
  const sets: Array<[string, () => string]> = [
    ['seed QA (dev)', () => score('qa', predictQa(shipped, path.join(sharedEvalDir, 'seed-qa-dev.jsonl')), path.join(sharedEvalDir, 'seed-qa-dev.jsonl'))],
    ['seed follow-ups (dev)', () => score('followups', predictFollowups(shipped, path.join(sharedEvalDir, 'seed-followups-dev.jsonl')), path.join(sharedEvalDir, 'seed-followups-dev.jsonl'))],
    ['own QA set (paraphrases, typos, unanswerable)', () => score('qa', predictQa(shipped, OWN_QA), OWN_QA)],
    ['own follow-up set', () => score('followups', predictFollowups(shipped, OWN_FOLLOWUPS), OWN_FOLLOWUPS)],
    ...SHIPPED_BLIND.map((file, i): [string, () => string] => {
      const unread = UNREAD_BLIND_SETS.has(i + 1);
      const report = (): string => score('qa', predictQa(shipped, file), file);
      return [
        `blind set ${i + 1} on the shipped article (${unread ? 'only ever scored' : 'read while working'})`,
        unread ? () => withoutMisses(report()) : report,
      ];
    }),
    ...(['read', 'unread'] as const).map((part): [string, () => string] => [
      `blind follow-up conversations on the shipped article, ${part === 'read' ? 'c/d/e/f/g/i/p01-20 and k, l, n, u (read while working)' : 'c/d/e/f/g/i/p21-40, h, j, m, o, q, r, s, t, v and w (only ever scored)'}`,
      () => {
        const { gold, predictions } = conversationsAsQa(shipped, BLIND_FOLLOWUPS, (id) => READ_BLIND_CONVERSATION(id) === (part === 'read'));
        const report = scoreAgainstGold('qa', predictions, gold, `followups-blind-${part}`).replace(/^correct:/m, 'turns correct:');
        return part === 'read' ? report : withoutMisses(report);
      },
    ]),
    ['MultiRC CNN (dev)', () => score('multirc', predictMultirc(path.join(devDir, 'qa-multirc.jsonl')), path.join(devDir, 'qa-multirc.jsonl'))],
  ];
  // Held-out data is read only here, and only when asked for: it is the final figure, never a tuning set.
  if (options.heldout) {
    const gold = path.join(heldoutDir, 'qa-multirc.jsonl');
    sets.push(['MultiRC CNN (held-out)', () => score('multirc', predictMultirc(gold), gold)]);
  }
  for (const [name, file] of [['our MultiRC-style set', SUMMARIES_QA], ['our second MultiRC-style set', SUMMARIES_QA_2]] as const) {
    for (const split of ['tune', 'check'] as const) {
      sets.push([`${name} on the dev summary articles (${split} split)`, () => {
        const { gold, predictions } = summariesQa(split, file);
        return scoreAgainstGold('multirc', predictions, gold, `${path.basename(file, '.jsonl')}-${split}`);
      }]);
    }
  }
  for (const split of ['tune', 'check'] as const) {
    sets.push([`our MultiRC-style set on the NewsQA dev articles (${split} split)`, () => {
      const { gold, predictions } = newsqaArticlesQa(split);
      return scoreAgainstGold('multirc', predictions, gold, `newsqa-articles-qa-${split}`);
    }]);
  }
  for (const split of ['tune', 'check'] as const) {
    sets.push([`our MultiRC-style set on invented news (${split} split)`, () => {
      const { gold, predictions } = inventedNewsQa(split);
      const report = scoreAgainstGold('multirc', predictions, gold, `invented-news-qa-${split}`);
      return split === 'tune' ? report : withoutMisses(report);
    }]);
  }
  sets.push(['unanswerable questions on the dev summary articles (our measure)', () =>
    [...summariesAbstentions()].map(([kind, { abstained, total }]) => `${kind}: abstained ${abstained}/${total}`).join('\n')]);
  for (const [name, report] of sets) console.log(`-- ${name}\n${report().trimEnd()}`);
  for (const file of ['newsqa_single_question_tokenized.jsonl', 'newsqa_multi_question.jsonl']) {
    const { hits, total } = newsqaSpanRecall(path.join(devDir, file));
    console.log(`-- NewsQA ${file} (extra dev check, our measure)\nanswer span quoted: ${hits}/${total} (${((100 * hits) / Math.max(total, 1)).toFixed(1)}%)`);
  }
}
