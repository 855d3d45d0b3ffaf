/**
 * The people and places of a briefing, as a reader scanning it wants them: the people who act or speak, with
 * their role, and the places the story happens in. Chosen from the engine's entities with a reader's caution:
 * a capitalised run the extractor took for a person but that names a place or a body ("Kasempa Hill",
 * "Marine Corps", "Germanwings Flight") is left out rather than shown as someone.
 */
import type { Briefing, Entity } from '../types.js';
import { describedPerson, introducingSentence, sameName, type Person } from './described-person.js';
import { isGivenName } from './person-names.js';
import { quotedPeople } from './quoted.js';
import { standaloneIn, standaloneMentions } from './story-places.js';

export type { Person } from './described-person.js';

/** Read once per briefing and shared by every caller: read-only. */
export interface PeopleAndPlaces {
  readonly people: readonly Readonly<Person>[];
  readonly places: readonly string[];
  /** Every place the text names on its own at least once (at most MAX_PLACES_NAMED): the story's places first, then the others as they come. */
  readonly placesNamed: readonly string[];
  /** By the name shown, the sentence that first names each person (giving their role, when it does) and place: an answer's source. */
  readonly introducedIn: { readonly people: ReadonlyMap<string, number>; readonly places: ReadonlyMap<string, number> };
}

/** At most this many of each: a briefing lists the main ones, not everyone named once. */
export const MAX_PEOPLE = 6;
export const MAX_PLACES = 6;
/** "Which places are mentioned?" asks for more than the story's own, not for a gazetteer. */
export const MAX_PLACES_NAMED = 10;

const byMentions = (a: Entity, b: Entity): number => b.sentenceIds.length - a.sentenceIds.length || (a.sentenceIds[0] ?? 0) - (b.sentenceIds[0] ?? 0);

/**
 * The main people of the article (named in two sentences, given a role or named in the lead; then, in the room
 * left, those named once who speak) and its places (the dateline's, then those named twice on their own or once in the lead; and
 * every one named).
 */
export function peopleAndPlaces(briefing: Briefing): PeopleAndPlaces {
  // Every /brief and digest asks again of the same briefing; a long article takes a tenth of a second to read.
  let found = known.get(briefing);
  if (!found) {
    const introducedIn = { people: new Map<string, number>(), places: new Map<string, number>() };
    const places = storyPlaces(briefing, introducedIn.places);
    found = { people: mainPeople(briefing, introducedIn.people), places, placesNamed: allPlacesNamed(briefing, places, introducedIn.places), introducedIn };
    known.set(briefing, found);
  }
  return found;
}

const known = new WeakMap<Briefing, PeopleAndPlaces>();

function mainPeople(briefing: Briefing, introducedIn: Map<string, number>): Person[] {
  const people: Person[] = [];
  const candidates = briefing.entities.filter((e) => e.kind === 'person').sort(byMentions);
  // The lead's subject is the story's ("Cheryl Briggs is standing aside as ..."), though named once and given no role.
  const lead = briefing.sentences.find((sentence) => sentence.kind === 'body')?.id;
  // Named twice, given a role or named in the lead first; then, in the room left, people named once who speak in the story.
  for (const speakersOnly of [false, true]) {
    for (const entity of candidates) {
      if (people.length === MAX_PEOPLE) return people;
      const person = describedPerson(entity, briefing);
      if (person === undefined) continue;
      // In the lead, only a name opening with a given name: a run taken for a person there may be "New Brunswick".
      const inLead = entity.sentenceIds[0] === lead && isGivenName(person.name.split(' ')[0] ?? '');
      const main = person.role !== undefined || entity.sentenceIds.length >= 2 || inLead;
      if (speakersOnly ? main || !speaks(person, briefing) : !main) continue;
      // "García Márquez" is "Gabriel García Márquez" again.
      if (people.some((p) => sameName(p.name, person.name))) continue;
      people.push(person);
      const introduction = introducingSentence(entity, briefing, person.role);
      if (introduction !== undefined) introducedIn.set(person.name, introduction);
    }
  }
  return people;
}

const speaks = (person: Person, briefing: Briefing): boolean => quotedPeople(briefing).named.some((speaker) => sameName(speaker.name, person.name));

function storyPlaces(briefing: Briefing, introducedIn: Map<string, number>): string[] {
  const placeEntities = briefing.entities.filter((e) => e.kind === 'place');
  // The lead (the first sentence of the story's own prose) says where the story happens, as a dateline does.
  const lead = briefing.sentences.find((sentence) => sentence.kind === 'body')?.id;
  const counted = placeEntities.map((place) => ({ place, count: standaloneMentions(place, briefing), inLead: lead !== undefined && standaloneIn(place, briefing, lead) }));
  const named = counted
    .filter(({ count, inLead }) => count >= 2 || (inLead && count >= 1))
    .sort((a, b) => b.count - a.count || (a.place.sentenceIds[0] ?? 0) - (b.place.sentenceIds[0] ?? 0))
    .map(({ place }) => place.name);
  // The dateline says where the story happens, though the text may name the place once or never.
  // "QUERETARO, Mexico" in the dateline is the "Querétaro" of the text: one place, spelled as the dateline does.
  const folded = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const seen = new Set<string>();
  const places: string[] = [];
  for (const place of [...(briefing.dateline ?? []), ...named]) {
    if (seen.has(folded(place))) continue;
    seen.add(folded(place));
    places.push(place);
  }
  places.splice(MAX_PLACES);
  for (const place of places) {
    const first = placeEntities.find((e) => e.name === place)?.sentenceIds[0];
    if (first !== undefined) introducedIn.set(place, first);
  }
  return places;
}

/** "Matthew Miller, State Department spokesman", or the name alone when the article gives no role. */
export const describePerson = (person: Person): string => (person.role ? `${person.name}, ${person.role}` : person.name);

/** Other names of a country the list may already hold: "America's top diplomat" is the United States'. */
const SAME_PLACE: ReadonlyMap<string, string> = new Map([
  ['America', 'United States'],
  ['USA', 'United States'],
  ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'],
  ['UK', 'United Kingdom'],
  ['Holland', 'Netherlands'],
]);

function allPlacesNamed(briefing: Briefing, storyPlaces: readonly string[], introducedIn: Map<string, number>): string[] {
  const others = briefing.entities
    .filter((e) => e.kind === 'place' && !storyPlaces.includes(e.name) && standaloneMentions(e, briefing) >= 1)
    .sort((a, b) => (a.sentenceIds[0] ?? 0) - (b.sentenceIds[0] ?? 0));
  const named = [...storyPlaces];
  for (const place of others) {
    if (named.length === MAX_PLACES_NAMED) break;
    const same = SAME_PLACE.get(place.name);
    if (same !== undefined && named.includes(same)) continue;
    named.push(place.name);
    const first = place.sentenceIds[0];
    if (first !== undefined) introducedIn.set(place.name, first);
  }
  return named;
}
