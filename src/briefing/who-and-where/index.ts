/**
 * The people and places of a briefing, as a reader scanning it wants them: the people who act or speak, with
 * their role, and the places the story happens in. Chosen from the engine's entities with a reader's caution:
 * a capitalised run the extractor took for a person but that names a place or a body ("Kasempa Hill",
 * "Marine Corps", "Germanwings Flight") is left out rather than shown as someone.
 */
import type { Briefing, Entity } from '../types.js';
import { personName } from './person-names.js';
import { appositiveRole, cleanRole, NOT_A_PERSON_ROLE, qualifiedRole, tidyRole } from './roles.js';
import { standaloneMentions } from './story-places.js';

export interface Person {
  name: string;
  role?: string;
}

/** Read once per briefing and shared by every caller: read-only. */
export interface PeopleAndPlaces {
  readonly people: readonly Readonly<Person>[];
  readonly places: readonly string[];
  /** By the name shown, the sentence that first names each person (giving their role, when it does) and place: an answer's source. */
  readonly introducedIn: { readonly people: ReadonlyMap<string, number>; readonly places: ReadonlyMap<string, number> };
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
    const introducedIn = { people: new Map<string, number>(), places: new Map<string, number>() };
    found = { people: mainPeople(briefing, introducedIn.people), places: storyPlaces(briefing, introducedIn.places), introducedIn };
    known.set(briefing, found);
  }
  return found;
}

const known = new WeakMap<Briefing, PeopleAndPlaces>();

function mainPeople(briefing: Briefing, introducedIn: Map<string, number>): Person[] {
  const people: Person[] = [];
  for (const entity of briefing.entities.filter((e) => e.kind === 'person').sort(byMentions)) {
    const person = describedPerson(entity, briefing);
    if (person === undefined || (person.role === undefined && entity.sentenceIds.length < 2)) continue;
    // "García Márquez" is "Gabriel García Márquez" again.
    if (people.some((p) => sameName(p.name, person.name))) continue;
    people.push(person);
    const introduction = introducingSentence(entity, briefing, person.role);
    if (introduction !== undefined) introducedIn.set(person.name, introduction);
    if (people.length === MAX_PEOPLE) break;
  }
  return people;
}

/** One name is the other, or the other in full ("García Márquez", "Gabriel García Márquez"). */
export const sameName = (a: string, b: string): boolean => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

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
  return role === undefined ? { name } : { name, role };
}

/** The first sentence naming the entity that gives `role` (as written, any case), else the first naming it. */
export function introducingSentence(entity: Entity, briefing: Briefing, role?: string): number | undefined {
  const lowerRole = role?.toLowerCase();
  const withRole = lowerRole === undefined ? undefined : entity.sentenceIds.find((id) => briefing.sentences[id]?.text.toLowerCase().includes(lowerRole));
  return withRole ?? entity.sentenceIds[0];
}

function storyPlaces(briefing: Briefing, introducedIn: Map<string, number>): string[] {
  const placeEntities = briefing.entities.filter((e) => e.kind === 'place');
  const counted = placeEntities.map((place) => ({ place, count: standaloneMentions(place, briefing) }));
  const named = counted
    .filter(({ count }) => count >= 2)
    .sort((a, b) => b.count - a.count || (a.place.sentenceIds[0] ?? 0) - (b.place.sentenceIds[0] ?? 0))
    .map(({ place }) => place.name);
  // The dateline says where the story happens, though the text may name the place once or never.
  const places = [...new Set([...(briefing.dateline ?? []), ...named])].slice(0, MAX_PLACES);
  for (const place of places) {
    const first = placeEntities.find((e) => e.name === place)?.sentenceIds[0];
    if (first !== undefined) introducedIn.set(place, first);
  }
  return places;
}

/** "Matthew Miller, State Department spokesman", or the name alone when the article gives no role. */
export const describePerson = (person: Person): string => (person.role ? `${person.name}, ${person.role}` : person.name);
