/**
 * A person as a reader is shown them: the name the extractor found, cleaned, with the role the article gives.
 */
import type { Briefing, Entity } from '../types.js';
import { namedAsModifier, namedAsPlaceOrBody, namedAsWork, personName } from './person-names.js';
import { appositiveRole, cleanRole, NOT_A_PERSON_ROLE, pronounRole, qualifiedRole, tidyRole } from './roles.js';
import { escapeRegExp } from './regexp.js';

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
  // "The university's vice-chancellor, Professor Richard Hale,": the title is no role when the article gives one.
  const titled = cleanRole(entity.role);
  const extracted = titled !== undefined && BARE_TITLE.test(titled) ? (roleSetOffBefore(entity, briefing) ?? titled) : titled;
  const apposition = extracted === undefined ? (appositiveRole(entity, briefing) ?? pronounRole(entity, briefing)) : undefined;
  if (apposition !== undefined && NOT_A_PERSON_ROLE.test(apposition)) return undefined;
  const found = extracted !== undefined ? qualifiedRole(extracted, entity, briefing) : apposition;
  const role = found === undefined ? undefined : tidyRole(found);
  const texts = briefing.sentences.map((sentence) => sentence.text);
  const name = personName(entity.name, role !== undefined || surnameSpeaks(entity.name, texts) || surnameTitled(entity.name, texts));
  if (name === undefined) return undefined;
  if (role === undefined && (namedAsPlaceOrBody(name, texts) || namedAsWork(name, texts) || namedAsModifier(name, texts))) return undefined;
  return role === undefined ? { name } : { name, role };
}

/** A title that says nothing of what someone does: "Professor", "Dr". */
const BARE_TITLE = /^(?:professor|prof\.?|dr\.?|doctor|sir|dame)$/i;

/**
 * "The university's vice-chancellor, Professor Richard Hale,", "the club's chairwoman, Dr Anna Berg,": a role set
 * off by a comma before the titled name, after "the", "a" or a possessive.
 */
function roleSetOffBefore(entity: Entity, briefing: Briefing): string | undefined {
  const name = escapeRegExp(entity.name.replace(/^(?:Professor|Prof\.?|Dr\.?|Doctor|Sir|Dame)\s+/, ''));
  const pattern = new RegExp(
    String.raw`(?:^|\s)(?:(?:the|a|an|The|A|An)\s+)?(?:[\p{L}-]+['’]s\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s+(?:Professor|Prof\.?|Dr\.?|Doctor|Sir|Dame)\s+${name}\b`,
    'u',
  );
  for (const id of entity.sentenceIds) {
    const match = pattern.exec(briefing.sentences[id]?.text ?? '');
    if (match?.[1] !== undefined && ROLE_WORD_ENDING.test(match[1])) return match[1];
  }
  return undefined;
}
/** A role's last word reads as one: a doer ("chancellor", "chairwoman", "director") or a head ("head", "chief"). */
const ROLE_WORD_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|person|ess|ee|head|chief|chair|dean|principal)$/;

/**
 * "Nannette Blitz" and later '"...," said Blitz': the surname alone speaking vouches for a name ending in an
 * English word, as a role would ("Karoo Air" never speaks as "Air").
 */
/** "Ms Castell won 48,215 votes": a surname after a courtesy title is someone's, whatever word it also is. */
function surnameTitled(name: string, texts: readonly string[]): boolean {
  const last = name.split(' ').at(-1) ?? '';
  if (last === name) return false;
  const titled = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? ${escapeRegExp(last)}\\b`, 'u');
  return texts.some((text) => titled.test(text));
}

function surnameSpeaks(name: string, texts: readonly string[]): boolean {
  const last = name.split(' ').at(-1) ?? '';
  if (last === name) return false;
  const surname = escapeRegExp(last);
  const speaking = new RegExp(`\\b(?:said|says|told|added|recalled) ${surname}\\b|(?<![\\p{L}-] )\\b${surname} (?:said|says|told|added|recalled)\\b`, 'u');
  return texts.some((text) => speaking.test(text));
}

/**
 * The first sentence naming the entity that gives `role` (as written, any case), else the sentence after a
 * mention that gives it of "he" or "she" (`pronounRole`), else the first naming it.
 */
export function introducingSentence(entity: Entity, briefing: Briefing, role?: string): number | undefined {
  const lowerRole = role?.toLowerCase();
  if (lowerRole === undefined) return entity.sentenceIds[0];
  const gives = (id: number): boolean => briefing.sentences[id]?.text.toLowerCase().includes(lowerRole) ?? false;
  return entity.sentenceIds.find(gives) ?? entity.sentenceIds.map((id) => id + 1).find(gives) ?? entity.sentenceIds[0];
}
