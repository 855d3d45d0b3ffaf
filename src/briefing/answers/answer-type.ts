/**
 * Whether a sentence holds the kind of fact a question asks for, beyond its words: a place the
 * question does not already name for "where / which city", a list of names for "how many Americans".
 */
import type { IndexedSentence } from '../search/article-index.js';
import type { PlaceMention } from '../search/places.js';
import { countsBesidesShares, givesDurationBesidesRates } from '../search/features.js';
import { MEASURE_ASKED, asksAgeOf, type AnswerKind, type ParsedQuestion } from './question.js';
import { LatestOnly } from './memo.js';

/** A place reached by a motion word ("landed in Shanghai") answers "where is X going" best. */
const DESTINATION_FIT = 0.4;
/** ...and answers a static "where" ("which country is X in") nearly as well as a locative phrase. */
const STATIC_DESTINATION_FIT = 0.3;
const LOCATIVE_FIT = 0.25;
const MENTION_FIT = 0.1;
/** Breaks a tie between places reached: the one reached by the very verb asked ("land"). */
const ASKED_MOTION_FIT = 0.01;
/** A city for "which city", a country for "which country". */
const TYPE_FIT = 0.05;

/** Kinds of fact a sentence either holds or not (a date, a number, an amount): asked for, they must be quoted. */
export const FACT_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'number', 'money']);

/** The sentence holds the kind of fact asked for (a date for "when", a number for "how many"...). */
export function kindMatches(kind: AnswerKind, indexed: IndexedSentence): boolean {
  const f = indexed.features;
  const kinds = indexed.entityKinds;
  switch (kind) {
    case 'date':
      return f.hasDate || kinds.has('date');
    case 'number':
      return f.hasNumber;
    case 'money':
      return f.hasMoney;
    case 'person':
      return kinds.has('person') || kinds.has('organization');
    case 'place':
      return kinds.has('place') || f.hasPlacePhrase;
    case 'reason':
      return f.hasReason;
    case 'speech':
      return f.hasSpeech;
    default:
      return true;
  }
}

/** A figure as a word of its own: "17", "1,200", "four", "dozens". */
const FIGURE = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|several)$/;
/** Words a figure may stand apart from its noun by: "four people", "17 more people", "1,200 local residents". */
const COUNT_REACH = 3;

/**
 * "How many people died?": a figure counting the very thing asked about ("killing four people"), any of
 * `counted` (stems), not a figure of something else in the sentence ("In 2008, ... a dozen houses").
 */
export function countsAsked(indexed: IndexedSentence, counted: ReadonlySet<string>): boolean {
  const { tokens, stems } = indexed;
  for (let i = 0; i < tokens.length; i++) {
    if (!FIGURE.test(tokens[i] ?? '')) continue;
    for (let j = i + 1; j <= Math.min(tokens.length - 1, i + COUNT_REACH); j++) if (counted.has(stems[j] ?? '')) return true;
  }
  return false;
}

const askedTermsCache = new LatestOnly<ParsedQuestion, ReadonlySet<string>>();

function askedTerms(question: ParsedQuestion): ReadonlySet<string> {
  let terms = askedTermsCache.get(question);
  if (!terms) {
    terms = new Set(question.terms.filter((t) => t.known).map((t) => t.term));
    askedTermsCache.set(question, terms);
  }
  return terms;
}

/** How well (0..0.45) a sentence answers a place question: its best place the question does not name. */
export function placeFit(question: ParsedQuestion, indexed: IndexedSentence): number {
  let best = 0;
  for (const place of indexed.places) best = Math.max(best, fitOf(question, place));
  // "Where's Moura from?": where he was born or grew up, before the club he came "from" in the lead.
  return best > 0 && ORIGIN_ASKED.test(question.text) && ORIGIN_TOLD.test(indexed.sentence.text) ? best + ORIGIN_FIT : best;
}

/** "Where's he from?", "where does she come from?", "where is Ribeiro from originally?". */
const ORIGIN_ASKED = /^\W*(?:and |so )?where(?:['’]s| is| was| are| were| does| did| do)\b.*\b(?:from|come from|hail from)(?: originally)?\W*$/i;
/** A sentence telling where someone comes from. */
const ORIGIN_TOLD = /\b(?:born|grew up|raised|native of|hometown|hails from)\b/i;
const ORIGIN_FIT = 0.1;

/**
 * "Where did Blinken land?" answered with "...landed in Shanghai, ... trip to Beijing": the place that answered
 * it (the first of the best fit), so that "who's he meeting there?" next means Shanghai. Its stemmed terms.
 */
export function answeredPlaceTerms(question: ParsedQuestion, quoted: ReadonlyArray<{ indexed: IndexedSentence }>): string[] {
  let best = 0;
  let terms: readonly string[] = [];
  for (const { indexed } of quoted) {
    for (const place of indexed.places) {
      // "Where did he land?": of two places reached, the one he landed in.
      const fit = fitOf(question, place) + (place.motion !== undefined && askedTerms(question).has(place.motion) ? ASKED_MOTION_FIT : 0);
      if (fit > best) [best, terms] = [fit, place.terms];
    }
  }
  return [...terms];
}

function fitOf(question: ParsedQuestion, place: PlaceMention): number {
  // "Where in China ...": China is the question's, not the answer.
  const asked = askedTerms(question);
  if (place.terms.length > 0 && place.terms.every((term) => asked.has(term))) return 0;
  const fit = place.destination ? (question.moves ? DESTINATION_FIT : STATIC_DESTINATION_FIT) : place.locative ? LOCATIVE_FIT : MENTION_FIT;
  const typed = ((question.placeType === 'city' || question.placeType === 'division') && !place.country) || (question.placeType === 'country' && place.country);
  return typed ? fit + TYPE_FIT : fit;
}

/** What a number or date question measures, read once per question (answersKind runs for every candidate). */
type Measure = 'age' | 'clock' | 'times' | 'count' | 'length' | 'elapsed' | 'measure' | 'other';
const measures = new LatestOnly<ParsedQuestion, Measure>();

export function measureOf(question: ParsedQuestion): Measure {
  let measure = measures.get(question);
  if (measure === undefined) {
    measure = readMeasure(question);
    measures.set(question, measure);
  }
  return measure;
}

function readMeasure(question: ParsedQuestion): Measure {
  const text = question.text;
  if (question.kind === 'date') return WHAT_TIME.test(text) ? 'clock' : 'other';
  if (question.kind !== 'number') return 'other';
  if (HOW_OLD.test(text) || asksAgeOf(text.toLowerCase())) return 'age';
  if (ASKS_MEASURE.test(text)) return 'measure';
  if (HOW_MANY_TIMES.test(text) || question.countsOccasions) return 'times';
  // "How much time do his drivers lose?", "how much longer did trips take?": "up to an hour a day".
  // "How much time passed between the first case and the last?": read from two dates as from a duration.
  if (HOW_MUCH_TIME.test(text)) return /\b(?:between|since|passed|elapsed|ago|after|before)\b/i.test(text) ? 'elapsed' : 'length';
  if (!TIME_MEASURE.test(text)) return 'count';
  // "How long has her husband been waiting?" is answered by "since last fall" as by "for ten months" or "since 2013".
  if (HOW_LONG_AGO.test(text) || HOW_LONG_SO_FAR.test(text)) return 'elapsed';
  return HOW_LONG.test(text) || asksLengthInUnits(text) ? 'length' : 'other';
}

/** The question's kind of fact is in the sentence; "how many Americans" is also answered by a list of names. */
export function answersKind(question: ParsedQuestion, indexed: IndexedSentence): boolean {
  const f = indexed.features;
  if (saysNotKnown(question, indexed)) return true;
  switch (measureOf(question)) {
    // "How old were the miners?" asks an age ("Suha, 37,", "a 15-year-old") or a birth year to count from.
    case 'age':
      return f.hasAge || BIRTH_YEAR.test(indexed.sentence.text);
    // "What time did he land?" asks the time of day; "on Wednesday" does not say it.
    case 'clock':
      return f.hasClockTime;
    // "How many times has he been there?": "his second trip" counts the occasions; so does a number.
    case 'times':
      return f.hasOrdinal || f.hasCount || countedList(question, indexed);
    // "How many warheads": a count, not a date.
    case 'count':
      // "How many members ...?": a share ("78%") counts no one.
      if (f.hasCount && HOW_MANY.test(question.text) && !countsBesidesShares(indexed.sentence.text)) return countedList(question, indexed);
      return f.hasCount || countedList(question, indexed);
    // "How far did he fall?", "how many tonnes?": "a 35-foot free fall"; any figure may still say it ("five stories").
    case 'measure':
      // "How much does the reliquary weigh?": a weight, not "31 centimetres tall".
      if (WEIGHT_ASKED.test(question.text)) return WEIGHT_GIVEN.test(indexed.sentence.text);
      // "How deep was it?": "at a depth of 6,140 meters", not "filmed 14 individuals ... at such a depth".
      if (LENGTH_ASKED.test(question.text)) return LENGTH_GIVEN.test(indexed.sentence.text);
      return f.hasMeasure || f.hasCount;
    // "How long is Blinken staying?": a length of time, not a date ("how long ago/after" read dates).
    case 'length':
      // "How long will the rescue go on?": "expected to continue through Wednesday" says until when.
      // A rate is none: "would cost the Dutch economy about 30 million euros a day" says how much, not how long.
      return (f.hasDuration && givesDurationBesidesRates(indexed.sentence.text)) || (HOW_LONG_WILL.test(question.text) && LASTS_UNTIL.test(indexed.sentence.text)) || LASTS_MATCHES.test(indexed.sentence.text);
    // "How long ago?": "just a few weeks ago" says it as well as a figure or a date does.
    case 'elapsed':
      return f.hasDate || f.hasDuration || f.hasNumber;
    default:
      if (question.kind === 'person' && asksWhomDone(question) && indexed.entityKinds.has('place')) return true;
      // "When will they decide?": "within 20 working days" says when, from now.
      // ...and a bare "when?" after "He said the request would be filed within the week."
      if (question.kind === 'date' && (WHEN_WILL.test(question.text) || BARE_WHEN.test(question.text)) && (WITHIN_TIME.test(indexed.sentence.text) || AFTER_EVENT.test(indexed.sentence.text))) return true;
      // "When was the equaliser?": "equalized in the 61st minute" says when, in a match.
      if (question.kind === 'date' && MATCH_TIME.test(indexed.sentence.text)) return true;
      // "When did the ferry get back?": "it arrived back in Wellington at 2:40 in the afternoon", on the story's day.
      if (question.kind === 'date' && f.hasClockTime) return true;
      return kindMatches(question.kind, indexed) || countedList(question, indexed);
  }
}

/**
 * "How long will the strike last?" of "The union has not said how long the strike would last.", "who hacked it?"
 * of "it was not yet known who was behind the attack": a sentence saying no one knows or will say what is asked
 * answers it, and tells the reader so in the article's words.
 */
const NOT_KNOWN = /\b(?:(?:not|n['’]t) (?:yet |immediately |publicly |officially )?(?:said|say|known|clear|disclosed|disclose|revealed|reveal|announced|announce|decided|confirmed|confirm|specified|specify|determined|established|explained|explain|sure)|(?:declined|refused) to (?:say|disclose|reveal|specify)|unclear|unknown|no one knows|nobody knows) (how long|how many|how much|when|who|why|where)\b/i;
const notKnownOf = new WeakMap<IndexedSentence, string | null>();

function saysNotKnown(question: ParsedQuestion, indexed: IndexedSentence): boolean {
  let unknown = notKnownOf.get(indexed);
  if (unknown === undefined) {
    unknown = NOT_KNOWN.exec(indexed.sentence.text)?.[1]?.toLowerCase() ?? null;
    notKnownOf.set(indexed, unknown);
  }
  if (unknown === null) return false;
  switch (unknown) {
    case 'how long':
      return measureOf(question) === 'length';
    case 'how many':
    case 'how much':
      return question.kind === 'money' || (question.kind === 'number' && measureOf(question) !== 'length');
    case 'when':
      return question.kind === 'date';
    case 'who':
      return question.kind === 'person';
    case 'why':
      return question.kind === 'reason';
    default:
      return question.kind === 'place';
  }
}

/** The time of a match: "in the 61st minute", "a 28th-minute penalty", "at halftime", "in stoppage time". */
const MATCH_TIME = /\b(?:in|after|until) the \d+(?:st|nd|rd|th) minute\b|\b\d+(?:st|nd|rd|th)-minute\b|\bat half-?time\b|\bin (?:stoppage|injury|extra|added) time\b/i;

/**
 * "Who does Russia threaten?", "Who is hurt by the sanctions?": whom something is done to is as often a
 * country or a region as a person.
 */
const WHOM_DONE = /^(?:according to [^,]+,\s*)?who(?:m)? (?:(?:do|does|did|will|would|could|can|might|may) (?!not\b)\S+ \S+|(?:is|are|was|were|will be|would be|gets?|got) (?:\S+ ){0,2}\S+ed\b|gets? hurt)/i;
/** "Who are they a threat to?", "who is it aimed at?": the object of a preposition, often a country. */
const WHOM_AFTER_PREPOSITION = /^who(?:m)?\b.*\b(?:to|for|against|at)\s*[?.!]*$/i;
const whomDone = new LatestOnly<ParsedQuestion, boolean>();

function asksWhomDone(question: ParsedQuestion): boolean {
  let asks = whomDone.get(question);
  if (asks === undefined) {
    asks = WHOM_DONE.test(question.text.trim()) || WHOM_AFTER_PREPOSITION.test(question.text.trim());
    whomDone.set(question, asks);
  }
  return asks;
}

/** "How many Americans": a list of the very people counted answers too. */
function countedList(question: ParsedQuestion, indexed: IndexedSentence): boolean {
  return question.kind === 'number' && question.counted !== undefined && indexed.nameList?.kind === question.counted && !indexed.nameList.examples;
}

/**
 * "How many days will he stay?" asks a length of time; "how many years after the war ..." and "how many
 * years had he been with Fox when ..." read dates ("joined in 1996"), so years and months are left to them.
 */
const HOW_MANY_UNITS = /\bhow many (?:weeks|days|nights|hours|minutes)\b/i;
const BETWEEN_DATES = /\b(?:after|before|since|ago|between|later|earlier|old|age|from)\b/i;
const asksLengthInUnits = (text: string): boolean => HOW_MANY_UNITS.test(text) && !BETWEEN_DATES.test(text);

const HOW_OLD = /\bhow old\b|\bwhat age\b|\bat what age\b/i;
const BIRTH_YEAR = /\b(?:born|birth|built|opened|founded|established|constructed|completed|dating|dates)\b[^.]*\b(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d\b[^.]*\b(?:1[89]|20)\d\d\b/i;
const WEIGHT_ASKED = /\b(?:weigh|weighs|weighed|weight|heavy|heavier)\b/i;
/** A weight as news writes it: "30 kilograms", "about 2 tonnes", "a 300-pound bear", "weighing 4 kg". */
const WEIGHT_GIVEN = /\b(?:kilo(?:gram(?:me)?)?s?|kgs?|grams?|g|tonnes?|tons?|pounds?|lbs?|ounces?|oz|stone|carats?)\b|\bweigh(?:s|ed|ing|t)?\b/i;
/** "When will they decide?": a time from now is asked. */
/** "When?", "and when?", "so when": the question word alone, asked of the last answer. */
const BARE_WHEN = /^\W*(?:(?:and|so|but) )?when\W*$/i;
export const WHEN_WILL = /^\W*when (?:will|would|should|could|might|shall)\b/i;
/** "How long will it last?": asked of what is still going on. */
const HOW_LONG_WILL = /\bhow long (?:will|would|is|are|could|might|may)\b/i;
/** "How long is his ban?": "banned Demir for four matches" says how long, in matches rather than days. */
const LASTS_MATCHES = /\bfor (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:more )?(?:matches|games|races|fixtures|rounds|tournaments|seasons)\b/i;
/** "Continue through Wednesday", "closed until March": when something still going on ends. */
const LASTS_UNTIL = /\b(?:through|until|till|into) (?:at least |the end of |late |early |mid-)?(?:next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|the weekend|next week|next month|next year|(?:19|20)\d\d)\b/;
/** A time from now: "within 20 working days", "in two weeks' time", "within the next month". */
/** "It would release an estimate after the storm passes": when, from an event to come. */
const AFTER_EVENT = /\b(?:after|once|as soon as|when) (?:the|it|they|its|their) (?:[\p{L}-]+ )?(?:passes|has passed|ends|has ended|is over|finishes|has finished|clears|subsides)\b/iu;
const WITHIN_TIME = /\bwithin (?:the )?(?:week|month|year|day|fortnight)\b|\bwithin (?:the next |about |around )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|a few|several)?\s?(?:working |business |calendar )?(?:hours?|days?|weeks?|months?|years?)\b|\bin (?:\d+|a|an|one|two|three|four|five|six|a few|several) (?:hours?|days?|weeks?|months?|years?)(?:['’])? time\b/i;
const LENGTH_ASKED = /\bhow (?:deep|high|tall|wide|thick)\b/i;
/** A length as news writes it: "6,140 meters", "7 km", "a 35-foot fall", "five stories", "1.5 miles". */
const LENGTH_GIVEN = /\d[\d,.]*(?:\s|-)?(?:(?:kilo|centi|milli)?met(?:er|re)s?|km|cm|mm|m|miles?|mi|feet|foot|ft|inch(?:es)?|in|yards?|yds?|stor(?:ey|y|ies|eys)|floors?|fathoms?|nautical miles?)\b|\b(?:kilo|centi)?met(?:er|re)s\b|\bmiles\b|\bfeet\b/i;
const WHAT_TIME = /\b(?:what|which) time\b(?! of (?:the )?(?:year|month|season))|\bat what hour\b|\b(?:what|which) hours?\b/i;
/** "How far", "how high", "how many tonnes", "how much does it weigh": a quantity in units, not a count of things. */
const ASKS_MEASURE =
  new RegExp(String.raw`\b(?:${MEASURE_ASKED})|\bhow (?:many|much)\b.*\b(?:foot|feet|ft|miles?|meters?|metres?|km|kilomet\w*|inch(?:es)?|yards?|pounds?|lbs?|kg|kilograms?|tons?|tonnes?|mph|degrees?|weigh\w*)\b`, 'i');
const HOW_MANY_TIMES = /\bhow (?:many times?|often)\b/i;
const HOW_MANY = /\bhow many\b/i;
const HOW_LONG = /\bhow long\b(?!\s+(?:ago|after|before|since|did it take|had|has))/i;
const HOW_LONG_AGO = /\bhow long ago\b/i;
const HOW_MUCH_TIME = /\bhow much (?:(?:more|extra|less) )?time\b|\bhow much longer\b/i;
const HOW_LONG_SO_FAR = /\bhow long (?:has|have|had)\b/i;
const TIME_MEASURE = /\bhow (?:many|much) (?:more |fewer |longer )?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b|\bhow long\b|\bhow old\b|\bwhat age\b/i;

/** A place question's second sentence adds a place the first does not give ("...landed in Shanghai" after "arrived in China"). */
export function addsPlace(question: ParsedQuestion, first: IndexedSentence, second: IndexedSentence): boolean {
  if (question.kind !== 'place') return false;
  const asked = askedTerms(question);
  const given = new Set(first.places.map((place) => place.words.join(' ')));
  // It must be the kind of place asked for: where someone goes for "going", a city for "which city".
  const fits = (place: PlaceMention): boolean =>
    (question.moves ? place.destination : place.locative) &&
    (question.placeType === undefined || (question.placeType === 'country') === place.country);
  return second.places.some((place) => fits(place) && !given.has(place.words.join(' ')) && !place.terms.every((term) => asked.has(term)));
}
