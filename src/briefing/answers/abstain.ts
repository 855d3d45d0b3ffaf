/**
 * When to say "the article does not say": the best passage must cover most of what the question asks
 * about, must not leave out a name the asker used, and must hold the kind of fact asked for
 * (a "how much ... cost" answer needs an amount). Failing any of these, guessing would be inventing.
 */
import { datelineTerms, leadPosition, type ArticleIndex } from '../search/article-index.js';
import { FACT_KINDS, answersKind, measureOf } from './answer-type.js';
import { splitCompound } from './compound.js';
import { articleWording, plainIdioms } from './shorthand.js';
import { askedOfListedPerson } from './listed.js';
import { placeElsewhere } from './place-elsewhere.js';
import { speakerNear, spokenBy } from './speakers.js';
import { holderTerms } from './view.js';
import { conceptsMatched, entitiesNamed, termCoverage, termsOf, type RankedSentence, type TermSet } from './rank.js';
import { countedWord, type ParsedQuestion } from './question.js';
import { PEOPLE, askedMembers, mentionsKindWithoutMember } from './members.js';
import { PEOPLE_PLURALS } from './kind-nouns.js';
import { SINGLE_WORD_ROLE_HEADS, WEEKDAY_WORDS } from '../ingest/gazetteer.js';
import { askedOccasion, askedTalkers, namesTopicOf } from './discussion.js';
import { BoundedMemo } from './memo.js';
import { storyEvents } from './story-events.js';
import { capitalsOfCountry, countriesOfDemonym, countryOfCapital, countryWordsOfCapital, isCountryWord, isDemonym, isRegionName, kindsOfThing, lastResortKinds, relatedTerms } from '../search/related-terms.js';
import type { PlaceMention } from '../search/places.js';
import { contentTerms, stem, tokenize } from '../text/tokens.js';
import { editDistance } from '../search/edit-distance.js';
import { isEnglishWord, joinedEnglishWords, nearEnglishWord } from '../text/english-words.js';

/** Below this share of the question's (idf-weighted) terms, the passage is about something else. */
export const MIN_COVERAGE = 0.35;
/** A passage that meets only one of the question's words must cover most of the question with it. */
export const MIN_SINGLE_TERM_COVERAGE = 0.67;

export interface AbstentionVerdict {
  abstain: boolean;
  /** Why, in words for the user: the things the article never mentions. */
  missing: string[];
  /** Refused because no passage uses enough of the question's words (not for a missing name, figure or place). */
  unmatched?: true;
  /** Refused because the person asked about is named only in a list with others (their name as the article gives it). */
  listedOnly?: string;
  /** Refused because the person asked about is given only by role ("the official"), as the question words it. */
  unnamedRole?: string;
}

/**
 * From this many words a question is long, and a passage covering this share of it may answer. Chat questions
 * the article does not answer are short ("how long will Blinken stay in China?"); reading-comprehension ones
 * on news it does answer are long, in words of their own (MultiRC-style sets on invented news: 99 -> 101 of 144).
 */
const LONG_QUESTION_WORDS = 12;
const LONG_QUESTION_COVERAGE = 0.12;
/** The question's words, as typed (split on spaces). */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
/** The question is long in the sense above: it says much in words of its own. */
export const isLongQuestion = (text: string): boolean => wordCount(text) >= LONG_QUESTION_WORDS;
/**
 * From eleven words, the passage need cover only LONG_QUESTION_COVERAGE of the question (the other allowances
 * for long questions start at twelve); at ten, half of it covered by one name may answer.
 */
const LOOSE_COVERAGE_WORDS = 11;
const MEDIUM_QUESTION_WORDS = 10;
const MEDIUM_QUESTION_COVERAGE = 0.5;

/** Three words or more the article never uses, most of the question: it is about something else. */
const MIN_FOREIGN_WORDS = 3;
const FOREIGN_SHARE = 0.6;
/** With the thing asked about missing, the rest of the question must be covered at least this well. */
const FOCUS_COVERAGE = 0.6;
/** ...and be long: "which hotel is Blinken staying at?" asks about the hotel; a long question says much else. */
const FOCUS_PARAPHRASE_TERMS = 5;

/** Share of the question a sentence must cover for its date or number to count as the answer. */
const KIND_SENTENCE_COVERAGE = 0.45;
/** ...or be quoted within this many sentences of one that does, and cover this share itself. */
const COMPLETING_DISTANCE = 3;
const COMPLETING_COVERAGE = 0.3;
const ROLE_OF = /^(?:who(?:'s|’s|s| is| was| will be| are| were)|what(?:'s| is| was) the name of) (?:the |a )?(?:current |new |former |incoming |next )?(?:(prime|foreign|defen[cs]e|finance|interior|home|health|education|justice|energy|agriculture|trade) )?([\p{L}-]+) of (?:the )?([\p{L}-]+)/iu;
/** "Who is Taiwan's incoming president?", "what is the name of China's foreign minister?": the holder's country first. */
const POSSESSIVE_ROLE = /^(?:who(?:'s| is| was| will be)|what(?:'s| is| was) the name of) ([\p{L}-]+)(?:'s|’s|') (?:(?:current|new|former|incoming|outgoing|next|top) )?(?:(?:foreign|defense|defence|finance|interior|prime|deputy|vice) )?([\p{L}-]+)\s*[?.!]*\s*$/iu;
/** "What is the name of the Chinese foreign minister?", "who is the Chinese leader": a people's adjective, maybe a word, the office. */
const ADJECTIVE_ROLE = /^(?:who(?:'s|’s| is| was| will be)|what(?:'s|’s| is| was)? (?:the )?names? of) (?:the |a )?([\p{L}-]+) (?:[\p{L}-]+ )?([\p{L}-]+)\b/iu;
/** "Who's the new president?", "who is the spokesman", "who is the chief executive?": an office with neither country nor name. */
const BARE_ROLE = /^who(?:'s|’s|s| is| was| will be)\s+(?:the )?(?:(?:current|new|former|incoming|outgoing|next|top) )?(?:([a-z-]+) )?([a-z-]+)\s*[?.!]*$/i;

/**
 * Offices whose holder a news sentence names beside the title ("President Joe Biden"). A description
 * ("America's top diplomat") often stands for a person named a sentence earlier, so it is not checked.
 */
const OFFICES: ReadonlySet<string> = new Set(
  'president premier minister chancellor king queen prince leader governor mayor ceo executive chairman chairwoman chair captain coach ambassador spokesman spokeswoman spokesperson secretary director head chief commander general senator judge pope'
    .split(' ')
    .map(stem),
);


function withDatelineTerms(index: ArticleIndex, question: ParsedQuestion, terms: TermSet): TermSet {
  const dateline = datelineTerms(index);
  // The story's event only as the question names it: "what's the weather today?" of a drought story is not
  // answered by every sentence, as a word related to the drought's would make it.
  const events = storyEvents(index);
  const story = events.size === 0 ? [] : question.terms.filter((t) => t.known && events.has(t.term)).map((t) => t.term);
  if (dateline.size === 0 && story.length === 0) return terms;
  const home = story.length === 0 ? dateline : new Set([...dateline, ...story]);
  const has = (term: string): boolean => terms.has(term) || home.has(term);
  return terms.sets ? { has, sets: [...terms.sets, home] } : { has };
}

/** `conversation`: the entities the conversation is about, whom "they" in a follow-up means. */
export function judgeAnswer(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[], followUp: boolean, conversation: readonly number[] = []): AbstentionVerdict {
  const missing = question.terms.filter((t) => !t.known).map((t) => t.token);
  if (chosen.length === 0) return { abstain: true, missing, unmatched: true };
  const names = unknownNames(index, question);
  if (names.length > 0 && !(asksAtLengthAbout(question) && names.every((name) => namedLate(question.text, name)))) return { abstain: true, missing: names };
  if (roleHolderMissing(index, question, chosen)) return { abstain: true, missing };
  const unnamedRole = describedHolderUnnamed(index, question, chosen);
  if (unnamedRole !== undefined) return { abstain: true, missing, unnamedRole };
  const listed = askedOfListedPerson(index, question);
  if (listed !== undefined) return { abstain: true, missing, listedOnly: listed };
  // "What did Russia say?" of an article that quotes no Russian: sentences about Russia are no answer. Only
  // asked bare: with words of its own ("how does Russia see the visit?") a passage on them may still answer.
  const side = question.viewOf;
  if (side !== undefined && question.terms.every((t) => side.includes(t.term)) && !chosen.some((c) => spokenBy(c.indexed, holderTerms(question, side)))) {
    return { abstain: true, missing };
  }

  const union = withDatelineTerms(index, question, termsOf(chosen));
  const coverage = headSpeaks(index, question, chosen) ? 1 : termCoverage(question, union, index);
  // Follow-ups lean on earlier turns, so their own words may be few: "what about Taiwan?".
  const relaxed = followUp && question.terms.length <= 2;
  // A long question says much in words of its own ("What punishment did the hospital group's former money
  // manager get, and why was it lighter?"): the passage need not repeat most of it; the checks below still judge it.
  const words = wordCount(question.text);
  const long = words >= LONG_QUESTION_WORDS;
  const usual = relaxed ? MIN_COVERAGE * 0.6 : conceptsMatched(question, union, index) >= 2 ? MIN_COVERAGE : MIN_SINGLE_TERM_COVERAGE;
  const required = words >= LOOSE_COVERAGE_WORDS ? LONG_QUESTION_COVERAGE : words >= MEDIUM_QUESTION_WORDS ? Math.min(usual, MEDIUM_QUESTION_COVERAGE) : usual;
  // "give me some tips for job interview": the reply names the thing asked for, not every word missing.
  if (question.terms.length > 0 && coverage < required) return { abstain: true, missing: requestedMissing(index, question) ?? missing, unmatched: true };
  if (question.terms.length === 0 && !followUp) return { abstain: true, missing };
  if (mostlyForeign(index, question, long)) return { abstain: true, missing, unmatched: true };
  const asked = requestedThing(index, question);
  if (asked !== undefined) return { abstain: true, missing: [asked] };
  // Unless the article speaks to it in the question's own words: "can I get my money back if my booking was
  // cancelled?" of "passengers with cancelled bookings could claim a full refund".
  // Only whether one can, not how or where: "how do I get a cod quota?" is a how-to whatever the article says of quotas.
  if (asksForOwnNeeds(question) && !(CAN_I.test(question.text) && coverage >= OWN_NEEDS_ANSWERED && conceptsMatched(question, union, index) >= 3)) return { abstain: true, missing };
  const focus = absentFocus(index, question, coverage);
  if (focus !== undefined) return { abstain: true, missing: [focus] };
  // "What are the names of the business leaders?": a sentence about them that names no one does not answer.
  if (question.asksName && !chosen.some((c) => namesSomeoneNew(index, question, c))) return { abstain: true, missing };
  // A long question's date or figure may be read from the passage around its quote ("how long after the union's
  // second letter were supports installed?"), unless what it counts is nowhere in the article ("how many barrels").
  if ((!long || countsAbsentThing(index, question)) && factMissing(index, question, chosen, conversation)) return { abstain: true, missing };
  if (membersUnnamed(index, question, chosen)) return { abstain: true, missing };
  if (wordsOfNoOne(question, chosen)) return { abstain: true, missing };
  if (cityUnnamed(index, question, chosen)) return { abstain: true, missing: [] };
  if (topicsUntold(index, question, chosen, conversation)) return { abstain: true, missing };
  // A long question asks much else: its country may be named by another sentence than the one quoted first.
  const place = long ? undefined : placeUnquoted(index, question, chosen);
  if (place !== undefined) return { abstain: true, missing: [place] };
  // The article names the country; it just says nothing of it here: a plain refusal, naming no missing word.
  if (!long && placeElsewhere(index, question, chosen)) return { abstain: true, missing: [] };
  return { abstain: false, missing };
}

/**
 * "What did the protest group say?" of "Tina Rongo, a spokeswoman for the community group Moana Guardians, said the
 * group was disappointed ...": the quote is said by the word the asker named the speaker by last ("group"), and
 * the words before it ("protest") are the asker's description, which the article uses elsewhere ("Protesters").
 * A description the article never uses ("the teachers' group") is still missing.
 */
function headSpeaks(index: ArticleIndex, question: ParsedQuestion, chosen: readonly RankedSentence[]): boolean {
  if (question.kind !== 'speech' || question.terms.length < 2 || question.terms.length > 3 || !question.terms.every((t) => t.known)) return false;
  const head = question.terms[question.terms.length - 1];
  const first = chosen[0];
  return head !== undefined && first !== undefined && SPEAKING_BODIES.has(head.term) && speakerNear(first.indexed, new Set([head.term]));
}
/** Words for a body that speaks through someone: "the protest group said", "the campaign said". */
const SPEAKING_BODIES: ReadonlySet<string> = new Set(['group', 'groups', 'campaign', 'campaigners', 'network', 'organisation', 'organization', 'association', 'charity', 'coalition', 'alliance', 'movement', 'society', 'union', 'federation', 'council', 'committee', 'board', 'company', 'firm'].map(stem));

/** The thing a request asks the bot for ("tips"), when the article never mentions it. */
function requestedMissing(index: ArticleIndex, question: ParsedQuestion): string[] | undefined {
  const asked = requestedThing(index, question);
  return asked === undefined ? undefined : [asked];
}

/**
 * "Can you help me plan a trip to Japan?" in an article that says only "Japanese": a country the article
 * never names is let through as known by its relative, but then the quote must hold that relative; a quote
 * about something else near the question's other words does not answer it. Returns the country as typed.
 */
function placeUnquoted(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[]): string | undefined {
  if (splitCompound(question.text) !== undefined) return undefined;
  for (const t of question.terms) {
    if (t.corrected || !isCountryWord(t.token)) continue;
    const named = stem(t.token);
    if (index.vocabulary.hasTerm(named)) continue;
    const relatives = [t.term, ...relatedTerms(named), ...countryOfCapital(named)].filter((r) => index.vocabulary.hasTerm(r));
    if (relatives.length === 0) continue;
    if (!chosen.some((c) => relatives.some((r) => c.indexed.terms.has(r) || c.indexed.inherited.has(r)))) return t.token;
  }
  return undefined;
}

/** The article uses the term, or a word standing for it ("Russia" for "Moscow", "grievances" for "complain", "Japanese" for "Tokyo"). */
function articleKnowsOf(index: ArticleIndex, term: string): boolean {
  // "Tokyo" is known to an article that speaks of "Japanese counterparts".
  return [...relatedTerms(term), ...countryWordsOfCapital(term), ...capitalsOfCountry(term), ...kindsOfThing(term), ...lastResortKinds(term)].some((r) => index.vocabulary.hasTerm(r));
}

/** "South" of "South Korea": a compass word says where in a country, not what the article is about. */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);
/**
 * "Did the strike start on Tuesday?" of a strike that began on Monday: a day the article does not name is no
 * subject of its own; the sentence giving the day answers, and the asker reads it was another.
 */
const WEEKDAYS: ReadonlySet<string> = WEEKDAY_WORDS;

/**
 * A long question using two of the article's words or more asks about the story at length: a name in it the
 * article lacks, late in the question ("How old is the skull, and was it a relative of Tyrannosaurus rex?"),
 * is a detail of its own, and the checks below judge the passage. Near its start, the name is whom the
 * question is about ("What did Mariano Rajoy say about the election?"), and the article does not say.
 */
function asksAtLengthAbout(question: ParsedQuestion): boolean {
  if (!isLongQuestion(question.text)) return false;
  let known = 0;
  for (const t of question.terms) if (t.known && !t.corrected) known++;
  return known >= 2;
}

/** Words before a name that is the question's subject, at most ("What has Prime Minister Nouri al-Maliki said"). */
const SUBJECT_WORDS = 6;
function namedLate(text: string, name: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const at = words.findIndex((word) => word.replace(/[^\p{L}\p{N}-]/gu, '').startsWith(name.toLowerCase()));
  return at >= SUBJECT_WORDS;
}

/**
 * Names the asker used that the article never mentions: the question is about something else. Compared by
 * stem ("NATO's" is the term "nato" whatever the apostrophe did to the token).
 */
function unknownNames(index: ArticleIndex, question: ParsedQuestion): string[] {
  const missingTerms = new Set(question.terms.filter((t) => !t.known).map((t) => t.term));
  const capitalised = question.names.filter(
    (name) => missingTerms.has(stem(name)) && !COMPASS_WORDS.has(name) && !WEEKDAYS.has(name) && !articleKnowsOf(index, stem(name)),
  );
  return capitalised.length > 0 ? capitalised : uncapitalisedNames(index, question);
}

/** Whether a word is English, one typo from it, or two English words run together; remembered, since the typo check tries hundreds of spellings. */
const ordinaryWords = new BoundedMemo<boolean>(10_000);
function ordinaryWord(token: string): boolean {
  let ordinary = ordinaryWords.get(token);
  if (ordinary === undefined) {
    ordinary = isEnglishWord(token) || nearEnglishWord(token) || joinedEnglishWords(token);
    ordinaryWords.set(token, ordinary);
  }
  return ordinary;
}

/** Shorter words are too often chat shorthand ("abt", "govt") to be taken for names. */
const MIN_NAME_LENGTH = 4;

/**
 * "what does zelensky think?": a word typed in lower case that the article never uses, that is not English,
 * not one typo away from an English word and not two run together, is a name all the same.
 */
function uncapitalisedNames(index: ArticleIndex, question: ParsedQuestion): string[] {
  const names: string[] = [];
  for (const t of question.terms) {
    if (t.known || t.corrected || t.token.length < MIN_NAME_LENGTH || !/^\p{Ll}+$/u.test(t.token)) continue;
    if (articleKnowsOf(index, t.term) || ordinaryWord(t.token) || WEEKDAYS.has(t.token)) continue;
    names.push(t.token);
  }
  return names;
}

/**
 * "Who is the president of Russia?", "who is Taiwan's incoming president?": the role and its holder's
 * country must meet in one sentence, and that sentence must name a person at the role ("a new president
 * that Beijing openly hates" names none: the article does not say who).
 */
function roleHolderMissing(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[]): boolean {
  const roleOf = ROLE_OF.exec(question.text);
  const possessive = roleOf ? undefined : POSSESSIVE_ROLE.exec(question.text);
  // "Who's the new president?" in a thread about Taiwan: an office alone, its country from the conversation.
  // "What is the name of the Chinese foreign minister?": the country as an adjective before the office.
  const adjectiveMatch = roleOf || possessive ? undefined : ADJECTIVE_ROLE.exec(question.text.trim());
  const adjective = adjectiveMatch && isDemonym(adjectiveMatch[1] ?? '') ? adjectiveMatch : undefined;
  const bare = roleOf || possessive || adjective ? undefined : BARE_ROLE.exec(question.text.trim());
  const [roleWord, ofWord] = roleOf ? [roleOf[2], roleOf[3]] : possessive ? [possessive[2], possessive[1]] : adjective ? [adjective[2], adjective[1]] : [bare?.[2], undefined];
  // "Who is the prime minister of Slovakia?": an education minister is no prime minister.
  const office = roleOf?.[1] === undefined ? undefined : stem(roleOf[1].toLowerCase());
  // "Who is the vice chancellor?" asks the lesser role itself.
  const lesserAsked = LESSER_ROLE.has((bare?.[1] ?? '').toLowerCase());
  if (roleWord === undefined || ((bare || adjective) && !OFFICES.has(stem(roleWord.toLowerCase())))) return false;
  // "Who is the CEO?" of an article writing "chief executive": the role as the question reads it, the office's last word.
  const spelled = plainIdioms(roleWord, articleWording(index.vocabulary));
  const role = spelled === roleWord ? contentTerms(roleWord)[0] : contentTerms(spelled).at(-1);
  const of = contentTerms(ofWord ?? '')[0];
  const meets = (terms: ReadonlySet<string>, term: string | undefined): boolean =>
    term === undefined || terms.has(term) || relatedTerms(term).some((r) => terms.has(r));
  // The role must be named as such; the place may be its adjective ("Chinese leader" for "leader of China").
  // "A vice president of the ICC" is no president of it.
  // "Who is Peru's president?" of a story datelined "ABANCAY, Peru": its "President Dina Boluarte" is Peru's.
  const home = of !== undefined && datelineTerms(index).has(of);
  const meeting = chosen.filter(
    (c) =>
      (role === undefined || (c.indexed.terms.has(role) && (lesserAsked || !onlyAsLesserRole(c.indexed, role)))) &&
      (office === undefined || c.indexed.terms.has(office)) &&
      ((home && !heldElsewhere(c.indexed.sentence.text, roleWord, of)) || meets(c.indexed.terms, of) || (c.subject !== undefined && meets(c.subject.terms, of))),
  );
  if (meeting.length === 0) return true;
  if (role === undefined || !OFFICES.has(role)) return false;
  const holder = { kindStem: role, entityKinds: PEOPLE };
  const askedEntities = new Set(entitiesNamed(index, question));
  return meeting.every((c) => mentionsKindWithoutMember(index, c.indexed, holder, askedEntities) === true);
}

/**
 * Every time the sentence names the role, it is another body's: "Rogério Almeida, 52, the union's president" or "the
 * president of the association" is no answer to "who is Brazil's president?" in a story datelined in Brazil.
 */
function heldElsewhere(text: string, roleWord: string, of: string | undefined): boolean {
  const role = roleWord.toLowerCase();
  const mentions = text.toLowerCase().match(new RegExp(`(?:\\b[\\p{L}-]+['’]s )?\\b${role}\\b(?: of (?:the )?[\\p{L}-]+)?`, 'gu')) ?? [];
  if (mentions.length === 0) return false;
  return mentions.every((mention) => {
    const owner = /^([\p{L}-]+)['’]s /u.exec(mention)?.[1] ?? / of (?:the )?([\p{L}-]+)$/u.exec(mention)?.[1];
    return owner !== undefined && stem(owner) !== of && !isCountryWord(owner);
  });
}

/** Words making a role another, lesser one: "vice president", "deputy mayor", "former minister". */
const LESSER_ROLE: ReadonlySet<string> = new Set(['vice', 'deputy', 'former', 'ex', 'assistant', 'acting', 'associate', 'interim']);

/** Every time the sentence names the role (a stem), it is a lesser one: "Judge Kuniko Ozaki, a vice president of the ICC". */
function onlyAsLesserRole(indexed: RankedSentence['indexed'], role: string): boolean {
  let named = false;
  for (let k = 0; k < indexed.stems.length; k++) {
    if (indexed.stems[k] !== role) continue;
    named = true;
    const before = indexed.tokens[k - 1] ?? '';
    if (!LESSER_ROLE.has(before) && !/^(?:vice|deputy|ex)-/.test(indexed.tokens[k] ?? '')) return false;
  }
  return named;
}

/**
 * "Who is the Chinese Foreign Ministry official who spoke on Tuesday?", "what's the official's name?": someone
 * described by a role that news often leaves unnamed. The role word is the description's last.
 */
const HOLDER_ROLES = String.raw`(officials?|spokes(?:man|woman|person)|diplomats?|officers?|envoys?|aides?|controllers?|pilots?|drivers?|guards?)`;
const DESCRIBED_HOLDER = new RegExp(
  [
    // ... and then nothing, or what picks the one meant ("who spoke", "quoted", "at the briefing"): not "Who is
    // the official meeting?", which asks whom the official meets.
    String.raw`^\W*who(?:'s|’s|s| is| was)\s+(?:the|that|this)\s+(?:[\p{L}.-]+\s+){0,5}?${HOLDER_ROLES}(?=\s*[?.!]*\s*$|\s+(?:who|that|which|quoted|cited|mentioned|named|at|in|on|from|of|for|with|behind)\b)`,
    // "Whats the officials name?", "what is that spokesman's full name?"
    String.raw`^\W*what(?:'s|’s|s| is| was)\s+(?:the|that|this)\s+(?:[\p{L}.-]+\s+){0,5}?${HOLDER_ROLES}(?:'s|’s|')?\s+(?:full\s+)?names?\b`,
    // "What is the name of the Chinese official?"
    String.raw`^\W*what(?:'s|’s|s| is| was)\s+the\s+names?\s+of\s+(?:the|that|this)\s+(?:[\p{L}.-]+\s+){0,5}?${HOLDER_ROLES}\b`,
  ].join('|'),
  'iu',
);

/**
 * The role word of a "who is the ... official?" question whose best sentence gives that official by role
 * alone, no name beside it ("..., the Chinese Foreign Ministry official said"), and no other quoted sentence
 * names one; undefined otherwise, and when the best sentence does not use the role word (it may describe the
 * person in other words: "Who is the American official arriving in China?" / "US Secretary of State Antony
 * Blinken arrived ...").
 */
function describedHolderUnnamed(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[]): string | undefined {
  if (question.kind !== 'person' && !question.asksName) return undefined;
  const match = DESCRIBED_HOLDER.exec(question.text);
  // "Whats the officials name": one official, the apostrophe left out.
  const roleWord = (match?.[1] ?? match?.[2]?.replace(/s$/i, '') ?? match?.[3])?.toLowerCase();
  if (roleWord === undefined) return undefined;
  const holder = { kindStem: stem(roleWord), entityKinds: PEOPLE };
  const askedEntities = new Set(entitiesNamed(index, question));
  // The best sentence decides: one further down using the word ("local officials") is about others.
  const best = chosen[0];
  if (!best || mentionsKindWithoutMember(index, best.indexed, holder, askedEntities) !== true) return undefined;
  return chosen.some((c) => mentionsKindWithoutMember(index, c.indexed, holder, askedEntities) === false) ? undefined : roleWord;
}

/** "How many barrels of oil ...?" in an article that never says "barrels": what is counted is not there. */
function countsAbsentThing(index: ArticleIndex, question: ParsedQuestion): boolean {
  const counted = countedWord(question.text, true);
  return counted !== undefined && !index.vocabulary.hasTerm(stem(counted)) && !articleKnowsOf(index, stem(counted));
}

const CAN_I = /^\W*(?:can|could|may) i\b/i;
/** Share of an own-needs question a passage must cover to answer it. */
const OWN_NEEDS_ANSWERED = 0.75;
/** "How do I make sourdough bread?", "where can I get a visa?": the asker's own how-to, which news does not answer. */
const OWN_NEEDS = /^\W*(?:how (?:do|can|should|would|could) i|where (?:can|do|should|could) i|what (?:should|can|do) i|(?:can|should|could|may) i)\b(?!.*\b(?:know|understand|read|learn|follow)\b)/i;
const asksForOwnNeeds = (question: ParsedQuestion): boolean => OWN_NEEDS.test(question.text);

/** "Can you recommend ...", "give me some tips ...", "write me a poem": a request for the bot to make something. */
const REQUEST = /^\W*(?:(?:can|could|would|will) you\b|(?:please\s+)?(?:give|tell|write|send|make|find|help|show) me\b|(?:any|some)\s+(?:good\s+)?(?:tips|advice|suggestions|recommendations|ideas)\b|what(?:'s|’s|s| is| are)\s+(?:a |an |some |the )?(?:good|best|nice|easy|great|quick|simple)\b)/i;
/** What such a request asks the bot to make: advice, a recommendation, a joke or a poem, not a passage of the article. */
const MADE_THINGS: readonly string[] = 'recommend recommendation recommendations suggest suggestion suggestions tip tips advice advise joke jokes poem poems haiku recipe recipes song'.split(' ');

/**
 * "Can you recomend good restaurant in shanghai?", "give me some tips for job interview": a request for
 * advice, a joke or a poem the article does not hold (it never uses the word), whatever else the question
 * shares with it. Returns the word as typed; undefined for other questions ("can you tell me about Taiwan?").
 */
function requestedThing(index: ArticleIndex, question: ParsedQuestion): string | undefined {
  if (!REQUEST.test(question.text)) return undefined;
  for (const token of tokenize(question.text)) {
    // One typo allowed in a long word ("recomend").
    const made = MADE_THINGS.find((word) => word === token || (word.length >= 6 && Math.abs(word.length - token.length) <= 1 && editDistance(word, token, 1) <= 1));
    if (made !== undefined && !index.vocabulary.hasTerm(stem(made))) return token;
  }
  return undefined;
}

/** "Can you recommend a good dumpling restaurant in Beijing?": most of what it asks about is foreign to the article. */
function mostlyForeign(index: ArticleIndex, question: ParsedQuestion, long: boolean): boolean {
  const foreign = question.terms.filter((t) => !t.known && !articleKnowsOf(index, t.term));
  if (foreign.length < MIN_FOREIGN_WORDS || foreign.length < FOREIGN_SHARE * question.terms.length) return false;
  // A long question with two words of the article or more asks about the story at length, in words of its own.
  if (long && question.terms.length - foreign.length >= 2) return false;
  // "What compensation did the provincial governor offer the victims' relatives?": a question about one of the
  // article's people or bodies, by name or role, is about the story in words of its own; the other checks judge it.
  return !namesStoryActor(index, question);
}

const ACTOR_KINDS: ReadonlySet<string> = new Set(['person', 'organization']);

/**
 * The question names a person or body of the article by a word that is a name, not an English word (a pub
 * called "Fat Cat" is not asked about in "a good name for a cat"), or by the role the article gives one ("the governor").
 */
function namesStoryActor(index: ArticleIndex, question: ParsedQuestion): boolean {
  const known = question.terms.filter((t) => t.known);
  const byName = entitiesNamed(index, question).some(
    (id) => ACTOR_KINDS.has(index.entities[id]?.kind ?? '') && known.some((t) => index.entityTerms[id]?.has(t.term) && !isEnglishWord(t.token)),
  );
  if (byName) return true;
  const asked = new Set(known.map((t) => t.term));
  return index.roleTerms.some((terms, id) => ACTOR_KINDS.has(index.entities[id]?.kind ?? '') && terms.some((term) => asked.has(term) && ROLE_HEAD_TERMS.has(term)));
}

/** Role head nouns, stemmed: "governor" in "West Java Governor" names its holder; "West" does not. */
const ROLE_HEAD_TERMS: ReadonlySet<string> = new Set(SINGLE_WORD_ROLE_HEADS.map(stem));

/**
 * "What is the weather in Beijing?": the thing asked about is never mentioned (returned, as typed). Only a
 * long question the passage otherwise covers well is a paraphrase ("which party does the senator who ... belong to?").
 */
function absentFocus(index: ArticleIndex, question: ParsedQuestion, coverage: number): string | undefined {
  const focus = question.focus;
  // "What was the result of the match, and on which day was it played?": the thing asked for is one part's.
  if (splitCompound(question.text) !== undefined) return undefined;
  // "Which Chinese banks ...?" in an article about exit "bans": a real word read as a typo is still absent.
  const absent = focus !== undefined && (!focus.known || (focus.corrected && isEnglishWord(focus.token)));
  if (!focus || !absent || [...relatedTerms(focus.term), ...kindsOfThing(focus.term), ...lastResortKinds(focus.term)].some((r) => index.vocabulary.hasTerm(r))) return undefined;
  return coverage < FOCUS_COVERAGE || question.terms.length < FOCUS_PARAPHRASE_TERMS ? focus.token : undefined;
}

/** A date not known yet: "still to be determined", "no date has been set", "remains unclear". */
const UNDETERMINED =
  /\b(?:(?:is|are|was|were|has|have|had)\s+(?:still\s+|yet\s+)?(?:not|yet)\s+(?:yet\s+)?(?:been\s+)?(?:determined|decided|set|announced|confirmed|known|fixed)|to be (?:determined|decided|set|announced|confirmed|fixed)|no date (?:has|had) (?:yet )?been (?:set|announced|fixed)|(?:remains?|is|was) (?:still )?(?:unclear|unknown|not known|undecided))\b/i;

/** A date, number or amount asked for must sit in a quoted sentence that is itself about the question. */
function factMissing(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[], conversation: readonly number[]): boolean {
  // "How old is she, and was she hurt?": the first part's kind of fact is not all a two-part question asks.
  if (!FACT_KINDS.has(question.kind) || splitCompound(question.text) !== undefined) return false;
  // "How old is he?" after a turn on Youssif: with no words of its own, the question is about the person the
  // conversation is about, and "5-year-old Youssif" is about him. (Only an age: "when did she last go there?"
  // wants another occasion than the one just quoted, which names her too.)
  const aboutPerson =
    question.terms.length === 0 && question.pronoun !== undefined && measureOf(question) === 'age' ? conversation.filter((id) => index.entities[id]?.kind === 'person') : [];
  const aboutQuestion = (c: RankedSentence): boolean =>
    c.coverage >= KIND_SENTENCE_COVERAGE || conceptsMatched(question, c.indexed.terms, index) >= 2 || aboutPerson.some((id) => c.indexed.entityIds.has(id));
  if (chosen.some((c) => answersKind(question, c.indexed) && aboutQuestion(c))) return false;
  // "When will he be released?": "... his release date is still to be determined." answers that no one knows yet.
  if (question.kind === 'date' && chosen.some((c) => UNDETERMINED.test(c.indexed.sentence.text) && aboutQuestion(c))) return false;
  // "When is Taiwan's president sworn in?": one sentence is about the question, one close by holds the date.
  const [best, other] = chosen;
  const completes = (c: RankedSentence): boolean => answersKind(question, c.indexed) && c.coverage >= COMPLETING_COVERAGE;
  return !(best && other && aboutQuestion(best) && Math.abs(best.position - other.position) <= COMPLETING_DISTANCE && completes(other));
}

/**
 * "Which Italian city was the news conference in?", "Which city in California hosted the summit?": a quote
 * naming only the country or state the question names, or other countries and regions, names no city (the lead
 * of a datelined story names the dateline's).
 * "What neighborhood of Baghdad ...?", "which province ...?": one naming only Baghdad or countries names none either.
 */
function cityUnnamed(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[]): boolean {
  const within = question.placeType === 'city' || question.placeType === 'division';
  if (question.kind !== 'place' || !within || splitCompound(question.text) !== undefined) return false;
  // "SPRINGFIELD, Ohio (AP) — A ransomware attack ...": the lead's city is its dateline's (quoted with it).
  if ((index.briefing.dateline?.length ?? 0) > 0 && chosen.some((c) => c.position === leadPosition(index))) return false;
  const asked = new Set(question.terms.flatMap((t) => [t.term, ...countriesOfDemonym(t.token).map(stem)]));
  // A state or a sea answers "which state" or "which river"; it names no city.
  const namesCity = (place: PlaceMention): boolean =>
    !place.country && (question.placeType === 'division' || !isRegionName(place.words)) && !place.terms.every((term) => asked.has(term));
  return !chosen.some((c) => c.indexed.places.some(namesCity));
}

/**
 * "What did the CEO say?" of a match report: "Rovers ... took the lead" matches only a relative of the role
 * ("lead" of "leader", a relative of "chief") and says nothing. A question asking someone's words, answered by
 * sentences that quote or report no one and hold none of its words as typed, is not answered.
 */
function wordsOfNoOne(question: ParsedQuestion, chosen: RankedSentence[]): boolean {
  if (question.kind !== 'speech' || chosen.length === 0) return false;
  const speaks = chosen.some((c) => c.indexed.features.hasSpeech || /["“”]/.test(c.indexed.sentence.text));
  return !speaks && !chosen.some((c) => question.terms.some((t) => t.known && c.indexed.terms.has(t.term)));
}

/** Whom a name question is about: people and bodies (a place in the sentence is not the name asked for). */
const NAMED_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'vessel']);

/** "The name of the official", "the spokesman's name": a person's name is asked for, not a body's. */
const PERSON_NAMED = /\bnames? of (?:the |this |that |a |an )?((?:[\p{L}-]+ ){0,2}[\p{L}-]+)|\b([\p{L}-]+)['’]s? names?\b/iu;
const PERSON_NAMED_KINDS: ReadonlySet<string> = new Set(['person']);

function personNameAsked(question: ParsedQuestion): boolean {
  const match = PERSON_NAMED.exec(question.text);
  // "The name of the Chinese foreign minister": any of a few words after "of" may be the kind.
  const words = (match?.[1] ?? match?.[2] ?? '').toLowerCase().split(' ').filter(Boolean);
  // "What is his name?": a person's.
  if (words.includes('his') || words.includes('her')) return true;
  // "The senior State Department official, what is the name?": the name of the person the question names by kind.
  const nouns = words.length === 0 || words.every((word) => word === 'the') ? question.terms.map((t) => t.token) : words;
  return nouns.some(isPeopleNoun);
}

const isPeopleNoun = (noun: string): boolean => PEOPLE_PLURALS.has(noun) || PEOPLE_PLURALS.has(`${noun}s`) || PEOPLE_PLURALS.has(noun.replace(/man$/, 'men'));

/** The sentence names a person or organisation the question did not already name (a person, when a person's name is asked). */
/** "... called amlodipine", "a technique known as olfactory training": a thing named in the sentence, any case. */
const CALLED_SO = /\b(?:called|named|known as|dubbed)\s+["“]?(?!(?:for|on|off|to|in|into|back|up|out|it|him|her|them|us|me|the|a|an|his|their|its|after|as)\b)\p{L}[\p{L}-]{2,}/iu;

function namesSomeoneNew(index: ArticleIndex, question: ParsedQuestion, sentence: RankedSentence): boolean {
  const asked = new Set(entitiesNamed(index, question));
  const personAsked = personNameAsked(question);
  // "What is the report called?": a title in quotes names it; "what is the drug called?" is named by "a calcium
  // channel blocker called amlodipine", in lower case as drugs are.
  if (!personAsked && question.kind !== 'person' && (sentence.indexed.features.hasQuotedTitle || CALLED_SO.test(sentence.indexed.sentence.text))) return true;
  const kinds = personAsked ? PERSON_NAMED_KINDS : NAMED_KINDS;
  return [...sentence.indexed.entityIds].some((id) => !asked.has(id) && kinds.has(index.entities[id]?.kind ?? 'date'));
}

/**
 * "Which business leaders is he meeting?": every quoted sentence that uses the word "leaders" names none
 * of them (and none names one without the word), so the article does not say which.
 */
function membersUnnamed(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[]): boolean {
  const asked = askedMembers(question.text);
  // "Which two countries opposed it, and why?": a two-part question is not all about the members.
  if (!asked || splitCompound(question.text) !== undefined) return false;
  const askedEntities = new Set(entitiesNamed(index, question));
  let unnamed = false;
  for (const c of chosen) {
    const verdict = mentionsKindWithoutMember(index, c.indexed, asked, askedEntities);
    if (verdict === false) return false;
    if (verdict === true) unnamed = true;
  }
  return unnamed;
}

/** "What did Biden and Xi talk about?": no quoted sentence names a topic beside them (they only "speak"). */
function topicsUntold(index: ArticleIndex, question: ParsedQuestion, chosen: RankedSentence[], conversation: readonly number[]): boolean {
  const talkers = askedTalkers(index, question.text, conversation);
  if (talkers === undefined || talkers.length === 0 || splitCompound(question.text) !== undefined) return false;
  const occasion = askedOccasion(question.text);
  return !chosen.some((c) => namesTopicOf(c.indexed, talkers, occasion));
}
