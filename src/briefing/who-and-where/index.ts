/**
 * The people and places of a briefing, as a reader scanning it wants them: the people who act or speak, with
 * their role, and the places the story happens in. Chosen from the engine's entities with a reader's caution:
 * a capitalised run the extractor took for a person but that names a place or a body ("Kasempa Hill",
 * "Marine Corps", "Germanwings Flight") is left out rather than shown as someone.
 */
import type { Briefing, Entity } from '../types.js';
import { personName } from './person-names.js';
import { appositiveRole, cleanRole, NOT_A_PERSON_ROLE, qualifiedRole } from './roles.js';
import { standaloneMentions } from './story-places.js';

export interface Person {
  name: string;
  role?: string;
}

/** Read once per briefing and shared by every caller: read-only. */
export interface PeopleAndPlaces {
  readonly people: readonly Readonly<Person>[];
  readonly places: readonly string[];
}

/** At most this many of each: a briefing lists the main ones, not everyone named once. */
export const MAX_PEOPLE = 6;
export const MAX_PLACES = 6;

const byMentions = (a: Entity, b: Entity): number => b.sentenceIds.length - a.sentenceIds.length || (a.sentenceIds[0] ?? 0) - (b.sentenceIds[0] ?? 0);

/**
 * The main people of the article (named in two sentences, or given a role) and its places (the dateline's, then
 * those named twice on their own).
 */
export function peopleAndPlaces(briefing: Briefing): PeopleAndPlaces {
  // Every /brief and digest asks again of the same briefing; a long article takes a tenth of a second to read.
  let found = known.get(briefing);
  if (!found) {
    found = { people: mainPeople(briefing), places: storyPlaces(briefing) };
    known.set(briefing, found);
  }
  return found;
}

const known = new WeakMap<Briefing, PeopleAndPlaces>();

function mainPeople(briefing: Briefing): Person[] {
  const people: Person[] = [];
  for (const entity of briefing.entities.filter((e) => e.kind === 'person').sort(byMentions)) {
    const extracted = cleanRole(entity.role);
    const apposition = extracted === undefined ? appositiveRole(entity, briefing) : undefined;
    if (apposition !== undefined && NOT_A_PERSON_ROLE.test(apposition)) continue;
    const role = extracted !== undefined ? qualifiedRole(extracted, entity, briefing) : apposition;
    if (role === undefined && entity.sentenceIds.length < 2) continue;
    const name = personName(entity.name, role !== undefined);
    if (name === undefined) continue;
    // "García Márquez" is "Gabriel García Márquez" again.
    if (people.some((p) => p.name.endsWith(` ${name}`) || name.endsWith(` ${p.name}`))) continue;
    people.push(role === undefined ? { name } : { name, role });
    if (people.length === MAX_PEOPLE) break;
  }
  return people;
}

function storyPlaces(briefing: Briefing): string[] {
  const counted = briefing.entities.filter((e) => e.kind === 'place').map((place) => ({ place, count: standaloneMentions(place, briefing) }));
  const named = counted
    .filter(({ count }) => count >= 2)
    .sort((a, b) => b.count - a.count || (a.place.sentenceIds[0] ?? 0) - (b.place.sentenceIds[0] ?? 0))
    .map(({ place }) => place.name);
  // The dateline says where the story happens, though the text may name the place once or never.
  return [...new Set([...(briefing.dateline ?? []), ...named])].slice(0, MAX_PLACES);
}

/** "Matthew Miller, State Department spokesman", or the name alone when the article gives no role. */
export const describePerson = (person: Person): string => (person.role ? `${person.name}, ${person.role}` : person.name);
