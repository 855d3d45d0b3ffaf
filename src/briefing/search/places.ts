/**
 * Where a sentence puts things: the places it names and how ("arrived in China", "trip to Beijing",
 * "in Italy", or a bare mention). "Where / which city" questions are answered by a place the question
 * does not already name, best one reached by a motion verb.
 */
import { contentTerms, stem, tokenize } from '../text/tokens.js';
import type { Entity } from '../types.js';
import { isCountryName, isDemonym } from './related-terms.js';

export interface PlaceMention {
  /** Lower-case words of the name ("shanghai", "united states"). */
  words: string[];
  /** Stemmed content terms of the name, to tell whether a question already names it. */
  terms: string[];
  /** Right after a locative preposition or a visit verb: "in Shanghai", "visited Paris". */
  locative: boolean;
  /** Reached by a motion word: "landed in Shanghai", "trip to Beijing", "travel on to Paris". */
  destination: boolean;
  /** A country or continent rather than a city. */
  country: boolean;
  /** Stem of the motion word that reaches it ("land" for "landed in Shanghai"), for a destination. */
  motion?: string;
}

const LOCATIVE = new Set('in at to into from near toward towards via through across inside around'.split(' '));
/** Verbs that take the place as their object: "visited Paris", "reached Nairobi". */
const VISIT_VERBS = new Set('visit visits visited visiting reach reaches reached tour tours toured touring'.split(' '));
/** Words of going somewhere; a place within a few words after one is where someone goes. */
export const MOTION_WORDS: ReadonlySet<string> = new Set(
  `itinerary arrive arrives arrived arriving arrival lands landed landing visit visits visited visiting visit trip trips travel travels
  traveled travelled traveling travelling tour tours toured touring journey journeys head heads headed heading fly flies flew
  flying flight go goes went going gone stop stops stopped stopover reach reaches reached leave leaves left depart departs
  departed return returns returned bound route`.split(/\s+/),
);
const MOTION_WINDOW = 4;
const NOT_PLACES = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i|the|a|an)$/;
/** Capitalised runs: "Shanghai", "Great Hall of the People", "New York". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * Nouns of the places things happen at that a story names in lower case ("at the high school football field",
 * "in a church hall"): where a memorial is held or a survivor sheltered, though no name says so.
 */
const VENUE_NOUNS =
  'field|stadium|arena|hall|centre|center|church|chapel|cathedral|mosque|temple|synagogue|school|college|campus|hospital|clinic|library|museum|gallery|theatre|theater|park|square|courthouse|station|airport|harbour|harbor|hotel|restaurant|gym|gymnasium|headquarters|farm|factory|warehouse|cemetery|market|mall|beach|auditorium|studio|shelter|prison|jail|embassy|palace|plaza';
/** A venue after a preposition of place: "at the high school football field", "in the town's community centre". */
const VENUE = new RegExp(String.raw`\b(?:[Aa]t|[Ii]n|[Ii]nside|[Oo]utside|[Nn]ear) (?:the|a|an|his|her|their|its)(?: [\p{Ll}-]+['’]s)? (?:[\p{Ll}-]+ ){0,3}(?:${VENUE_NOUNS})\b(?!['’-])`, 'u');

/** The sentence says where by a common noun: "at the high school football field", "in a church hall". */
export const namesVenue = (text: string): boolean => VENUE.test(text);

const hasWords = (haystack: readonly string[], needle: readonly string[]): boolean =>
  needle.length > 0 && haystack.some((_, i) => needle.every((word, j) => haystack[i + j] === word));

/**
 * Reads the places of the article's sentences: known ones (the article's place entities) and unknown
 * ones right after a locative preposition ("landed in Nairobi") that are no other kind of entity.
 */
export function placeReader(entities: readonly Entity[]): (text: string) => PlaceMention[] {
  const forms = (kinds: ReadonlyArray<Entity['kind']>): string[][] =>
    entities.filter((e) => kinds.includes(e.kind)).flatMap((e) => [e.name, ...e.aliases].map(tokenize)).filter((w) => w.length > 0);
  const placeForms = forms(['place']);
  const otherForms = forms(['person', 'organization', 'date']);
  return (text) => placeMentions(text, placeForms, otherForms);
}

/** Characters before a capitalised run read for its preposition and motion word (MOTION_WINDOW + 2 words, with room). */
const BEFORE_CHARS = 240;

function placeMentions(text: string, placeForms: readonly string[][], otherForms: readonly string[][]): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    // "Russia's industrial base": the possessive is not part of the name.
    let runWords = tokenize(match[0].replace(/['’]s?(?=\s|$)/gu, ''));
    // Only the last few words before the run matter; tokenizing all of them made a long sentence quadratic.
    const start = Math.max(0, match.index - BEFORE_CHARS);
    const window = tokenize(text.slice(start, match.index));
    // A window cut mid-word loses its first token, which may be a fragment.
    const before = (start > 0 ? window.slice(1) : window).slice(-(MOTION_WINDOW + 2));
    // "In Tokyo, the minister ...": a capitalised preposition opening the sentence is not part of the name.
    if (runWords.length > 1 && LOCATIVE.has(runWords[0] ?? '')) {
      before.push(runWords[0] ?? '');
      runWords = runWords.slice(1);
    }
    const known = placeForms.filter((form) => hasWords(runWords, form));
    // "At the city's Guildhall": the preposition stands before the possessor.
    if (/['’]s\s+$/u.test(text.slice(Math.max(0, match.index - 3), match.index))) before.pop();
    const previous = before[before.length - 1] === 'the' ? before[before.length - 2] : before[before.length - 1];
    const locative = previous !== undefined && (LOCATIVE.has(previous) || VISIT_VERBS.has(previous));
    const motionWord = locative ? before.slice(0, -1).concat(previous ?? '').findLast((word) => MOTION_WORDS.has(word)) : undefined;
    const destination = motionWord !== undefined;
    const reached = motionWord === undefined ? {} : { motion: stem(motionWord) };
    if (known.length > 0) {
      // A run may hold several known names ("Taiwan Strait" holds "Taiwan"): each sits where the run does.
      for (const words of known) mentions.push({ words, terms: contentTerms(words.join(' ')), locative, destination, country: isCountryName(words), ...reached });
      continue;
    }
    // An unknown capitalised word is a place only where the grammar says so: "landed in Nairobi".
    const first = runWords[0] ?? '';
    if (!locative || NOT_PLACES.test(first) || isDemonym(first) || otherForms.some((form) => hasWords(runWords, form) || hasWords(runWords.map((w) => w.replace(/s$/, '')), form))) continue;
    mentions.push({ words: runWords, terms: contentTerms(runWords.join(' ')), locative, destination, country: isCountryName(runWords), ...reached });
  }
  return mentions;
}
