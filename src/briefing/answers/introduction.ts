/**
 * Where the article says who someone is: the sentence the briefing's who's who takes their role from
 * ("He is, of course, the Iranian foreign minister."), which "who is Zarif?" asks for.
 */
import { sentencePosition, type ArticleIndex } from '../search/article-index.js';
import { sameName } from '../who-and-where/described-person.js';
import { peopleAndPlaces } from '../who-and-where/index.js';

/** The position of the sentence giving the first of `people` their role; undefined when the article gives none. */
export function introductionPosition(index: ArticleIndex, people: readonly number[]): number | undefined {
  const entity = people[0] === undefined ? undefined : index.entities[people[0]];
  if (entity?.kind !== 'person') return undefined;
  const { people: listed, introducedIn } = peopleAndPlaces(index.briefing);
  const person = listed.find((candidate) => sameName(candidate.name, entity.name));
  const sentenceId = person?.role === undefined ? undefined : introducedIn.people.get(person.name);
  return sentenceId === undefined ? undefined : sentencePosition(index, sentenceId);
}
