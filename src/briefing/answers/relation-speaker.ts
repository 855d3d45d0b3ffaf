/**
 * Words told by the relation someone was introduced with: "She now shares the flat with her mother, Carmen
 * Navarro, 58, ..." and, two sentences on, "Her mother said she had marched ...". The mother speaks, though that
 * sentence never names her.
 */
import type { ArticleIndex } from '../search/article-index.js';
import { memoOf } from './memo.js';

/** How far after the sentence introducing someone by a relation their words may be told by it. */
const RELATION_REACH = 3;
/** The relation word just before the name: "her mother, Carmen", "the coach Luis". */
const RELATION_BEFORE_NAME = /\b(?:his|her|their|the) ([a-z-]{3,}),? $/;
const SPOKE = /^(?:said|says|told|added|recalled|explained)\b/i;
const NONE: readonly number[] = [];

/** The sentences (briefing sentence ids) in which the person is told speaking by their relation; empty for most. */
export function sentencesToldByRelation(index: ArticleIndex, person: number): readonly number[] {
  const memo = memoOf<readonly number[]>(index, 'told by relation');
  const key = String(person);
  let told = memo.get(key);
  if (told === undefined) {
    told = findToldByRelation(index, person);
    memo.set(key, told);
  }
  return told;
}

function findToldByRelation(index: ArticleIndex, person: number): readonly number[] {
  const entity = index.entities[person];
  const first = entity?.kind === 'person' ? entity.name.split(' ')[0] : undefined;
  if (!entity || !first) return NONE;
  const told: number[] = [];
  for (const sentenceId of entity.sentenceIds) {
    const text = index.briefing.sentences[sentenceId]?.text ?? '';
    const at = text.indexOf(first);
    const relation = at < 0 ? undefined : RELATION_BEFORE_NAME.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    if (relation === undefined) continue;
    const byRelation = new RegExp(`\\b(?:his|her|their|the) ${relation} `, 'i');
    for (let next = sentenceId + 1; next <= sentenceId + RELATION_REACH; next++) {
      const later = index.briefing.sentences[next]?.text ?? '';
      const match = byRelation.exec(later);
      if (match && SPOKE.test(later.slice(match.index + match[0].length)) && !told.includes(next)) told.push(next);
    }
  }
  return told.length === 0 ? NONE : told;
}
