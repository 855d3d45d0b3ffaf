/**
 * Which pronoun the article uses for each person, learned from the article itself: "Blinken ... his second
 * trip" is a "he", so a follow-up's "she" is someone else. A person the article never refers to by pronoun, alone,
 * gets one from a given name that is only a woman's or only a man's in the name lists; otherwise none.
 */
import type { Entity } from '../types.js';
import type { IndexedSentence } from './article-index.js';
import { givenNameGender } from '../who-and-where/person-names.js';

export type Pronoun = 'he' | 'she';

const HE: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
const SHE: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/** The pronoun a question's words use for a person, or undefined when none or both. */
export function pronounIn(tokens: readonly string[]): Pronoun | undefined {
  let he = false;
  let she = false;
  for (const token of tokens) {
    if (HE.has(token)) he = true;
    else if (SHE.has(token)) she = true;
  }
  return he === she ? undefined : he ? 'he' : 'she';
}

/** One kind of pronoun must outnumber the other this many times over for the person to be given it. */
const CLEAR_MAJORITY = 3;

/**
 * Per entity index, the pronoun the article uses for that person: by their given name when the name lists know
 * it as only a man's or only a woman's; else counted in sentences naming exactly one person (where a "his" is
 * likely theirs) and in the next sentence of the paragraph when it names no person ("Blinken arrived on
 * Wednesday. It is his second trip").
 */
export function personPronouns(sentences: readonly IndexedSentence[], entities: readonly Entity[]): ReadonlyMap<number, Pronoun> {
  const counts = new Map<number, { he: number; she: number }>();
  const tally = (id: number, tokens: readonly string[]): void => {
    const count = counts.get(id) ?? { he: 0, she: 0 };
    for (const token of tokens) {
      if (HE.has(token)) count.he++;
      else if (SHE.has(token)) count.she++;
    }
    counts.set(id, count);
  };
  const people = (indexed: IndexedSentence): number[] => {
    const ids: number[] = [];
    for (const id of indexed.entityIds) if (entities[id]?.kind === 'person') ids.push(id);
    return ids;
  };
  sentences.forEach((indexed, position) => {
    const named = people(indexed);
    const only = named.length === 1 ? named[0] : undefined;
    // "He will be replaced on Jan. 1 by Park Ji-yeon": a pronoun opening the sentence goes back to the person
    // the sentence before named alone, not forward to the one this sentence names.
    const opening = indexed.tokens[0] ?? '';
    const opensWithPronoun = HE.has(opening) || SHE.has(opening);
    const before = sentences[position - 1];
    if (opensWithPronoun && named.length > 0 && before && before.sentence.paragraph === indexed.sentence.paragraph) {
      const earlier = people(before);
      if (earlier.length === 1 && earlier[0] !== only) tally(earlier[0] as number, [opening]);
    }
    if (only === undefined) return;
    tally(only, opensWithPronoun && !people(before ?? indexed).includes(only) ? indexed.tokens.slice(1) : indexed.tokens);
    const next = sentences[position + 1];
    if (next && next.sentence.paragraph === indexed.sentence.paragraph && people(next).length === 0) tally(only, next.tokens);
  });
  const pronouns = new Map<number, Pronoun>();
  // A given name that is only a woman's or only a man's in the name lists ("Janet Yellen", "Marcus Bell") first:
  // in a feature about her, "Bell, 33, returned as her chef" names him alone, and its "her" is hers.
  entities.forEach((entity, id) => {
    if (entity.kind !== 'person') return;
    const gender = givenNameGender(entity.name.split(/\s+/)[0] ?? '');
    if (gender !== undefined) pronouns.set(id, gender === 'female' ? 'she' : 'he');
    else {
      // "Father Ioannis Papadakis", "the victim's brother": a title or role only a man or only a woman holds, over
      // a count that takes "praying for her to come home" (the icon) for his pronoun.
      const titled = titleOrRolePronoun(entity);
      if (titled !== undefined) pronouns.set(id, titled);
    }
  });
  for (const [id, { he, she }] of counts) {
    if (pronouns.has(id)) continue;
    if (he > 0 && he >= CLEAR_MAJORITY * she) pronouns.set(id, 'he');
    else if (she > 0 && she >= CLEAR_MAJORITY * he) pronouns.set(id, 'she');
  }
  return pronouns;
}

/** The person may be the one a pronoun means: the article gives them that pronoun, or none. */
export const mayBe = (pronouns: ReadonlyMap<number, Pronoun>, id: number, pronoun: Pronoun | undefined): boolean =>
  pronoun === undefined || (pronouns.get(id) ?? pronoun) === pronoun;

/** Titles and roles only a man or only a woman holds: "Father", "Mrs", "brother", "spokeswoman". */
const MALE_WORDS: ReadonlySet<string> = new Set(
  'mr sir father fr brother son husband grandfather uncle nephew king prince lord duke baron emperor sheikh monk widower boy man spokesman chairman congressman businessman'.split(' '),
);
const FEMALE_WORDS: ReadonlySet<string> = new Set(
  'mrs ms miss madam dame lady sister nun daughter wife mother grandmother aunt niece queen princess duchess baroness empress widow girl woman spokeswoman chairwoman congresswoman businesswoman actress'.split(' '),
);

/** The pronoun a person's title (first word of an alias) or role (any word of it) gives, when only one does. */
function titleOrRolePronoun(entity: Entity): Pronoun | undefined {
  const words = [...entity.aliases.map((alias) => alias.split(/\s+/)[0] ?? ''), ...(entity.role ?? '').split(/[\s,]+/)].map((word) => word.toLowerCase().replace(/[.'’]+$/, ''));
  const he = words.some((word) => MALE_WORDS.has(word));
  const she = words.some((word) => FEMALE_WORDS.has(word));
  return he === she ? undefined : he ? 'he' : 'she';
}
