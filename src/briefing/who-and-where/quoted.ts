/**
 * Whom the article quotes: the people it names as speaking ("..., Blinken said", "said Miller", "Matthew
 * Miller, the State Department spokesman, told reporters"), and the speakers it gives only by description ("a
 * senior State Department official said"). General news English.
 */
import type { Briefing, Entity } from '../types.js';
import { describedPerson, sameName, type Person } from './described-person.js';
import { givenNameGender, isGivenName, isWord } from './person-names.js';
import { escapeRegExp } from './regexp.js';

export interface QuotedPerson extends Person {
  /** The first sentence quoting them: an answer's source. */
  sentenceId: number;
}

export interface Quoted {
  readonly named: readonly Readonly<QuotedPerson>[];
  /** Speakers given only by description: "a senior State Department official", "two senior State Department officials". */
  readonly unnamed: readonly string[];
  /** The first sentence quoting each of `unnamed`, in the same order. */
  readonly unnamedSentenceIds: readonly number[];
}

/** At most this many named speakers and described ones: a reader wants the voices of the story, not a census. */
export const MAX_QUOTED = 8;

// Not "admitted" or "recalled": "captain Hansie Cronje admitted taking money" tells of him; it quotes no one.
const SPEECH_VERBS = 'said|says|told|added|explained|noted|warned|stressed|argued|insisted|replied|wrote|tweeted|posted|texted|emailed';

/** Whom the article quotes, read once per briefing. */
export function quotedPeople(briefing: Briefing): Quoted {
  let found = known.get(briefing);
  if (!found) {
    const named = namedSpeakers(briefing);
    found = { named, ...describedSpeakers(briefing, named) };
    known.set(briefing, found);
  }
  return found;
}

const known = new WeakMap<Briefing, Quoted>();

/** People quoted by name (or by "she said" right after they are named), most quoted first. */
function namedSpeakers(briefing: Briefing): QuotedPerson[] {
  const quotingByEntity = new Map<number, number[]>();
  const add = (entityIndex: number, sentenceId: number): void => {
    const ids = quotingByEntity.get(entityIndex) ?? [];
    if (!ids.includes(sentenceId)) ids.push(sentenceId);
    quotingByEntity.set(entityIndex, ids);
  };
  const patterns = new Map<number, RegExp>();
  briefing.entities.forEach((entity, entityIndex) => {
    if (entity.kind !== 'person') return;
    const pattern = speakerPattern(entity);
    patterns.set(entityIndex, pattern);
    for (const id of entity.sentenceIds) if (pattern.test(briefing.sentences[id]?.text ?? '')) add(entityIndex, id);
  });
  for (const [sentenceId, entityIndex] of pronounSpeakers(briefing, patterns)) add(entityIndex, sentenceId);

  const found: Array<QuotedPerson & { quotes: number }> = [];
  for (const [entityIndex, quoting] of quotingByEntity) {
    const entity = briefing.entities[entityIndex];
    const person = entity && describedPerson(entity, briefing);
    if (!person || !readsAsSpeaker(person, entity)) continue;
    const first = Math.min(...quoting);
    const same = found.find((p) => sameName(p.name, person.name));
    if (same) {
      same.quotes += quoting.length;
      same.sentenceId = Math.min(same.sentenceId, first);
      continue;
    }
    found.push({ ...person, sentenceId: first, quotes: quoting.length });
  }
  return found
    .sort((a, b) => b.quotes - a.quotes || a.sentenceId - b.sentenceId)
    .slice(0, MAX_QUOTED)
    .map(({ quotes: _quotes, ...person }) => person);
}

/**
 * A speaker named once, with no role, whose name opens with an English word that is no given name is a
 * sentence's opening, not a person: "Besides Bekele, 14 runners were treated". (Requiring a known given name
 * instead lost Luiz Carvalho, Agnieszka Kowal and Nimal Jayasekera: the lists hold six European languages.)
 */
function readsAsSpeaker(person: Person, entity: Entity): boolean {
  const first = person.name.split(/\s+/)[0] ?? '';
  return person.role !== undefined || entity.sentenceIds.length >= 2 || isGivenName(first) || !isWord(first);
}

/** A stretch between commas that describes the person before the verb ("Brian Heller, 58, of Dayton, said"), not a new clause. */
const APPOSITION = String.raw`,\s*(?!(?:and|but|or|while|who|which|when|as|after|before|because|although|though|if|so|then)\b)[^,.;"“”]{1,80}`;

/**
 * The sentence has the person speak, by a name of theirs (in full, or its last word):
 * - before a speech verb: "..., Blinken said"; "Luiz Carvalho, the player's agent, said"; "Brian Heller, 58, of
 *   Dayton, said"; "biologist Lucy Tait of the University of Otago said";
 * - after one, closing the attribution: "said Miller"; "said the group's coordinator, Tomás Ibarra."
 * "Blinken's spokesman said" is not Blinken speaking, nor is "said on Monday, Blinken will ...".
 */
function speakerPattern(entity: Entity): RegExp {
  const names = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    names.add(form);
    const last = form.split(/\s+/).at(-1);
    if (last && /^\p{Lu}/u.test(last) && last.length > 2) names.add(last);
  }
  // "Judge Caroline Ashworth KC said": honours and offices may follow the name.
  const name = `(?:${[...names].map(escapeRegExp).join('|')})(?![\\p{L}'’])(?:\\s+(?:KC|QC|CBE|OBE|MBE|MP|MEP|MSP))*`;
  const before = `\\b${name}(?:(?:${APPOSITION}){1,2},|\\s+(?:of|from|at|with)\\s+[^,.;"“”]{1,60}?)?\\s+(?:${SPEECH_VERBS})\\b`;
  // "Norway's foreign minister, Kari Lunde, said", "One survivor, 34-year-old rice farmer Dedi Kurniawan, told": a
  // name set off by commas, perhaps after its role; not "the chief executive of the cinema chain Marina Screens,
  // said", where the body closes someone else's apposition.
  const setOff = `(?:^|,\\s*)(?:(?!(?:of|for|at|in|with|from|by)\\b)[\\p{L}\\p{N}'’-]+\\s+){0,4}${name},\\s+(?:${SPEECH_VERBS})\\b`;
  // "said Dr Koetz.", "explained Dr Benjamin Koetz from the European Space Agency": capitalised titles may come between.
  const after = `\\b(?:said|says|added|explained|noted|warned|[Aa]ccording to)\\s+(?:[^,.;"“”]{1,60},\\s+|(?:\\p{Lu}[\\p{L}.]*\\s+){1,3})?${name}(?=\\s*[,.;]|\\s*$|\\s+(?:told|said|added|from|of|at)\\b)`;
  // 'Mayor Anna Berg called it "a dark day"': words in quotes the person gives to something.
  const calledIt = `\\b${name}\\s+(?:called|described)\\s+[^.;"“”]{1,40}?\\s+(?:as\\s+)?["“]`;
  return new RegExp(`${before}|${setOff}|${after}|${calledIt}`, 'u');
}

/** A quote given to "he" or "she": '"We just want to hug her," he said.' */
const PRONOUN_SPEAKS = new RegExp(String.raw`\b(he|she) (?:${SPEECH_VERBS}|also said)\b`, 'i');
/** How far back (sentences) the person a pronoun stands for may be named. */
const PRONOUN_REACH = 3;

/**
 * Sentences whose speaker is "he" or "she", with the person that stands for: in the nearest sentence before
 * that names anyone, the one person named as its subject or speaker whose given name does not contradict the
 * pronoun. Two candidates, or a sentence that names someone itself, give none: better a speaker missed than
 * one invented. `speakerPatterns`: each person entity's attribution pattern, by entity index.
 */
function pronounSpeakers(briefing: Briefing, speakerPatterns: ReadonlyMap<number, RegExp>): Array<[number, number]> {
  const peopleIn = new Map<number, number[]>();
  for (const entityIndex of speakerPatterns.keys()) {
    for (const id of briefing.entities[entityIndex]?.sentenceIds ?? []) peopleIn.set(id, [...(peopleIn.get(id) ?? []), entityIndex]);
  }
  const found: Array<[number, number]> = [];
  for (const sentence of briefing.sentences) {
    const pronoun = PRONOUN_SPEAKS.exec(sentence.text)?.[1]?.toLowerCase();
    if (pronoun === undefined || peopleIn.has(sentence.id)) continue;
    for (let back = 1; back <= PRONOUN_REACH; back++) {
      const named = peopleIn.get(sentence.id - back);
      if (!named) continue;
      const before = briefing.sentences[sentence.id - back]?.text ?? '';
      const fitting = named.filter((entityIndex) => {
        const entity = briefing.entities[entityIndex];
        return entity !== undefined && genderFits(entity.name, pronoun) && (namedAsSubject(entity, before) || speakerPatterns.get(entityIndex)?.test(before) === true);
      });
      if (fitting.length === 1 && fitting[0] !== undefined) found.push([sentence.id, fitting[0]]);
      break;
    }
  }
  return found;
}

/** Characters from a sentence's start within which its subject is named, after any role ("West Java Governor ..."). */
const SUBJECT_REACH = 60;

/**
 * The sentence names the person near its start, as its subject: "Mayor Núria Ferrer cancelled ...", not "Besides
 * Bekele, 14 runners ..." (or has them speak, wherever it names them).
 */
function namedAsSubject(entity: Entity, text: string): boolean {
  const opening = text.slice(0, SUBJECT_REACH + entity.name.length);
  return [entity.name, ...entity.aliases].some((form) => {
    const at = opening.indexOf(form);
    return at >= 0 && at <= SUBJECT_REACH && !/\b(?:besides|after|before|with|without|of|for|to|against|by|than|like)\s+$/i.test(opening.slice(0, at));
  });
}

/** The name's given name is not known as the other sex's ("Maria" for "he"); a name not known either way fits. */
function genderFits(name: string, pronoun: string): boolean {
  const given = name.split(/\s+/)[0] ?? '';
  const gender = givenNameGender(given);
  return gender === undefined || gender === (pronoun === 'she' ? 'female' : 'male');
}

/** A speaker by description: "a senior State Department official said", "one contract truck driver told". */
const DESCRIBED_SPEAKER = new RegExp(
  String.raw`\b(?:an?|the|one|another)\s+((?:[\p{L}-]+\s+){1,5}?)(official|spokes(?:man|woman|person)|diplomat|source|analyst|envoy|aide|officer|adviser|advisor|negotiator|minister|executive|lawyer|doctor|nurse|driver|vet|teacher|farmer|fisherman|resident|witness|neighbou?r|worker|employee|engineer|pilot|firefighter|paramedic|volunteer|passenger|researcher|scientist|economist|expert)\s+(?:${SPEECH_VERBS})\b`,
  'giu',
);
/** "Gurlitt's representative said", "Dahl's spokesman said": whose voice they are is their description. */
const OWNED_SPEAKER = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}['’]s)\s+(representative|spokes(?:man|woman|person)|lawyer|attorney|agent|aide|adviser|advisor)\s+(?:${SPEECH_VERBS})\b`,
  'gu',
);
/** "a spokesman for the regional fire service said", "a lawyer for the family told": whom they speak for is their description. */
const DESCRIBED_FOR_SPEAKER = new RegExp(
  String.raw`\b(?:an?|one|another)\s+((?:[\p{L}-]+\s+){0,3}?)(spokes(?:man|woman|person)|official|lawyer|adviser|advisor|representative)\s+(for|at|of|with)\s+((?:the\s+)?[^,.;"“”]{2,60}?),?\s+(?:${SPEECH_VERBS})\b`,
  'giu',
);

/**
 * Words that tell several speakers of one description apart ("the second senior official"), with how many
 * speakers each implies: "a second" official means there were two, "another" at least two.
 */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['first', 1],
  ['second', 2],
  ['another', 2],
  ['other', 2],
  ['third', 3],
  ['fourth', 4],
]);
const COUNTS = ['', 'one', 'two', 'three', 'four'];
/** Words that describe no one new: "the same official", "the latter spokesman". */
const VAGUE_DESCRIPTORS: ReadonlySet<string> = new Set(['same', 'latter', 'aforementioned', 'above']);

/**
 * Speakers the article describes but does not name, first quoted first; "the official said" alone describes no
 * one new, and "a White House spokesman said" is likely the White House spokesman it names elsewhere.
 */
function describedSpeakers(briefing: Briefing, named: readonly QuotedPerson[]): Pick<Quoted, 'unnamed' | 'unnamedSentenceIds'> {
  const namedRoles = named.flatMap((person) => (person.role ? [person.role.toLowerCase()] : []));
  const byDescription = new Map<string, { singular: string; plural: string; ordinals: Set<string>; sentenceId: number }>();
  const consider = (all: readonly string[], role: string, sentenceId: number, after = ''): void => {
    const words = all.filter((word) => !ORDINALS.has(word.toLowerCase()));
    if (words.some((word) => VAGUE_DESCRIPTORS.has(word.toLowerCase()))) return;
    const singular = [...words, role, after].filter(Boolean).join(' ');
    const key = singular.toLowerCase();
    if (namedRoles.some((namedRole) => namedRole === key || namedRole.endsWith(` ${key}`))) return;
    const entry = byDescription.get(key) ?? { singular, plural: [...words, `${role}s`, after].filter(Boolean).join(' '), ordinals: new Set<string>(), sentenceId };
    for (const word of all) if (ORDINALS.has(word.toLowerCase())) entry.ordinals.add(word.toLowerCase());
    byDescription.set(key, entry);
  };
  for (const sentence of briefing.sentences) {
    for (const match of sentence.text.matchAll(DESCRIBED_SPEAKER)) {
      // "told a reporter the senior official said": the description starts after its last article.
      const run = (match[1] ?? '').trim().split(/\s+/);
      const lastArticle = run.map((word) => word.toLowerCase()).findLastIndex((word) => word === 'a' || word === 'an' || word === 'the');
      const all = run.slice(lastArticle + 1);
      // "a hospital spokeswoman", "a senior State Department official"; "the official" alone is one already met.
      if (all.some((word) => !ORDINALS.has(word.toLowerCase()))) consider(all, (match[2] ?? '').toLowerCase(), sentence.id);
    }
    for (const match of sentence.text.matchAll(OWNED_SPEAKER)) consider([match[1] ?? ''], (match[2] ?? '').toLowerCase(), sentence.id);
    for (const match of sentence.text.matchAll(DESCRIBED_FOR_SPEAKER)) {
      const all = (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
      consider(all, (match[2] ?? '').toLowerCase(), sentence.id, `${match[3] ?? ''} ${match[4] ?? ''}`.trim());
    }
  }
  const entries = [...byDescription.values()].slice(0, MAX_QUOTED);
  return {
    unnamed: entries.map(({ singular, plural, ordinals }) => {
      const count = Math.min(Math.max(ordinals.size, ...[...ordinals].map((word) => ORDINALS.get(word) ?? 1)), COUNTS.length - 1);
      // "Gurlitt's representative" takes no article.
      const owned = /^[^ ]+(?: \p{Lu}[^ ]*){0,2}['’]s /u.test(singular);
      return count >= 2 ? `${COUNTS[count]} ${plural}` : owned ? singular : `${anOrA(singular)} ${singular}`;
    }),
    unnamedSentenceIds: entries.map((entry) => entry.sentenceId),
  };
}

/** "an" before a vowel sound: "an Interior Ministry official", "a European official", "a US official". */
const anOrA = (words: string): string => (/^[aeiou]/i.test(words) && !/^(?:eu|uni|use|usu|one|U\.?S\b|UK\b)/i.test(words) ? 'an' : 'a');
