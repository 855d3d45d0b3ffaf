/**
 * Who a sentence is about when it does not say the name. News names its subject once, then calls them
 * by role or epithet ("America's top diplomat has landed in Shanghai", "the secretary of state said"):
 * such a sentence is partly about the person the question names.
 */
import type { ArticleIndex } from '../search/article-index.js';
import { mayBe, type Pronoun } from '../search/pronouns.js';
import { stem } from '../text/tokens.js';

export interface SubjectReference {
  /** Terms of the person referred to, as if the sentence had named them. */
  terms: ReadonlySet<string>;
  /** How sure the reference is (0..1): the share of the name's coverage the sentence earns. */
  credit: number;
  /** Position of the sentence just before that names the person, when that is where the reference comes from. */
  antecedent: number | undefined;
}

/** Named by its role with an article or possessive: "the secretary of state", not "a new president". */
const ROLE_CREDIT = 0.8;
/** Opens with a pronoun or an epithet right after the sentence naming them: "America's top diplomat has ...". */
const EPITHET_CREDIT = 0.8;
/** Describes them before the next sentence names them: "A 16-year-old schoolgirl ... . Losaline Mahe ...". */
const DESCRIPTION_CREDIT = 0.7;
/** Merely follows the sentence naming them, naming nobody else. */
const NEIGHBOUR_CREDIT = 0.5;

/** Opens with "he" or "she"; an opening epithet ("America's top diplomat") is read with the sentence's features. */
const OPENS_WITH_PRONOUN = /^(?:he|she)\b/;
/** Opens with "her", "his" or "their" and a noun: "Her mother, Folake Bakare, ...". */
const OPENS_WITH_POSSESSIVE = /^(?:her|his|their) \p{L}/u;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const roleCache = new WeakMap<ArticleIndex, Map<number, RegExp | null>>();

function rolePattern(index: ArticleIndex, id: number): RegExp | null {
  let byId = roleCache.get(index);
  if (!byId) {
    byId = new Map();
    roleCache.set(index, byId);
  }
  let pattern = byId.get(id);
  if (pattern === undefined) {
    const role = index.entities[id]?.role?.trim().toLowerCase();
    pattern = role ? new RegExp(String.raw`(?:\bthe|['’]s)\s+(?:[\p{L}-]+\s+){0,2}${escape(role)}\b`, 'u') : null;
    byId.set(id, pattern);
  }
  return pattern;
}

/** The previous body sentence (captions and headlines skipped), if it is in the same or the previous paragraph. */
function previousBody(index: ArticleIndex, position: number): number | undefined {
  const here = index.sentences[position];
  for (let p = position - 1; p >= 0 && p >= position - 3; p--) {
    const candidate = index.sentences[p];
    if (!candidate || candidate.sentence.kind !== 'body') continue;
    return here && here.sentence.paragraph - candidate.sentence.paragraph <= 1 ? p : undefined;
  }
  return undefined;
}

/** Per article: per set of people (ids joined), the reference of each sentence position (null: none). */
const references = new WeakMap<ArticleIndex, Map<string, Array<SubjectReference | null>>>();
/** The people of the last call (a copy) and their key: the ranker asks about the same people for every candidate sentence. */
let lastPeople: number[] = [];
let lastPeopleKey = '';
/** Most lists of people remembered per article (each holds one entry per sentence at most). */
const MAX_PEOPLE_LISTS = 1_000;

const samePeople = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/** Whether the sentence at `position` refers to one of `personIds` without naming them, and how surely. */
export function subjectReference(index: ArticleIndex, position: number, personIds: readonly number[]): SubjectReference | undefined {
  // Depends only on the article, the sentence and the people: computed once per article (sentences x people).
  let known = references.get(index);
  if (!known) {
    known = new Map();
    references.set(index, known);
  }
  if (!samePeople(personIds, lastPeople)) {
    lastPeople = [...personIds];
    lastPeopleKey = personIds.join(',');
  }
  let byPosition = known.get(lastPeopleKey);
  if (!byPosition) {
    byPosition = [];
    if (known.size < MAX_PEOPLE_LISTS) known.set(lastPeopleKey, byPosition);
  }
  let reference = byPosition[position];
  if (reference === undefined) {
    reference = findReference(index, position, personIds) ?? null;
    byPosition[position] = reference;
  }
  return reference ?? undefined;
}

function findReference(index: ArticleIndex, position: number, personIds: readonly number[]): SubjectReference | undefined {
  const indexed = index.sentences[position];
  if (!indexed || indexed.sentence.kind !== 'body') return undefined;
  for (const id of personIds) {
    const terms = index.entityTerms[id];
    if (!terms) continue;
    const previous = previousBody(index, position);
    // "Ayomide grew up in Makoko. Her mother, Folake Bakare, 41, ...": the sentence names another, but "her" is Ayomide,
    // named before by a word of her name no one else has.
    if (previous !== undefined && OPENS_WITH_POSSESSIVE.test(indexed.lower) && !ownWords(index, id).some((term) => indexed.terms.has(term)) && namesOnly(index, previous, id)) return { terms, credit: EPITHET_CREDIT, antecedent: previous };
    if (indexed.entityIds.has(id)) continue;
    const role = index.entities[id]?.role;
    // The plain substring test first: the pattern is only worth running where the role is written at all.
    if (role && indexed.lower.includes(role.toLowerCase()) && rolePattern(index, id)?.test(indexed.lower)) return { terms, credit: ROLE_CREDIT, antecedent: undefined };
    if (indexed.entityKinds.has('person')) continue;
    if (previous === undefined || !index.sentences[previous]?.entityIds.has(id)) continue;
    const credit = OPENS_WITH_PRONOUN.test(indexed.lower) || indexed.features.openingEpithet !== undefined ? EPITHET_CREDIT : NEIGHBOUR_CREDIT;
    return { terms, credit, antecedent: previous };
  }
  return undefined;
}

/**
 * "A 16-year-old schoolgirl from Tonga has ...": a sentence opening (after its dateline) with someone not yet named,
 * by a description.
 */
const OPENS_WITH_DESCRIPTION = /^(?:[\p{L} .,'’()]{2,40} (?:—|–|--) )?an? (?!(?:few|number|lot|total|series|group|couple|spokesman|spokeswoman|spokesperson)\b)[\p{L}\d]/u;

/**
 * A news lead that describes its subject before naming them: "A 16-year-old schoolgirl from Tonga has broken a
 * 27-year-old record ... . Losaline Mahe crossed the line in 11.41 seconds ...". The description is the person the
 * next sentence opens by naming, where that is their first mention in the article.
 */
function introducesBeforeNaming(index: ArticleIndex, position: number, id: number): boolean {
  const indexed = index.sentences[position];
  if (!indexed || !OPENS_WITH_DESCRIPTION.test(indexed.lower)) return false;
  const next = nextBody(index, position);
  const named = next === undefined ? undefined : index.sentences[next];
  if (!named || !named.entityIds.has(id)) return false;
  // Named there for the first time in the story (a headline may have named them already).
  for (let p = 0; p < position; p++) if (index.sentences[p]?.sentence.kind === 'body' && index.sentences[p]?.entityIds.has(id)) return false;
  // The name opens the sentence: its first word is a word of the person's name.
  const opening = named.lower.match(/^[\p{L}'’-]+/u)?.[0];
  return opening !== undefined && index.entityTerms[id]?.has(stem(opening.replace(/['’]s$/, ''))) === true;
}

/**
 * "A 16-year-old schoolgirl from Tonga has broken ...", before "Losaline Mahe crossed the line ...", as a reference to
 * her for coverage, less sure than "she" after her name: where the article also says "She is 12 years and 9 months
 * old", that answers first. Read for ages only: as a reference for every question it cost an answer elsewhere.
 */
export function descriptionReference(index: ArticleIndex, position: number, people: readonly number[]): SubjectReference | undefined {
  for (const id of people) {
    const terms = index.entityTerms[id];
    if (terms !== undefined && !index.sentences[position]?.entityKinds.has('person') && introducesBeforeNaming(index, position, id)) return { terms, credit: DESCRIPTION_CREDIT, antecedent: undefined };
  }
  return undefined;
}

/** The sentence describing the person before the story first names them (see `introducesBeforeNaming`), if any. */
export function describedBeforeNaming(index: ArticleIndex, id: number): number | undefined {
  const first = index.sentences.findIndex((indexed) => indexed.sentence.kind === 'body' && indexed.entityIds.has(id));
  const before = first > 0 ? previousBody(index, first) : undefined;
  return before !== undefined && introducesBeforeNaming(index, before, id) ? before : undefined;
}

/** The next body sentence, if it is in the same or the next paragraph. */
function nextBody(index: ArticleIndex, position: number): number | undefined {
  const here = index.sentences[position];
  for (let p = position + 1; p < index.sentences.length && p <= position + 3; p++) {
    const candidate = index.sentences[p];
    if (!candidate || candidate.sentence.kind !== 'body') continue;
    return here && candidate.sentence.paragraph - here.sentence.paragraph <= 1 ? p : undefined;
  }
  return undefined;
}

/** The sentence at `position` names the person: as an entity, or by a word of their name no other person has. */
function namesOnly(index: ArticleIndex, position: number, id: number): boolean {
  const indexed = index.sentences[position];
  return indexed !== undefined && (indexed.entityIds.has(id) || ownWords(index, id).some((term) => indexed.terms.has(term)));
}

/** The words of a person's name no other person's name has: "ayomid" of Ayomide Bakare, beside Folake Bakare. */
export function ownWords(index: ArticleIndex, id: number): string[] {
  const words: string[] = [];
  for (const term of index.entityTerms[id] ?? []) {
    if (index.entities.every((entity, other) => other === id || entity.kind !== 'person' || index.entityTerms[other]?.has(term) !== true)) words.push(term);
  }
  return words;
}

/**
 * "Ayomide Bakare earned the title ... . The result gave her ... . She is 12 years and 9 months old.": the sentence
 * opens with "he" or "she", names no one, and the nearest sentence before it naming someone (three back at most)
 * names the person. Read for ages only: as a reference for every question it cost an answer elsewhere.
 */
export function saidOfByPronoun(index: ArticleIndex, position: number, person: number): boolean {
  return pronounAntecedent(index, position, person) !== undefined;
}

/** Where `saidOfByPronoun` finds the person named: the sentence the pronoun points back to. */
function pronounAntecedent(index: ArticleIndex, position: number, person: number): number | undefined {
  const indexed = index.sentences[position];
  if (!indexed || indexed.sentence.kind !== 'body' || !OPENS_WITH_PRONOUN.test(indexed.lower) || indexed.entityKinds.has('person')) return undefined;
  let at = previousBody(index, position);
  for (let step = 0; step < 3 && at !== undefined; step++) {
    const before = index.sentences[at];
    if (!before) return undefined;
    if (before.entityKinds.has('person')) return before.entityIds.has(person) ? at : undefined;
    at = previousBody(index, at);
  }
  return undefined;
}

/**
 * The person `saidOfByPronoun` finds, as a reference for coverage: "she" is one of `people`. Right after the sentence
 * naming them, in its paragraph, the pronoun's sentence goes on with what that one said of them: "... died Sunday at
 * a hospital in Accra. He was 86." answers "how old was he when he died?".
 */
export function pronounReference(index: ArticleIndex, position: number, people: readonly number[]): SubjectReference | undefined {
  for (const id of people) {
    const terms = index.entityTerms[id];
    const antecedent = terms === undefined ? undefined : pronounAntecedent(index, position, id);
    if (terms === undefined || antecedent === undefined) continue;
    const before = index.sentences[antecedent];
    const continues = antecedent === position - 1 && before !== undefined && before.sentence.paragraph === index.sentences[position]?.sentence.paragraph;
    return { terms: continues ? new Set([...terms, ...before.terms]) : terms, credit: EPITHET_CREDIT, antecedent: undefined };
  }
  return undefined;
}

/**
 * The person a story is about, whom "she" in a first question stands for: of the people the pronoun can be, the one
 * named in the most sentences, where they are named in more than any other and in two at least.
 */
export function storyPerson(index: ArticleIndex, pronoun: Pronoun): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  let runnerUp = 0;
  index.entities.forEach((entity, id) => {
    if (entity.kind !== 'person' || !mayBe(index.personPronouns, id, pronoun)) return;
    const count = entity.sentenceIds.length;
    if (count > bestCount) {
      runnerUp = bestCount;
      bestCount = count;
      best = id;
    } else if (count > runnerUp) runnerUp = count;
  });
  return bestCount >= 2 && bestCount > runnerUp ? best : undefined;
}
