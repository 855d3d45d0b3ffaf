/**
 * The people and places of a briefing, as a reader scanning it wants them: the people who act or speak, with
 * their role, and the places the story happens in. Chosen from the engine's entities with a reader's caution:
 * a capitalised run the extractor took for a person but that names a place or a body ("Kasempa Hill",
 * "Marine Corps", "Germanwings Flight") is left out rather than shown as someone.
 */
import { createRequire } from 'node:module';
import type { Briefing, Entity } from './types.js';
import { isEnglishWord } from './text/english-words.js';

export interface Person {
  name: string;
  role?: string;
}

export interface PeopleAndPlaces {
  people: Person[];
  places: string[];
}

/** At most this many of each: a briefing lists the main ones, not everyone named once. */
export const MAX_PEOPLE = 6;
export const MAX_PLACES = 6;

/** Last words of the names of places, venues, bodies and events, never of a person. */
const NOT_PERSON_ENDINGS: ReadonlySet<string> = new Set(
  `River Hill Hills Valley Mountain Mountains Mount Lake Canyon Creek Forest Island Islands Beach Coast Spit Peninsula
  Cathedral Abbey Chapel Temple Mosque Shrine Farm Farms Mine Mines Mining Spaceport Port Flight Health Town City Mariners
  Championship Athletics Illustrated Corps Safety Bloc Dems Sentences Issues Cats Meadow Festival Awards Olympics Cup
  Hashanah Ramadan Eid County Province District Region Quarter Station Terminal Airport Harbour Harbor Square`.split(/\s+/),
);

/** First words of the names of places and bodies in other languages: "Musée Gravelle", "El Mirador", "Santa Lucia". */
const NOT_PERSON_OPENINGS: ReadonlySet<string> = new Set(
  `El La Le Los Las Les Santa San Saint St Sankt Mount Lake Port Fort Cape Sierra Rio Villa Vila Puerto Nueva Nuevo Nowa
  Nowy Bad Musée Museo Collectif Club Real Sporting Atlético Estadio Plaza Casa Palacio Camp Air Sri São Sao Gran Grand
  Costa Cerro Monte Mar Porto Ciudad Isla Punta Bahía County Hurricane Storm Typhoon Cyclone Tropical Operation`.split(/\s+/),
);

const requireLazily = createRequire(import.meta.url);
const LANGUAGES = ['En', 'Fr', 'De', 'It', 'Es', 'Nl'];
let givenNames: ReadonlySet<string> | undefined;

/**
 * Popular given names in English, French, German, Italian, Spanish and Dutch (the human-names package, 5,300
 * names), read on first need: "Mark Swidan" and "Bob Barker" open with one, "Karoo Air" does not.
 */
function isGivenName(word: string): boolean {
  if (!givenNames) {
    try {
      const lists = requireLazily('human-names') as Record<string, unknown>;
      const names: string[] = [];
      for (const language of LANGUAGES) {
        const list = lists[`all${language}`];
        if (Array.isArray(list)) for (const name of list) if (typeof name === 'string') names.push(name);
      }
      givenNames = new Set(names);
    } catch {
      givenNames = new Set(); // without the list, no word counts as a given name: fewer people, none invented
    }
  }
  return givenNames.has(word) || givenNames.has(word.normalize('NFD').replace(/\p{M}/gu, ''));
}

/**
 * "president of the", "But Socialist leader", "general" (of "auditor general"): a role cut short or opened by
 * the sentence's conjunction.
 */
function cleanRole(role: string | undefined): string | undefined {
  if (role === undefined) return undefined;
  const trimmed = role.replace(/^(?:But|And|So|Yet|Or)\s+/, '').trim();
  if (!trimmed || trimmed === 'general' || /\b(?:of|for|at|with)(?:\s+the)?$/i.test(trimmed)) return undefined;
  return trimmed;
}

/** Words before a role that change what it says: a "former captain" leads no team now. */
const ROLE_QUALIFIER = String.raw`former|retired|ex-|outgoing|late|acting|interim|deputy|then`;

/** The role as the article qualifies it next to the name: "former Albion captain Ryan Teague", not "Albion captain". */
function qualifiedRole(role: string, entity: Entity, briefing: Briefing): string {
  const qualified = `(${ROLE_QUALIFIER})\\s*${escapeRegExp(role)}`;
  const name = escapeRegExp(entity.name);
  const pattern = new RegExp(`\\b${qualified},?\\s+${name}\\b|\\b${name},\\s+(?:(?:the|a|an)\\s+)?${qualified}\\b`, 'iu');
  for (const id of entity.sentenceIds) {
    const match = pattern.exec(briefing.sentences[id]?.text ?? '');
    const qualifier = match?.[1] ?? match?.[2];
    if (qualifier !== undefined) return `${qualifier.toLowerCase()}${qualifier.endsWith('-') ? '' : ' '}${role}`;
  }
  return widenedRole(role, entity, briefing);
}

/** Words that end a role read leftwards: articles, prepositions, speech ("said civil protection chief ..."). */
const NOT_IN_ROLE: ReadonlySet<string> = new Set(
  `a an the of and or but to in on at by for from with as that this these those his her its their our said says told tells
  according while when after before during under over between into about against through than not also who which whom
  whose is are was were be been has had have will would can could may might do does did no so if then there here it he
  she they we you i me him them us`.split(/\s+/),
);
/** A word a role may hold: not an article, a preposition, a verb form or a dash ("--"). */
const readsAsRoleWord = (word: string): boolean => /[\p{L}\p{N}]/u.test(word) && !NOT_IN_ROLE.has(word.toLowerCase()) && !/(?:ed|ing)$/.test(word);

/** Words of a role read leftwards at most: "Civil protection chief", "Bernova chief executive". */
const MAX_ROLE_WIDENING = 3;

/**
 * "Civil protection chief Ana Sousa": the extractor's role ("chief") with the words written before it, up to an
 * article, a preposition, a speech verb or a stop.
 */
function widenedRole(role: string, entity: Entity, briefing: Briefing): string {
  // A title written with its capital ("Commander", "Vice President") is whole: what comes before is another role.
  if (/^\p{Lu}/u.test(role)) return role;
  const pattern = new RegExp(`((?:[\\p{L}\\p{N}'’-]+\\s+){1,${MAX_ROLE_WIDENING}})${escapeRegExp(role)},?\\s+${escapeRegExp(entity.name)}\\b`, 'u');
  for (const id of entity.sentenceIds) {
    const match = pattern.exec(briefing.sentences[id]?.text ?? '');
    const before = match?.[1];
    if (match === null || before === undefined) continue;
    const words = before.trim().split(/\s+/);
    let from = words.length;
    while (from > 0 && readsAsRoleWord(words[from - 1] as string)) from--;
    if (from === words.length) return role;
    const widened = words.slice(from);
    // "Former deputy police chief Radu Ionescu" opens its sentence with a capital no name has; "White House press
    // secretary" keeps its own.
    const [first = '', next = ''] = widened;
    const common = /^\p{Ll}/u.test(next) && isWord(first) && !isGivenName(first);
    if (from === 0 && match.index === 0 && common) widened[0] = first.toLowerCase();
    return `${widened.join(' ')} ${role}`;
  }
  return role;
}

const isWord = (word: string): boolean => isEnglishWord(word.toLowerCase());

/** Longest role read from an apposition, in words: longer runs are clauses, not roles. */
const MAX_ROLE_WORDS = 10;

/**
 * "Grace Achieng, an epidemiologist at the Kenya Medical Research Institute who led the study": the role an
 * apposition gives, when the extractor found none (its roles start from a list of role words).
 */
function appositiveRole(entity: Entity, briefing: Briefing): string | undefined {
  // Up to a comma, a stop or a relative clause; the dots of "the top U.S. commander in Iraq" are no stop.
  const pattern = new RegExp(
    `\\b${escapeRegExp(entity.name)}, (?:\\d{1,3}, )?(?:a|an|the) ((?:[^,.;:"“”]|\\.(?=\\w|\\s+\\p{Ll})){3,120}?)(?=[,;]|\\.(?!\\w|\\s+\\p{Ll})| who\\b| which\\b| whose\\b)`,
    'u',
  );
  for (const id of entity.sentenceIds) {
    const role = pattern.exec(briefing.sentences[id]?.text ?? '')?.[1];
    // "in Siemianowice Śląskie, a spokeswoman for the ambulance service said": a clause, not a role.
    if (role !== undefined && role.split(/\s+/).length <= MAX_ROLE_WORDS && !SPEECH_VERB.test(role)) return role;
  }
  return undefined;
}

const SPEECH_VERB = /\b(?:said|says|told|tells|added|wrote)\b/;

/**
 * "Northlight Pictures, a company co-owned by ...": an apposition that makes the name a body or a place ("a company
 * spokesman" is a person).
 */
const NOT_A_PERSON_ROLE =
  /^(?:[\p{L}-]+ ){0,2}(?:company|firm|group|charity|agency|organi[sz]ation|town|city|village|region|province|district|river|lake|mountain|island|hospital|university|college|school|club|team|band|newspaper|magazine|channel|network|airline|museum|gallery|brand|start-?up|ship|vessel|boat|building|bridge|road|street|park|festival|programme|program|project|treaty|law|bill|species|breed|drug|vaccine|painting|film|book|novel|song|album|series|show)\b(?! (?:president|director|executive|chief|spokes\w+|founder|owner|manager|chair\w*|head|boss|official|lawyer|doctor|professor|researcher|employee|worker|member|leader|officer|coach|captain|player|driver|pilot|teacher|student|nurse))/iu;

/**
 * A person's name as the article writes it, or undefined when the run of capitalised words names a place, a
 * body or a thing. A rank, party or portfolio the extractor kept before the name goes ("Corporal Dana Whitford",
 * "Conservative Nicola Blackwood").
 */
function personName(run: string, hasRole: boolean): string | undefined {
  let words = run.split(/\s+/);
  // Words of a name, or an initial ("Robert H. Schuller"); not "Nowhere. The".
  if (!words.every((word) => /^\p{Lu}(?:[\p{L}'’-]+|\.)$/u.test(word)) || words.includes('The')) return undefined;
  if (words.length >= 3 && isWord(words[0] ?? '') && !isGivenName(words[0] ?? '')) words = words.slice(1);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (NOT_PERSON_ENDINGS.has(last) || NOT_PERSON_OPENINGS.has(first)) return undefined;
  // "Karoo Air", "Svalbard Treaty", "Child Health": a name ending in an English word is a person's when it opens
  // with a given name ("Sarah Wood", "Bob Barker"), or when the article gives a role ("Beatriz Lopes, Housing
  // Minister"); "Marc Delorme" ends in none.
  if (isWord(last) && !isGivenName(first) && (!hasRole || isWord(first))) return undefined;
  return words.join(' ');
}

/** Sentences in which a place stands alone, not inside a longer name ("Paris" in "Paris Match", "Korea" in "North Korea"). */
function standaloneMentions(place: Entity, briefing: Briefing): number {
  const pattern = new RegExp(`\\b${escapeRegExp(place.name)}\\b(?!\\s+\\p{Lu})`, 'gu');
  let count = 0;
  for (const id of place.sentenceIds) {
    const text = briefing.sentences[id]?.text;
    if (text === undefined) continue;
    for (const match of text.matchAll(pattern)) {
      if (!insideName(text.slice(0, match.index))) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** The text before a place ends with a capitalised word of a longer name, not one opening the sentence ("In"). */
function insideName(before: string): boolean {
  const previous = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(before);
  if (!previous) return false;
  const start = previous.index;
  const opensSentence = start === 0 || /[.!?]["”’']?\s+$/u.test(before.slice(0, start));
  return !opensSentence;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const byMentions = (a: Entity, b: Entity): number => b.sentenceIds.length - a.sentenceIds.length || (a.sentenceIds[0] ?? 0) - (b.sentenceIds[0] ?? 0);

/** The main people (named more than once, or with a role) and places (named more than once) of the article. */
export function peopleAndPlaces(briefing: Briefing): PeopleAndPlaces {
  const people: Person[] = [];
  for (const entity of briefing.entities.filter((e) => e.kind === 'person').sort(byMentions)) {
    const apposition = cleanRole(entity.role) === undefined ? appositiveRole(entity, briefing) : undefined;
    if (apposition !== undefined && NOT_A_PERSON_ROLE.test(apposition)) continue;
    const extracted = cleanRole(entity.role);
    const role = extracted !== undefined ? qualifiedRole(extracted, entity, briefing) : apposition;
    if (role === undefined && entity.sentenceIds.length < 2) continue;
    const name = personName(entity.name, role !== undefined);
    if (name === undefined) continue;
    // "García Márquez" is "Gabriel García Márquez" again.
    if (people.some((p) => p.name.endsWith(` ${name}`) || name.endsWith(` ${p.name}`))) continue;
    people.push(role === undefined ? { name } : { name, role });
    if (people.length === MAX_PEOPLE) break;
  }
  const counted = briefing.entities.filter((e) => e.kind === 'place').map((place) => ({ place, count: standaloneMentions(place, briefing) }));
  const named = counted
    .filter(({ count }) => count >= 2)
    .sort((a, b) => b.count - a.count || (a.place.sentenceIds[0] ?? 0) - (b.place.sentenceIds[0] ?? 0))
    .map(({ place }) => place.name);
  // The dateline says where the story happens, though the text may name the place once or never.
  const places = [...new Set([...(briefing.dateline ?? []), ...named])].slice(0, MAX_PLACES);
  return { people, places };
}

/** "Matthew Miller, State Department spokesman", or the name alone when the article gives no role. */
export const describePerson = (person: Person): string => (person.role ? `${person.name}, ${person.role}` : person.name);
