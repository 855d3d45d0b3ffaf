/**
 * Where the article says who someone is: the sentence the briefing's who's who takes their role from
 * ("He is, of course, the Iranian foreign minister."), which "who is Zarif?" asks for.
 */
import { sentencePosition, type ArticleIndex } from '../search/article-index.js';
import { describedPerson, introducingSentence } from '../who-and-where/described-person.js';
import { memoOf } from './memo.js';

/** What a person's introduction is remembered as when the article gives them no role. */
const NONE = -1;

/** The position of the sentence giving the first of `people` their role; undefined when the article gives none. */
export function introductionPosition(index: ArticleIndex, people: readonly number[]): number | undefined {
  const id = people[0];
  if (id === undefined) return undefined;
  // Reading a role runs patterns over the article's sentences: once per person, not once per question.
  const memo = memoOf<number>(index, 'introduction');
  const key = String(id);
  let position = memo.get(key);
  if (position === undefined) {
    position = findIntroduction(index, id) ?? NONE;
    memo.set(key, position);
  }
  return position === NONE ? undefined : position;
}

function findIntroduction(index: ArticleIndex, id: number): number | undefined {
  const entity = index.entities[id];
  if (entity?.kind !== 'person') return undefined;
  const role = describedPerson(entity, index.briefing)?.role;
  const sentenceId = role === undefined ? undefined : introducingSentence(entity, index.briefing, role);
  return sentenceId === undefined ? undefined : sentencePosition(index, sentenceId);
}
