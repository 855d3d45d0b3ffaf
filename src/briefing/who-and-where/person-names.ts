/**
 * Whether a run of capitalised words the extractor took for a person reads as a person's name, not a place's,
 * a body's or a thing's ("Kasempa Hill", "Marine Corps", "Karoo Air"), and the name as a reader wants it.
 */
import { createRequire } from 'node:module';
import { SINGLE_WORD_ROLE_HEADS } from '../ingest/gazetteer.js';
import { isEnglishWord } from '../text/english-words.js';

/** Last words of the names of places, venues, bodies and events, never of a person. */
const NOT_PERSON_ENDINGS: ReadonlySet<string> = new Set(
  `River Hill Hills Valley Mountain Mountains Mount Lake Canyon Creek Forest Island Islands Beach Coast Spit Peninsula
  Cathedral Abbey Chapel Temple Mosque Shrine Farm Farms Mine Mines Mining Spaceport Port Flight Health Town City Mariners
  Championship Athletics Illustrated Corps Safety Bloc Dems Sentences Issues Cats Meadow Festival Awards Olympics Cup
  Hashanah Ramadan Eid County Province District Region Quarter Station Terminal Airport Harbour Harbor Square`.split(/\s+/),
);

/**
 * The article also writes the name with a place's or body's last word after it ("Fatu Huku Island", "Shrewsbury
 * Town"): alone, "Fatu Huku" is that island, not a person.
 */
export function namedAsPlaceOrBody(name: string, texts: readonly string[]): boolean {
  for (const { text, at } of mentionsOf(name, texts)) {
    const next = /^\s+(\p{Lu}[\p{L}]*)/u.exec(text.slice(at + name.length))?.[1];
    if (next !== undefined && NOT_PERSON_ENDINGS.has(next)) return true;
  }
  return false;
}

/** Every place the texts write the name, as the text and the offset in it. */
function* mentionsOf(name: string, texts: readonly string[]): Generator<{ text: string; at: number }> {
  for (const text of texts) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) yield { text, at };
}

/** Nouns a work's or a character's name is written before: "Harry Potter star", "the Bourne films". */
const WORK_NOUN_AFTER = /^['’]?s?\s+(?:star|stars|films?|movies?|books?|series|franchise|novels?|fans|character|role|saga|sequel|trilogy|musical|play)\b/;

/**
 * Every mention of the name reads as a work or a character, not a person: before a work's noun ("Harry Potter
 * star Daniel Radcliffe"), as the part someone plays ("Daniel Radcliffe as Harry Potter"), or opening a title
 * in quotes, or after its first word ('"Harry Potter and the Order of the Phoenix"', '"My Boy Jack"').
 */
export function namedAsWork(name: string, texts: readonly string[]): boolean {
  let mentions = 0;
  for (const { text, at } of mentionsOf(name, texts)) {
    mentions++;
    const before = text.slice(Math.max(0, at - 20), at);
    const work = WORK_NOUN_AFTER.test(text.slice(at + name.length, at + name.length + 20)) || /\bas $/.test(before) || /["“](?:\p{Lu}\p{L}*\s)?$/u.test(before);
    if (!work) return false;
  }
  return mentions > 0;
}

/** A plural noun for people who hold, use or do something, written after a name that describes them: "Blue Badge holders". */
const HOLDERS_AFTER = /^['’]?\s+[a-z]+(?:ers|ors|ants|ents|ists|ees)\b/;

/**
 * Every mention of the name describes people by it ("Blue Badge holders", "Premier League footballers"): a thing's
 * name used before a plural noun for its holders, not a person's.
 */
export function namedAsModifier(name: string, texts: readonly string[]): boolean {
  let mentions = 0;
  for (const { text, at } of mentionsOf(name, texts)) {
    mentions++;
    if (!HOLDERS_AFTER.test(text.slice(at + name.length, at + name.length + 30))) return false;
  }
  return mentions > 0;
}

/** First words of the names of places and bodies in other languages: "Musée Gravelle", "El Mirador", "Santa Lucia". */
const NOT_PERSON_OPENINGS: ReadonlySet<string> = new Set(
  `El La Le Los Las Les Santa San Saint St Sankt Mount Lake Port Fort Cape Sierra Rio Villa Vila Puerto Nueva Nuevo Nowa
  Nowy Bad Musée Museo Collectif Club Real Sporting Atlético Estadio Plaza Casa Palacio Camp Air Sri São Sao Gran Grand
  Costa Cerro Monte Mar Porto Ciudad Isla Punta Bahía County Hurricane Storm Typhoon Cyclone Tropical Operation Last Next
  Early Mid Prix Premio Preis Fondation Fundación Fundação Stiftung Université Universidad Universidade Universität
  Università Institut Instituto École Lac Lago`.split(/\s+/),
);

const requireLazily = createRequire(import.meta.url);
const LANGUAGES = ['En', 'Fr', 'De', 'It', 'Es', 'Nl'];
let givenNames: ReadonlySet<string> | undefined;

/**
 * Popular given names in English, French, German, Italian, Spanish and Dutch (the human-names package, 5,300
 * names), read on first need: "Mark Swidan" and "Bob Barker" open with one, "Karoo Air" does not.
 */
export function isGivenName(word: string): boolean {
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

let genders: { female: ReadonlySet<string>; male: ReadonlySet<string> } | undefined;

/** Whether a given name is a woman's or a man's in the same lists; undefined when it is both, or neither. */
export function givenNameGender(word: string): 'female' | 'male' | undefined {
  if (!genders) {
    const female = new Set<string>();
    const male = new Set<string>();
    try {
      const lists = requireLazily('human-names') as Record<string, unknown>;
      for (const language of LANGUAGES) {
        for (const [sex, into] of [['female', female], ['male', male]] as const) {
          const list = lists[`${sex}${language}`];
          if (Array.isArray(list)) for (const name of list) if (typeof name === 'string') into.add(name);
        }
      }
    } catch {
      // Without the lists no name has a known sex: every name fits either pronoun.
    }
    genders = { female, male };
  }
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  const isFemale = genders.female.has(word) || genders.female.has(plain);
  const isMale = genders.male.has(word) || genders.male.has(plain);
  return isFemale === isMale ? undefined : isFemale ? 'female' : 'male';
}

/** An English word, whatever its case. */
export const isWord = (word: string): boolean => isEnglishWord(word.toLowerCase());

/** Lower-case words inside a name: "van", "de", "von". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'ter']);

/** Role words that may open a run before a name: "Corporal", "Nurse", "Survivor". */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...SINGLE_WORD_ROLE_HEADS,
  ...'corporal private major constable dr mr mrs ms former retired veteran acting deputy interim late local democrat republican labour conservative liberal socialist'.split(' '),
]);

/**
 * A run opening with a title or a role word before a name ("Corporal Dana Whitford", "Survivor Gary Babineau"),
 * not a name whose first word is also an English one: "Tan Mei Ling", "Lies De Wilde".
 */
const opensWithTitle = (words: readonly string[]): boolean => ROLE_WORDS.has((words[0] ?? '').toLowerCase());

/**
 * A person's name as the article writes it, or undefined when the run of capitalised words names a place, a
 * body or a thing. A rank, party or portfolio the extractor kept before the name goes ("Corporal Dana Whitford",
 * "Conservative Nicola Blackwood").
 */
export function personName(run: string, hasRole: boolean): string | undefined {
  let words = run.split(/\s+/);
  // Words of a name, or an initial ("Robert H. Schuller"); not "Nowhere. The".
  // A lower-case particle may join them: "Pieter van Dam", "Ana de Souza".
  if (!words.every((word, i) => /^\p{Lu}(?:[\p{L}'’-]+|\.)$/u.test(word) || (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(word))) || words.includes('The')) return undefined;
  if (words.length >= 3 && opensWithTitle(words)) words = words.slice(1);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  // "Estancia La Alta": a place's or body's opening after the first word.
  if (NOT_PERSON_ENDINGS.has(last) || NOT_PERSON_OPENINGS.has(first) || (words.length >= 3 && NOT_PERSON_OPENINGS.has(words[1] ?? ''))) return undefined;
  // "Karoo Air", "Svalbard Treaty", "Child Health": a name ending in an English word is a person's when it opens
  // with a given name ("Sarah Wood", "Bob Barker"), or when the article gives a role ("Beatriz Lopes, Housing
  // Minister"); "Marc Delorme" ends in none.
  // "Bush", named alone with a title ("President Bush"), is the one word of a name the title vouches for.
  if (isWord(last) && !isGivenName(first) && (!hasRole || (isWord(first) && words.length > 1))) return undefined;
  return words.join(' ');
}

