/**
 * What kind of information a sentence carries, so answers can match the question's type:
 * a "when" question wants a date, "how many" a number, "how much ... cost" an amount of money.
 */
import { ROLE_HEADS } from '../ingest/gazetteer.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER_WORDS =
  '(?:once|twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|several|percent)';
const DATE_PATTERN = new RegExp(
  [
    `\\b${MONTH}\\.? \\d{1,2}\\b`,
    `\\b\\d{1,2} ${MONTH}\\b`,
    `\\b(?:january|february|march|april|june|july|august|september|october|november|december)\\b`,
    '\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
    // "At the beginning of May", "in early May", "by mid-May": May the month, not the verb.
    '\\b(?:(?:(?:beginning|start|end|middle) of|early|late|in|since|until|by) |mid-?)may\\b(?! (?:have|be|not|also|well|still|yet|never|need|want|take|make|get|see|come|go|help)\\b)',
    '\\b(?:1[89]|20)\\d\\d\\b',
    // "in the 1980s", "the 1700s": a decade or a century.
    "\\b(?:1\\d|20)\\d0['’]?s\\b",
    // "as far back as 1758", "founded in 1642": an older year, where a word before says it is one.
    '\\b(?:since|until|till|as far as|as early as|back to|circa|the year|(?:founded|built|opened|established|born|died) in|dat(?:es?|ing) (?:back )?(?:to|from)) 1[0-7]\\d\\d\\b',
    '\\b(?:today|yesterday|tomorrow|tonight|this (?:week|month|year)|last (?:week|month|year)|next (?:week|month|year))\\b',
    '\\b(?:earlier|later) this (?:week|month|year)\\b',
    // "In recent weeks", "over the past few years": a time, if a vague one.
    '\\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few |couple of )?(?:days|weeks|months|years|decades)\\b',
    '\\b(?:weeks?|months?|years?|days?) (?:ago|later|earlier)\\b',
    // Relative times answer "when" too: "that same year", "the following day", "in two to three days".
    '\\b(?:that|the) (?:same|following|previous|next) (?:day|week|month|year)\\b',
    `\\b(?:\\d+|${NUMBER_WORDS}|a few|a couple of)(?: to (?:\\d+|${NUMBER_WORDS}))? (?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b`,
    '\\b(?:in|since|until|by) (?:the )?(?:spring|summer|autumn|fall|winter)\\b',
    '\\b(?:next|last|this|early|late) (?:spring|summer|autumn|winter)\\b',
    // "When did Xi make those commitments?" - "during his meeting with Biden": an occasion is a time too.
    '\\b(?:during|amid|ahead of) (?:the|his|her|their|its|a|an|last|this) (?:[a-z-]+ )?(?:meeting|meetings|visit|summit|talks|trip|election|war|campaign|conference|ceremony|inauguration|funeral|match|final|game|race|festival|hearing|trial)\\b',
    '\\b\\d{1,2}(?::\\d\\d)? ?(?:a\\.?m\\.?|p\\.?m\\.?)',
  ].join('|'),
  'i',
);
/** Calendar dates, years and times of day ("from 8 a.m. to 8 p.m.", "at 6:45"), removed before looking for a count. */
const DATE_ONLY = new RegExp(
  [`\\b${MONTH}\\.? \\d{1,2}(?:, \\d{4})?\\b`, `\\b\\d{1,2} ${MONTH}\\b`, '\\b(?:1[89]|20)\\d\\d\\b', '\\b\\d{1,2}(?::\\d\\d)? ?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)', '\\b\\d{1,2}:\\d\\d\\b'].join('|'),
  'gi',
);
/** "One" that counts nothing: "no one", "one of them", "from one side to the other", "one another". */
const UNCOUNTING_ONE = /\b(?:no|any|every|some|each|the|this|that|which) one\b|\bone(?: of| side| another|self)\b/gi;
/** A quantity in units of length, height or weight ("a 35-foot fall", "64 feet", "200 pounds"): a measure, not a count. */
/** A number an age is written with: a figure, or a word up to twenty ("one year old"). */
const AGE_NUMBER = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
/** "She is 12 years and 9 months old." */
const YEARS_AND_MONTHS_OLD = String.raw`\b${AGE_NUMBER} years? and ${AGE_NUMBER} months? old\b`;
/** Someone's age ("Hughes, 32,", "a 32-year-old", "aged 32", "who is 71."): it counts no one ("how many people died?"). */
const AGE_ONLY = new RegExp(String.raw`,\s\d{1,3},|\b${AGE_NUMBER}[- ]years?[- ]old\b|${YEARS_AND_MONTHS_OLD}|\baged \d{1,3}\b|\b(?:who|he|she) (?:is|was) (?:now )?\d{1,3}(?=\s*(?:[,.;]|$|(?:or|and|when|at the time)\b))`, 'gi');
const MEASURED = /\b\d[\d,.]{0,24}(?:(?:-,?\s*|,\s+|\s+(?:to|or)\s+)\d[\d,.]{0,24})?[ -]?(?:foot|feet|ft|miles?|meters?|metres?|km|kilometers?|kilometres?|inch(?:es)?|yards?|pounds?|lbs?|kg|kilograms?|tons?|tonnes?|mph|degrees?)\b/gi;
/**
 * Any quantity in units, the scientific and land ones too ("a 490-nanometre wavelength", "6,800 hectares"):
 * what "how deep/long/big" asks for. A figure in these still counts ("how much did the fire grow?").
 */
const HAS_MEASURE = new RegExp(
  MEASURED.source.replace('(?:foot|', '(?:(?:centi|milli|micro|nano)met(?:er|re)s?|cm|mm|knots?|hectares?|acres?|lit(?:er|re)s?|gallons?|foot|'),
  'i',
);
const DURATION_PATTERN = new RegExp(
  `\\b(?:\\d+|${NUMBER_WORDS}|a few|a couple of|a|an)(?:[ -]to[ -](?:\\d+|${NUMBER_WORDS}))?(?: (?:full|whole|straight|consecutive|working|business|calendar|long|more|extra|additional)){0,2}[ -](?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\\b|\\btakes? (?:years|months|weeks|decades)\\b|\\bfor (?:several |many )?(?:hours|days|weeks|months|years|decades)\\b|\\bsince\\b`,
  'i',
);
/**
 * A rate over time ("30 million euros a day", "twice per week"): how often or how fast, no length of time. Not "a
 * year" after a word measuring time ("up to a year", "for a day", "within a week").
 */
const RATE = /\b(?:per|each|every) (?:second|minute|hour|day|night|week|month|year)\b|(?<!\b(?:to|for|within|in|after|over|than|about|nearly|almost|around|half|least|past|last|next|only|just|under|barely|roughly|some)\s)\b(?:a|an) (?:second|minute|hour|day|night|week|month|year)\b/gi;
/** The text gives a length of time other than a rate: "a 48-hour strike", not only "30 million euros a day". */
export function givesDurationBesidesRates(text: string): boolean {
  return DURATION_PATTERN.test(text.replace(RATE, ''));
}
const NUMBER_PATTERN = new RegExp(`\\d|\\b${NUMBER_WORDS}\\b`, 'i');
const MONEY_PATTERN = /[$€£¥]\s?\d|\b\d[\d,.]{0,24}\s?(?:dollars?|euros?|pounds?|yuan|yen|rupees?|usd|eur)\b|\b(?:million|billion|trillion)\b|\b(?:cost|costs|price|paid|fund|budget|spend|spends|spending|spent|worth)\b/i;
const SPEECH_PATTERN = /\b(?:said|says|say|told|tell|stated|signaled|signalled|warned|warning|argued|argue|accused|announced|added|explained|noted|claimed|called|urged|insisted|asked|replied|wrote|according to)\b/i;
const REASON_PATTERN = /\b(?:because|since(?![^.;,]{0,40}\b(?:1[89]|20)\d\d\b|\s+(?:then|last|early|late|\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))|due to|so that|in order to|as a result|reasons?|aim(?:ed|s)? (?:at|to)|meant to|intended to|designed to|seeks? to|expected to|in an effort to|in response to|after|amid|over (?:what|its|the)|to (?:protest|demand|warn|press|push|urge)|blam(?:e|es|ed|ing) [^.;]{1,60}? on|citing|arguing(?: that)?|on the grounds that|(?:caused|triggered|sparked) by|trigger(?:ed|s)?|cause (?:of [^.;]{1,60}? )?(?:remains|remained|is|was)\b|(?:died|dies|dying) (?:of|from)\b)\b/i;
/** An age: "Suha, 37,", "a 15-year-old", "aged 87", "at the age of 15", "died at 87", "Kerry, who is 71.", "So he is 54". */
/** "... said the monastery's abbot, Father Ioannis Papadakis, 71.": the age closing the sentence after a name. */
const AGE_ENDING_SENTENCE = /\b\p{Lu}[\p{L}'’-]+,\s\d{1,3}[.!]?["”]?$/u;
const AGE_PATTERN = new RegExp(String.raw`,\s\d{1,3},|\b${AGE_NUMBER}[- ]years?[- ]old\b|${YEARS_AND_MONTHS_OLD}|\baged? \d{1,3}\b|\bage of \d{1,3}\b|\b(?:in (?:his|her|their) )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\bat \d{1,3}\b|\bturn(?:s|ed|ing)? \d{1,3}\b|\b(?:who|he|she) (?:is|was) (?:now )?\d{1,3}(?=\s*(?:[,.;]|$|(?:or|and|when|at the time)\b))`, 'i');
/** A time of day ("6:45 p.m.", "at noon", "Tuesday morning"): what "what time" asks for. */
const CLOCK_PATTERN = /\b\d{1,2}(?::\d\d)? ?(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d\d\b|\b(?:noon|midnight|dawn|dusk)\b|\b(?:morning|afternoon|evening|overnight|tonight)\b|\bo'clock\b/i;
/** "His second trip", "the 3rd time": an ordinal counts occasions for "how many times". */
const ORDINAL_PATTERN = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/i;
const PLACE_PATTERN = /\b(?:in|at|to|from|near) (?:the )?[A-Z][a-z]+/;
/** A sentence opening with an epithet: "America's top diplomat has landed ...", "The veteran senator said ...". */
const OPENS_WITH_EPITHET = new RegExp(String.raw`^(?:the|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}(?:${ROLE_HEADS})\b`, 'iu');

export interface SentenceFeatures {
  hasDate: boolean;
  hasNumber: boolean;
  /** A number that is not part of a date or a year. */
  hasCount: boolean;
  /** A quantity in units of length, height or weight ("a 35-foot fall"): what "how far/high/heavy" asks for. */
  hasMeasure: boolean;
  /** A length of time ("three days", "18 years", "a week") or a "since ...": what "how long" asks for. */
  hasDuration: boolean;
  /** An ordinal ("his second visit"): how many times something has happened so far. */
  hasOrdinal: boolean;
  /** A time of day ("6:45 p.m.", "Wednesday morning"). */
  hasClockTime: boolean;
  /** Someone's age ("Suha, 37,", "a 15-year-old"). */
  hasAge: boolean;
  hasMoney: boolean;
  hasSpeech: boolean;
  hasReason: boolean;
  hasPlacePhrase: boolean;
  /** A title in quotes ('The report, "Death Sentences and Executions 2014," cites ...'): what "what is it called" asks for. */
  hasQuotedTitle: boolean;
  /** The article's own question ("Who was the captain of Flight 9525?", a link or a subhead): it asserts nothing. */
  isQuestion: boolean;
  /**
   * The epithet it opens with, in lower case ("america's top diplomat"), standing for someone named just
   * before; undefined when it opens otherwise. Read here, with the rest, so a cached briefing spares its pattern.
   */
  openingEpithet?: string | undefined;
}

/** A share, not a count: "78%", "61 per cent". */
const PERCENT_FIGURE = /\d[\d,.]*\s?(?:%|per ?cent\b|percent\b)/gi;

/**
 * The sentence counts something besides giving shares: "how many members does the union have?" is not answered by
 * "Members ... backed strike action by 78% on a turnout of 61%". Read only for "how many" questions.
 */
export function countsBesidesShares(text: string): boolean {
  if (!text.includes('%') && !/per ?cent/i.test(text)) return true;
  return NUMBER_PATTERN.test(text.replace(DATE_ONLY, ' ').replace(UNCOUNTING_ONE, ' ').replace(MEASURED, ' ').replace(AGE_ONLY, ' ').replace(PERCENT_FIGURE, ' '));
}

export function sentenceFeatures(text: string): SentenceFeatures {
  return {
    hasDate: DATE_PATTERN.test(text),
    hasNumber: NUMBER_PATTERN.test(text),
    // A date's digits are no count: "how many warheads" is not answered by "June 19, 2023".
    hasCount: NUMBER_PATTERN.test(text.replace(DATE_ONLY, ' ').replace(UNCOUNTING_ONE, ' ').replace(MEASURED, ' ').replace(AGE_ONLY, ' ').replace(AGE_ENDING_SENTENCE, ' ')),
    hasMeasure: HAS_MEASURE.test(text),
    hasDuration: DURATION_PATTERN.test(text),
    hasOrdinal: ORDINAL_PATTERN.test(text),
    hasClockTime: CLOCK_PATTERN.test(text),
    hasAge: AGE_PATTERN.test(text) || AGE_ENDING_SENTENCE.test(text),
    hasMoney: MONEY_PATTERN.test(text) && (/\d/.test(text) || /\b(?:million|billion|trillion)\b/i.test(text)),
    hasSpeech: SPEECH_PATTERN.test(text),
    hasReason: REASON_PATTERN.test(text),
    hasPlacePhrase: PLACE_PATTERN.test(text),
    hasQuotedTitle: quotesTitle(text),
    // A quoted question ("'Why now?' she asked.") is someone's words, and may be what was said.
    isQuestion: /\?\s*$/.test(text) && !/["“”]/.test(text),
    openingEpithet: OPENS_WITH_EPITHET.exec(text.toLowerCase())?.[0],
  };
}

/** A short quoted phrase in title case: "Death Sentences and Executions 2014", "My Boy Jack", "Hour of Power". */
const QUOTED_PHRASE = /["“]([^"“”]{3,80}?)[,.!?]?["”]/g;
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'is', 'de', 'la']);

function quotesTitle(text: string): boolean {
  if (!text.includes('"') && !text.includes('“')) return false;
  for (const match of text.matchAll(QUOTED_PHRASE)) {
    const words = (match[1] ?? '').split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 8) continue;
    const major = words.filter((word) => !MINOR_WORDS.has(word.toLowerCase()));
    // Every major word capitalised (or a number): a title, not a quoted remark.
    if (major.length > 0 && /^\p{Lu}/u.test(words[0] ?? '') && major.every((word) => /^[\p{Lu}\d]/u.test(word))) return true;
  }
  return false;
}
