/**
 * What a conversation carries into its next turn: the topic terms (kept when the new question leaned
 * on them), the entities in play (so "he" finds the person just quoted) and where the last answer was.
 */
import type { AnswerResult } from '../answers/answer.js';
import type { TurnContext } from '../answers/context.js';
import { answeredPlaceTerms } from '../answers/answer-type.js';
import type { ArticleIndex, IndexedSentence } from '../search/article-index.js';

const MAX_CARRIED_TERMS = 12;
const MAX_CARRIED_ENTITIES = 8;
const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers)\b/i;
const OBJECT_PRONOUN = /\b(?:him|her)\b/i;
const SUBJECT_PRONOUN = /\b(?:he|she)\b/i;

/*
 * Arrays here are built by loop and push, not `filter`/`map`: optimised code builds those results as holey
 * arrays and interpreted code as packed ones, and the ranker, which reads them next turn, was deoptimised
 * each time the other kind reached it.
 */
export function nextTurnContext(index: ArticleIndex, previous: TurnContext | undefined, result: AnswerResult): TurnContext {
  const ownTerms: string[] = [];
  for (const t of result.question.terms) if (t.known) ownTerms.push(t.term);
  const leaned = previous !== undefined && (result.question.anaphoric || ownTerms.length <= 2);
  // "When did he last meet Xi?" still asks of "he": only a question naming someone, and no "he" or "she", changes who.
  const newSubject = leaned && !PERSONAL_PRONOUN.test(result.question.text);
  const asked = leaned ? firstDistinct([ownTerms, newSubject ? carriedTerms(index, previous, result.entityIds) : previous.terms], MAX_CARRIED_TERMS) : ownTerms;
  // "Where did he land?" ... "who's he meeting there?": the place that answered is what "there" means next.
  const answered = result.question.kind === 'place' && !result.answer.abstained ? answeredPlaceTerms(result.question, result.chosen) : [];
  const terms = answered.length > 0 ? firstDistinct([answered, asked], MAX_CARRIED_TERMS) : asked;

  const quotedPeople = peopleQuoted(index, result.chosen);
  // "And what did he say about Iran?": "he" is still the person the conversation was about, whoever else the answer names.
  const samePerson = leaned && PERSONAL_PRONOUN.test(result.question.text);
  // "Who replaced him?" answered "... was replaced by Gary Pennock": the person who answered is the one asked for, and
  // "how old is he?" next asks of him, not of the one "him" meant. Only where the pronoun is the object: in "who is
  // he meeting?" he is still the one followed.
  const objectAsked = samePerson && result.question.kind === 'person' && !result.answer.abstained && OBJECT_PRONOUN.test(result.question.text) && !SUBJECT_PRONOUN.test(result.question.text);
  const answeredWho = objectAsked ? newPeople(index, quotedPeople, previous.entityIds) : [];
  const entityIds = firstDistinct(
    leaned ? (samePerson ? [answeredWho, result.entityIds, previous.entityIds, quotedPeople] : [result.entityIds, quotedPeople, previous.entityIds]) : [result.entityIds, quotedPeople],
    MAX_CARRIED_ENTITIES,
  );

  const askedPlaces = placesNamed(index, result.entityIds);
  const placeTerms = answered.length > 0 ? answered : askedPlaces.length > 0 ? askedPlaces : (previous?.placeTerms ?? []);
  const askedView = result.question.viewOf !== undefined;
  const askedWho = result.question.kind === 'person' && !result.answer.abstained;
  if (result.answer.abstained) {
    // Nothing was quoted: keep pointing at what the conversation was about before.
    return { terms, entityIds, sentencePositions: previous?.sentencePositions ?? [], sectionId: previous?.sectionId ?? null, placeTerms, askedView, askedWho };
  }
  return {
    terms,
    entityIds,
    sentencePositions: positionsOf(result.chosen),
    sectionId: result.chosen[0]?.indexed.sentence.sectionId ?? null,
    placeTerms,
    askedView,
    askedWho,
  };
}

/** The people of `quoted` the conversation had not met (`known`): those an answer brought into it. */
function newPeople(index: ArticleIndex, quoted: readonly number[], known: readonly number[]): number[] {
  const people: number[] = [];
  for (const id of quoted) if (!known.includes(id) && index.entities[id]?.kind === 'person') people.push(id);
  return people;
}

/**
 * The topic's terms carried on. "What did Raj Bhopal say?" after turns on Chaand Nagpaul shifts the subject: the
 * words of the people named before go ("nagpaul" would steer "what is his role?" back to him), the topic stays.
 */
function carriedTerms(index: ArticleIndex, previous: TurnContext, named: readonly number[]): readonly string[] {
  let namesPerson = false;
  for (const id of named) if (index.entities[id]?.kind === 'person') namesPerson = true;
  if (!namesPerson) return previous.terms;
  const terms: string[] = [];
  for (const term of previous.terms) {
    let otherName = false;
    for (const id of previous.entityIds) if (!named.includes(id) && index.entityTerms[id]?.has(term)) otherName = true;
    if (!otherName) terms.push(term);
  }
  return terms;
}

/**
 * The people the answer names, the best-scoring sentence's first and each sentence's in the order it names
 * them: "Secretary of the treasury Janet Yellen visited the country ..., and Biden and Xi speak on the phone"
 * is about Yellen, whom a "she" next means.
 */
function peopleQuoted(index: ArticleIndex, chosen: AnswerResult['chosen']): number[] {
  const people: number[] = [];
  const first = chosen[0];
  if (chosen.length === 1 && first) return peopleInOrder(index, first.indexed);
  const byScore = [...chosen].sort((a, b) => b.score - a.score);
  for (const c of byScore) for (const id of peopleInOrder(index, c.indexed)) people.push(id);
  return people;
}

/** Per sentence, the people it names in the order it names them: worked out once, as sentences are asked of again and again. */
const peopleOrder = new WeakMap<IndexedSentence, number[]>();

function peopleInOrder(index: ArticleIndex, indexed: IndexedSentence): number[] {
  const known = peopleOrder.get(indexed);
  if (known) return known;
  const named: Array<[number, number]> = [];
  for (const id of indexed.entityIds) if (index.entities[id]?.kind === 'person') named.push([id, firstMention(indexed.tokens, index.entityForms[id] ?? [])]);
  named.sort((a, b) => a[1] - b[1]);
  const ids: number[] = [];
  for (const [id] of named) ids.push(id);
  peopleOrder.set(indexed, ids);
  return ids;
}

/** Where in the tokens one of the forms (each a list of words) first occurs; the end when none does. */
function firstMention(tokens: readonly string[], forms: readonly (readonly string[])[]): number {
  for (let at = 0; at < tokens.length; at++) {
    for (const form of forms) if (form.length > 0 && form.every((word, k) => tokens[at + k] === word)) return at;
  }
  return tokens.length;
}

/** Terms of the places among the entities a question named ("what did he do in Beijing?"). */
function placesNamed(index: ArticleIndex, entityIds: readonly number[]): string[] {
  const terms: string[] = [];
  for (const id of entityIds) if (index.entities[id]?.kind === 'place') for (const term of index.entityTerms[id] ?? []) terms.push(term);
  return terms;
}

function positionsOf(chosen: AnswerResult['chosen']): number[] {
  const positions: number[] = [];
  for (const c of chosen) positions.push(c.position);
  return positions;
}

/** The first `limit` distinct values of the lists, in order (what `[...new Set(lists.flat())].slice(0, limit)` gives, without the copies). */
export function firstDistinct<T>(lists: ReadonlyArray<readonly T[]>, limit: number): T[] {
  const values: T[] = [];
  for (const list of lists) {
    for (const value of list) {
      if (values.length >= limit) return values;
      if (!values.includes(value)) values.push(value);
    }
  }
  return values;
}
