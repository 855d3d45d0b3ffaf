/**
 * Whom the article quotes: the people it names as speaking ("..., Blinken said", "said Miller", "Matthew
 * Miller, the State Department spokesman, told reporters"), and the speakers it gives only by description ("a
 * senior State Department official said"). General news English.
 */
import type { Briefing, Entity } from '../types.js';
import { describedPerson, sameName, type Person } from './index.js';
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

const SPEECH_VERBS = 'said|says|told|added|explained|noted|warned|stressed|argued|insisted|replied|wrote|tweeted|recalled|acknowledged|admitted|asked';

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

/** People quoted by name, most quoted first. */
function namedSpeakers(briefing: Briefing): QuotedPerson[] {
  const found: Array<QuotedPerson & { quotes: number }> = [];
  for (const entity of briefing.entities) {
    if (entity.kind !== 'person') continue;
    const quoting = entity.sentenceIds.filter((id) => speaksIn(entity, briefing.sentences[id]?.text ?? ''));
    const first = quoting[0];
    if (first === undefined) continue;
    const person = describedPerson(entity, briefing);
    if (person === undefined) continue;
    const same = found.find((p) => sameName(p.name, person.name));
    if (same) {
      same.quotes += quoting.length;
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
 * The sentence has the person speak: a name of theirs (in full, or its last word) right before a speech verb,
 * perhaps with a role between commas, or right after "said". "Blinken's spokesman said" is not Blinken speaking.
 */
function speaksIn(entity: Entity, text: string): boolean {
  if (text === '') return false;
  const names = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    names.add(form);
    const last = form.split(/\s+/).at(-1);
    if (last && /^\p{Lu}/u.test(last) && last.length > 2) names.add(last);
  }
  const name = [...names].map(escapeRegExp).join('|');
  const pattern = new RegExp(
    `\\b(?:${name})(?![\\p{L}'’])(?:,[^,.;"“”]{1,80},)?\\s+(?:${SPEECH_VERBS})\\b|\\b(?:said|says|according to)\\s+(?:${name})(?![\\p{L}'’])`,
    'u',
  );
  return pattern.test(text);
}

/** A speaker by description: "a senior State Department official said", "said the Chinese Foreign Ministry spokesman". */
const DESCRIBED_SPEAKER = new RegExp(
  String.raw`\b(?:an?|the|one|another)\s+((?:[\p{L}-]+\s+){1,5}?)(official|spokes(?:man|woman|person)|diplomat|source|analyst|envoy|aide)\s+(?:${SPEECH_VERBS})\b`,
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

/**
 * Speakers the article describes but does not name, first quoted first; "the official said" alone describes no
 * one new, and "a White House spokesman said" is likely the White House spokesman it names elsewhere.
 */
function describedSpeakers(briefing: Briefing, named: readonly QuotedPerson[]): Pick<Quoted, 'unnamed' | 'unnamedSentenceIds'> {
  const namedRoles = named.flatMap((person) => (person.role ? [person.role.toLowerCase()] : []));
  const byDescription = new Map<string, { words: string; role: string; ordinals: Set<string>; sentenceId: number }>();
  for (const sentence of briefing.sentences) {
    for (const match of sentence.text.matchAll(DESCRIBED_SPEAKER)) {
      // "told a reporter the senior official said": the description starts after its last article.
      const run = (match[1] ?? '').trim().split(/\s+/);
      const lastArticle = run.map((word) => word.toLowerCase()).findLastIndex((word) => word === 'a' || word === 'an' || word === 'the');
      const all = run.slice(lastArticle + 1);
      const words = all.filter((word) => !ORDINALS.has(word.toLowerCase()));
      if (words.length === 0 || !words.some((word) => /^\p{Lu}/u.test(word) || word.toLowerCase() === 'senior')) continue;
      const role = (match[2] ?? '').toLowerCase();
      const key = `${words.join(' ').toLowerCase()} ${role}`;
      if (namedRoles.some((namedRole) => namedRole === key || namedRole.endsWith(` ${key}`))) continue;
      const entry = byDescription.get(key) ?? { words: words.join(' '), role, ordinals: new Set<string>(), sentenceId: sentence.id };
      for (const word of all) if (ORDINALS.has(word.toLowerCase())) entry.ordinals.add(word.toLowerCase());
      byDescription.set(key, entry);
    }
  }
  const entries = [...byDescription.values()].slice(0, MAX_QUOTED);
  return {
    unnamed: entries.map(({ words, role, ordinals }) => {
      const count = Math.min(Math.max(ordinals.size, ...[...ordinals].map((word) => ORDINALS.get(word) ?? 1)), COUNTS.length - 1);
      if (count >= 2) return `${COUNTS[count]} ${words} ${role}s`;
      return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words} ${role}`;
    }),
    unnamedSentenceIds: entries.map((entry) => entry.sentenceId),
  };
}
