/**
 * `ask`: the one or two sentences of the article that answer a question, with their sections,
 * or a plain "the article does not say" with the closest sections to offer instead.
 */
import { headlineTerms, leadPosition, sentencePosition, type ArticleIndex, type IndexedSentence } from '../search/article-index.js';
import { closestSections } from '../search/topics.js';
import type { Answer, AnswerListing } from '../service.js';
import { judgeAnswer, wordCount } from './abstain.js';
import { FACT_KINDS, addsPlace, answersKind, measureOf } from './answer-type.js';
import { MAX_ANSWER_CHARS, chooseSentences, fitTogether, quote, quotedLength } from './compose.js';
import { ageOfPersonQuoted, comparisonOfLastAnswer, factAfterContext, factFromContext, onlyPersonFor, personLeadingAnswer, sayingUndated, speakerIntroduced, venueOfLastAnswer } from './context-fact.js';
import { articleCredits, asksAuthor, creditNaming } from './credits.js';
import { asksForMore, fallsBackOnLastAnswer, lastAnswerPassage, madeOfDiscourse } from './discourse.js';
import { splitCompound } from './compound.js';
import { asksForGist, asksGistOfStoryNamed, asksSeverityOfStory, asksStoryFinding, asksStoryHappened, gistQuote, isTeaser, leadSentence } from './gist.js';
import { asksWhatNext, nextSteps } from './next-steps.js';
import { storyEventWord } from './story-events.js';
import { asksStoryBefore, earlierOccasionOfStory, withOccasionAfter } from './story-before.js';
import { OTHER_LANGUAGE_REPLY, looksLikeOtherLanguage } from './language.js';
import type { TurnContext } from './context.js';
import { nextTurnContext } from '../conversation/next-turn.js';
import { memoOf } from './memo.js';
import { overviewAsked, overviewOf, type Overview, type OverviewItem } from './overview.js';
import { photoAnswer } from './photo.js';
import { silentPersonReply } from './silent-speaker.js';
import { withRoleHolderNamed } from './role-holder.js';
import type { Pronoun } from '../search/pronouns.js';
import { storyPerson } from './subject.js';
import { escapeRegExp } from '../who-and-where/regexp.js';
import { speakerNear } from './speakers.js';
import { asksNamesOfLastAnswer, noNameGiven, sentencesNamingPeople } from './names-asked.js';
import { NEGATIVE_CONTRACTIONS, countedWord, elidedSide, parseQuestion, withQuestionWordsSpelled, type ParsedQuestion } from './question.js';
import { contentTerms, stem } from '../text/tokens.js';
import { articleRelatives, asksOfTheNews, datesInFull, pointsAtOccasion, tellsOfAnotherOccasion, tellsOfTimesBefore, rankSentences, entitiesNamed, termCoverage, termsOf, type RankedSentence } from './rank.js';

/** The first personal pronoun of a question: "he", "she" or "him" (group 1), "his" (2), or "her" and the word after it (3, 4). */
const FIRST_PRONOUN = /\b(?:(he|she|him)|(his)|(her)(?=( \p{L}+)?))\b/iu;
/** Words after "her" that leave it an object ("what did they say to her about it?"), not an owner ("her coach"). */
const AFTER_OBJECT_HER = /^ (?:about|to|for|from|with|at|in|on|of|by|up|out|back|and|or|so|now|then|again|too)$/i;

/** "where's he from?" with the name for "he": "where's Ribeiro from?"; "his", and "her" before a noun, as the name's. */
function withPronounNamed(text: string, name: string): string {
  return text.replace(FIRST_PRONOUN, (_: string, plain?: string, _his?: string, her?: string, next?: string) =>
    plain !== undefined || (her !== undefined && (next === undefined || AFTER_OBJECT_HER.test(next))) ? name : `${name}'s`,
  );
}

export interface AnswerResult {
  answer: Omit<Answer, 'articleId' | 'articleTitle'>;
  question: ParsedQuestion;
  /** Sentences quoted (empty when abstaining). */
  chosen: RankedSentence[];
  /** Entities the question named, for the next turn. */
  entityIds: number[];
}

/** Answers an already-sanitised, non-empty question. */
export function answerQuestion(index: ArticleIndex, typed: string, context?: TurnContext): AnswerResult {
  // "What did the mayor say?" of an article with one mayor: asked of her by name.
  const text = withRoleHolderNamed(index, typed) ?? typed;
  const parsed = memoOf<ParsedQuestion>(index, 'parsed', { repeatedOnly: true });
  let question = parsed.get(text);
  if (!question) {
    question = parseQuestion(text, index.vocabulary);
    parsed.set(text, question);
  }
  // "How old is she?" asked first: of the one the story is about, where "she" can be them.
  const storyPersonName = context === undefined && question.terms.length === 0 && question.pronoun !== undefined ? nameOfStoryPerson(index, question.pronoun) : undefined;
  if (storyPersonName !== undefined && measureOf(question) === 'age') return answerQuestion(index, `how old is ${storyPersonName}?`);
  const storyBefore = asksStoryBefore(question, context !== undefined) ? storyBeforeAnswer(index, question) : undefined;
  if (storyBefore) return storyBefore;
  // "Who is Grace Adeyemi?" ... "what did she say?": asked of her by name, so her own words answer.
  const named = context && question.kind === 'speech' ? withSpeakerNamed(index, question, context) : undefined;
  if (named) question = parseQuestion(named, index.vocabulary);
  // "What did China say?" ... "and the US?": the same asked of the other side (a copy: the memo keeps the question as asked alone).
  const side = context?.askedView && question.viewOf === undefined ? elidedSide(question.text) : undefined;
  if (side) question = { ...question, kind: 'speech', viewOf: side.map(stem) };
  // "When did it happen?" asked first: "it" is the story itself, as if "what happened?" had just been answered.
  const turn = context ?? (asksOfTheStory(question) ? storyContext(index) : undefined);
  const followUp = turn !== undefined && leansOnConversation(question);
  // The context matters only to follow-ups; a standalone question has one answer whatever came before.
  const key = followUp ? `${text}\u0000${contextKey(turn)}` : text;
  const results = memoOf<AnswerResult>(index, 'answers', { repeatedOnly: true });
  const known = results.get(key);
  if (known) return known;
  let result = computeAnswer(index, question, text, followUp ? turn : undefined);
  // Read as asked of the story, it must be answered by a sentence saying what was asked, or be asked plainly.
  if (context === undefined && turn !== undefined && (result.answer.abstained || !result.chosen.some((c) => saysWhatTheStoryWasAsked(question, c.indexed)))) {
    result = computeAnswer(index, question, text, undefined);
  }
  // "Where's he from?", "who is he?" asked first, refused as asked: asked of the one the story is about by name.
  if (storyPersonName !== undefined && result.answer.abstained) {
    // By surname, as the story names them after the lead: "where's Ribeiro from?" finds "Ribeiro was born in ...".
    const named = answerQuestion(index, withPronounNamed(text, storyPersonName.split(' ').pop() ?? storyPersonName));
    if (!named.answer.abstained) result = named;
  }
  results.set(key, result);
  return result;
}

function nameOfStoryPerson(index: ArticleIndex, pronoun: Pronoun): string | undefined {
  const person = storyPerson(index, pronoun);
  return person === undefined ? undefined : index.entities[person]?.name;
}

/**
 * "Has this happened before?" asked first: asked of the story's event by the word its headline or lead uses ("has a
 * strike happened before?"), with the earlier occasion dated after a sentence saying there were others ("Central
 * Portugal has a grim history of summer fires. In June 2017, ..."). A story naming no event it tells again
 * ("Kenyan marathon winner provisionally banned ...") is answered by the earlier occasion its background tells in
 * the lead's words ("In 2022, ... was banned for eight years after testing positive"). Undefined when neither is.
 */
function storyBeforeAnswer(index: ArticleIndex, question: ParsedQuestion): AnswerResult | undefined {
  const event = storyEventWord(index);
  const asEvent = event === undefined ? undefined : answerQuestion(index, `has a ${event} happened before?`);
  // Only an answer telling of another time: "has a war happened before?" may find today's war.
  // Of what it quoted, only what tells of another time: "... blamed years of building on flood plains" says "flood"
  // too. And of that, what names the event, where one does: "The previous agreement, signed in 2022, ..." is dated
  // earlier but tells of no strike.
  const toldBefore = asEvent?.chosen.filter((c) => tellsOfTimesBefore(index, c.position)) ?? [];
  const named = toldBefore.filter((c) => c.coverage >= 1);
  if (asEvent && toldBefore.length > 0) return quoted(asEvent.question, withOccasionAfter(index, named.length > 0 ? named : toldBefore), asEvent.entityIds);
  const before = earlierOccasionOfStory(index);
  return before.length > 0 ? quoted(question, before, []) : undefined;
}

/** "What did she say ...?", "what does he think": the speaker asked of is a pronoun, the subject of the question. */
const SPEAKER_PRONOUN = /^(\W*(?:and |so )?what (?:did|does|do|has|had|will|would|else did) )(he|she)\b/i;

/**
 * The question with its speaker pronoun ("what did she say?") replaced by the name of the one person of the
 * conversation that pronoun can stand for; undefined when there is none, or several.
 */
function withSpeakerNamed(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): string | undefined {
  const match = question.terms.length === 0 && !SAID_NEXT.test(question.text) ? SPEAKER_PRONOUN.exec(question.text) : null;
  if (!match) return undefined;
  // The last answer names them, and quotes no one given only by role ("..., the official said"), whom "he" may be.
  const last = context.sentencePositions.flatMap((position) => index.sentences[position] ?? []);
  if (last.length === 0 || last.some((indexed) => indexed.speakerRole !== undefined)) return undefined;
  const pronoun = (match[2] ?? '').toLowerCase() as Pronoun;
  // Of several, the one the last answer leads with ("museum director Claudia Weber, 57, said ..." before the minister's wishes).
  const id = onlyPersonFor(index, context, pronoun, (person) => last.some((indexed) => indexed.entityIds.has(person))) ?? personLeadingAnswer(index, context, pronoun);
  const person = id === undefined ? undefined : index.entities[id];
  return person ? `${match[1]}${person.name}${question.text.slice(match[0].length)}` : undefined;
}

/**
 * "It", "this" or "that", and no person's pronoun: "how old is she?" asked first has no one to ask of. Only "when"
 * and "why": the story's lead dates it ("... ran aground on Saturday evening") and often gives its cause ("...
 * after it entered a stretch of track at almost twice the permitted speed"), and an answer is kept only where it
 * says one. The where of a story is seldom in its lead, and reading it there answered with sentences that did
 * not say it.
 */
const STORY_PRONOUN = /\b(?:it|this|that)\b/i;
/** "What's the suspected cause?" asked first: of the story itself. */
const BARE_CAUSE = /\bcauses?\s*[?.!]*\s*$/i;

function asksOfTheStory(question: ParsedQuestion): boolean {
  if (question.terms.length > 0 || question.pronoun !== undefined) return false;
  // "How many people were affected?" asked first: the story's own count, in its lead, when it gives one.
  if (question.kind === 'number') return measureOf(question) === 'count';
  return (question.kind === 'date' || question.kind === 'reason') && (STORY_PRONOUN.test(question.text) || (question.kind === 'reason' && BARE_CAUSE.test(question.text)));
}

/** What a question asked of the story itself needs: a day or date for "when", a reason for "why", a count for "how many". */
function saysWhatTheStoryWasAsked(question: ParsedQuestion, indexed: IndexedSentence): boolean {
  if (question.kind === 'reason') return indexed.features.hasReason;
  if (question.kind === 'number') return answersKind(question, indexed);
  return indexed.entityKinds.has('date');
}

/** The conversation after "what happened?": about the story's lead. */
function storyContext(index: ArticleIndex): TurnContext {
  const memo = memoOf<TurnContext>(index, 'story-context');
  let context = memo.get('');
  if (!context) {
    context = nextTurnContext(index, undefined, answerQuestion(index, 'what happened?'));
    memo.set('', context);
  }
  return context;
}

/**
 * The context as part of a memo key: its fields and their items joined by control characters that no term
 * (letters and digits), number or section id holds, so two contexts share a key only when they are the same.
 * JSON.stringify did the same at several times the cost, on every follow-up.
 */
function contextKey(context: TurnContext): string {
  const items = (values: ReadonlyArray<string | number>): string => values.join('\u0002');
  return `${items(context.terms)}\u0001${items(context.entityIds)}\u0001${items(context.sentencePositions)}\u0001${context.sectionId ?? ''}\u0001${items(context.placeTerms)}\u0001${context.askedView ? 1 : 0}${context.askedWho ? 1 : 0}`;
}

const QUESTION_WORD = /\b(?:who|whom|whose|what|when|where|why|which|how)\b/i;

/**
 * A question continues the conversation when it points back ("what did he say?", "what about Taiwan?"), is a
 * bare question word ("why?"), or says little, in words the article uses ("sanctions?"). Noise with no words
 * ("🔥🔥🔥", "{}") or only words the article does not use as typed ("SELECT * FROM users") does not: it is answered alone.
 */
export function leansOnConversation(question: ParsedQuestion): boolean {
  if (question.anaphoric || madeOfDiscourse(question) || pointsAtOccasion(question)) return true;
  if (question.terms.length === 0) return QUESTION_WORD.test(question.text);
  return question.terms.length <= 2 && question.terms.some((t) => t.known && !t.corrected);
}

function choose(index: ArticleIndex, question: ParsedQuestion, context: TurnContext | undefined): RankedSentence[] {
  return chooseFrom(index, question, rankSentences(index, question, context), undefined, context?.sentencePositions);
}

function chooseFrom(index: ArticleIndex, question: ParsedQuestion, allRanked: RankedSentence[], secondShare?: number, shownPositions: readonly number[] = []): RankedSentence[] {
  // A photo caption tells what the photo shows: beside the story's own sentence it adds nothing (unless it dates an occasion).
  const top = allRanked[0];
  const ranked = headlineYields(question, top && top.indexed.sentence.kind !== 'caption' ? allRanked.filter((r) => r.indexed.sentence.kind !== 'caption' || datesInFull(r.indexed)) : allRanked);
  const chosen = chooseSentences(ranked, {
    secondShare,
    unionCoverage: (pair) => termCoverage(question, termsOf(pair), index),
    addsAnswer: (best, other) => addsPlace(question, best.indexed, other.indexed),
    othersAsked: question.wantsMore,
    articleOrder: question.topical,
    holdsFact: (sentence) => question.kind === 'any' || question.kind === 'yesno' || answersKind(question, sentence.indexed),
    aside: (sentence) => tellsOfAnotherOccasion(index, sentence.indexed, question) && asksOfTheNews(question),
    shown: (sentence) => question.kind === 'yesno' && shownPositions.includes(sentence.position),
    completes: (best, other) =>
      (FACT_KINDS.has(question.kind) && !answersKind(question, best.indexed) && answersKind(question, other.indexed)) ||
      // "What is the title of Amnesty's report?": the sentence giving the title in quotes completes one about the report.
      (question.asksName && question.kind !== 'person' && !best.indexed.features.hasQuotedTitle && other.indexed.features.hasQuotedTitle),
  });
  return withQuotationClosed(index, question, withQuoteOpening(index, question, withContinuation(index, question, inOneQuotation(index, chosen))));
}

/** A body sentence scoring this share of the headline's answers in its place. */
const HEADLINE_YIELD_SHARE = 0.6;

/**
 * "When are the talks?": the headline says it in brief ("... as talks set for Monday"), a body sentence in full ("The
 * two sides agreed ... to resume negotiations on Monday at 10 a.m. in The Hague ..."), in words of its own that score
 * a little lower. The body's sentence leads where it holds the fact asked and scores nearly as well.
 */
function headlineYields(question: ParsedQuestion, ranked: RankedSentence[]): RankedSentence[] {
  const best = ranked[0];
  if (!best || best.indexed.sentence.kind !== 'headline') return ranked;
  const open = question.kind === 'any' || question.kind === 'yesno';
  const answering = ranked.slice(1, 6).filter((r) => r.indexed.sentence.kind === 'body' && r.coverage > 0 && r.score >= best.score * HEADLINE_YIELD_SHARE && (open || answersKind(question, r.indexed)));
  // The lead under it says the same in full ("... killing at least 14 people and injuring 23 others"), if it answers.
  const body = answering.find((r) => r.position === best.position + 1) ?? answering[0];
  return body ? [body, ...ranked.filter((r) => r !== body)] : ranked;
}

/**
 * 'That is the marathon," she said ...' chosen before '"She was stronger today.': two sentences of one quotation
 * are quoted as the quotation, whole and in order ('"She was stronger today. I tried to break her, ... That is the
 * marathon," she said ...'), when it fits.
 */
function inOneQuotation(index: ArticleIndex, chosen: RankedSentence[]): RankedSentence[] {
  const [a, b] = chosen;
  if (chosen.length !== 2 || !a || !b) return chosen;
  const [first, last] = a.position < b.position ? [a, b] : [b, a];
  const paragraph = first.indexed.sentence.paragraph;
  if (last.position - first.position > 3 || last.indexed.sentence.paragraph !== paragraph) return chosen;
  if (first.indexed.quotation !== 'opens' || last.indexed.quotation !== 'closes') return chosen;
  const span: RankedSentence[] = [];
  let length = 0;
  for (let position = first.position; position <= last.position; position++) {
    const indexed = index.sentences[position];
    if (!indexed) return chosen;
    // Within the quotation, no sentence opens or closes another.
    if (position !== first.position && position !== last.position && indexed.quotation !== undefined) return chosen;
    length += indexed.sentence.text.length + 1;
    span.push(position === a.position ? a : position === b.position ? b : { position, indexed, score: 0, coverage: 0 });
  }
  return length <= MAX_ANSWER_CHARS ? span : chosen;
}

/**
 * '"She would look at a lemon and cry," Silva said.' then '"Cooking was not her job.': a second sentence that
 * opens a quotation ends mid-quote, and reads as if cooking were not the chef's job. The rest of the quotation
 * ('It was how she talked to people."') follows it, when all fits.
 */
function withQuotationClosed(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[]): RankedSentence[] {
  if (chosen.length === 0 || chosen.length > 2) return chosen;
  const length = quotedLength(chosen);
  // One sentence of someone's words: they may go on in the next ('"We have confirmed 34 deaths ...," Interior
  // Minister Jorge Salcedo told reporters. "The terrain is extremely unstable ..."').
  if (chosen.length === 1) return question.kind === 'speech' ? withWordsGoingOn(index, question, chosen, length) : chosen;
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i] as RankedSentence;
    const rest = restOfQuotation(index, question, c, 'opens', MAX_ANSWER_CHARS - length);
    if (rest && !rest.some((r) => chosen.some((other) => other.position === r.position))) return [...chosen.slice(0, i + 1), ...rest, ...chosen.slice(i + 1)];
  }
  return question.kind === 'speech' ? withWordsGoingOn(index, question, chosen, length) : chosen;
}

/**
 * "What did Silva say?" answered by '"She would look at a lemon and cry," Silva said.': her words go on in the
 * paragraph ('"Cooking was not her job. It was how she talked to people."'), with no one else named to say them.
 */
function withWordsGoingOn(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[], length: number): RankedSentence[] {
  const last = chosen.reduce((a, b) => (b.position > a.position ? b : a));
  // The words going on follow the sentence they go on from, wherever it stands in the answer.
  const after = (more: RankedSentence[]): RankedSentence[] => {
    const at = chosen.indexOf(last) + 1;
    return [...chosen.slice(0, at), ...more, ...chosen.slice(at)];
  };
  const next = index.sentences[last.position + 1];
  const saying = last.indexed.sentence.text;
  if (!next || next.sentence.paragraph !== last.indexed.sentence.paragraph || next.sentence.kind !== 'body' || !/^["“]/.test(next.sentence.text)) return chosen;
  // The last sentence closed a quotation and said whose it was: '..." Silva said.'
  // The attribution may name the speaker in full, title and all ('..." Interior Minister Jorge Salcedo told reporters').
  if (!/["”],?\s+(?:(?:\p{Lu}[\p{L}'’-]*|he|she|they)\s+){0,5}(?:said|says|added|adds|told|recalled|explained)\b[^"“”]*$/u.test(saying)) return chosen;
  const room = MAX_ANSWER_CHARS - length - next.sentence.text.length;
  if (room < 0) return chosen;
  const nextRanked: RankedSentence = { position: last.position + 1, indexed: next, score: 0, coverage: termCoverage(question, next.terms, index) };
  const side = next.quotation;
  if (side === undefined && /["”]$/.test(next.sentence.text)) return after([nextRanked]);
  const rest = side === 'opens' ? restOfQuotation(index, question, nextRanked, 'opens', room) : undefined;
  return rest ? after([nextRanked, ...rest]) : chosen;
}

/**
 * 'Your team, the NFL, and NFL fans have all been hurt by your actions," NFL Commissioner Roger Goodell said.'
 * closes a quote an earlier sentence opened ('"Your admitted conduct was not only illegal ...'): quoted alone
 * it starts mid-quote. The sentences from the one opening the quote, in the same paragraph, are quoted first
 * when all fit.
 */
function withQuoteOpening(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[]): RankedSentence[] {
  if (chosen.length === 0 || chosen.length > 2) return chosen;
  const length = quotedLength(chosen);
  // The second may close one too: 'She refused to give up, ...," Pemba Nuru told CNN' after the sentence naming him.
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i] as RankedSentence;
    // Attributed ('..." Pemba Nuru told CNN') or not ('For many people, 7,000 steps is a realistic goal, ..."').
    if (!c.indexed.features.hasSpeech && c.indexed.quotation !== 'closes') continue;
    const opening = restOfQuotation(index, question, c, 'closes', MAX_ANSWER_CHARS - length);
    if (opening && !opening.some((o) => chosen.some((other) => other.position === o.position))) return [...chosen.slice(0, i), ...opening, ...chosen.slice(i)];
  }
  return chosen;
}

/** A long question asks much: a second sentence this far below the best may hold the rest of the answer. */
const LONG_QUESTION_SECOND_SHARE = 0.3;
/** From this many words a question asks enough for that second sentence (not only from twelve, where the long-question allowances start). */
const SECOND_SENTENCE_WORDS = 10;

/**
 * "What is the link between Ozola's family and the film that won the Golden Amber?": a long question answered
 * with one sentence gets a second (with the rest of a quotation it opens or goes on in), if one scores at least
 * LONG_QUESTION_SECOND_SHARE of the best (two-part questions are quoted part by part elsewhere). Whether to answer at all was judged on the first alone, so a
 * second sentence never turns a refusal into an answer.
 */
function withSecondForLongQuestion(index: ArticleIndex, question: ParsedQuestion, ranked: RankedSentence[], chosen: RankedSentence[]): RankedSentence[] {
  const only = chosen.length === 1 ? chosen[0] : undefined;
  if (!only || only !== ranked[0] || wordCount(question.text) < SECOND_SENTENCE_WORDS) return chosen;
  const wider = chooseFrom(index, question, ranked, LONG_QUESTION_SECOND_SHARE);
  return wider.length >= 2 && wider.includes(only) ? wider : chosen;
}

// The auxiliary may be missing: "what blinken mean with ...".
const ASKS_MEANING = /\bwhat (?:(?:did|does|do|was|is) )?.{0,60}\bmean\b|\bwhat (?:is|was) meant\b|\bmeaning of\b/i;
/** ASKS_MEANING, run only where it could match: the pattern is slow on a long line. */
const asksMeaning = (text: string): boolean => text.toLowerCase().includes('mean') && ASKS_MEANING.test(text);

/** A quoted line this short ("China cannot have it both ways, Blinken said.") is rarely the whole answer. */
const SHORT_SENTENCE = 80;

/**
 * "Why does Blinken say China can't have it both ways?": a short sentence, or one giving no reason to a
 * "why", goes on in the next sentence of its paragraph; quote that too.
 */
function withContinuation(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[]): RankedSentence[] {
  const [best, rival] = chosen;
  if (!best || chosen.length > 2) return chosen;
  // "what did Christine Pelosi tweet?" wants more than '... a tweet of her own: "Thanks.'
  const quotation = chosen.length === 1 ? restOfQuotation(index, question, best, 'opens', MAX_ANSWER_CHARS - best.indexed.sentence.text.length) : undefined;
  const quote = quotation ? [best, ...quotation] : [best];
  // "Who said ...?" answered by '"...," he texted.': the sentence naming him first.
  // "Who said <the words>?" asks only who: the speaker's sentence goes with the quote, not another match.
  const speaker = chosen.length === 1 || WHO_SAID.test(question.text) ? speakerNamedBefore(index, question, best, quote) : undefined;
  if (speaker) return [speaker, ...quote];
  // So does "who sang the solo?" answered by "He sang the solo ...": who "he" is comes first, the rest after.
  const subject = rival && OPENS_WITH_PRONOUN.test(best.indexed.sentence.text) ? speakerNamedBefore(index, question, best, chosen) : undefined;
  if (subject && rival) return subject.position === rival.position ? [subject, best] : [subject, best, rival];
  if (quotation) return quote;
  const introduction = pointerIntroduction(index, question, best);
  if (introduction) return [introduction, best];
  // "What did Priya say?": "Priya from Tewkesbury said she had woken at 3am ..." tells of her words; the
  // quotation after it in her paragraph ('"By the time I'd got the kids upstairs ...," she said.') gives them.
  const ownWords = chosen.length === 1 ? quotationAfter(index, question, best) : undefined;
  if (ownWords) return [best, ownWords];
  // "Why do the inmates wear robes?": "The prisoners are wearing sleeveless robes." is followed by "They're
  // designed to keep the mentally ill patients from injuring themselves." two sentences on: where neither sentence
  // chosen gives a reason and one of the next two in the paragraph does, that one goes with the best.
  const reasonNext = question.kind === 'reason' && !best.indexed.features.hasReason && !(rival?.indexed.features.hasReason ?? false) ? reasonAfter(index, question, best) : undefined;
  if (reasonNext) return [best, reasonNext];
  // "Who is Olarte?" answered by "Rodrigo Olarte's long goodbye to Lisbon is over.": a teaser says nothing of him;
  // the sentence after it in its paragraph ("The Uruguayan striker completed his move ...") does.
  const afterTeaser = isTeaser(best.indexed.sentence.text) ? index.sentences[best.position + 1] : undefined;
  if (afterTeaser && afterTeaser.sentence.paragraph === best.indexed.sentence.paragraph && afterTeaser.sentence.kind === 'body' && rival?.position !== best.position + 1) {
    const told: RankedSentence = { position: best.position + 1, indexed: afterTeaser, score: 0, coverage: termCoverage(question, afterTeaser.terms, index) };
    const withRival = rival ? [best, told, rival] : [best, told];
    return quotedLength(withRival) <= MAX_ANSWER_CHARS ? withRival : [best, told];
  }
  // "What did he mean when he said ...?": the line's own paragraph explains it, whatever else scored well.
  // Otherwise only a photo caption beside a short line gives way to the paragraph, which goes on with it.
  if (rival && rival.indexed.sentence.kind === 'body' && !asksMeaning(question.text)) return chosen;
  const unexplained = (question.kind === 'reason' && !best.indexed.features.hasReason) || asksMeaning(question.text);
  if (best.indexed.sentence.text.length >= SHORT_SENTENCE && !unexplained) return chosen;
  const next = index.sentences[best.position + 1];
  if (!next || next.sentence.paragraph !== best.indexed.sentence.paragraph || next.sentence.kind !== 'body') return chosen;
  if (!fitTogether(best.indexed.sentence.text, next.sentence.text)) return chosen;
  return [best, { position: best.position + 1, indexed: next, score: 0, coverage: termCoverage(question, next.terms, index) }];
}

/** A quotation given to "he" or "she": '"By the time I'd got the kids upstairs ...," she said.', '"...", he added.' */
const PRONOUN_QUOTED = /^["“].*["”],?\s+(?:he|she)\s+(?:said|says|added|told|explained)\b|^(?:He|She)\s+(?:said|says|added):\s*["“]/;

/**
 * The quotation right after a sentence reporting what someone said, in its paragraph, when "what did X say?"
 * found the report: the person's own words. Only where the report has no quotation of its own.
 */
function quotationAfter(index: ArticleIndex, question: ParsedQuestion, best: RankedSentence): RankedSentence | undefined {
  if (question.kind !== 'speech' || !best.indexed.features.hasSpeech || /["“”]/.test(best.indexed.sentence.text)) return undefined;
  const next = index.sentences[best.position + 1];
  if (!next || next.sentence.paragraph !== best.indexed.sentence.paragraph || next.sentence.kind !== 'body' || !PRONOUN_QUOTED.test(next.sentence.text)) return undefined;
  if (!fitTogether(best.indexed.sentence.text, next.sentence.text)) return undefined;
  return { position: best.position + 1, indexed: next, score: 0, coverage: termCoverage(question, next.terms, index) };
}

/** How far on in its paragraph the reason for the best sentence may come. */
const REASON_WITHIN = 2;

/** The first of the next sentences of the best one's paragraph to give a reason, when it fits beside it. */
function reasonAfter(index: ArticleIndex, question: ParsedQuestion, best: RankedSentence): RankedSentence | undefined {
  for (let position = best.position + 1; position <= best.position + REASON_WITHIN; position++) {
    const next = index.sentences[position];
    if (!next || next.sentence.paragraph !== best.indexed.sentence.paragraph || next.sentence.kind !== 'body') return undefined;
    if (!next.features.hasReason) continue;
    if (!fitTogether(best.indexed.sentence.text, next.sentence.text)) return undefined;
    return { position, indexed: next, score: 0, coverage: termCoverage(question, next.terms, index) };
  }
  return undefined;
}

/** Sentences a quotation cut by splitting may run over, besides the one quoted. */
const MAX_QUOTATION_SPAN = 3;

/**
 * The rest of a quotation sentence splitting cut, for `from`, which opens it (the sentences after, to the one
 * closing it) or closes it (those before, from the one opening it), in article order: in one paragraph, with no
 * quote marks between, and at most `room` characters in all. Undefined when there is no such rest.
 */
function restOfQuotation(index: ArticleIndex, question: ParsedQuestion, from: RankedSentence, side: 'opens' | 'closes', room: number): RankedSentence[] | undefined {
  if (from.indexed.quotation !== side) return undefined;
  const step = side === 'opens' ? 1 : -1;
  const wanted = side === 'opens' ? 'closes' : 'opens';
  const { paragraph } = from.indexed.sentence;
  const rest: RankedSentence[] = [];
  let length = 0;
  for (let position = from.position + step; rest.length < MAX_QUOTATION_SPAN; position += step) {
    const other = index.sentences[position];
    if (!other || other.sentence.paragraph !== paragraph || other.sentence.kind !== 'body') return undefined;
    length += other.sentence.text.length + ' '.length;
    if (length > room) return undefined;
    rest.push({ position, indexed: other, score: 0, coverage: termCoverage(question, other.terms, index) });
    const found = other.quotation;
    if (found === wanted) return side === 'opens' ? rest : rest.reverse();
    if (found !== undefined || /["“”]/.test(other.sentence.text)) return undefined;
  }
  return undefined;
}

/** A short line that only points back ("This will be our message going forward, the official said."). */
const POINTS_BACK = /^["“]?(?:this|that|these|those|such)\s+(?:is|was|are|were|will|would|has|have|had|remains?)\b/i;

/**
 * "What will the US message on Taiwan be?" is best matched by "This will be our message going forward, the
 * official said.", which says nothing by itself. The official's quote began where the article introduced them
 * ("The first senior State Department official said the secretary of state can be expected to emphasize ...
 * peace and stability across the Taiwan Strait"): that sentence is quoted first.
 */
function pointerIntroduction(index: ArticleIndex, question: ParsedQuestion, best: RankedSentence): RankedSentence | undefined {
  const text = best.indexed.sentence.text;
  if (text.length >= SHORT_SENTENCE || !POINTS_BACK.test(text)) return undefined;
  // The same sentence "who said that?" finds.
  const introduction = speakerIntroduced(index, best.position);
  if (!introduction || !fitTogether(introduction.indexed.sentence.text, text)) return undefined;
  return { ...introduction, score: 0, coverage: termCoverage(question, introduction.indexed.terms, index) };
}

/** How far back in its section the sentence naming a quote's "he" or "she" may be. */
const SPEAKER_NAMED_WITHIN = 4;
/** A sentence that speaks through a pronoun: "he texted", "He said: ...", "He thinks ...". */
const SPEAKS_AS_PRONOUN = /^\W*(?:he|she)\b|\b(?:he|she) (?:said|says|texted|tweeted|wrote|added|told)\b/i;
/** "Who said ...?", "who says ...": asked of a saying. */
const WHO_SAID = /^\W*who (?:said|says|wrote|tweeted|told)\b/i;
/** "He sang the solo ...": the sentence's subject is someone named before it. */
const OPENS_WITH_PRONOUN = /^(?:He|She)\b/;
/** A sentence that is all quotation, attributed nowhere ('"Everyone says they're on our side, but ..."'). */
const WHOLLY_QUOTED = /^["“][^"“”]*["”]\s*$/;
/** A quotation's sentence: '"The hospital charged ...', '... as much as my own."'. */
const IN_QUOTATION = /^["“]|["”]\s*$/;

/**
 * "Who said the healthcare system is designed for the rich?" is best matched by '"I lived in the USA and the
 * healthcare system is designed for the rich," he texted.', which answers "who" with "he". The sentence naming
 * him ("Gareth in Hampshire has had ...") comes first, when it is the last to name anyone before the quote in
 * its section. Speakers given by role ("the official said") are found by pointerIntroduction and "who said that?".
 */
function speakerNamedBefore(index: ArticleIndex, question: ParsedQuestion, best: RankedSentence, quote: readonly RankedSentence[]): RankedSentence | undefined {
  const text = best.indexed.sentence.text;
  if (question.kind !== 'person' || best.indexed.speakerRole !== undefined) return undefined;
  // Within a quotation that attributes it nowhere ('"We will not blink," a senior port official said.' does).
  const unattributed = (IN_QUOTATION.test(text) && !best.indexed.features.hasSpeech) || WHOLLY_QUOTED.test(text);
  if (!unattributed && !SPEAKS_AS_PRONOUN.test(text)) return undefined;
  // A person named inside the quotation ('... watch the Micheal Moore film Sicko ..."') is not its speaker.
  // Nor is one named after "he" opens the sentence ("He sang the solo ..., which ... Kadri Tamm singled out").
  if (best.indexed.entityKinds.has('person') && !unattributed && !OPENS_WITH_PRONOUN.test(text)) return undefined;
  // A section opening with '"The front is a double-edged sword," she said.' has her named at the end of the last.
  const opensSection = index.sentences[best.position - 1]?.sentence.sectionId !== best.indexed.sentence.sectionId;
  for (let back = best.position - 1; back >= Math.max(0, best.position - SPEAKER_NAMED_WITHIN); back--) {
    const earlier = index.sentences[back];
    if (!earlier || earlier.sentence.kind !== 'body') return undefined;
    if (earlier.sentence.sectionId !== best.indexed.sentence.sectionId && !(opensSection && back === best.position - 1)) return undefined;
    if (!earlier.entityKinds.has('person')) continue;
    // The quote itself and what runs on from it, then the sentence naming the speaker: all within one answer.
    if (earlier.sentence.text.length + quotedLength(quote) > MAX_ANSWER_CHARS) return undefined;
    return { position: back, indexed: earlier, score: 0, coverage: termCoverage(question, earlier.terms, index) };
  }
  return undefined;
}

/** One part of a two-part question, parsed, with the sentence that answers it best. */
interface PartAnswer {
  question: ParsedQuestion;
  best: RankedSentence;
}

/**
 * "Who suspended Vick, and for how long?": the best sentence for each part, in the question's order.
 * The second part often leans on the first ("was she hurt?"), so it is ranked with the first as context.
 */
function chooseForParts(index: ArticleIndex, parts: [string, string], context: TurnContext | undefined): [PartAnswer, PartAnswer] | undefined {
  const first = parseQuestion(parts[0], index.vocabulary);
  const firstBest = bestHoldingFact(first, rankSentences(index, first, context));
  if (!firstBest) return undefined;
  const second = parseQuestion(parts[1], index.vocabulary);
  // "Who is Graham Pike and why is he worried?": when the second part's best is the first part's answer too,
  // its next best says the rest.
  const secondBest = bestHoldingFact(second, rankSentences(index, second, contextOf(first, firstBest)).filter((r) => r.position !== firstBest.position));
  if (!secondBest) return undefined;
  if (!fitTogether(firstBest.indexed.sentence.text, secondBest.indexed.sentence.text)) return undefined;
  return [
    { question: first, best: firstBest },
    { question: second, best: secondBest },
  ];
}

/** A part's answer is a sentence near the top, if not the top one itself. */
const PART_FACT_SHARE = 0.6;

/**
 * "How much did the chains pay altogether, and ...?": a part asking a figure, date or amount is answered by
 * the best sentence holding one ("a combined 212 million euros"), if it scores near the top, over a better
 * match holding none ("The three chains together control about 58% of the market").
 */
function bestHoldingFact(question: ParsedQuestion, ranked: RankedSentence[]): RankedSentence | undefined {
  const top = ranked[0];
  if (!top || !FACT_KINDS.has(question.kind) || answersKind(question, top.indexed)) return top;
  return ranked.find((r) => r.score >= top.score * PART_FACT_SHARE && answersKind(question, r.indexed)) ?? top;
}

/**
 * "Who coaches the Ivory Coast, and where did his team finish?": the first part's answer as a question of its
 * own would be (one or two sentences), then the second part's best: up to three sentences, within the answer limit.
 */
function partsQuote(index: ArticleIndex, parts: [PartAnswer, PartAnswer], context: TurnContext | undefined): RankedSentence[] {
  const [first, second] = parts;
  const quoted: RankedSentence[] = [];
  let length = 0;
  for (const sentence of [...choose(index, first.question, context), second.best]) {
    if (quoted.some((q) => q.position === sentence.position)) continue;
    const added = sentence.indexed.sentence.text.length + (quoted.length > 0 ? 1 : 0);
    if (length + added > MAX_ANSWER_CHARS) continue;
    quoted.push(sentence);
    length += added;
  }
  return quoted.length >= 2 ? quoted : parts.map((part) => part.best);
}

/** The whole question's best sentence must cover this share of it to join a two-part answer. */
const WHOLE_QUESTION_COVERAGE = 0.3;

/**
 * "How long did the official mourning period last, and what was done on government buildings during it?":
 * one sentence may answer both parts ("The government declared 30 days of national mourning, during which flags
 * flew at half-staff on public buildings.") though neither part, asked alone, finds it first. The whole
 * question's best sentence joins the parts' own, in the article's order and within the answer limit.
 */
function withWholeBest(index: ArticleIndex, question: ParsedQuestion, quoted: RankedSentence[], context: TurnContext | undefined): RankedSentence[] {
  const best = rankSentences(index, question, context)[0];
  if (!best || best.coverage < WHOLE_QUESTION_COVERAGE || quoted.some((q) => q.position === best.position)) return quoted;
  const result: RankedSentence[] = [best];
  let length = best.indexed.sentence.text.length;
  for (const q of quoted) {
    const added = q.indexed.sentence.text.length + 1;
    if (length + added > MAX_ANSWER_CHARS) continue;
    result.push(q);
    length += added;
  }
  return result.sort((a, b) => a.position - b.position);
}

/** What the first part of a question was about, as the second part's conversation. */
function contextOf(question: ParsedQuestion, best: RankedSentence): TurnContext {
  return {
    terms: question.terms.filter((t) => t.known).map((t) => t.term),
    entityIds: [...best.indexed.entityIds],
    sentencePositions: [best.position],
    sectionId: best.indexed.sentence.sectionId,
    placeTerms: [],
    askedView: question.viewOf !== undefined,
    askedWho: question.kind === 'person',
  };
}

/**
 * A two-part question whose whole falls short ("What was the result of the match, and on which day was it
 * played?" uses words the article does not) is still answered when one part is, each part judged against
 * its own sentence: a reader asking two things wants the one the article holds.
 */
function partAnswered(index: ArticleIndex, parts: [PartAnswer, PartAnswer], followUp: boolean): boolean {
  const [first, second] = parts;
  // A part answered only through the conversation ("where did it finish?" after a turn on Taiwan) is not one
  // the article answers: it must use a word of the article itself.
  const ownWords = (part: PartAnswer): boolean => part.question.terms.some((t) => t.known);
  return (
    (ownWords(first) && !judgeAnswer(index, first.question, [first.best], followUp).abstain) ||
    (ownWords(second) && !judgeAnswer(index, second.question, [second.best], true).abstain)
  );
}

function computeAnswer(index: ArticleIndex, question: ParsedQuestion, text: string, context: TurnContext | undefined): AnswerResult {
  // "Who are the main people?", "who is quoted?": no sentence says; the briefing's lists do. Such a question
  // holds few content words ("which places are mentioned in the article?" three): longer ones skip the patterns.
  const overview = question.terms.length <= OVERVIEW_QUESTION_TERMS ? overviewAsked(text) : undefined;
  if (overview) return listed(index, question, text, overviewOf(index, overview));
  if (asksAuthor(text)) return authorAnswer(index, question, text);
  // "What happened?" asked afresh is about the whole article; in a conversation it follows up on the topic.
  // A request for the gist says little else ("tl;dr", "the main takeaway"): the pattern, a microsecond
  // a question, is spared the rest of a conversation's questions.
  // A conversation whose last turns left no topic (a refusal of words the article never uses) has nothing to follow up.
  const onTopic = context !== undefined && (context.terms.length > 0 || context.entityIds.length > 0 || context.sentencePositions.length > 0);
  const mayAskGist = !onTopic || question.terms.length <= GIST_REQUEST_TERMS;
  // "wat happend": the request read with its question words spelled out, when it has no words of its own.
  const gistText = question.terms.length === 0 ? withQuestionWordsSpelled(text) : text;
  const gist = (mayAskGist && asksForGist(gistText, onTopic)) || (!onTopic && (asksStoryHappened(index, question) || asksGistOfStoryNamed(index, gistText))) ? gistQuote(index) : [];
  if (gist.length > 0) return quoted(question, gist, []);
  const finding = asksStoryFinding(index, question) || asksSeverityOfStory(index, text, onTopic) ? leadSentence(index) : undefined;
  if (finding) return quoted(question, [finding], []);
  // "What was the score?" of a match report: the first sentence giving a scoreline ("beating holders Ashford Rovers 2-1").
  const scoreline = asksScore(text, question) ? firstScoreline(index) : undefined;
  if (scoreline) return quoted(question, [scoreline], []);
  // "What happens next?": the sentences looking ahead, when the article has any; otherwise it is asked as typed.
  // "What's next for Nepal's rhinos?" asks the same of the story's subject: words its headline names.
  // "Chebet: what happens next?" names the runner the lead is about.
  const leadTerms = index.sentences[leadPosition(index)]?.terms;
  const ofTheStory =
    question.terms.length === 0 || (question.terms.length <= 3 && question.terms.every((t) => t.known && (headlineTerms(index).has(t.term) || leadTerms?.has(t.term) === true)));
  const steps = ofTheStory && asksWhatNext(gistText) ? nextSteps(index) : [];
  if (steps.length > 0) return quoted(question, steps, []);
  // "What did he say next?": the words quoted after the last answer's.
  const saidNext = context && SAID_NEXT.test(text) ? wordsAfterLastAnswer(index, question, context) : undefined;
  if (saidNext?.words) return quoted(question, saidNext.words, entitiesNamed(index, question));
  if (saidNext) return abstained(index, question, text, `The article quotes nothing more from ${saidNext.name} after that.`);
  // "When was the one before?" asks of another occasion than the one just quoted.
  const fromContext = context && !question.earlierOccasion && factFromContext(index, question, context);
  if (fromContext) return quoted(question, [fromContext], entitiesNamed(index, question));
  const compared = context && comparisonOfLastAnswer(index, question, context);
  if (compared) return quoted(question, [compared], []);
  const venue = context && venueOfLastAnswer(index, question, context);
  if (venue) return quoted(question, [venue], []);
  if (context && sayingUndated(index, question, context)) return abstained(index, question, text, question.kind === 'place' ? SAID_WHERE_UNTOLD : SAID_WHEN_UNTOLD);
  // "And if that doesn't work?", "any other reasons?": nothing but talk about the last answer.
  // "When are the results?" of a story that dates its results asks for that date, not about the last answer.
  const discourse = madeOfDiscourse(question) && !(FACT_KINDS.has(question.kind) && question.terms.every((t) => t.known));
  const passage = context && (discourse || asksForMore(question)) ? lastAnswerPassage(index, question, context) : [];
  if (passage.length > 0) return quoted(question, passage, entitiesNamed(index, question));
  // "What did Sarah Palin say?" of an article that only names her: whatever is quoted near her name is someone else's.
  const silent = silentPersonReply(index, text);
  if (silent !== undefined) return abstained(index, question, text, silent);
  const photo = photoAnswer(index, question, context);
  if (photo) return photo.kind === 'caption' ? quoted(question, photo.chosen, entitiesNamed(index, question)) : abstained(index, question, text, PHOTO_UNCREDITED);
  if (context && asksNamesOfLastAnswer(question, context)) {
    const naming = sentencesNamingPeople(index, question, context);
    return naming.length > 0 ? quoted(question, naming, entitiesNamed(index, question)) : abstained(index, question, text, noNameGiven(question));
  }
  const split = splitCompound(text);
  const parts = split && chooseForParts(index, split, context);
  const ranked = parts ? [] : rankSentences(index, question, context);
  let chosen = parts ? withWholeBest(index, question, partsQuote(index, parts, context), context) : chooseFrom(index, question, ranked, undefined, context?.sentencePositions);
  const followUp = context !== undefined;
  let verdict = judgeAnswer(index, question, chosen, followUp, context?.entityIds);
  // "When was the one before?" in a thread about his trip has no words of its own: of the sentences most about
  // the conversation, the best that dates an occasion in full answers it.
  const dated =
    verdict.abstain && followUp && question.earlierOccasion && question.terms.length === 0
      ? (ranked.slice(0, EARLIER_DATE_DEPTH).find((r) => datesInFull(r.indexed)) ?? (context && datedCaptionOf(index, question, context)))
      : undefined;
  if (dated) {
    chosen = [dated];
    verdict = { abstain: false, missing: verdict.missing };
  }
  // Not in a follow-up: "when does he fly home?" after a turn on his trip would take any date near it.
  const withFact = verdict.abstain && !followUp ? factFallback(index, question, ranked) : undefined;
  if (withFact) {
    chosen = withFact;
    verdict = { abstain: false, missing: verdict.missing };
  }
  if (verdict.abstain && parts && partAnswered(index, parts, followUp)) verdict = { abstain: false, missing: verdict.missing };
  if (verdict.abstain && verdict.unmatched && context && fallsBackOnLastAnswer(question, context)) {
    const passage = lastAnswerPassage(index, question, context);
    if (passage.length > 0) return quoted(question, passage, entitiesNamed(index, question));
  }
  const following = verdict.abstain && context ? (factAfterContext(index, question, context) ?? ageOfPersonQuoted(index, question, context)) : undefined;
  if (following) return quoted(question, [following], entitiesNamed(index, question));
  const entityIds = entitiesNamed(index, question);
  if (verdict.abstain) {
    // "Who is Chris Sutton?" of a column he wrote: the name is in its credit line, not its sentences.
    const credit = creditNaming(index, question.terms.filter((t) => !t.known).map((t) => t.token));
    if (credit !== undefined) return creditsAnswer(question, [credit], entityIds);
    // Sections matched to words of another language would be chance: none are offered.
    if (looksLikeOtherLanguage(text, index.vocabulary)) return abstained(index, question, text, OTHER_LANGUAGE_REPLY, entityIds, false);
    const reply =
      verdict.listedOnly !== undefined
        ? `The article does not say: it names ${verdict.listedOnly} only in a list, with others.`
        : verdict.unnamedRole !== undefined
          ? `The article does not name the ${verdict.unnamedRole}: it gives only the role.`
          : abstentionText(neverMentioned(index, question, verdict.missing), text);
    // "🔥🔥🔥": with no words there is nothing to find sections by.
    return abstained(index, question, text, reply, entityIds, reply !== NO_WORDS);
  }
  return withDateline(index, question, quoted(question, ranked.length > 0 ? withSecondForLongQuestion(index, question, ranked, chosen) : chosen, entityIds));
}

/** How far after the last answer their next words may be quoted (sentences). */
const WORDS_NEXT_WITHIN = 12;
/** "What did he say next?", "and what did she say after that?": what was said after the last answer. */
const SAID_NEXT = /^\W*(?:and |so |then )?what (?:did|does|do) (?:he|she|they) (?:say|said|tell \w+|add) (?:next|after that|then)\s*[?.!]*\s*$/i;

/**
 * The first sentence after the last answer's last, a few on at most, in which its person (the one the pronoun can
 * be) speaks by name, with the rest of a quotation it opens; undefined when there is none.
 */
function wordsAfterLastAnswer(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): { name: string; words?: RankedSentence[] } | undefined {
  if (context.sentencePositions.length === 0) return undefined;
  const last = Math.max(...context.sentencePositions);
  // Whose words: the one person of the last answer the pronoun can be, by the words of their name (not of a role
  // kept with it: "City manager Grace Adeyemi" is no "City's academy ... said").
  const id = onlyPersonFor(index, context, question.pronoun);
  const person = id === undefined ? undefined : index.entities[id];
  if (!person) return undefined;
  const speaker = new Set(contentTerms(person.name));
  const surname = person.name.split(' ').at(-1) ?? '';
  // "Pruitt's lawyer, Sandra Whitfield, argued ...": his name as another's owner is not him speaking.
  const owned = new RegExp(`\\b${escapeRegExp(surname)}['’]s\\b`);
  let position = -1;
  for (let at = last + 1; at <= last + WORDS_NEXT_WITHIN; at++) {
    const candidate = index.sentences[at];
    if (candidate?.sentence.kind === 'body' && speakerNear(candidate, speaker) && !owned.test(candidate.sentence.text)) {
      position = at;
      break;
    }
  }
  const next = index.sentences[position];
  const name = surname || person.name;
  if (!next) return { name };
  const ranked: RankedSentence = { position, indexed: next, score: 1, coverage: 1 };
  const rest = restOfQuotation(index, question, ranked, 'opens', MAX_ANSWER_CHARS - next.sentence.text.length) ?? [];
  return { name, words: [ranked, ...rest] };
}

/** "What was the score?", "what was the final score of the match?", "what's the scoreline?": a match's result, nothing more named. */
const SCORE_ASKED = /^\W*(?:so |and )?(?:what|wht|wat)(?:'s|’s|s| was| is| were)? (?:the )?(?:final |full-time )?(?:score|scoreline)\b/i;
const SCORE_FRAME: ReadonlySet<string> = new Set(['score', 'scoreline', 'final', 'game', 'match', 'time', 'full']);
const asksScore = (text: string, question: ParsedQuestion): boolean => SCORE_ASKED.test(text) && question.terms.every((t) => SCORE_FRAME.has(t.token));
/** A scoreline: "2-1", "29-28", "3 – 0"; not a date or a span of years ("2019-20"). */
const SCORELINE = /(?<![\d/.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d/.-]|\s?(?:percent|per cent|%|years?|months?|weeks?|days?|hours?|minutes?)\b)/;

function firstScoreline(index: ArticleIndex): RankedSentence | undefined {
  const position = index.sentences.findIndex((indexed) => indexed.sentence.kind === 'body' && SCORELINE.test(indexed.sentence.text));
  const indexed = index.sentences[position];
  return indexed ? { position, indexed, score: 1, coverage: 1 } : undefined;
}

/**
 * "Which city is the hospital in?" answered by the lead of "SPRINGFIELD, Ohio (AP) — A ransomware attack crippled
 * ... Mercy Valley Regional Medical Center ...": the place is in the dateline, which the lead's sentence lost when
 * it was cleaned. A place question quoting the lead gets it back in front.
 */
function withDateline(index: ArticleIndex, question: ParsedQuestion, result: AnswerResult): AnswerResult {
  const dateline = index.briefing.dateline;
  const first = result.chosen[0];
  if (question.kind !== 'place' || !dateline || dateline.length === 0 || !first || first.position !== leadPosition(index)) return result;
  const answer = `${dateline.join(', ')} — ${result.answer.answer}`;
  return answer.length > MAX_ANSWER_CHARS ? result : { ...result, answer: { ...result.answer, answer } };
}

/** Content words a question about the whole article holds at most ("list the key players in the story"). */
const OVERVIEW_QUESTION_TERMS = 4;

/** Content words a request for the gist holds at most ("give me the short version of this article"). */
const GIST_REQUEST_TERMS = 3;

/** Ranked sentences looked at for an earlier occasion's full date. */
const EARLIER_DATE_DEPTH = 3;

/**
 * "When was the one before?" when only a photo caption dates an occasion in full ("Brandt meets Karvian leaders
 * in the capital on March 3, 2024."): a file photo of the person the conversation is about shows the earlier one.
 */
function datedCaptionOf(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence | undefined {
  const position = index.sentences.findIndex(
    (indexed) => indexed.sentence.kind === 'caption' && datesInFull(indexed) && context.entityIds.some((id) => indexed.entityIds.has(id)),
  );
  const indexed = index.sentences[position];
  return indexed ? { position, indexed, score: 0, coverage: termCoverage(question, indexed.terms, index) } : undefined;
}

/** Ranked sentences looked at for the figure or date the best ones lack. */
const FACT_FALLBACK_DEPTH = 8;

/**
 * "How far did Babineau say he fell when the bridge collapsed?": the sentences most about the question
 * ('"I could see the whole bridge as it was going down," Babineau said.') may hold no figure, while one further
 * down, about the question too, does ("I probably had a 30-, 35-foot free fall."). The best-ranked sentence
 * holding the kind of fact asked for is the answer, if it passes the same judgement on its own.
 */
function factFallback(index: ArticleIndex, question: ParsedQuestion, ranked: RankedSentence[]): RankedSentence[] | undefined {
  if (!FACT_KINDS.has(question.kind)) return undefined;
  // "How many seats ...?" is not answered by "10 days": the thing counted must be in the sentence.
  const counted = countedWord(question.text);
  const countedTerm = counted === undefined ? undefined : stem(counted);
  const holder = ranked
    .slice(0, FACT_FALLBACK_DEPTH)
    .find((r) => answersKind(question, r.indexed) && (countedTerm === undefined || r.indexed.terms.has(countedTerm)));
  if (!holder || judgeAnswer(index, question, [holder], false).abstain) return undefined;
  // The sentence naming whom it is about reads first: '"...," survivor Gary Babineau told CNN. "I probably had ...'.
  const antecedent = holder.subject?.antecedent;
  const named = antecedent === undefined ? undefined : index.sentences[antecedent];
  if (!named || antecedent === undefined || !fitTogether(named.sentence.text, holder.indexed.sentence.text)) return [holder];
  return [{ position: antecedent, indexed: named, score: 0, coverage: termCoverage(question, named.terms, index) }, holder];
}

const PHOTO_UNCREDITED = 'The article does not say: its photo caption credits no one.';
const NO_AUTHOR = 'The article does not name its author.';
const SAID_WHEN_UNTOLD = 'The article does not say when that was said.';
const SAID_WHERE_UNTOLD = 'The article does not say where that was said.';

/** "Who wrote this?": the article's credit lines, or a plain "it names no author". */
function authorAnswer(index: ArticleIndex, question: ParsedQuestion, text: string): AnswerResult {
  const credits = articleCredits(index);
  return credits.length > 0 ? creditsAnswer(question, credits, []) : abstained(index, question, text, NO_AUTHOR, [], false);
}

/** An answer listing credit lines: they are no sentence of the story, so they cite no section. */
function creditsAnswer(question: ParsedQuestion, lines: string[], entityIds: number[]): AnswerResult {
  const listing = { lead: "The article's credits:", items: lines };
  return { answer: { answer: listingText(listing), abstained: false, listing, sources: [], suggestions: [] }, question, chosen: [], entityIds };
}

/** A plain "the article does not say", with the sections closest to the question to offer instead. */
function abstained(index: ArticleIndex, question: ParsedQuestion, text: string, reply: string, entityIds = entitiesNamed(index, question), offerSections = true): AnswerResult {
  const suggestions = offerSections ? closestSections(index, text).map(({ id, title }) => ({ id, title })) : [];
  return { answer: { answer: reply, abstained: true, sources: [], suggestions }, question, chosen: [], entityIds };
}

/** An answer listing the article's people, speakers, places, key points or sections, each item's sentence a source; or quoting its headline. */
function listed(index: ArticleIndex, question: ParsedQuestion, text: string, overview: Overview): AnswerResult {
  if ('missing' in overview) return abstained(index, question, text, overview.missing, []);
  const items = 'quote' in overview ? [] : withinAnswerLimit(overview.lead, overview.items);
  const chosen: RankedSentence[] = [];
  for (const id of new Set('quote' in overview ? [overview.quote] : items.flatMap((i) => (i.sentenceId === undefined ? [] : [i.sentenceId])))) {
    const position = sentencePosition(index, id);
    const indexed = position === undefined ? undefined : index.sentences[position];
    if (position !== undefined && indexed) chosen.push({ position, indexed, score: 0, coverage: 0 });
  }
  // Sources in the article's order, as a reader would find them.
  const result = quoted(question, chosen.sort((a, b) => a.position - b.position), []);
  if ('quote' in overview) return result;
  const listing = { lead: overview.lead, items: items.map((i) => i.text) };
  return { ...result, answer: { ...result.answer, answer: listingText(listing), listing } };
}

/** A list answer as text: its lead, then a bullet a line. */
export const listingText = ({ lead, items }: AnswerListing): string => [lead, ...items.map((i) => `• ${i}`)].join('\n');

/** An item cut this short still says something; shorter, it is left out. */
const MIN_CUT_ITEM = 80;

/**
 * The items that fit an answer's limit as a list (the interface caps every answer): whole while they fit, then
 * the next cut short at a word if enough room is left ("Blinken is also expected to raise concerns …").
 */
function withinAnswerLimit(lead: string, items: readonly OverviewItem[]): OverviewItem[] {
  const kept: OverviewItem[] = [];
  let length = lead.length;
  for (const item of items) {
    const line = item.text.length + 3; // "\n• "
    if (length + line <= MAX_ANSWER_CHARS) {
      kept.push(item);
      length += line;
      continue;
    }
    const room = MAX_ANSWER_CHARS - length - 4; // "\n• " and "…"
    const cut = room >= MIN_CUT_ITEM ? cutShort(item.text, room) : undefined;
    if (cut !== undefined) kept.push({ ...item, text: `${cut}…` });
    break;
  }
  return kept;
}

/** A word that leaves a cut hanging: "flooding 34…" loses what was counted, "in the…" what was meant. */
const HANGING = /\s+(?:[\d.,%$€£]+\S*|a|an|the|of|in|on|at|to|for|by|with|from|and|or|but|as|than|its|their|his|her|about|some|nearly|almost|around|roughly|more|less|over|under)$/i;

/**
 * The item cut within `room` characters where a reader can stop: at its last clause break (a comma, semicolon,
 * colon or dash) if that leaves enough, else at a word, never after a figure or a word leaving the cut hanging.
 * Undefined when what is left would say too little.
 */
function cutShort(text: string, room: number): string | undefined {
  const within = text.slice(0, room);
  const clause = Math.max(within.lastIndexOf(', '), within.lastIndexOf('; '), within.lastIndexOf(': '), within.lastIndexOf(' — '), within.lastIndexOf(' - '));
  if (clause >= MIN_CUT_ITEM) return within.slice(0, clause);
  let cut = within.replace(/\s+\S*$/, '');
  while (HANGING.test(cut)) cut = cut.replace(HANGING, '');
  return cut.length >= MIN_CUT_ITEM ? cut.replace(/[\s,;:]+$/, '') : undefined;
}

/** An answer quoting `chosen`, each sentence with its section. */
function quoted(question: ParsedQuestion, chosen: RankedSentence[], entityIds: number[]): AnswerResult {
  const sources = chosen.map((c) => ({
    sectionId: c.indexed.sentence.sectionId,
    sectionTitle: c.indexed.sectionTitle,
    sentenceId: c.indexed.sentence.id,
    text: c.indexed.sentence.text,
  }));
  return { answer: { answer: quote(chosen), abstained: false, sources, suggestions: [] }, question, chosen, entityIds };
}

/**
 * The missing words the article has no relative of either: "when does the strike start?" of a story saying the
 * walkouts "begin" is refused for want of an answer, not because the article "never mentions" starting.
 */
function neverMentioned(index: ArticleIndex, question: ParsedQuestion, missing: string[]): string[] {
  const unrelated: string[] = [];
  for (const word of missing) {
    const term = question.terms.find((t) => t.token === word);
    if (term === undefined || term.known || articleRelatives(index, term).length === 0) unrelated.push(word);
  }
  return unrelated;
}

/** "The article does not say: it never mentions "weather"." Words are shown as the asker wrote them. */
export function abstentionText(missing: string[], question: string): string {
  const written = question.match(/[\p{L}\p{N}]+/gu) ?? [];
  // "🔥🔥🔥", "?!?!": nothing to look for, and "the article does not say" would answer a question never asked.
  if (written.length === 0) return NO_WORDS;
  // Built by loop: filter/map results of differing array kinds deoptimised this on every other answer.
  const named: string[] = [];
  for (const word of missing) {
    if (named.length === MAX_NAMED_MISSING) break;
    // "Why wasn't she there?": the negative says how the question is put, not a thing the article lacks.
    if (!/^[\p{L}\p{N}]{2,30}$/u.test(word) || NEGATIVE_CONTRACTIONS.has(word)) continue;
    named.push(`"${written.find((w) => w.toLowerCase() === word) ?? word}"`);
  }
  if (named.length === 0) return 'The article does not say.';
  return `The article does not say: it never mentions ${named.join(' or ')}.`;
}
const MAX_NAMED_MISSING = 3;
const NO_WORDS = 'There are no words in that to look for: ask me about the article, e.g. "what happened?" or "who is quoted?".';
