/**
 * Ranks the article's sentences for a question: BM25 (MiniSearch) for relevance, then coverage of the
 * question's terms, the answer type the question asks for, named entities and the conversation so far.
 */
import { leadPosition, sentencePosition, type ArticleIndex, type IndexedSentence } from '../search/article-index.js';
import { countryOfCapital, kindsOfThing, lastResortKinds, relatedTerms } from '../search/related-terms.js';
import { STOPWORDS, contentTerms, stem, tokenize } from '../text/tokens.js';
import { MOTION_WORDS } from '../search/places.js';
import { WHEN_WILL, answersKind, countsAsked, measureOf, placeFit } from './answer-type.js';
import { CandidateScores, holdsAny, saysTwoThings, sortByScore } from './ranking-helpers.js';
import { LatestOnly, memoOf } from './memo.js';
import type { TurnContext } from './context.js';
import { countedWord, possessiveOwners, type AnswerKind, type ParsedQuestion } from './question.js';
import { describedBeforeNaming, descriptionReference, ownWords, pronounReference, saidOfByPronoun, subjectReference, type SubjectReference } from './subject.js';
import { askedMembers, mentionsKindWithoutMember } from './members.js';
import { SPEAKING_WORDS, quotationIntroducedAt, speakerNear, spokenBy } from './speakers.js';
import { accusedTerms, holderTerms, opensWithAccused } from './view.js';
import { mayBe, type Pronoun } from '../search/pronouns.js';
import { introductionPosition } from './introduction.js';
import { LOOKS_AHEAD } from './next-steps.js';
import { sentencesToldByRelation } from './relation-speaker.js';
import { asideOf, asksOfAside, inBackgroundSection, namesSeparateEvent, type AsideKind } from './aside-paragraphs.js';
import { storyEvents } from './story-events.js';
import { isGivenName } from '../who-and-where/person-names.js';

export interface RankedSentence {
  position: number;
  indexed: IndexedSentence;
  score: number;
  /** Share (0..1, idf-weighted) of the question's own terms the sentence contains. */
  coverage: number;
  /** The person the question names, when the sentence refers to them by role or epithet instead. */
  subject?: SubjectReference | undefined;
}

/** Weight of a term carried over from earlier turns, relative to the question's own. */
const CARRIED_WEIGHT = 0.2;
/**
 * Sentences BM25 proposes for reranking. Few: below BM25's top six, the reranker pulled up more wrong answers
 * than right ones on our dev sets, and reranking is most of an answer's time.
 */
const CANDIDATES = 6;
/** Kinds of question asking a fact a sentence holds or not: a date, a number, an amount, a place, a person. */
const FACT_ASKED: ReadonlySet<AnswerKind> = new Set<AnswerKind>(['date', 'number', 'money', 'place', 'person']);
/**
 * Where- and who-questions look wider: the answer is a place or person the question does not name, or for
 * "who is Blinken?" the one sentence giving his role among many naming him, and BM25 on the question's
 * words ranks it low ("Where is he going?" needs "America's top diplomat has landed in Shanghai").
 */
const WIDE_CANDIDATES = 20;
/** In a follow-up, BM25's best for the question's own words alone are candidates too: this many. */
const OWN_CANDIDATES = 3;
/** How much of what the previous sentence says a sentence referring back to it ("In both cases, ...") counts as saying. */
const INHERITED_CREDIT = 0.7;

/**
 * Anything that can say whether it holds a term: one sentence's terms, or several together. `sets`, when
 * given, are the term sets it is the union of: coverage then reuses what it found in each.
 */
export interface TermSet {
  has(term: string): boolean;
  sets?: readonly ReadonlySet<string>[];
}

/** The terms of several sentences together, without copying them. */
export function termsOf(sentences: readonly RankedSentence[]): TermSet {
  const sets: ReadonlySet<string>[] = [];
  for (const s of sentences) {
    sets.push(s.indexed.terms);
    if (s.subject) sets.push(s.subject.terms);
  }
  return { has: (term) => sets.some((set) => set.has(term)), sets };
}

/** One term set and another: a sentence with what it inherits, or with the person it refers to. */
const both = (first: ReadonlySet<string>, second: ReadonlySet<string>): TermSet => ({
  has: (term) => first.has(term) || second.has(term),
  sets: [first, second],
});

/** A question concept as coverage sees it: one word, or all the words of one name ("Ana Costa"). */
interface CoverageTerm {
  weight: number;
  /** Article terms any of which satisfies it; empty when the article never uses the word. */
  terms: string[];
  relatives: readonly string[];
  /** How much a relative counts: "visiting" in a where-question is answered by any word of going ("landed"). */
  relativeCredit: number;
  /** Relatives that count in full, where only some do (the dead for "died", not the injured). */
  fullRelatives?: readonly string[];
}

/**
 * "Who won the league last year?": when something happened says little about what the question is about,
 * and news is full of such words. They count for less in coverage.
 */
const TIME_WORDS = new Set(
  'last year years month months week weeks day days today yesterday recently recent ago now currently lately earlier later time first'.split(' '),
);
const TIME_WEIGHT = 0.4;
/** "...according to US officials?": who says it matters less than what is asked. */
const ATTRIBUTION_WEIGHT = 0.6;

/**
 * Verbs that carry little of a question's meaning ("did the eruption come without warning?", "has the ban
 * become law?"): when the article never uses one, it is the asker's phrasing, not a thing the article lacks.
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(
  'come came comes coming get gets got gotten getting become became becomes becoming make makes made making take takes took taken taking give gives gave given put puts keep keeps kept let lets'.split(' '),
);
const UNKNOWN_LIGHT_VERB_WEIGHT = 0.5;
/**
 * Words of the dead and the hurt. "How many died?" counts the dead however the article says it: "Nine people ... were
 * killed" answers it as fully as "died" would (the 2008 scare "though no one died" says the word and counts no one of
 * today's).
 */
export const CASUALTY_WORDS: ReadonlySet<string> = new Set(
  'die dies died dying dead death deaths kill killed killing injure injured injury injuries hurt harmed wounded casualties'.split(' '),
);
/**
 * The two sides of a toll, stemmed: a count of the dead is not one of the hurt. "How many people died?" is answered
 * as fully by "were killed" as by "died", but "Another 71 people were injured" is only a relative of it. Victims and
 * casualties are either.
 */
const DEATH_STEMS: ReadonlySet<string> = new Set('die dies died dying dead death deaths kill killed killing fatal victim victims casualty casualties'.split(' ').map(stem));
const HURT_STEMS: ReadonlySet<string> = new Set('injure injured injury injuries hurt harm harmed wounded wound victim victims casualty casualties'.split(' ').map(stem));

const coverageCache = new LatestOnly<ParsedQuestion, CoverageTerm[]>();

function coverageTerms(question: ParsedQuestion, index: ArticleIndex): CoverageTerm[] {
  let cached = coverageCache.get(question);
  if (cached) return cached;
  const weightOf = (t: ParsedQuestion['terms'][number]): number =>
    // Unknown words weigh like a fairly common one: a paraphrase, or something the article lacks.
    (t.known ? Math.min(Math.max(index.idf(t.term), 1), 3) * (t.corrected ? 0.9 : 1) : LIGHT_VERBS.has(t.token) ? UNKNOWN_LIGHT_VERB_WEIGHT : 1.5) *
    (TIME_WORDS.has(t.token) ? TIME_WEIGHT : 1) *
    (question.attributed.has(t.token) ? ATTRIBUTION_WEIGHT : 1);
  // The words of one name are one concept: "When was Ana Costa born?" asks about Costa and a birth, not three things.
  const nameGroups: ReadonlySet<string>[] = [];
  // A person's name is found by any word of it: "Duarte, 46," answers "how old is Camille?".
  const fullNames = new Map<ReadonlySet<string>, string[]>();
  for (const id of entitiesNamed(index, question)) {
    const group = index.entityTerms[id] ?? new Set<string>();
    nameGroups.push(group);
    const surname = surnameUnasked(index, id, question);
    if (surname.length > 0) fullNames.set(group, surname);
  }
  cached = [];
  const grouped = new Map<ReadonlySet<string>, CoverageTerm>();
  for (const t of question.terms) {
    const group = t.known ? nameGroups.find((g) => g.has(t.term)) : undefined;
    const existing = group ? grouped.get(group) : undefined;
    if (existing) {
      existing.weight = Math.max(existing.weight, weightOf(t));
      existing.terms.push(t.term);
      continue;
    }
    const relatives = articleRelatives(index, t);
    const toll = CASUALTY_WORDS.has(t.token) && measureOf(question) === 'count';
    const relativeCredit = question.kind === 'place' && MOTION_WORDS.has(t.token) ? 1 : RELATED_CREDIT;
    const side = !toll ? undefined : DEATH_STEMS.has(t.term) ? DEATH_STEMS : HURT_STEMS;
    const named = group ? fullNames.get(group) : undefined;
    const terms = !t.known ? [] : named ? [t.term, ...named.filter((term) => term !== t.term)] : [t.term];
    const concept: CoverageTerm = { weight: weightOf(t), terms, relatives, relativeCredit };
    if (side) concept.fullRelatives = relatives.filter((relative) => side.has(relative));
    if (group) grouped.set(group, concept);
    cached.push(concept);
  }
  coverageCache.set(question, cached);
  return cached;
}

/**
 * The article's words standing for a question's word: its relatives ("grievances" for "complain"), the country
 * of a capital ("Moscow" finds "Russia", one way only), the kinds a general word covers ("the animal" finds a
 * leopard) and, for a word the article uses, its other derived forms ("volcano" finds "volcanic").
 */
export function articleRelatives(index: ArticleIndex, t: ParsedQuestion['terms'][number]): readonly string[] {
  // The same few words come back question after question (and twice in each): looked up once per article.
  const memo = memoOf<readonly string[]>(index, t.known ? 'relatives of known terms' : 'relatives of unknown terms');
  let relatives = memo.get(t.term);
  if (relatives === undefined) {
    relatives = findArticleRelatives(index, t.term, t.known);
    memo.set(t.term, relatives);
  }
  return relatives;
}

function findArticleRelatives(index: ArticleIndex, term: string, known: boolean): string[] {
  const relatives = [...relatedTerms(term), ...countryOfCapital(term), ...kindsOfThing(term)].filter((r) => index.vocabulary.hasTerm(r));
  if (relatives.length === 0 && !index.vocabulary.hasTerm(term)) relatives.push(...lastResortKinds(term).filter((r) => index.vocabulary.hasTerm(r)));
  if (known) for (const form of index.vocabulary.derivedForms(term)) if (!relatives.includes(form)) relatives.push(form);
  return relatives;
}

/** Share (0..1) of the question's concepts found in `terms`, idf-weighted; a related word counts for most of one. */
export function termCoverage(question: ParsedQuestion, terms: TermSet, index: ArticleIndex): number {
  const concepts = coverageTerms(question, index);
  const credits = creditsOf(question, terms, index);
  let total = 0;
  let found = 0;
  for (let i = 0; i < concepts.length; i++) {
    const weight = (concepts[i] as CoverageTerm).weight;
    total += weight;
    found += (credits[i] ?? 0) * weight;
  }
  return total === 0 ? 0 : found / total;
}

/** How many of the question's concepts `terms` contains, as such or by a related word. */
export function conceptsMatched(question: ParsedQuestion, terms: TermSet, index: ArticleIndex): number {
  let matched = 0;
  for (const credit of creditsOf(question, terms, index)) if (credit > 0) matched++;
  return matched;
}

/**
 * What each concept of the question earns in `terms`: 1 for the word itself, its relative credit for a
 * related word, 0 for neither. The same sentences' terms are looked at again and again while one question is
 * answered (ranking, then choosing, then judging), so each set's credits are remembered for the question.
 */
function creditsOf(question: ParsedQuestion, terms: TermSet, index: ArticleIndex): Float64Array {
  if (terms instanceof Set) return setCredits(question, terms as ReadonlySet<string>, index);
  if (!terms.sets) return computeCredits(question, terms, index);
  // A union: each concept earns the most any of its sets gives it.
  const credits = new Float64Array(coverageTerms(question, index).length);
  for (const set of terms.sets) {
    const part = setCredits(question, set, index);
    for (let i = 0; i < credits.length; i++) if ((part[i] ?? 0) > (credits[i] ?? 0)) credits[i] = part[i] ?? 0;
  }
  return credits;
}

const creditsCache = new LatestOnly<ParsedQuestion, Map<ReadonlySet<string>, Float64Array>>();

function setCredits(question: ParsedQuestion, terms: ReadonlySet<string>, index: ArticleIndex): Float64Array {
  let creditsBySet = creditsCache.get(question);
  if (!creditsBySet) {
    creditsBySet = new Map();
    creditsCache.set(question, creditsBySet);
  }
  let credits = creditsBySet.get(terms);
  if (!credits) {
    credits = computeCredits(question, terms, index);
    creditsBySet.set(terms, credits);
  }
  return credits;
}

function computeCredits(question: ParsedQuestion, terms: TermSet, index: ArticleIndex): Float64Array {
  const concepts = coverageTerms(question, index);
  const credits = new Float64Array(concepts.length);
  for (let i = 0; i < concepts.length; i++) {
    const t = concepts[i] as CoverageTerm;
    if (holdsAny(terms, t.terms) || (t.fullRelatives !== undefined && holdsAny(terms, t.fullRelatives))) credits[i] = 1;
    else if (holdsAny(terms, t.relatives)) credits[i] = t.relativeCredit;
  }
  return credits;
}

/** A sentence speaking of "he" only, for a question about "she" (or the other way), asked with no conversation. */
const OTHER_PRONOUN_PENALTY = 0.2;
const HE_WORDS = /\b(?:he|him|his|himself)\b/i;
const SHE_WORDS = /\b(?:she|her|hers|herself)\b/i;
const PRONOUN_WORDS = { he: { own: HE_WORDS, other: SHE_WORDS }, she: { own: SHE_WORDS, other: HE_WORDS } } as const;

/** A sentence naming the doer of the question's verb after "by" ("was developed by Ndali Biologics"). */
const AGENT_BONUS = 0.15;
/** A passive's verb, maybe a particle, "by" and a name: "developed by Ndali", "paid for by the Global ...". */
const DONE_BY = /\b(\p{L}+)(?: for| out| up)? by (?:the )?\p{Lu}/gu;

function agentStems(question: ParsedQuestion): ReadonlySet<string> | undefined {
  const stems = new Set<string>();
  for (const t of question.terms) {
    if (t.known) stems.add(t.term);
    for (const relative of relatedTerms(t.term)) stems.add(relative);
  }
  return stems.size > 0 ? stems : undefined;
}

function doneBy(text: string, verbs: ReadonlySet<string>): boolean {
  if (!text.includes(' by ')) return false;
  for (const match of text.matchAll(DONE_BY)) if (verbs.has(stem((match[1] ?? '').toLowerCase()))) return true;
  return false;
}

/** The sentence giving the person asked about their role, for "who is ...?". */
const INTRODUCTION_BONUS = 0.4;

/** A quoted title, for a question asking what something is called. */
const QUOTED_TITLE_BONUS = 0.2;
/** The words of a person's name the question leaves out ("Duarte" of "how old is Camille?"). */
const OTHER_NAME_WEIGHT = 0.9;
const NAME_GIVEN_BONUS = 0.25;

/** How much a related word ("grievances" for "complain") counts, against the word itself. */
const RELATED_CREDIT = 0.7;

/**
 * A relative of a word the article never uses stands in for it ("advised" for "protect"), so it weighs more than
 * a relative beside the word itself: it is how the question's word is found at all. Not as much as the word would
 * (1 took "the Cold War" for "what's the temperature?").
 */
const UNKNOWN_RELATIVE_WEIGHT = 0.75;

export function rankSentences(index: ArticleIndex, question: ParsedQuestion, context: TurnContext | undefined): RankedSentence[] {
  const weights = new Map<string, number>();
  for (const term of question.terms) if (term.known) weights.set(term.term, (term.corrected ? 0.9 : 1) * (question.attributed.has(term.token) ? ATTRIBUTION_WEIGHT : 1));
  for (const term of question.terms) {
    // "Moscow" in a question finds "Russia" too (one way only: a question about China is not about Beijing).
    for (const relative of articleRelatives(index, term)) if (!weights.has(relative)) weights.set(relative, term.known ? 0.5 : UNKNOWN_RELATIVE_WEIGHT);
  }
  const questionEntities = entitiesNamed(index, question);
  // "What did Rossi say?", asked bare of someone named, asks for his words, whatever the turn before was about (its
  // words had led back to the lead, which tells what he "admitted"); "what did he say about it?" leans on the turn.
  const saidBy = question.kind === 'speech' && !question.anaphoric && questionEntities.length > 0 && question.terms.every((t) => questionEntities.some((id) => index.entityTerms[id]?.has(t.term) === true));
  const leaning = context && !saidBy && (question.anaphoric || question.terms.length <= 2) ? context : undefined;
  // "How old is Camille?" of a story writing "Duarte, 46,": the rest of a person's name finds them too.
  for (const id of questionEntities) for (const term of surnameUnasked(index, id, question)) if (!weights.has(term)) weights.set(term, OTHER_NAME_WEIGHT);
  // "And what did Beijing say?": naming someone new shifts the subject; keep the topic, drop the old names.
  const carry = leaning && questionEntities.length > 0 ? withoutNames(index, leaning) : leaning;
  // Carried terms steer; the new question's own words decide. With no words of its own, they lead.
  const ownWords = weights.size > 0;
  const carriedWeight = ownWords ? CARRIED_WEIGHT : 0.8;
  // The question's own words find their sentences even where the conversation's words crowd BM25's top.
  const ownWeights = carry && ownWords ? new Map(weights) : undefined;
  if (carry) for (const term of carry.terms) if (!weights.has(term)) weights.set(term, carriedWeight);
  if (weights.size === 0 && !carry) return [];
  // "Has an animal ever escaped from the zoo before?": news answers with "It was not the first escape at the zoo".
  const everBefore = question.kind === 'yesno' && EVER_BEFORE.test(question.text);
  const tallyAsked = TALLY_ASKED.test(question.text);
  // "Was anyone killed?", and in chat's short form "anyone killed?", "anybody hurt?".
  const anyoneAsked = (question.kind === 'yesno' || ANYONE_OPENING.test(question.text)) && ANYONE.test(question.text);
  const futureAsked = question.text.includes('happen') && WILL_HAPPEN.test(question.text);
  if (everBefore && !weights.has(FIRST)) weights.set(FIRST, EVER_FIRST_WEIGHT);
  // "When was his last visit?", "when was the one before?": an earlier occasion, which news dates in full.
  const earlierAsked = question.earlierOccasion;
  const otherAsked = OTHER_ASKED.test(question.text);
  // "Has Galati flooded before?" answered from the background, then "how many died that time?": of that occasion.
  // So is "what happened to that owner?" after "... convicted the operator of Glenview Lodge": "that" points at a
  // thing the background answer named.
  // The occasion may also be a paragraph opening with an earlier year, unlabelled ("In July 2014, three buildings
  // collapsed in Casablanca ...").
  const occasionParagraphs = context === undefined ? undefined : earlierOccasionParagraphs(index, context.sentencePositions);
  const thatTime =
    context !== undefined &&
    occasionParagraphs !== undefined &&
    (pointsAtOccasion(question) || pointsAtAnswered(index, question.text, context.sentencePositions) || (question.anaphoric && THING_POINTED.test(question.text)));
  // The kinds of aside (background, a separate event) the conversation's last answer quoted: the occasion asked of.
  const occasionAsides = thatTime ? new Set(context.sentencePositions.flatMap((position) => asideAt(index, position) ?? [])) : undefined;

  // Where- and who-questions, "is this his first trip?" and "what is it called?" want a place, a person, an
  // ordinal or a name the question does not give.
  // So does a side's view: its spokesman's words rarely repeat the question's.
  // "Has any other US official been to China?" asks of yes or no who else did it.
  const othersAsked = question.wantsMore && (question.kind === 'person' || (question.kind === 'yesno' && ANY_OTHER.test(question.text)));
  // "How old is the bridge?": the sentence giving its age may be a long lead BM25 ranks below short ones naming it
  // ("how old is Vick?" finds his age among the sentences naming him, below).
  const wide =
    question.kind === 'place' || question.kind === 'person' || othersAsked || question.countsOccasions || question.asksName || question.viewOf !== undefined || ((measureOf(question) === 'age' || measureOf(question) === 'count' || question.kind === 'money') && questionEntities.length === 0);
  const scored = index.bm25.top(weights, wide ? WIDE_CANDIDATES : CANDIDATES);
  const candidates = new CandidateScores(index.sentences.length);
  for (const pair of scored) candidates.set(pair[0], pair[1]);
  // The lead tells the story's facts in one long sentence: where its word recurs ("strike" in eight sentences),
  // BM25's length norm may leave it out of the few best, though it alone says "a 48-hour strike". Only for a fact
  // it holds the kind of (a duration for "how long"): for why and what, the sentences saying more are the answer.
  const lead = leadPosition(index);
  const leadIndexed = index.sentences[lead];
  if (leadIndexed && !candidates.has(lead) && FACT_ASKED.has(question.kind) && answersKind(question, leadIndexed)) {
    const leadScore = index.bm25.lastScoreOf(lead);
    if (leadScore > 0) candidates.set(lead, leadScore);
  }
  if (ownWeights) for (const [position, bm25] of index.bm25.top(ownWeights, OWN_CANDIDATES)) if (!candidates.has(position)) candidates.set(position, bm25);
  // "What did she discuss?": not a person the article calls "he".
  const primaryPerson = carry?.entityIds.find((id) => index.entities[id]?.kind === 'person' && mayBe(index.personPronouns, id, question.pronoun));
  const namedByName = questionEntities.filter((id) => index.entities[id]?.kind === 'person');
  // "Where did the secretary of state land?" names Blinken by his title: sentences calling him "America's top
  // diplomat" are about him as much as if his name were asked.
  const titled = namedByName.length > 0 ? undefined : namedByTitle(index, question);
  // "What was the name of the ferry?": a sentence naming a ship ("The MV Hebridean Dawn, operated by ...") is about
  // the ferry, though it does not say the word.
  const vesselWords = question.asksName ? askedVesselTerms(question) : undefined;
  // "The ferry" is the one the story is about: the ship it names most, not "a second ferry" that took passengers off.
  const mainVessel = vesselWords ? mostNamedVessel(index) : undefined;
  const named = titled?.ids ?? namedByName;
  // "Where is he going?": the person the conversation is about is the subject, as if named.
  const people = named.length > 0 ? named : questionEntities.length === 0 && primaryPerson !== undefined ? [primaryPerson] : [];
  // "Which other official visited China?" asked afresh: someone other than the person the article is most about.
  const asksOther = people.length === 0 && !carry && othersAsked;
  const mainPerson = asksOther ? index.entities.findIndex((entity) => entity.kind === 'person') : -1;
  const otherThan = mainPerson >= 0 ? [mainPerson] : [];
  const holder = question.viewOf ? holderTerms(question, question.viewOf) : undefined;
  const accused = holder ? accusedTerms(question) : undefined;
  // A side's view is what its people said, in words that need not repeat the question's.
  if (holder) for (let position = 0; position < index.sentences.length; position++) {
    const indexed = index.sentences[position];
    if (indexed && !candidates.has(position) && spokenBy(indexed, holder)) candidates.set(position, 0);
  }
  // "What's the ship called?": the sentences naming the ship the story is about, which need not say "ship".
  if (mainVessel !== undefined) for (const sentenceId of index.entities[mainVessel]?.sentenceIds ?? []) {
    const position = sentencePosition(index, sentenceId);
    if (position !== undefined && !candidates.has(position)) candidates.set(position, 0);
  }
  // "How many times has Blinken been to China?": "The journey is his second ..." counts the visits in a word of its
  // own; every sentence with an ordinal and a word of the question or a relative of one is a candidate.
  if (measureOf(question) === 'times') {
    for (let position = 0; position < index.sentences.length; position++) {
      const indexed = index.sentences[position];
      if (!indexed || candidates.has(position) || !indexed.features.hasOrdinal) continue;
      if (question.terms.some((t) => indexed.terms.has(t.term) || relatedTerms(t.term).some((r) => indexed.terms.has(r)))) candidates.set(position, 0);
    }
  }
  // "How big is the fire?": "the fire had burned about 3,800 hectares" may be beyond BM25's top in a story saying
  // "fire" in every other sentence; every sentence giving a measure with a word of the question is a candidate.
  if (measureOf(question) === 'measure') {
    for (let position = 0; position < index.sentences.length; position++) {
      const indexed = index.sentences[position];
      if (indexed?.features.hasMeasure && !candidates.has(position) && question.terms.some((t) => indexed.terms.has(t.term))) candidates.set(position, 0);
    }
  }
  // "How old is Vick?": of the many sentences naming him, the one giving his age ("Vick, 27, is ...") may be
  // beyond BM25's top; every sentence naming whom the question asks of and giving an age is a candidate.
  if (people.length > 0 && measureOf(question) === 'age') {
    for (const id of people) for (const sentenceId of index.entities[id]?.sentenceIds ?? []) {
      const position = sentencePosition(index, sentenceId);
      const indexed = position === undefined ? undefined : index.sentences[position];
      if (position !== undefined && indexed && !candidates.has(position) && answersKind(question, indexed)) candidates.set(position, 0);
    }
    // ...and any sentence giving an age that refers to them as "she" ("She is 12 years and 9 months old.").
    for (let position = 0; position < index.sentences.length; position++) {
      const indexed = index.sentences[position];
      if (indexed?.features.hasAge && !candidates.has(position) && people.some((id) => saidOfByPronoun(index, position, id))) candidates.set(position, 0);
    }
  }
  // The sentence after one naming that person may go on about them by epithet ("America's top diplomat").
  if (people.length > 0) {
    for (const [position] of scored) {
      const next = position + 1;
      if (next < index.sentences.length && !candidates.has(next) && people.some((id) => index.sentences[position]?.entityIds.has(id))) candidates.set(next, 0);
    }
  }
  // "In both cases, ...": a sentence referring back to a candidate is a candidate too, and so on down the chain
  // ("They are skyrocketing. ... They pose a threat").
  // Only where the chain carries a word the question asks: otherwise the sentence gains nothing by it.
  for (const [position, bm25] of scored) {
    for (let next = position + 1; next <= position + MAX_REFERENCE_CHAIN; next++) {
      const inherited = index.sentences[next]?.inherited;
      if (!inherited || inherited.size === 0) break;
      if (inheritsAsked(inherited, weights)) candidates.set(next, Math.max(candidates.scoreOf(next), INHERITED_CREDIT * bm25));
    }
  }
  if (carry) for (const position of carry.sentencePositions) for (const near of [position - 1, position, position + 1]) {
    if (near >= 0 && near < index.sentences.length && !candidates.has(near)) candidates.set(near, 0);
  }
  // "When did the earlier charity fraud happen?" of "The case is the largest charity fraud in Canterbury in more
  // than a decade. In 2013, former church accountant Barry Hollis ...": the earlier occasion, dated after the
  // sentence naming its kind, is about what that sentence names.
  const earlierAfter = earlierAsked ? earlierOccasionsAfter(index, scored) : undefined;
  if (earlierAfter) for (const [position, bm25] of earlierAfter) candidates.set(position, Math.max(candidates.scoreOf(position), INHERITED_CREDIT * bm25));
  // "When was the last big blackout there?" of a blackout story: its background tells of the earlier one in words
  // of its own ("Ecuador's last nationwide power failure was in June 2019"), and says the story's event as much.
  const earlierEvent = earlierAsked ? earlierEventAsked(index, question) : undefined;
  // BM25 finds them only by their other words: they count as holding the event's, as a sentence referring back does.
  const eventCredit = INHERITED_CREDIT * (scored[0]?.[1] ?? 0);
  if (earlierEvent) for (let position = 0; position < index.sentences.length; position++) {
    if (tellsOfEarlierOccasion(index, position)) candidates.set(position, Math.max(candidates.scoreOf(position), eventCredit));
  }
  const topScore = candidates.maxScore(1e-9);

  const goesOn = carry !== undefined && GOES_ON_QUESTION.test(question.text.trim());
  // "Which leaders did Biden host?": members of a kind ("his Filipino and Japanese counterparts"), named or not.
  const members = question.kind === 'person' ? askedMembers(question.text) : undefined;
  const membersAsked = members !== undefined;
  const askedEntities = members ? new Set(questionEntities) : undefined;
  // "Who is Blinken?" asks who he is: the sentence naming only him, with his role, is the answer.
  // "Who created the vaccine?", "who funded the trial?": the stems of the question's words and their relatives a
  // passive's verb may be ("developed by ...", "paid for by ...").
  const agentVerbs = question.kind === 'person' && people.length === 0 ? agentStems(question) : undefined;
  const identityAsked = question.kind === 'person' && WHO_IS.test(question.text) && question.terms.every((t) => !t.known || questionEntities.some((id) => index.entityTerms[id]?.has(t.term)));
  // "Who is Zarif?": the sentence giving his role, though it may call him only "he".
  const introduction = identityAsked ? introductionPosition(index, people) : undefined;
  if (introduction !== undefined && !candidates.has(introduction)) candidates.set(introduction, 0);
  // "What did he die of?": the sentence giving the cause ("said the cause was complications of pneumonia"), though
  // it says neither "die" nor "death". "What caused the fire?": "The cause of the fire was under investigation" says
  // it, or that no one knows yet. Any sentence stating such a cause is a candidate.
  const deathCauseAsked = mayAskDeathCause(question.text) && DEATH_CAUSE_ASKED.test(question.text);
  const causeAsked = !deathCauseAsked && question.kind === 'reason' && question.text.includes('caus') && CAUSE_ASKED.test(question.text);
  const causeStated = deathCauseAsked ? DEATH_CAUSE_STATED : causeAsked ? CAUSE_STATED : undefined;
  const causeBonus = deathCauseAsked ? DEATH_CAUSE_BONUS : CAUSE_BONUS;
  if (causeStated) for (let position = 0; position < index.sentences.length; position++) {
    if (!candidates.has(position) && causeStated.test(index.sentences[position]?.sentence.text ?? '')) candidates.set(position, 0);
  }
  // "Why are they shutting it?" of a closure story: the sentence giving the story's own reason ("Bramwell blamed
  // falling demand ...", "... had made the site 'no longer viable'") tells why, though it does not say "close".
  // Only a question the lead itself covers (it asks of the story's event), with words the reason does not hold.
  const storyReason = question.kind === 'reason' && !causeStated && !carry && leadIndexed && question.terms.length <= STORY_EVENT_TERMS && termCoverage(question, leadIndexed.terms, index) >= STORY_EVENT_COVERAGE ? leadIndexed.terms : undefined;
  if (storyReason) for (let position = 0; position < index.sentences.length; position++) {
    if (!candidates.has(position) && STORY_REASON_STATED.test(index.sentences[position]?.sentence.text ?? '')) candidates.set(position, 0);
  }
  const there = carry && carry.placeTerms.length > 0 && THERE.test(question.text) ? carry.placeTerms : undefined;
  const counted = question.kind === 'number' ? countedWord(question.text) : undefined;
  const sizeAsked = measureOf(question) === 'measure';
  // "How big is the fire?": an area ("burned about 3,800 hectares") over a count of the firefighters sent.
  const areaAsked = sizeAsked && BIG_ASKED.test(question.text);
  const countedStems = counted !== undefined && !STOPWORDS.has(counted) ? new Set([stem(counted), ...relatedTerms(stem(counted))]) : undefined;
  // "How long was she buried?" asked afresh: a sentence about a "he" ("a cat ... buried by his owner") is about
  // someone else; the pronoun the sentence uses, and not the other, tells.
  const pronounWords = !carry && question.pronoun !== undefined && questionEntities.length === 0 ? PRONOUN_WORDS[question.pronoun] : undefined;
  const ranked: RankedSentence[] = [];
  // "When did he last meet Xi?": "he" is still the person the conversation is about, though the question names another.
  const pronounPerson =
    primaryPerson ?? leaning?.entityIds.find((id) => index.entities[id]?.kind === 'person' && !questionEntities.includes(id) && mayBe(index.personPronouns, id, question.pronoun));
  const personalPronoun = PERSONAL_PRONOUN.test(question.text) && (questionEntities.length === 0 || pronounPerson !== undefined);
  // "What else did he say about China?": he is the one speaking, not China; whatever he said is a candidate.
  // Park Ji-yeon by "ji" and "yeon": "Park" is Park Sung-ho's too, and his quotes are no answer.
  const speaker = question.kind === 'speech' && carry && personalPronoun && pronounPerson !== undefined ? ownNameTerms(index, pronounPerson) : undefined;
  // "What should people do, according to the police spokeswoman?": what that speaker said, over sentences merely on it.
  const attributedTo = attributedSpeaker(question);
  const attributedSentences = attributedTo ? sentencesSpokenBy(index, attributedTo) : undefined;
  const spokenBySpeaker = new Set<number>();
  if (speaker) for (let position = 0; position < index.sentences.length; position++) {
    const indexed = index.sentences[position];
    if (!indexed || !speakerNear(indexed, speaker)) continue;
    spokenBySpeaker.add(position);
    if (!candidates.has(position)) candidates.set(position, 0);
    // 'Judge Aoife Brennan said Keogh had ... . Fire inspectors had written to him five times ..., she said.'
    const next = index.sentences[position + 1];
    if (next && next.sentence.paragraph === indexed.sentence.paragraph && saysByPronoun(index, next, index.personPronouns.get(pronounPerson as number))) {
      spokenBySpeaker.add(position + 1);
      if (!candidates.has(position + 1)) candidates.set(position + 1, 0);
    }
  }
  // "What did Alemu say?" of 'Alemu, 31, was gracious in defeat. "She was stronger today. ...," she said.': the
  // quotation after the sentence naming the one asked of, closed with "she said", is theirs.
  const quotedAfterNaming = question.kind === 'speech' && namedByName.length === 1 && !speaker ? quotationsAfter(index, namedByName[0] as number) : undefined;
  if (quotedAfterNaming) for (const position of quotedAfterNaming) if (!candidates.has(position)) candidates.set(position, 0);
  // "How old is Mahe?" of "A 16-year-old schoolgirl from Tonga has broken ... . Losaline Mahe crossed the line ...":
  // the lead describing her before naming her gives her age.
  if (people.length > 0 && measureOf(question) === 'age') for (const id of people) {
    const described = describedBeforeNaming(index, id);
    if (described !== undefined && !candidates.has(described)) candidates.set(described, 0);
  }
  // The one person a speech question names, whose own words answer it.
  const namedSpeaker = question.kind === 'speech' && namedByName.length === 1 && !speaker && !question.viewOf && !PERSONAL_PRONOUN.test(question.text) ? ownNameTerms(index, namedByName[0] as number) : undefined;
  // "What else did he say?": what was already quoted is not an answer again, unless a sentence of it says two
  // things and the question asks of it ("what else is he raising alongside that?" after "... its nuclear arsenal
  // as well as the cases of Americans ..."). "Did any other cabinet members go?" asks for other people, not passages.
  const quoted = question.wantsMore && carry && !ANY_OTHER.test(question.text) ? new Set(carry.sentencePositions.filter((p) => !asksAgainOf(index, question, p))) : undefined;
  const carryTopical = carry !== undefined && (carry.terms.length > 0 || carry.entityIds.length > 0);
  const ageAsked = people.length > 0 && measureOf(question) === 'age';
  const pastDateAsked = question.kind === 'date' && PAST_WHEN.test(question.text);
  // Read only when a candidate opens with an earlier year: most questions never need it.
  let earlierOccasionIgnored: boolean | undefined;
  const ignoresEarlierOccasion = (): boolean => (earlierOccasionIgnored ??= asksOfThisOccasion(question));
  // "Did typhoon Tala kill anyone?": another occasion's sentence leaving out a name the question gives ("Typhoon
  // Haiyan, which struck the same coast in 2013, killed more than 6,300 people") is no answer at all.
  // Read only when a candidate tells of another occasion: most questions never need it.
  let askedNames: string[] | undefined;
  let plainNews: boolean | undefined;
  const plainNewsAsked = (): boolean => (plainNews ??= !OTHER_ASKED.test(question.text) && !question.terms.some((t) => t.known && index.vocabulary.writesAsName(t.word)));
  const namesNoneAsked = (indexed: IndexedSentence): boolean =>
    (askedNames ??= question.terms.filter((t) => t.known && !t.corrected && index.vocabulary.writesAsName(t.word)).map((t) => t.term)).some((term) => !indexed.terms.has(term));
  // By index: the loop's body adds nothing, and a for...of over the list costs more until the JIT has it.
  const hasBackground = earlierAsked && index.sentences.some((_, position) => tellsOfEarlierOccasion(index, position));
  for (let at = 0; at < candidates.positions.length; at++) {
    const position = candidates.positions[at] as number;
    const bm25 = candidates.scoreOf(position);
    const indexed = index.sentences[position];
    if (!indexed || quoted?.has(position) || standaloneQuestion(index, position)) continue;
    let coverage = termCoverage(question, indexed.terms, index);
    const earlierOf = earlierAfter?.has(position) === true ? index.sentences[position - 1] : undefined;
    if (earlierOf && coverage < 1) coverage += INHERITED_CREDIT * (termCoverage(question, both(indexed.terms, earlierOf.terms), index) - coverage);
    // "America's top diplomat has landed in Shanghai" is about Blinken, though it does not say his name.
    const referred = people.length > 0 && coverage < 1 ? subjectReference(index, position, people) : undefined;
    // "How old is Ayomide?": "She is 12 years and 9 months old.", sentences after the one naming her, is about her too.
    // Read first: after the sentence naming them, it goes on with that sentence's words ("... died Sunday. He was 86.").
    const agedByPronoun = ageAsked && coverage < 1 && indexed.features.hasAge ? (pronounReference(index, position, people) ?? descriptionReference(index, position, people)) : undefined;
    const subject = agedByPronoun ?? referred;
    // With no words of its own ("what else did he say?"), an answer must still be about the conversation: its words
    // or people, or, where it has neither (after "summarize it"), the passage it was at.
    if (!ownWords && carry && !subject && carryTopical && !carry.terms.some((t) => indexed.terms.has(t)) && !carry.entityIds.some((id) => indexed.entityIds.has(id))) continue;
    // A sentence referring back to the one before ("In both cases, ...") is partly about its terms too.
    if (indexed.inherited.size > 0 && coverage < 1) {
      const withPrevious = termCoverage(question, both(indexed.terms, indexed.inherited), index);
      coverage += INHERITED_CREDIT * (withPrevious - coverage);
    }
    // "What caused the fire?": 'He said investigators were examining an electrical fault ... as a possible cause'
    // names the cause of what the sentence before it, in its paragraph, was about.
    const causeNamed = causeStated !== undefined && coverage < 1 && causeStated.test(indexed.sentence.text);
    const before = causeNamed ? index.sentences[position - 1] : undefined;
    if (before && before.sentence.paragraph === indexed.sentence.paragraph) {
      coverage += INHERITED_CREDIT * (termCoverage(question, both(indexed.terms, before.terms), index) - coverage);
    }
    const reasonOfStory = storyReason !== undefined && STORY_REASON_STATED.test(indexed.sentence.text);
    if (reasonOfStory && coverage < 1) coverage = Math.max(coverage, termCoverage(question, both(indexed.terms, storyReason), index));
    // Told in words of its own, partly: "It is the first full stoppage ... since 2016, when a 24-hour strike was held"
    // names the strike asked of, where "The previous agreement, signed in 2022, ..." is only dated earlier.
    if (earlierEvent && coverage < 1 && tellsOfEarlierOccasion(index, position)) coverage += INHERITED_CREDIT * (termCoverage(question, both(indexed.terms, earlierEvent), index) - coverage);
    if (subject) {
      const asIfNamed = termCoverage(question, both(indexed.terms, subject.terms), index);
      coverage += subject.credit * (asIfNamed - coverage);
    }
    // "When did America's top diplomat get there?": a sentence naming Blinken names the one the epithet stands for.
    if (titled?.epithet && coverage < 1 && titled.ids.some((id) => indexed.entityIds.has(id))) coverage = termCoverage(question, both(indexed.terms, titled.epithet), index);
    if (vesselWords && coverage < 1 && indexed.entityKinds.has('vessel')) coverage = termCoverage(question, both(indexed.terms, vesselWords), index);
    // "How does the Chinese foreign ministry see ...?": a sentence the ministry's official says names the
    // ministry as much as if it said so; the holder's words are whose view, not what it is about.
    const heldBy = holder !== undefined && spokenBy(indexed, holder);
    if (heldBy && coverage < 1) coverage = Math.max(coverage, termCoverage(question, both(indexed.terms, holder), index));
    const quotedPerson = quotedAfterNaming?.has(position) === true;
    if (quotedPerson && coverage < 1) coverage = Math.max(coverage, termCoverage(question, both(indexed.terms, index.entityTerms[namedByName[0] as number] ?? new Set()), index));
    // Coverage of the question outweighs raw BM25: a sentence that answers all of it beats one that repeats a rare word.
    let score = 0.35 * (bm25 / topScore) + 0.65 * coverage;
    if (mainVessel !== undefined && indexed.entityIds.has(mainVessel)) score += MAIN_VESSEL_BONUS;
    // A place question wants a place it does not already name, best one reached by a motion word.
    if (question.kind === 'place') score += placeFit(question, indexed);
    // "Who is he meeting?": a sentence naming only him names nobody he meets.
    else if (question.kind === 'person' && people.length > 0 && !membersAsked && !identityAsked) score += namesAnotherPerson(index, indexed, people) ? 0.2 : 0;
    else if (otherThan.length > 0) score += namesAnotherPerson(index, indexed, otherThan, PERSON_ONLY) ? 0.2 : 0;
    // A side's view is answered by what that side said (below), not by anyone's words.
    // "What did Kazuo Terada say?": words he speaks, not "the ministry said it would compensate Terada".
    else if (namedSpeaker) score += speakerNear(indexed, namedSpeaker, SPEAKING_WORDS) || (quotedPerson && answersKind(question, indexed)) ? 0.2 : 0;
    else if (question.kind !== 'any' && question.kind !== 'yesno' && !question.viewOf && answersKind(question, indexed)) score += 0.2;
    // "Which Americans are held in China?": a sentence naming some beside the word ("Americans ..., notably Mark
    // Swidan") answers; one using the word for something else ("American companies") does not.
    if (members && askedEntities && mentionsKindWithoutMember(index, indexed, members, askedEntities) === false) score += MEMBERS_NAMED_BONUS;
    // "How many Americans": a list of the very people counted is the answer itself, not just a figure nearby.
    if (question.counted !== undefined && indexed.nameList?.kind === question.counted && !indexed.nameList.examples) score += 0.1;
    // "How many people died?": "killing four people" counts them; "a dozen houses" in the sentence next to it does not.
    if (countedStems && countsAsked(indexed, countedStems)) score += COUNTED_FIGURE_BONUS;
    if (sizeAsked && indexed.features.hasMeasure) score += areaAsked && AREA_GIVEN.test(indexed.sentence.text) ? AREA_BONUS : MEASURE_BONUS;
    // "What is the title of the report?": a title in quotes is the name asked for.
    if (question.asksName && question.kind !== 'person' && indexed.features.hasQuotedTitle) score += QUOTED_TITLE_BONUS;
    // "What's the name of the ransomware gang?": a sentence naming one as such ("a group known as BlackVane")
    // beats one using the word of all such gangs.
    else if (question.asksName && question.kind !== 'person' && namesOneDescribed(index, indexed, questionEntities, weights)) score += NAME_GIVEN_BONUS;
    for (const entityId of questionEntities) if (indexed.entityIds.has(entityId)) score += 0.1;
    if (question.kind === 'person' && questionEntities.some((id) => rolePresent(index, id, indexed))) score += 0.25;
    if (position === introduction) score += INTRODUCTION_BONUS;
    // "What did Beijing say?": the subject should be the one speaking, not just mentioned.
    // "How does Beijing view the war?": what Beijing's side said, by name or as "the official" it introduced.
    if (question.viewOf) score += heldBy ? VIEW_BONUS : 0;
    // "What did she say?" asks nothing but her words: any sentence she speaks answers in full.
    else if (speaker) score += spokenBySpeaker.has(position) ? PRONOUN_SPEAKER_BONUS * (question.terms.length === 0 ? 1 : coverage) : 0;
    else if (attributedSentences?.has(position)) score += ATTRIBUTED_SPEAKER_BONUS * coverage;
    else if (quotedPerson) score += QUOTED_AFTER_NAMING_BONUS;
    else if (question.kind === 'speech' && speakerNear(indexed, subjectTerms(question))) score += 0.15;
    // "What does Beijing accuse the US of?": Beijing's own words with the US as subject ("The United States
    // stubbornly pursues ...") are the accusation itself.
    if (heldBy && accused && opensWithAccused(indexed.stems, accused)) score += ACCUSED_SUBJECT_BONUS;
    // "Who created the vaccine?": "The vaccine was developed by Ndali Biologics" names the doer after "by".
    if (agentVerbs && doneBy(indexed.sentence.text, agentVerbs)) score += AGENT_BONUS;
    // "Who is the leader of China?": a person here whose role is what was asked ("Chinese leader Xi Jinping").
    if (question.kind === 'person' && roleAsked(index, indexed, question)) score += 0.2;
    // "What is typhus?": "Typhus is an infectious disease ..." says what it is.
    if (question.defines && definesThing(indexed, question.defines)) score += DEFINITION_BONUS;
    if (causeStated?.test(indexed.sentence.text)) score += causeBonus;
    else if (reasonOfStory) score += STORY_REASON_BONUS;
    // ...as "It is the second strike on the network this year" does.
    if (everBefore && (indexed.terms.has(FIRST) || NTH_OCCASION.test(indexed.sentence.text))) score += EVER_FIRST_BONUS;
    // "Was anyone killed?": "No deaths have been reported" answers it, over "Its deadliest eruption killed 128".
    if (anyoneAsked && coverage > 0 && NONE_SAID.test(indexed.sentence.text)) score += NONE_SAID_BONUS;
    // "What was the vote?": the tally ("voted 31 to 18", "The 6-3 decision"), over the vote merely mentioned.
    if (tallyAsked && TALLY_GIVEN.test(indexed.sentence.text)) score += TALLY_BONUS;
    // "What will happen to the freed workers now?": where they "would receive identity cards", not where they wait today.
    if (futureAsked && coverage > 0 && LOOKS_AHEAD.test(indexed.sentence.text)) score += LOOKS_AHEAD_BONUS;
    const aside = asideOf(index, indexed);
    if (earlierAsked && (question.kind === 'date' ? datesInFull(indexed) : datesEarlierOccasion(indexed) || aside === 'background' || inBackgroundSection(index, indexed))) score += EARLIER_DATE_BONUS;
    // "Was anyone compensated last time?": where the article tells of an earlier occasion, today's sentences are not it.
    else if (earlierAsked && question.kind !== 'date' && hasBackground) score -= NOT_EARLIER_PENALTY;
    // "How many acres did the fire burn?": "The 2020 Jones Fire burned 705 acres" is another, earlier fire's.
    // One saying in so many words that it tells of before ("The festival has had scares before: in 2008, ...") is
    // background as much as one under the author's label.
    else if (datesEarlierOccasion(indexed) && ignoresEarlierOccasion() && !measuresNewsAsked(indexed, question)) score -= aside !== undefined && namesNoneAsked(indexed) ? NOW_ASKED_PENALTY : (tellsOfEarlierOccasion(index, position) && asideAt(index, position) !== undefined) || SAYS_BEFORE.test(indexed.sentence.text) || namesStoryEvent(index, indexed) ? asidePenalty(question, plainNewsAsked()) : occasionPenalty(question);
    // So is one under the author's "BACKGROUND" subheading or label, for "when will it shut?" too, and one of
    // "In a separate incident ..." unless another one is asked of.
    else if (!thatTime && tellsOfAnotherOccasion(index, indexed, question) && asksOfTheNews(question)) score -= namesNoneAsked(indexed) ? NOW_ASKED_PENALTY : asidePenalty(question, plainNewsAsked());
    // "What about the other derailment?": the separate incident's paragraph tells of it.
    if (aside === 'separate' && otherAsked && coverage > 0) score += OTHER_EVENT_BONUS;
    // "How many died that time?" after an answer from the background: that paragraph is the occasion asked of;
    // so it is for "who was arrested for the Picasso theft?", told only under "BACKGROUND:".
    // Only an aside of the kind the conversation is on: after the 2019 ship of the background, "how many got sick
    // that time?" is not asked of "In a separate case this week, ...".
    else if (((aside !== undefined && occasionAsides?.has(aside) === true) || occasionParagraphs?.has(indexed.sentence.paragraph) === true) && coverage > 0 && thatTime) score += EARLIER_DATE_BONUS;
    // ...and the news itself is not: "how many died in that one?" is not today's three.
    else if (aside === undefined && thatTime && occasionParagraphs?.has(indexed.sentence.paragraph) !== true && !inBackgroundSection(index, indexed)) score -= NEWS_NOT_ASKED_PENALTY;
    else if (aside !== undefined && coverage > 0 && asksOfAside(index, question)) score += ASIDE_ASKED_BONUS;
    // "How old is Jenna Morrow?": "Morrow, 34, said ..." gives her age beside her name, over "American Jenna Morrow
    // was third in 2:23:10", which names her in full.
    if (ageAsked && people.some((id) => ageBesideName(index, indexed, id))) score += AGE_BESIDE_NAME_BONUS;
    // "How old is she?" of Ayomide: "... beating Hungarian grandmaster Gábor Halmos, 44, ..." names her, but the one
    // age it gives is his.
    else if (ageAsked && onlyOthersAged(index, indexed, people)) score -= OTHERS_AGE_PENALTY;
    // "How old is Ayomide?": "She is 12 years and 9 months old.", after sentences about her, says it of her.
    else if (agedByPronoun && OTHER_AGE_FORMS.test(indexed.sentence.text)) score += AGE_OF_REFERRED_BONUS;
    // News puts what matters first: a slight lead bias breaks near-ties.
    score += 0.08 * (1 - position / index.sentences.length);
    if (indexed.sentence.kind === 'headline') score -= 0.15;
    // "When was the building built?": "A nationwide inspection ... will begin on Dec. 1" dates what is to come.
    if (pastDateAsked && tellsOnlyOfFuture(indexed)) score -= FUTURE_FOR_PAST_PENALTY;
    // "What happened with the train in Poland?": a photo caption dating the scene in full tells no more of what happened.
    if (indexed.sentence.kind === 'caption' && question.kind !== 'date') score -= datesInFull(indexed) && question.kind !== 'any' ? DATED_CAPTION_PENALTY : CAPTION_PENALTY;
    if (carry) score += contextBonus(carry, position, indexed, goesOn);
    // "who's he meeting there?": the sentence at the place the conversation is at.
    if (there && there.some((term) => indexed.terms.has(term))) score += THERE_BONUS;
    // "he"/"she": the person the conversation is about, the first one it named.
    if (carry && personalPronoun && pronounPerson !== undefined && (indexed.entityIds.has(pronounPerson) || (question.kind === 'yesno' && heldByPronoun(index, position, pronounPerson)))) {
      score += question.kind === 'yesno' ? YESNO_PRONOUN_BONUS : 0.2;
    }
    else if (carry && personalPronoun && subject) score += 0.2 * subject.credit;
    if (subject) score += 0.1 * subject.credit;
    if (pronounWords && pronounWords.other.test(indexed.sentence.text) && !pronounWords.own.test(indexed.sentence.text)) score -= OTHER_PRONOUN_PENALTY;
    // One shape for every ranked sentence, subject or not: the code reading them stays monomorphic.
    ranked.push({ position, indexed, score, coverage, subject });
  }
  return sortByScore(ranked);
}

/**
 * The sentences of quotations a sentence naming `person` (and no other person) introduces, closed with "she said"
 * or "he said": 'Alemu, 31, was gracious in defeat. "She was stronger today. ...," she said.'
 */
function quotationsAfter(index: ArticleIndex, person: number): ReadonlySet<number> {
  const quoted = new Set<number>();
  for (const sentenceId of index.entities[person]?.sentenceIds ?? []) {
    const named = sentencePosition(index, sentenceId);
    if (named === undefined || !onlyPersonNamed(index, named, person)) continue;
    for (let next = named + 1; next <= named + MAX_QUOTATION_SENTENCES && quotationIntroducedAt(index, next) === named; next++) quoted.add(next);
  }
  // "Her mother said she had marched ...", after "her mother, Carmen Navarro": hers.
  for (const sentenceId of sentencesToldByRelation(index, person)) {
    const position = sentencePosition(index, sentenceId);
    if (position !== undefined) quoted.add(position);
  }
  return quoted;
}
const MAX_QUOTATION_SENTENCES = 4;
/** Their own words, though the quotation says only "she said": over a sentence that merely names them. */
const QUOTED_AFTER_NAMING_BONUS = 0.3;

function onlyPersonNamed(index: ArticleIndex, position: number, person: number): boolean {
  for (const id of index.sentences[position]?.entityIds ?? []) if (id !== person && index.entities[id]?.kind === 'person') return false;
  return true;
}

const AGE_BESIDE_NAME_BONUS = 0.15;
/** "When was it built?", "when did the strike start?": asked of what has happened. */
const PAST_WHEN = /^\W*(?:(?:and|so|ok) )?when (?:was|were|did|had)\b/i;
/** A sentence telling of what is to come, and of nothing done ("was built", "began"). */
const FUTURE_SAID = /\b(?:will|is due to|are due to|is set to|are set to|is scheduled to|are scheduled to)\b/;
const PAST_SAID = /\b(?:was|were|had|did)\b|\b\w{3,}ed\b(?! to\b)/;
const FUTURE_FOR_PAST_PENALTY = 0.1;
/** Per sentence, read once: date questions are common, and each reads every candidate. */
const onlyFuture = new WeakMap<IndexedSentence, boolean>();
function tellsOnlyOfFuture(indexed: IndexedSentence): boolean {
  let future = onlyFuture.get(indexed);
  if (future === undefined) {
    future = FUTURE_SAID.test(indexed.sentence.text) && !PAST_SAID.test(indexed.sentence.text);
    onlyFuture.set(indexed, future);
  }
  return future;
}
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * A sentence about an earlier year's occasion: one opening with it ("The 2020 Jones Fire burned ...", "In March 2020,
 * a painting by Van Gogh was stolen ..."), or dating its event by a year set off by a comma ("Its deadliest eruption,
 * in 1928, killed 128 people", "last erupted in 2017, when ash forced the evacuation of about 2,000 people"), or
 * measuring today's by it ("the deadliest in Myagdi since 2015, when a landslide ... killed 19 people"; not a trend
 * running from it: "has increased sharply since 2022, when Japan began ...").
 */
/** Opening on an earlier year, or dating the event by one set off by a comma: that year's throughout. */
// ...or on a season or year gone ("Last summer, a fire in Evros ... killed at least 20 people").
const EARLIER_OPENING = new RegExp(String.raw`^(?:The|A|In|Back in) (?:(?:early|late|mid-) ?)?(?:${MONTH} )?(?:19|20)\d\d\b|\bin (?:${MONTH} )?(?:19|20)\d\d, |^(?:Last (?:year|summer|winter|spring|autumn|fall)|(?:A|One|Two|Three|Four|Five) (?:years?|decades?) ago),`);
/** "Since 2015, when ...": an earlier occasion today's is measured by. */
const SINCE_WHEN = new RegExp(String.raw`\bsince (?:${MONTH} )?(?:19|20)\d\d, when\b`);
/** "The dispute revives memories of 2016, when a three-week strike ...": an earlier occasion recalled. */
const RECALLED_WHEN = new RegExp(String.raw`\b(?:memories|memory|echoes|reminder|repeat|recalls?|recalling|reminiscent) of (?:${MONTH} )?(?:19|20)\d\d, when\b`);
const EARLIER_OCCASION_DATED = new RegExp(
  String.raw`${EARLIER_OPENING.source}|${RECALLED_WHEN.source}|\b(?:first|only|worst|deadliest|biggest|largest|heaviest|strongest|highest|lowest|longest|greatest|most|hottest|wettest|driest|busiest)\b[^.;]*?${SINCE_WHEN.source}`,
);
const EARLIER_OCCASION_PENALTY = 0.1;
/** "he", "her": a person the conversation is on, not one the question names. */
const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers)\b/i;
/** "has had scares before", "has happened before:", "had stumbled before": a sentence saying it tells of earlier times. */
const SAYS_BEFORE = /\b(?:has|have|had)(?: \w+){1,3} before\b/i;
/** "It is the second strike on the network this year": there was one before. */
const NTH_OCCASION = /\b(?:is|was|marks|marked|would be|will be) (?:the|its|their) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\b/i;
/**
 * "How many workers are on strike now?": the 2014 strike's 70,000 under "BACKGROUND:" is no answer at all.
 * A question saying it asks of the present all but rules another occasion out.
 */
const NOW_ASKED = /\b(?:now|currently|at the moment|at present|presently|today|right now|these days)\b/i;
const NOW_ASKED_PENALTY = 0.8;
const occasionPenalty = (question: ParsedQuestion): number => (NOW_ASKED.test(question.text) ? NOW_ASKED_PENALTY : EARLIER_OCCASION_PENALTY);
/**
 * "How long will the strike last?", "when does the walkout begin?": what is to come is not what the author set
 * apart as background or as a separate matter ("BACKGROUND: The last full strike ... lasted six days"). A sentence
 * merely dated earlier ("approved in India in 2021") may still hold part of the answer. `plain`: the question names
 * no one and asks of no other one (see LABELLED_BACKGROUND_PENALTY).
 */
const asidePenalty = (question: ParsedQuestion, plain: boolean): number =>
  (WILL_ASKED.test(question.text) || WHEN_NOW.test(question.text)) && !NOW_ASKED.test(question.text) ? FUTURE_ASKED_PENALTY : plain ? Math.max(occasionPenalty(question), LABELLED_BACKGROUND_PENALTY) : occasionPenalty(question);
/**
 * "How many people lost power?" of a blackout story whose BACKGROUND tells of 2019's ("cut electricity to about 13
 * million people"): a paragraph the author set apart as background is marked down more than a sentence that only
 * opens on an earlier year, which may still be today's story. Not for a question naming someone or something ("how
 * strong was Haiyan?") or asking of another ("was there another trumpeter who died?"): it may ask of the background.
 */
const LABELLED_BACKGROUND_PENALTY = 0.3;
const WILL_ASKED = /\b(?:will|going to|gonna)\b/i;
const FUTURE_ASKED_PENALTY = 0.4;
/** "How many died in that one?" after an answer from the background: today's news is not what is asked of. */
const NEWS_NOT_ASKED_PENALTY = 0.5;
/** Per sentence, read once: the pattern scans the whole sentence, and every candidate of every question asks. */
const earlierOccasionDated = new WeakMap<IndexedSentence, boolean>();
/** The question asks of this occasion: no earlier one, no year, no date. */
export function asksOfThisOccasion(question: ParsedQuestion): boolean {
  return !question.earlierOccasion && question.kind !== 'date' && !YEAR.test(question.text) && !EARLIER_WORDS.test(question.text);
}
const YEAR = /\b(?:19|20)\d\d\b/;
/** "last year", "the previous one", "two years ago"; not the verb of "how long will the strike last?". */
const EARLIER_WORDS = /\b(?:previous|earlier|before|prior|ago)\b|\blast\b(?!\s*(?:[?.!]|$|for\b))/i;

/**
 * The question asks of the news: of this occasion, or when something is to come ("when will it shut?", "when
 * does the walkout begin?", "when's the vote?").
 */
export function asksOfTheNews(question: ParsedQuestion): boolean {
  return asksOfThisOccasion(question) || (!question.earlierOccasion && (WHEN_WILL.test(question.text) || (WHEN_NOW.test(question.text) && !YEAR.test(question.text))));
}
/** "When does the walkout begin?", "ok so when's the vote?", "and tala itself, when does it hit?": of what is to come. */
const WHEN_NOW = /(?:^|,)\W*(?:(?:ok|okay|so|and|but|well)\W+)*when(?:['’]s| is| are| does| do)\b/i;

/** "..., she said.": the sentence is said by a "she" (or "he") it names no one else beside. */
function saysByPronoun(index: ArticleIndex, indexed: IndexedSentence, pronoun: Pronoun | undefined): boolean {
  if (pronoun === undefined || !(pronoun === 'she' ? SHE_SAID : HE_SAID).test(indexed.sentence.text)) return false;
  for (const id of indexed.entityIds) if (index.entities[id]?.kind === 'person') return false;
  return true;
}
const SHE_SAID = /\bshe (?:said|says|added|told)\b/i;
const HE_SAID = /\bhe (?:said|says|added|told)\b/i;

/** The words of a person's name no other person has, or the whole name when every word is shared. */
function ownNameTerms(index: ArticleIndex, id: number): ReadonlySet<string> | undefined {
  const own = ownWords(index, id);
  return own.length > 0 ? new Set(own) : index.entityTerms[id];
}

/** "That time", "back then", "at the time": the occasion the conversation is on. */
const THAT_TIME = /\b(?:that time|back then|at (?:that|the) time|that one\b(?! of))/i;
/** "How many died then?", "were there fines then?": after an answer telling of another occasion, at that one. */
const THEN_CLOSING = /\bthen\W*$/i;
/** The question points at the occasion the conversation is on ("how many died that time?"), whatever its words. */
export const pointsAtOccasion = (question: ParsedQuestion): boolean => THAT_TIME.test(question.text) || THEN_CLOSING.test(question.text);

/** "How long was it kept in port?" after an answer telling of 2019's ship: "it" is the thing of that occasion. */
const THING_POINTED = /\b(?:it|its|they|them|their)\b/i;

/** The aside (background or separate event) the sentence at a position belongs to, if any. */
/**
 * "That owner", "that fire": the word after "that" is one the last answer used. Not "that" opening a clause ("did he
 * say that China ...?") nor before a name.
 */
function pointsAtAnswered(index: ArticleIndex, text: string, positions: readonly number[]): boolean {
  for (const match of text.matchAll(THAT_THING)) {
    const word = match[2] ?? '';
    if (CLAUSE_VERB.test(match[1] ?? '') || /^\p{Lu}/u.test(word)) continue;
    const term = stem(word.toLowerCase());
    if (positions.some((p) => index.sentences[p]?.terms.has(term) === true)) return true;
  }
  return false;
}
const THAT_THING = /(?:^|([\p{L}'’]+)\s+)that ([\p{L}]{3,})\b/giu;
/** Verbs whose "that" opens a clause: "say that", "think that", "believe that". */
const CLAUSE_VERB = /^(?:say|says|said|saying|think|thinks|thought|believe|believes|believed|know|knows|knew|mean|means|meant|hope|hopes|fear|fears|feared|warn|warns|warned|tell|tells|told|claim|claims|claimed|suggest|suggests|suggested|show|shows|showed|confirm|confirms|confirmed|report|reports|reported|announce|announced|argue|argued|insist|insisted|so|such|now)$/i;

function asideAt(index: ArticleIndex, position: number): AsideKind | undefined {
  const indexed = index.sentences[position];
  if (!indexed) return undefined;
  return asideOf(index, indexed) ?? (inBackgroundSection(index, indexed) ? 'background' : undefined);
}

/** "The other one", "another train", "the separate incident", "a second derailment": another event of the kind asked. */
const OTHER_ASKED = /\b(?:the other|another|separate)\b|\b(?:the|a) second (?:one|incident|accident|crash|derailment|collision|fire|attack|shooting|explosion|blast)\b/i;

/**
 * The sentence tells of another occasion than the news: background (under its subheading or label) or a
 * separate event, unless the question asks of another one or names what only such a paragraph tells of.
 */
export function tellsOfAnotherOccasion(index: ArticleIndex, indexed: IndexedSentence, question: ParsedQuestion): boolean {
  const aside = asideOf(index, indexed);
  if (aside !== undefined && asksOfAside(index, question)) return false;
  if (aside === 'separate' || (aside === undefined && namesSeparateEvent(indexed))) return !OTHER_ASKED.test(question.text);
  return aside === 'background' || inBackgroundSection(index, indexed);
}

/**
 * The paragraphs of another occasion the conversation's last answer quoted: background, or one whose sentence
 * opens with an earlier year. Undefined when it quoted none.
 */
function earlierOccasionParagraphs(index: ArticleIndex, positions: readonly number[]): ReadonlySet<number> | undefined {
  let paragraphs: Set<number> | undefined;
  for (const position of positions) {
    const indexed = index.sentences[position];
    if (indexed === undefined || (asideAt(index, position) === undefined && !datesEarlierOccasion(indexed))) continue;
    (paragraphs ??= new Set()).add(indexed.sentence.paragraph);
  }
  return paragraphs;
}

/** The sentence opens on an earlier year, dates its event by one set off by a comma, or measures today's by one (EARLIER_OCCASION_DATED). */
export function datesEarlierOccasion(indexed: IndexedSentence): boolean {
  let dated = earlierOccasionDated.get(indexed);
  if (dated === undefined) {
    dated = EARLIER_OCCASION_DATED.test(indexed.sentence.text);
    earlierOccasionDated.set(indexed, dated);
  }
  return dated;
}

/** The story's event (see story-events.ts) where the question names it: asked of an earlier one, the background's. */
function earlierEventAsked(index: ArticleIndex, question: ParsedQuestion): ReadonlySet<string> | undefined {
  const events = storyEvents(index);
  if (events.size === 0) return undefined;
  const asked = question.terms.filter((t) => t.known && events.has(t.term)).map((t) => t.term);
  return asked.length > 0 ? new Set(asked) : undefined;
}

/**
 * The sentence names the story's own kind of event (see story-events.ts): dated earlier, it tells of another
 * occasion of it ("The region suffered its worst floods in a century in May 2023, when 17 people died ...").
 */
function namesStoryEvent(index: ArticleIndex, indexed: IndexedSentence): boolean {
  for (const event of storyEvents(index)) if (indexed.terms.has(event)) return true;
  return false;
}

/**
 * "The disaster is the deadliest in Myagdi since 2015, when a landslide ... killed 19 people": today's event measured
 * by an earlier one. Its main clause tells of today; a question whose words it holds there ("is this the first
 * strike at the port?") is asked of today, one whose words only the "when" clause holds ("how many were killed?")
 * of the earlier occasion.
 */
function measuresNewsAsked(indexed: IndexedSentence, question: ParsedQuestion): boolean {
  const since = SINCE_WHEN.exec(indexed.sentence.text);
  if (!since || EARLIER_OPENING.test(indexed.sentence.text)) return false;
  // The question's own words: those the conversation carries ("Myagdi") say where, not which occasion.
  const main = contentTerms(indexed.sentence.text.slice(0, since.index));
  return question.terms.some((t) => t.known && main.includes(t.term));
}

/** The sentence is background (by label or subheading) or opens on an earlier year. */
function tellsOfEarlierOccasion(index: ArticleIndex, position: number): boolean {
  const indexed = index.sentences[position];
  return indexed !== undefined && (asideAt(index, position) === 'background' || datesEarlierOccasion(indexed));
}

/** The sentence tells of an earlier occasion (see tellsOfEarlierOccasion) or says there were others ("have ... before"). */
export function tellsOfTimesBefore(index: ArticleIndex, position: number): boolean {
  const text = index.sentences[position]?.sentence.text ?? '';
  return tellsOfEarlierOccasion(index, position) || SAYS_BEFORE.test(text) || NTH_OCCASION.test(text);
}

/** The sentences after BM25's candidates, in their paragraph, that date an earlier occasion, with the candidate's score. */
function earlierOccasionsAfter(index: ArticleIndex, scored: ReadonlyArray<readonly [number, number]>): Map<number, number> {
  const after = new Map<number, number>();
  for (const [position, bm25] of scored) {
    const next = index.sentences[position + 1];
    if (next && next.sentence.paragraph === index.sentences[position]?.sentence.paragraph && datesEarlierOccasion(next)) after.set(position + 1, Math.max(after.get(position + 1) ?? 0, bm25));
  }
  return after;
}

/** A word of the person's name followed by an age: "Morrow, 34,", "Kwon, 39, who joined ...". */
function ageBesideName(index: ArticleIndex, indexed: IndexedSentence, person: number): boolean {
  if (!indexed.entityIds.has(person) || !indexed.features.hasAge) return false;
  const terms = index.entityTerms[person];
  for (let i = 0; i + 1 < indexed.tokens.length; i++) {
    const word = indexed.stems[i] ?? '';
    if (!terms?.has(word) || !/^\d{1,3}$/.test(indexed.tokens[i + 1] ?? '')) continue;
    // "Her mother, Folake Bakare, 41,": a surname two people share is the age of the one named in full there.
    if (!namedInFullBefore(index, indexed, i, person)) return true;
  }
  return false;
}

/** Another person of the sentence, sharing the word at `at`, is named in full right there ("Folake Bakare"). */
function namedInFullBefore(index: ArticleIndex, indexed: IndexedSentence, at: number, person: number): boolean {
  const before = indexed.stems[at - 1] ?? '';
  for (const other of indexed.entityIds) {
    if (other === person || index.entities[other]?.kind !== 'person') continue;
    const terms = index.entityTerms[other];
    if (terms?.has(indexed.stems[at] ?? '') && terms.has(before) && index.entityTerms[person]?.has(before) !== true) return true;
  }
  return false;
}

const OTHERS_AGE_PENALTY = 0.4;
const AGE_OF_REFERRED_BONUS = 0.4;
/** Every age the sentence gives is written beside another person's name ("Halmos, 44,"), none in another form. */
export function onlyOthersAged(index: ArticleIndex, indexed: IndexedSentence, people: readonly number[]): boolean {
  if (!indexed.features.hasAge || OTHER_AGE_FORMS.test(indexed.sentence.text)) return false;
  for (const id of indexed.entityIds) if (!people.includes(id) && index.entities[id]?.kind === 'person' && ageBesideName(index, indexed, id)) return true;
  return false;
}
/** An age not written as "Name, 44,": "a 12-year-old", "aged 12", "12 years and 9 months old". */
export const OTHER_AGE_FORMS = /\b\d{1,3}[- ]years?[- ]old\b|\b(?:aged?|age of) \d{1,3}\b|\byears? and \d{1,2} months? old\b|\b(?:he|she|who) (?:is|was) \d{1,3}\b/i;

/** A sentence of the last answer says two things and holds every word the question asks. */
function asksAgainOf(index: ArticleIndex, question: ParsedQuestion, position: number): boolean {
  const indexed = index.sentences[position];
  if (!indexed || !saysTwoThings(indexed.sentence.text)) return false;
  const own = question.terms.filter((t) => t.known);
  return own.length > 0 && own.every((t) => indexed.terms.has(t.term) || relatedTerms(t.term).some((r) => indexed.terms.has(r)));
}

const DEFINITION_BONUS = 0.3;
/** "What was the cause of death?", "what did he die of?", "how did she die?": what a death came of. */
const DEATH_CAUSE_ASKED = /\bcause of (?:(?:his|her|their|the) )?deaths?\b|\bdie[ds]? (?:of|from)\b|\bwhat killed\b|\b(?:how|why) did (?:[A-Za-z'’.-]+ ){1,3}die\b/i;
/** A sentence saying what a death came of: "the cause was complications of pneumonia", "died of cancer". */
const DEATH_CAUSE_STATED = /\bcause (?:of (?:[\p{L}'’-]+ ){1,3})?(?:was|is|remains|remained)\b|\b(?:died|dies|dying|deaths?) (?:of|from)\b|\bcomplications (?:of|from)\b|\bsuccumbed to\b/iu;
const DEATH_CAUSE_BONUS = 0.6;
/** "What caused the fire?", "what was the cause?". */
const CAUSE_ASKED = /\bwhat (?:caused|causes|is causing|was causing|(?:might|could|may) (?:have caused|cause))\b|\bcauses? of\b|\bwhat (?:is|was|are|were) the causes?\b/i;
/**
 * A sentence naming a cause, known or not: "The cause of the fire was under investigation", "caused by a faulty
 * cable", "examining an electrical fault as a possible cause".
 */
const CAUSE_STATED = /\bcause[ds]? (?:of|by|was|is|remains|remained|has|had)\b|\bcaused\b|\b(?:possible|likely|probable|suspected|main|root|exact|official) causes?\b/i;
const CAUSE_BONUS = 0.35;
const STORY_REASON_BONUS = 0.55;
/** ...in a few words ("why are they shutting it?"): a longer one says which part of the story it asks of. */
const STORY_EVENT_TERMS = 2;
/** A question the lead covers this well asks of the story's own event. */
const STORY_EVENT_COVERAGE = 0.6;
/** A sentence giving a reason in so many words: "blamed falling demand", "citing costs", "no longer viable". */
const STORY_REASON_STATED = /\bblam(?:e|es|ed|ing)\b|\bcit(?:ed|es|ing) (?!(?:a|an|the) (?:source|sources|official|officials|report|spokesman|spokeswoman)\b)|\bno longer (?:viable|profitable|sustainable|economic)\b|\bunviable\b|\b(?:because|as a result) of\b|\bdue to\b|\breasons? (?:for|behind)\b|\b(?:driven|prompted) by\b/i;
/** A cheap test before the pattern: it needs one of these words. */
const mayAskDeathCause = (text: string): boolean => text.includes('die') || text.includes('death') || text.includes('kill');
/** "How many people ...?": a figure counting people. */
const COUNTED_FIGURE_BONUS = 0.15;
/** "How big are the cracks?": a size in units ("about 18 inches long") says it better than a count of them. */
const MEASURE_BONUS = 0.1;
const BIG_ASKED = /\bhow (?:big|large|small)\b/i;
const AREA_GIVEN = /\d\s*(?:hectares?|acres?|square (?:kilomet|km|miles?|met|feet|foot))|\d\s*(?:sq|km2|mi2)\b/i;
const AREA_BONUS = 0.35;
/** "What else did he say about China?": his own words on it, over sentences about him, in the measure they are on it. */
const PRONOUN_SPEAKER_BONUS = 0.35;
/**
 * A photo caption tells what the photo shows ("Director Ines Carvalho holds the Golden Bear at the ceremony on
 * Saturday."), which shares the story's words but rarely answers: it ranks well below the story's own text.
 * One dating an occasion in full ("... at the Great Hall of the People, June 19, 2023.") may be the record of it.
 */
const CAPTION_PENALTY = 0.3;
const DATED_CAPTION_PENALTY = 0.05;

/** "..., according to the police spokeswoman?": that speaker's own words, in the measure they are on the question. */
const ATTRIBUTED_SPEAKER_BONUS = 0.35;
/** "according to the official" of an article quoting officials throughout singles out no one. */
const MAX_ATTRIBUTED_SENTENCES = 3;
/** "According to the police spokeswoman": a speaker given by role; one named ("according to Blinken") may be reported as well as quoted. */
const ACCORDING_TO_ROLE = /\b[Aa]ccording to (?:the |a |an )?((?:[a-z'’-]+ ){0,3}[a-z'’-]+)(?=\s*(?:[,?.!;]|$))/;

/** The stems of the role the question attributes its answer to, if any: each must name the speaker. */
function attributedSpeaker(question: ParsedQuestion): readonly string[] | undefined {
  // The question's attributions are read once at parsing: most questions have none, and skip the pattern.
  if (question.attributed.size === 0) return undefined;
  const role = ACCORDING_TO_ROLE.exec(question.text)?.[1];
  if (role === undefined) return undefined;
  const stems = [...new Set(role.split(/\s+/).filter((word) => !STOPWORDS.has(word)).map((word) => stem(word.replace(/['’]s?$/, ''))))];
  return stems.length > 0 ? stems : undefined;
}

/** The sentences said by a speaker every one of whose words describes them, when that speaker says little. */
function sentencesSpokenBy(index: ArticleIndex, terms: readonly string[]): ReadonlySet<number> | undefined {
  const spoken = new Set<number>();
  const eachTerm = terms.map((term) => new Set([term]));
  index.sentences.forEach((indexed, position) => {
    if (eachTerm.every((term) => spokenBy(indexed, term))) spoken.add(position);
  });
  return spoken.size > 0 && spoken.size <= MAX_ATTRIBUTED_SENTENCES ? spoken : undefined;
}

/**
 * "Is he going to appeal?" of 'Onslow said outside the court that he was "deeply ashamed" and that they would decide
 * ... whether to appeal': after a sentence naming him, one whose "he" can be no one it names (Onslow is "she") is
 * about him too.
 */
function heldByPronoun(index: ArticleIndex, position: number, person: number): boolean {
  const pronoun = index.personPronouns.get(person);
  const indexed = index.sentences[position];
  if (pronoun === undefined || !indexed || !namedLastInParagraph(index, position, person)) return false;
  if (!PRONOUN_WORDS[pronoun].own.test(indexed.sentence.text)) return false;
  for (const id of indexed.entityIds) if (index.entities[id]?.kind === 'person' && index.personPronouns.get(id) !== (pronoun === 'he' ? 'she' : 'he')) return false;
  return true;
}

/** "Did he threaten anything?": yes or no of him; a sentence about someone else answers nothing of the kind. */
const YESNO_PRONOUN_BONUS = 1;

/** How far back in its paragraph the person a pronoun stands for may have been named. */
const PRONOUN_REACH = 3;

/**
 * The person is the last one named before the sentence, in its paragraph and a few sentences back: 'Kral said his
 * party would go into opposition. "We accept the voters' verdict. We lost, ...," he said ... He did not say ...'.
 */
function namedLastInParagraph(index: ArticleIndex, position: number, person: number): boolean {
  const paragraph = index.sentences[position]?.sentence.paragraph;
  for (let back = position - 1; back >= Math.max(0, position - PRONOUN_REACH); back--) {
    const before = index.sentences[back];
    if (!before || before.sentence.paragraph !== paragraph) return false;
    if (before.entityIds.has(person)) return true;
    for (const id of before.entityIds) if (index.entities[id]?.kind === 'person') return false;
  }
  return false;
}

/** A sentence naming members of the kind a "which <people>" question asks for. */
const MEMBERS_NAMED_BONUS = 0.2;

/**
 * "Who was the captain of Germanwings Flight 9525?" as a paragraph of its own is a link or a subhead: it
 * asserts nothing. In an interview, the question shares its paragraph with the reply, and may be quoted.
 */
function standaloneQuestion(index: ArticleIndex, position: number): boolean {
  const sentence = index.sentences[position];
  if (!sentence?.features.isQuestion) return false;
  const paragraph = sentence.sentence.paragraph;
  return index.sentences[position - 1]?.sentence.paragraph !== paragraph && index.sentences[position + 1]?.sentence.paragraph !== paragraph;
}

/** The sentence names a person or body (of `kinds`) other than `people`, whom the question is about. */
function namesAnotherPerson(index: ArticleIndex, indexed: IndexedSentence, people: readonly number[], kinds: ReadonlySet<string> = PERSON_OR_BODY): boolean {
  for (const id of indexed.entityIds) {
    if (kinds.has(index.entities[id]?.kind ?? '') && !people.includes(id)) return true;
  }
  return false;
}
const PERSON_OR_BODY: ReadonlySet<string> = new Set(['person', 'organization']);

/** A person's surname (stemmed) when the question names them by their given name alone ("how old is Camille?"). */
function surnameUnasked(index: ArticleIndex, id: number, question: ParsedQuestion): string[] {
  const surname = surnameAfterGivenName(index, id);
  return surname === '' || question.terms.some((t) => t.term === surname) ? [] : [surname];
}

/** A person's surname (stemmed) when their name opens with a given name ("Xi" of "Xi Jinping" is the family name); '' otherwise. Read once per entity. */
function surnameAfterGivenName(index: ArticleIndex, id: number): string {
  const memo = memoOf<string>(index, 'surnames after given names');
  const key = String(id);
  let surname = memo.get(key);
  if (surname === undefined) {
    const entity = index.entities[id];
    surname = entity?.kind === 'person' && isGivenName(entity.name.split(' ')[0] ?? '') ? (contentTerms(entity.name).at(-1) ?? '') : '';
    memo.set(key, surname);
  }
  return surname;
}

/** The sentence names a body or vessel (not asked) that the article describes in words the question weighs: "BlackVane", a "group". */
function namesOneDescribed(index: ArticleIndex, indexed: IndexedSentence, asked: readonly number[], weights: ReadonlyMap<string, number>): boolean {
  for (const id of indexed.entityIds) {
    const entity = asked.includes(id) ? undefined : index.entities[id];
    // People are asked for by their role ("who is the spokesman?"), answered above.
    const role = entity?.kind === 'organization' || entity?.kind === 'vessel' ? entity.role : undefined;
    if (role !== undefined && tokenize(role).some((word) => weights.has(stem(word)))) return true;
  }
  return false;
}
const PERSON_ONLY: ReadonlySet<string> = new Set(['person']);

/** Whether a sentence's inherited terms hold any term the question weighs. */
function inheritsAsked(inherited: ReadonlySet<string>, weights: ReadonlyMap<string, number>): boolean {
  for (const term of weights.keys()) if (inherited.has(term)) return true;
  return false;
}
/** A follow-up opening with "and", "so", "but", "then": it goes on from the last answer. */
const GOES_ON_BONUS = 0.25;
const WHO_IS = /^\W*who(?:'s|’s|s| is| was| are| were)\b/i;
/** "there" in a follow-up: the place the conversation is at counts as much as a person named. */
const THERE_BONUS = 0.2;
const THERE = /\bthere\b(?!\s+(?:is|are|was|were|been|be|will|would|has|have|had)\b)/i;
/** "And militarily?", "how did China react to all that?", "what did China say about that?": what follows the last quote (news gives the reaction next). */
const GOES_ON_QUESTION = /^(?:and|so|but|then)\b|\b(?:react|reacted|reacting|respond|responded|reaction|response|say|said)\b.*\b(?:that|this|it|those|these)\s*[?.!]*$/i;
/** Sentences after a candidate that each refer back to the one before are candidates too, this many at most. */
const MAX_REFERENCE_CHAIN = 3;
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'refers', 'means']);

/** "Most of the patients are men": how much of a group a sentence saying what it is speaks of. */
const SHARE_OF: ReadonlySet<string> = new Set(['most', 'many', 'all', 'some', 'half']);

/** The sentence opens with the thing ("The Osprey", "Typhus", "Most of the patients") and a copula, or gives its meaning ("a dzud, the Mongolian word for a winter disaster"): it says what the thing is. */
function definesThing(indexed: IndexedSentence, thing: readonly string[]): boolean {
  if (thing.length > 0 && glossesThing(indexed, thing[thing.length - 1] as string)) return true;
  let start = SHARE_OF.has(indexed.tokens[0] ?? '') && indexed.tokens[1] === 'of' ? 2 : 0;
  if (indexed.tokens[start] === 'the' || indexed.tokens[start] === 'a' || indexed.tokens[start] === 'an') start++;
  for (let i = 0; i < thing.length; i++) if (indexed.stems[start + i] !== thing[i]) return false;
  return COPULAS.has(indexed.tokens[start + thing.length] ?? '') || opensWithAppositive(indexed, indexed.tokens.slice(start, start + thing.length));
}

/** "The Garifuna, descendants of West African and Indigenous Caribbean people ..., number about 200,000": what they are, set off by commas. */
function opensWithAppositive(indexed: IndexedSentence, words: readonly string[]): boolean {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(String.raw`^\W*(?:(?:most|many|all|some|half) of )?(?:the |a |an )?${escaped.join(String.raw`\W+`)}\W*,\s+(?:a|an|the|descendants?|members?|natives?|speakers?|followers?|people|which|who)\b`, 'i').test(indexed.sentence.text);
}

/** Words that gloss a word just before: "the Mongolian word for", "a term for", "which means", "meaning". */
const GLOSS_NOUNS: ReadonlySet<string> = new Set(['word', 'term', 'name', 'phrase', 'expression']);

/** "..., a dzud, the Mongolian word for a winter disaster ...", "dzud, which means ...": the word and its meaning. */
function glossesThing(indexed: IndexedSentence, word: string): boolean {
  const { stems, tokens } = indexed;
  for (let at = stems.indexOf(word); at >= 0; at = stems.indexOf(word, at + 1)) {
    const next = tokens[at + 1];
    if ((next === 'which' || next === 'that') && tokens[at + 2] === 'means') return true;
    if (next === 'meaning') return true;
    if (next !== 'the' && next !== 'a' && next !== 'an') continue;
    for (let i = at + 2; i <= at + 5; i++) if (GLOSS_NOUNS.has(tokens[i] ?? '') && tokens[i + 1] === 'for') return true;
  }
  return false;
}

/**
 * The one person the question names by their whole role ("the secretary of state", a role of two words or more)
 * or by an epithet the article uses for them ("America's top diplomat"), or the one body it names by what the
 * article says it is ("the roads agency"), with the epithet's terms: a sentence naming them by name covers them.
 */
function namedByTitle(index: ArticleIndex, question: ParsedQuestion): { ids: number[]; epithet: ReadonlySet<string> | undefined } | undefined {
  const asked = new Set(question.terms.filter((t) => t.known).map((t) => t.term));
  const ids: number[] = [];
  let epithet: ReadonlySet<string> | undefined;
  index.roleTerms.forEach((terms, id) => {
    const kind = index.entities[id]?.kind;
    if (terms.length >= 2 && kind === 'person' && terms.every((term) => asked.has(term))) ids.push(id);
    // "the roads agency" for "the national roads agency, Invias": what the body is (its last word) and one more word of it.
    else if (kind === 'organization' && terms.length >= 2 && asked.has(terms[terms.length - 1] ?? '') && terms.filter((term) => asked.has(term)).length >= 2) ids.push(id);
  });
  index.epithetTerms.forEach((epithets, id) => {
    const used = epithets.find((terms) => terms.every((term) => asked.has(term)));
    if (!used) return;
    if (!ids.includes(id)) ids.push(id);
    epithet = new Set(used);
  });
  if (ids.length !== 1) return undefined;
  // A body named by what it is: a sentence naming it covers those words.
  const id = ids[0] as number;
  if (!epithet && index.entities[id]?.kind === 'organization') epithet = new Set(index.roleTerms[id] ?? []);
  return { ids, epithet };
}

function withoutNames(index: ArticleIndex, context: TurnContext): TurnContext {
  const isName = (term: string): boolean => context.entityIds.some((id) => index.entityTerms[id]?.has(term));
  return { ...context, terms: context.terms.filter((term) => !isName(term)), entityIds: [] };
}

function contextBonus(context: TurnContext, position: number, indexed: IndexedSentence, goesOn: boolean): number {
  let bonus = 0;
  if (context.sectionId !== null && indexed.sentence.sectionId === context.sectionId) bonus += 0.08;
  if (context.sentencePositions.some((p) => Math.abs(p - position) <= 2 && p !== position)) bonus += 0.05;
  // "And militarily?", "and what has Biden done about it?": the passage goes on right after the last quote.
  if (goesOn && context.sentencePositions.some((p) => position > p && position - p <= 2)) bonus += GOES_ON_BONUS;
  if (context.entityIds.some((id) => indexed.entityIds.has(id))) bonus += 0.08;
  return bonus;
}

/** Entities the question names, by any of their aliases' words. */
const namedCache = new LatestOnly<ParsedQuestion, number[]>();

export function entitiesNamed(index: ArticleIndex, question: ParsedQuestion): number[] {
  const cached = namedCache.get(question);
  if (cached) return cached;
  const ids = findNamedEntities(index, question);
  namedCache.set(question, ids);
  return ids;
}

function findNamedEntities(index: ArticleIndex, question: ParsedQuestion): number[] {
  const questionWords = new Set(question.terms.filter((t) => t.known).map((t) => t.word));
  // Only entities with a word the question uses can be named by it.
  const possible = new Set<number>();
  for (const word of questionWords) for (const id of index.entitiesByWord.get(word) ?? []) possible.add(id);
  // "Who is Ayomide's mother?": "ayomides" is the person's word with its possessive, when a person is asked for
  // (people only: a country's possessive, "Ukraine's forces", asks about the forces; and only asking who: naming the
  // owner of "what is Blinken's message?" as the subject cost answers on the shipped article).
  const owners = question.kind === 'person' ? possessiveOwners(question.text) : undefined;
  if (owners) for (const word of questionWords) {
    const owner = word.slice(0, -1);
    if (!word.endsWith('s') || !owners.has(owner)) continue;
    const people = (index.entitiesByWord.get(owner) ?? []).filter((id) => index.entities[id]?.kind === 'person');
    if (people.length === 0) continue;
    questionWords.add(owner);
    for (const id of people) possible.add(id);
  }
  // Every content word of one form must be asked: "Kai Li" needs both "kai" and "li".
  const named = [...possible].sort((a, b) => a - b).filter((id) => index.entityForms[id]?.some((words) => formAsked(words, questionWords)));
  return named.length > 1 ? namesakesLast(index, named, questionWords) : named;
}

/**
 * "Who is Bikram Thapa?": of two people named Thapa, the one the question names in full comes first, before Hari Prasad
 * Thapa, whose surname alone it asks; both stay named ("is she related to him?" may ask of the other next).
 */
function namesakesLast(index: ArticleIndex, named: readonly number[], questionWords: ReadonlySet<string>): number[] {
  const asked = (id: number): Set<string> => {
    const words = new Set<string>();
    for (const form of index.entityForms[id] ?? []) if (formAsked(form, questionWords)) for (const word of form) if (questionWords.has(word)) words.add(word);
    return words;
  };
  const people = named.filter((id) => index.entities[id]?.kind === 'person');
  if (people.length < 2) return [...named];
  const matched = new Map(people.map((id) => [id, asked(id)] as const));
  const namesake = (id: number): boolean => {
    const mine = matched.get(id);
    if (mine === undefined) return false;
    return people.some((other) => {
      const theirs = matched.get(other);
      return other !== id && theirs !== undefined && theirs.size > mine.size && [...mine].every((word) => theirs.has(word));
    });
  };
  return [...named.filter((id) => !namesake(id)), ...named.filter(namesake)];
}

/** Each word of the form is a stopword or asked, and one at least is asked. */
export function formAsked(words: readonly string[], questionWords: ReadonlySet<string>): boolean {
  let asked = false;
  for (const word of words) {
    if (questionWords.has(word)) asked = true;
    else if (!STOPWORDS.has(word)) return false;
  }
  return asked;
}

const subjectCache = new LatestOnly<ParsedQuestion, Set<string>>();

function subjectTerms(question: ParsedQuestion): Set<string> {
  let terms = subjectCache.get(question);
  if (!terms) {
    terms = new Set(question.terms.filter((t) => t.known).flatMap((t) => [t.term, ...relatedTerms(t.term)]));
    subjectCache.set(question, terms);
  }
  return terms;
}

/** The accuser's words about the accused, said with the accused as subject. */
const ACCUSED_SUBJECT_BONUS = 0.8;

const ANY_OTHER = /\bany(?:one| other)\b/i;
/** "Has it ever happened before?", "has a film from Portugal ever won?": whether this is the first time. */
const EVER_BEFORE = /\bever\b|\bbefore\s*[?.!]*$/i;
/** "Was anyone hurt?", "did anybody die?": yes or no of anyone at all. */
const ANYONE = /\b(?:anyone|anybody)\b/i;
const ANYONE_OPENING = /^\W*(?:and |so |was |were |has |have )?(?:anyone|anybody) (?:else )?(?:killed|dead|died|hurt|injured|harmed|missing|hospitali[sz]ed|arrested|charged|rescued)\b/i;
/** "No deaths have been reported", "no one was hurt", "nobody was injured": the answer no. */
const NONE_SAID = /^(?:No|Nobody|No one|None)\b|\b(?:no|nobody|no one|none) (?:\w+ )?(?:was|were|has|have|had) (?:been )?(?:reported|killed|hurt|injured|harmed|found)\b/;
const NONE_SAID_BONUS = 0.3;
/** "What was the vote?", "what was the vote count in the council?", "how did the judges split?". */
const TALLY_ASKED = /\bwhat (?:was|were|is) the (?:final )?(?:vote|votes|tally|margin|split)\b|\bvote (?:count|tally|split|margin|result)\b|\bhow (?:did|do) (?:they|the \p{L}+) (?:vote|split)\b|\bhow many (?:votes|voted)\b/iu;
/** "voted 31 to 18", "13 votes to 11", "The 6-3 decision", "by a margin of 52-48". */
const TALLY_GIVEN = /\b\d{1,3}\s*(?:-|–|to)\s*\d{1,3}\b(?!\s*(?:percent|per cent|%|years?|months?|days?|hours?|minutes?|p\.m\.|a\.m\.|am|pm))|\b\d{1,3} votes? to \d{1,3}\b/i;
const TALLY_BONUS = 0.25;
/** "What will happen to them?", "what happens to the workers now?": what is still to come. */
const WILL_HAPPEN = /\bwhat (?:will|would|is going to|'s going to|’s going to) happen\b|\bwhat happens (?:to|with) (?:[\p{L}'’-]+ ){1,4}(?:now|next)\b/iu;
const LOOKS_AHEAD_BONUS = 0.15;
const FIRST = 'first';
const EVER_FIRST_WEIGHT = 0.5;
const EVER_FIRST_BONUS = 0.3;

/** A date with its year ("June 19, 2023", "in 2019"). */
const FULL_PAST_DATE = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, (?:19|20)\d\d\b|\b(?:in|since) (?:19|20)\d\d\b/i;
/** "When was the one before?": a sentence dating something in full. */
const EARLIER_DATE_BONUS = 0.3;
const NOT_EARLIER_PENALTY = 0.2;
/** A separate event's paragraph ("In a separate incident ...") when another one is asked of: the author marked it as the other one. */
const OTHER_EVENT_BONUS = 1;
/** A sentence of such a paragraph when the question names what only that paragraph tells of. */
const ASIDE_ASKED_BONUS = 0.2;

/** The sentence dates something in full, year and all: how news dates an occasion before the one it reports. */
export const datesInFull = (indexed: IndexedSentence): boolean => indexed.features.hasDate && FULL_PAST_DATE.test(indexed.sentence.text);

/** A sentence said by the holder of the view asked for: more than a speech question earns for speech and speaker together, since only that side's words answer. */
const VIEW_BONUS = 0.5;

function roleAsked(index: ArticleIndex, indexed: IndexedSentence, question: ParsedQuestion): boolean {
  for (const id of indexed.entityIds) {
    if (index.roleTerms[id]?.some((term) => question.terms.some((t) => t.known && t.term === term))) return true;
  }
  return false;
}

function rolePresent(index: ArticleIndex, entityId: number, indexed: IndexedSentence): boolean {
  const role = index.entities[entityId]?.role;
  return role !== undefined && role !== '' && indexed.lower.includes(role.toLowerCase());
}

/** Words for a ship or boat. */
const VESSEL_TERMS: ReadonlySet<string> = new Set(
  ['ferry', 'ship', 'boat', 'vessel', 'yacht', 'tanker', 'freighter', 'liner', 'trawler', 'submarine', 'frigate', 'destroyer', 'warship', 'carrier'].map(stem),
);

/** The question's words for a ship or boat, if it asks one's name. */
function askedVesselTerms(question: ParsedQuestion): ReadonlySet<string> | undefined {
  let words: Set<string> | undefined;
  for (const term of question.terms) if (VESSEL_TERMS.has(term.term)) (words ??= new Set()).add(term.term);
  return words;
}

const MAIN_VESSEL_BONUS = 0.25;

/** The ship or boat the article names most, if it names one. */
function mostNamedVessel(index: ArticleIndex): number | undefined {
  let best: number | undefined;
  let mentions = 0;
  index.entities.forEach((entity, id) => {
    if (entity.kind === 'vessel' && entity.sentenceIds.length > mentions) {
      best = id;
      mentions = entity.sentenceIds.length;
    }
  });
  return best;
}

