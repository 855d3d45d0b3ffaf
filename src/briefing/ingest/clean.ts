/**
 * Cleaning one block of article text without changing its words: odd whitespace and quotes, repeated
 * punctuation, datelines and bylines. Sentences keep the article's own words and stops, so an answer
 * quotes the article as written ("Kai Li., and David Lin"); `tidySentence` smooths stray periods and
 * doubled words only where the bot writes in its own voice (the TL;DR, key points, section summaries).
 */
import { isDottedAcronym, OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { MULTIWORD_PLACES, PLACES } from './gazetteer.js';

/** Doubled words that English really doubles ("had had", "that that"). */
const LEGITIMATE_DOUBLES = new Set(['had', 'that', 'is', 'do', 'bye', 'very', 'so', 'no', 'ha', 'knock', 'tut']);

function normalizeSpacesAndQuotes(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
      // Penn Treebank-style quotes from older corpora: `` and ''.
      .replace(/``\s?/g, '"')
      .replace(/\s?''/g, '"')
      .replace(/\s*\n\s*/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

function fixPunctuation(text: string): string {
  return (
    text
      // "summit. ." / "restraint. . This" / "word .": a stray period joins the one before it.
      .replace(/(?<!\.)([.!?])(?:\s*\.(?!\.))+/g, '$1')
      .replace(/(\p{L}|\d|["')\]])\s+([.,;:!?])(?=\s|$)/gu, '$1$2')
      // "John Folda, . fell ill": a lost line break after a comma left a period that ends nothing.
      .replace(/([,;:])\s+\.(?=\s)/g, '$1')
      .replace(/,(?:\s*,)+/g, ',')
      .replace(/;(?:\s*;)+/g, ';')
  );
}

/** "Kai Li., and": a period before a comma after a plain word is stray ("U.S., and" keeps its). */
function removeStrayPeriods(text: string): string {
  return text.replace(/(\b\p{L}[\p{Ll}]+)\.(?=,)/gu, (whole, word: string) => (isAbbreviation(word) ? whole : word));
}

const isAbbreviation = (word: string): boolean => {
  const lower = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower) || isDottedAcronym(`${word}.`);
};

function removeDoubledWords(text: string): string {
  return text.replace(/\b(\p{L}+)(\s+\1\b)+/giu, (whole, word: string) =>
    LEGITIMATE_DOUBLES.has(word.toLowerCase()) ? whole : word,
  );
}

/**
 * "...sworn in. a new president..." : a period followed by a lower-case word is a wrong cut, so the
 * fragment joins the sentence it belongs to. Abbreviations ("U.S. officials", "etc. and") keep theirs.
 */
function joinLowercaseFragments(text: string): string {
  // The word is read from its start and is at most 60 characters: an unbounded \S+ made long runs of
  // punctuation and digits quadratic.
  return text.replace(/(?<!\S)(\S{1,60})\.\s+(?=\p{Ll})/gu, (whole, word: string) => {
    if (word.endsWith('.') || isAbbreviation(word) || isDottedAcronym(`${word}.`) || /\.\p{L}/u.test(word) || /^\p{L}$/u.test(word)) return whole;
    return `${word} `;
  });
}

/** A block that starts with a lower-case letter lost its capital ("secretary of the treasury Janet Yellen visited..."). */
function capitalizeStart(text: string): string {
  return text.replace(/^(["'(]?)(\p{Ll})(?=\p{Ll}*[\s,])/u, (_whole, open: string, letter: string) => `${open}${letter.toUpperCase()}`);
}

/**
 * "WASHINGTON (CNN) -- ", "(Reuters) - ", "(CNN Student News) -- ", "(Health.com) -- ": a wire-service
 * or partner-site dateline is a byline, not part of the first sentence.
 */
const DATELINE =
  /^(?:[\p{Lu}][\p{L}.' -]{0,40},?\s*(?:[\p{Lu}][\p{L}.' -]{0,30})?\s*)?\((?:CNN(?:\s?[A-Z][a-z]+){0,2}|BBC|Reuters|AP|AFP|UPI|Bloomberg|Mashable|WIRED|Entertainment Weekly|Travel \+ Leisure|Real Simple|Budget Travel|[A-Z][\w]*(?:\.com))\)\s*(?:--|—|–|-)?\s*/u;

/**
 * The places a wire dateline names, the story's own: "NAIROBI, Kenya (CNN) --" gives Nairobi and Kenya,
 * "WASHINGTON (AP) —" Washington. Empty when the block opens with no dateline or one without a place.
 */
export function datelinePlaces(block: string): string[] {
  const opening = block.trimStart();
  const city = cityDateline(opening);
  if (city !== undefined) return [city];
  const dated = DATED_DATELINE.exec(opening) ?? AGENCY_DATELINE.exec(opening);
  if (dated) return [dated[1], dated[2]].filter((place): place is string => place !== undefined).map(readablePlace);
  const match = DATELINE.exec(opening);
  const before = match ? match[0].slice(0, match[0].indexOf('(')).trim() : (DASH_DATELINE.exec(opening)?.[1] ?? '');
  return before
    .split(',')
    .map(readablePlace)
    .filter((place) => /\p{L}{2}/u.test(place));
}

/** Whether a block opens with a dateline, wire ("(CNN) --", "NAIROBI, Kenya (CNN) --") or dash ("DAYTON, Ohio --"). */
export function opensWithDateline(block: string): boolean {
  const opening = block.trimStart();
  return cityDateline(opening) !== undefined || DATED_DATELINE.test(opening) || AGENCY_DATELINE.test(opening) || DATELINE.test(opening) || DASH_DATELINE.test(opening);
}

/** "NAIROBI" as "Nairobi"; "D.C." and "Kenya" as written. */
const readableCase = (word: string): string => (/^\p{Lu}{2,}$/u.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word);
/** "SAN FRANCISCO" as "San Francisco", word by word. */
const readablePlace = (place: string): string => place.trim().split(/\s+/).map(readableCase).join(' ');

/**
 * "GRAZ, Austria — ", "DAYTON, Ohio -- ": a dateline without the agency's name; the city in capitals, a comma and
 * its country or state. A capitalised word alone before a dash ("NATO — the alliance ...") is no dateline.
 */
const DASH_DATELINE = /^(\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,}){0,3},\s*\p{Lu}[\p{L}.' -]{1,30}?)\s*(?:--|—|–)\s+(?=\S)/u;

/**
 * "JAKARTA, Nov 28 - ", "AREQUIPA, Peru, March 14 (Reuters) - ", "CHINGOLA, Zambia, June 6 - ": a wire dateline
 * dated as Reuters writes it, an agency's name in brackets ("(Meridian Wire)") or not; a hyphen then ends it, since
 * the date says it is one. Group 1 is the city, group 2 its country or state where given.
 */
const DATED_DATELINE = new RegExp(
  String.raw`^(\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,}){0,3}),\s*(?:(\p{Lu}[\p{L}.' -]{1,30}?),\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?\s*(?:\(\p{Lu}[\p{L}&.'-]*(?: \p{Lu}[\p{L}&.'-]*){0,3}\)\s*)?(?:--|—|–|-)\s+(?=\S)`,
  'u',
);

/**
 * "DUNMORE, Pa. (Wire) -- ", "LONDON (Meridian News) — ": a city in capitals, maybe its state or country, and an
 * agency's name in brackets, whatever agency it is. Group 1 is the city, group 2 its state or country where given.
 */
const AGENCY_DATELINE =
  /^(\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,}){0,3})(?:,\s*(\p{Lu}[\p{L}.' -]{1,30}?))?\s*\(\p{Lu}[\p{L}&.'-]*(?: \p{Lu}[\p{L}&.'-]*){0,3}\)\s*(?:--|—|–|-)\s+(?=\S)/u;

/**
 * "LUXEMBOURG - ", "BUENOS AIRES — ": a city alone in capitals before a dash, as Reuters writes it undated. Only a
 * place the gazetteer knows: "NATO — the alliance — met" and "BREAKING - ..." are no datelines.
 */
const CITY_DATELINE = /^(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}) (?:--|—|–|-) (?=\p{Lu})/u;
function cityDateline(text: string): string | undefined {
  const city = CITY_DATELINE.exec(text)?.[1];
  if (city === undefined) return undefined;
  const name = readablePlace(city);
  return PLACES.has(name) || MULTIWORD_PLACES.includes(name) ? name : undefined;
}

function removeDateline(text: string): string {
  const city = cityDateline(text);
  const stripped = (city === undefined ? text : text.replace(CITY_DATELINE, '')).replace(DATED_DATELINE, '').replace(AGENCY_DATELINE, '').replace(DATELINE, '').replace(DASH_DATELINE, '');
  return stripped.length > 0 && stripped !== text ? stripped : text;
}

/**
 * "By . Jane Doe . PUBLISHED: . 11:10 EST, 16 October 2013 . | . UPDATED: . ..." or "By . Jane Doe .
 * Last updated at 4:20 PM on 1st May 2012 .": a news site's byline and timestamps flattened into the
 * first paragraph (the " . " are its lost line breaks). Names end at the first " . ".
 */
const WEB_BYLINE = /^By\s*\.\s+(?:[^.|]{1,80}?\s\.\s+){1,3}?(?=(?:PUBLISHED|UPDATED|Last updated)\b|["'(]?\p{Lu})/u;
const WEB_TIMESTAMPS =
  /^(?:(?:(?:PUBLISHED|UPDATED):\s*\.?\s*\d{1,2}:\d{2}\s*(?:[AP]M\s*)?(?:[A-Z]{3,4})?,?\s*\d{1,2}\s+\p{L}+\s+\d{4}|Last updated at \d{1,2}:\d{2}\s*(?:[AP]M)?\s*on\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4})\s*\.?\s*(?:\|\s*\.?\s*)?)+/u;

function removeWebByline(text: string): string {
  const stripped = text.replace(WEB_BYLINE, '').replace(WEB_TIMESTAMPS, '');
  return stripped.length > 0 ? stripped : text;
}

/**
 * Older news pages flattened their links into the prose: "Watch I-Reporter give her review of Potter's latest »"
 * after a sentence, and "E-mail to a friend" closing the story. They are no part of what it says.
 */
const INLINE_LINK = /(?<=^|[.!?"”’']\s{1,3})(?:Watch|See|Read|Listen|Explore|Check out|Learn|Vote|Find out|Look|View|Share)\b[^.!?»]{0,160}»\s*/gu;
const SHARE_LINK = /(?<=^|[.!?"”’']\s{0,3})E-mail to a friend\s*$/u;
/** "View the video here Previous versions of the video ...": a link's words run into the next sentence, with no stop. */
const HERE_LINK = /(?<=^|[.!?"”’']\s{1,3})(?:View|Watch|See|Read|Listen to)\s+(?:the\s+)?(?:full\s+)?(?:video|story|report|gallery|photos|clip|interview|statement)\s+here\b[.:]?\s*(?=\p{Lu}|$)/gu;

function removeLinkTexts(text: string): string {
  return text.replace(INLINE_LINK, '').replace(HERE_LINK, '').replace(SHARE_LINK, '').trim();
}

/** Cleans one block (paragraph) of text; keeps its words, their order and its sentence stops. */
export function cleanBlock(text: string): string {
  // A fact box or a team sheet, a fact a line: each line is cleaned on its own and keeps its line break, where
  // sentences are split, so "People rescued: 37" does not run into "Households at rest centre: 212".
  if (isLineList(text)) return text.split('\n').map((line) => cleanLine(line)).filter(Boolean).join('\n');
  const items = bulletItems(text);
  if (items) return items.map((item) => cleanLine(item)).filter(Boolean).join('\n');
  return cleanLine(text);
}

/** A list item's marker: a dash, star or bullet, or a number with a point or bracket ("- ", "• ", "2) "). */
const BULLET = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;

/**
 * The items of a bulleted list, without their markers: two items or more, the block opening with one, and a line
 * without a marker going on with the item above it. Each item is sentences of its own: "- Symptoms appear after a
 * bite." does not run into "- Early signs include fever."
 */
function bulletItems(text: string): string[] | undefined {
  const lines = text
    .trim()
    .split('\n')
    .filter((line) => line.trim());
  if (lines.length < 2 || !BULLET.test(lines[0] ?? '')) return undefined;
  const items: string[] = [];
  for (const line of lines) {
    if (BULLET.test(line)) items.push(line.replace(BULLET, '').trim());
    else items[items.length - 1] += ` ${line.trim()}`;
  }
  return items.length >= 2 ? items : undefined;
}

const cleanLine = (text: string): string => capitalizeStart(fixPunctuation(removeDateline(removeWebByline(normalizeSpacesAndQuotes(removeLinkTexts(text))))));

/** Lines of a list are short; a line of prose wrapped at a fixed width is rarely a whole fact. */
const MAX_LIST_LINE = 100;
/** "People rescued: 37", "Booked: Eklund, Lowe.", "Harbourside United (4-3-3): Okafor; Reid, ...": a label, then its value. */
const LABELLED_LINE = /^[\p{Lu}\d][^:\n]{0,60}:\s*\S/u;

/**
 * Lines of facts, not prose wrapped at a width: two lines or more, each short, and each either a label with its
 * value, or all opening with a capital or a figure while none ends a sentence (wrapped prose ends its last line
 * with a stop, and its lines open in lower case as often as not).
 */
function isLineList(text: string): boolean {
  const lines = text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 2 || lines.some((line) => line.length > MAX_LIST_LINE)) return false;
  if (lines.every((line) => LABELLED_LINE.test(line))) return true;
  return lines.every((line) => /^[\p{Lu}\d£$€]/u.test(line) && !/[.!?"”]$/.test(line));
}

/**
 * A sentence as the bot restates it: stray periods and doubled words gone ("sworn in. a new president",
 * "Biden has has"). Quotes in answers keep the article's text; summaries read cleanly.
 */
export function tidySentence(text: string): string {
  return fixPunctuation(joinLowercaseFragments(removeDoubledWords(removeStrayPeriods(text))));
}
