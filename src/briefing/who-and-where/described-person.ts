/**
 * A person as a reader is shown them: the name the extractor found, cleaned, with the role the article gives.
 */
import type { Briefing, Entity } from '../types.js';
import { namedAsPlaceOrBody, personName } from './person-names.js';
import { appositiveRole, cleanRole, NOT_A_PERSON_ROLE, qualifiedRole, tidyRole } from './roles.js';

export interface Person {
  name: string;
  role?: string;
}

/** One name is the other, or the other in full ("García Márquez", "Gabriel García Márquez"). */
export const sameName = (a: string, b: string): boolean => {
  // "Van Wyk" opening a sentence is "Johan van Wyk".
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
};

/**
 * An entity the extractor took for a person, as a reader is shown them: the name cleaned, with the role the
 * article gives; undefined when the name or role shows it is no one ("Kasempa Hill", "the Marine Corps").
 */
export function describedPerson(entity: Entity, briefing: Briefing): Person | undefined {
  const extracted = cleanRole(entity.role);
  const apposition = extracted === undefined ? appositiveRole(entity, briefing) : undefined;
  if (apposition !== undefined && NOT_A_PERSON_ROLE.test(apposition)) return undefined;
  const found = extracted !== undefined ? qualifiedRole(extracted, entity, briefing) : apposition;
  const role = found === undefined ? undefined : tidyRole(found);
  const name = personName(entity.name, role !== undefined);
  if (name === undefined) return undefined;
  if (role === undefined && namedAsPlaceOrBody(name, briefing.sentences.map((sentence) => sentence.text))) return undefined;
  return role === undefined ? { name } : { name, role };
}

/** The first sentence naming the entity that gives `role` (as written, any case), else the first naming it. */
export function introducingSentence(entity: Entity, briefing: Briefing, role?: string): number | undefined {
  const lowerRole = role?.toLowerCase();
  const withRole = lowerRole === undefined ? undefined : entity.sentenceIds.find((id) => briefing.sentences[id]?.text.toLowerCase().includes(lowerRole));
  return withRole ?? entity.sentenceIds[0];
}
