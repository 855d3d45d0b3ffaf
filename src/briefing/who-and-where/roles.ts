/**
 * A person's role as the article gives it: the extractor's role made whole and qualified ("civil protection
 * chief", "former Iranian President"), or, where it found none, the one an apposition gives.
 */
import type { Briefing, Entity } from '../types.js';
import { SINGLE_WORD_ROLE_HEADS } from '../ingest/gazetteer.js';
import { isDemonym } from '../search/related-terms.js';
import { isGivenName, isWord } from './person-names.js';
import { escapeRegExp } from './regexp.js';

/**
 * "president of the", "But Socialist leader", "general" (of "auditor general"): a role cut short or opened by
 * the sentence's conjunction.
 */
export function cleanRole(role: string | undefined): string | undefined {
  if (role === undefined) return undefined;
  const trimmed = role.replace(/^(?:But|And|So|Yet|Or)\s+/, '').trim();
  if (!trimmed || trimmed === 'general' || /\b(?:of|for|at|with)(?:\s+the)?$/i.test(trimmed)) return undefined;
  return trimmed;
}

/**
 * Words that open a role in lower case unless they open the sentence: "Political scientist Pawel Nowak said".
 * A list, not a rule: "Danish director", "Democratic state senator", "Falcons owner" and "Secretary of Defense"
 * keep the capitals the article gives them.
 */
const COMMON_ROLE_OPENERS: ReadonlySet<string> = new Set(
  `political union company park head chief lead opposition independent senior deputy former local regional police fire
  health team club party family government city county district school hospital museum airport university forensic
  legal military state federal national`.split(/\s+/),
);

/**
 * A role as shown after a name: "A spokesman" (the article of a sentence's opening) is "spokesman", "Political
 * scientist" (capitalised as the sentence's first word) "political scientist"; "Labor Secretary" keeps its capitals.
 */
export function tidyRole(role: string): string {
  const bare = role.replace(/^(?:A|An|The)\s+(?=\p{L})/u, '');
  const [first = '', ...rest] = bare.split(/\s+/);
  const lowered = first.toLowerCase();
  const rolesInLowerCase = rest.length > 0 && rest.every((word) => !/^\p{Lu}/u.test(word));
  return rolesInLowerCase && first !== lowered && COMMON_ROLE_OPENERS.has(lowered) ? `${lowered}${bare.slice(first.length)}` : bare;
}

/** Words before a role that change what it says: a "former captain" leads no team now. */
const ROLE_QUALIFIER = String.raw`former|retired|ex-|outgoing|late|acting|interim|deputy|then`;

/** The role as the article qualifies it next to the name: "former Albion captain Ryan Teague", not "Albion captain". */
export function qualifiedRole(role: string, entity: Entity, briefing: Briefing): string {
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
    // A headline's words before a role are its verbs as often as not ("Norbridge Town sack manager Graham Oakes").
    if (briefing.sentences[id]?.kind === 'headline') continue;
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
    // "German art collector" keeps its capital: a people's adjective is written so anywhere.
    const common = /^\p{Ll}/u.test(next) && isWord(first) && !isGivenName(first) && !isDemonym(first.toLowerCase());
    if (from === 0 && match.index === 0 && common) widened[0] = first.toLowerCase();
    return `${widened.join(' ')} ${role}`;
  }
  return role;
}

/** Longest role read from an apposition, in words: longer runs are clauses, not roles. */
const MAX_ROLE_WORDS = 10;

/**
 * "Grace Achieng, an epidemiologist at the Kenya Medical Research Institute who led the study": the role an
 * apposition gives, when the extractor found none (its roles start from a list of role words). So do "Darragh
 * Keogh, 31, who was the home's manager" and "Park Ji-yeon, 49, currently head of the company's European business".
 */
export function appositiveRole(entity: Entity, briefing: Briefing): string | undefined {
  // Up to a comma, a stop or a relative clause; the dots of "the top U.S. commander in Iraq" are no stop.
  // Without an article the apposition must open with a role noun: "Graham Pike, chairman of the Northern Cattle
  // Producers Group, said"; "Kylie Nguyen, 41, said" and "Paris, Texas" give none.
  const pattern = new RegExp(
    `\\b${escapeRegExp(entity.name)}, (?:\\d{1,3}, )?(?:who (?:is|was|will be|has been|had been) |(?:currently|now|formerly|previously|also) )?(?:(?:a|an|the) |(?=(?:${ROLE_NOUNS})\\b))((?:[^,.;:"“”]|\\.(?=\\w|\\s+\\p{Ll})){3,120}?)(?=[,;]|\\.(?!\\w|\\s+\\p{Ll})| who\\b| which\\b| whose\\b)`,
    'u',
  );
  for (const id of entity.sentenceIds) {
    const found = pattern.exec(briefing.sentences[id]?.text ?? '')?.[1];
    const role = found === undefined ? undefined : withinRoleLength(found);
    // "in Siemianowice Śląskie, a spokeswoman for the ambulance service said": a clause, not a role.
    if (role !== undefined && !SPEECH_VERB.test(role) && !cutAtAComma(role)) return role;
  }
  // "Park Sung-ho, 63, who will step down as chief executive at the end of the year": the outgoing chief executive.
  const leaving = new RegExp(`\\b${escapeRegExp(entity.name)}, (?:\\d{1,3}, )?who (?:will step|is stepping|steps) down as (?:the )?((?:[\\p{L}'’-]+ ){0,3}(?:${ROLE_NOUNS}))\\b`, 'u');
  for (const id of entity.sentenceIds) {
    const found = leaving.exec(briefing.sentences[id]?.text ?? '')?.[1];
    if (found !== undefined) return `outgoing ${found}`;
  }
  return undefined;
}

/** Single words that say what someone does: "teacher", "pilot", "economist", "spokeswoman", "mother". */
const ONE_WORD_ROLE = /(?:er|or|ist|ian|ant|ent|man|woman|person|ess|ee)$/;

/**
 * "Naledi Khumalo, an ear, nose and throat specialist": the apposition stops at the list's first comma, and
 * "ear" is no role. A role of one word must read as one: a role head, or a doer's ending ("teacher", "economist").
 */
function cutAtAComma(role: string): boolean {
  if (/\s/.test(role)) return false;
  const word = role.toLowerCase();
  return !SINGLE_WORD_ROLE_HEADS.includes(word) && !ONE_WORD_ROLE.test(word);
}

/**
 * "chief economist for Latin America at the investment bank Delmar Capital in New York": a role too long to
 * show loses its last phrases of place ("in New York", then "at the investment bank ...") until it fits.
 */
function withinRoleLength(role: string): string | undefined {
  let words = role.split(/\s+/);
  while (words.length > MAX_ROLE_WORDS) {
    // Not the "for" inside a name: "Campaign for Real Ale" ("in Iraq" after a name is a place).
    const insideName = (i: number): boolean => words[i] === 'for' && CAPITALISED.test(words[i - 1] ?? '') && CAPITALISED.test(words[i + 1] ?? '');
    const cut = words.findLastIndex((word, i) => i > 0 && TRAILING_PHRASE_OPENERS.has(word) && !insideName(i));
    if (cut < 0) return undefined;
    words = words.slice(0, cut);
  }
  return words.join(' ');
}

const CAPITALISED = /^\p{Lu}/u;
/** Prepositions that open a phrase a role can do without. */
const TRAILING_PHRASE_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'for', 'from', 'with', 'on', 'near']);

const SPEECH_VERB = /\b(?:said|says|told|tells|added|wrote)\b/;

/** Nouns that open a role written without an article, in lower case as news writes them after a name. */
const ROLE_NOUNS = [
  'chief', 'head', 'chairman', 'chairwoman', 'chair', 'director', 'president', 'vice', 'deputy', 'spokesman', 'spokeswoman',
  'spokesperson', 'secretary', 'minister', 'professor', 'lecturer', 'editor', 'founder', 'co-founder', 'manager', 'coach',
  'captain', 'leader', 'mayor', 'governor', 'senator', 'ambassador', 'economist', 'analyst', 'researcher', 'lawyer', 'attorney',
  'executive', 'commander', 'owner', 'partner', 'author', 'adviser', 'advisor', 'principal', 'curator', 'general secretary',
].join('|');

/**
 * "Northlight Pictures, a company co-owned by ...": an apposition that makes the name a body or a place ("a company
 * spokesman" is a person).
 */
export const NOT_A_PERSON_ROLE =
  /^(?:[\p{L}-]+ ){0,2}(?:company|firm|group|charity|agency|organi[sz]ation|town|city|village|region|province|district|river|lake|mountain|island|hospital|university|college|school|club|team|band|newspaper|magazine|channel|network|airline|museum|gallery|brand|start-?up|ship|vessel|boat|building|bridge|road|street|park|festival|programme|program|project|treaty|law|bill|species|breed|drug|vaccine|painting|film|book|novel|song|album|series|show)\b(?!(?:['’]s)? (?:president|director|executive|chief|spokes\w+|founder|owner|manager|chair\w*|head|boss|official|lawyer|doctor|professor|researcher|employee|worker|member|leader|officer|coach|captain|player|driver|pilot|teacher|student|nurse))/iu;

/** "He is, of course, the Iranian foreign minister.": a role said of "he" or "she" in a sentence of its own. */
const PRONOUN_ROLE = new RegExp(
  String.raw`^(?:He|She) is,?(?: of course,| now,)? (?:the|a|an) ((?:[\p{L}-]+ ){0,3}?(?:${ROLE_NOUNS}|${SINGLE_WORD_ROLE_HEADS.join('|')}))(?=[.,;]| (?:of|for|at|in|to|who)\b)`,
  'u',
);

/** Mentions of a person after which a sentence giving "he" or "she" a role is looked for. */
const MENTIONS_FOR_PRONOUN_ROLE = 3;

/**
 * The role a sentence after one of a person's first mentions gives "he" or "she", when that mention names no one
 * else: "... about Mohammad Javad Zarif. He is, of course, the Iranian foreign minister."
 */
export function pronounRole(entity: Entity, briefing: Briefing): string | undefined {
  for (const id of entity.sentenceIds.slice(0, MENTIONS_FOR_PRONOUN_ROLE)) {
    if (briefing.entities.some((other) => other !== entity && other.kind === 'person' && other.sentenceIds.includes(id))) continue;
    const role = PRONOUN_ROLE.exec(briefing.sentences[id + 1]?.text ?? '')?.[1];
    if (role !== undefined) return role;
  }
  return undefined;
}
