/**
 * Words for a part of the briefing itself, typed where a topic goes ("/brief people", "/brief tldr"): that part
 * is meant, not the section whose words happen to come nearest. The people, places, organisations and dates are
 * what the article's lists answer to a question about them.
 */

import { editDistance } from '../src/briefing/search/edit-distance.js';
import { isEnglishWord } from '../src/briefing/text/english-words.js';

export interface BriefingPart {
  /** The form that shows the part. */
  form: 'ask' | 'summary' | 'subscriptions';
  /** For `ask`: the question whose answer is the part. */
  question?: string;
}

const PEOPLE: BriefingPart = { form: 'ask', question: 'who are the people in the article?' };
const PLACES: BriefingPart = { form: 'ask', question: 'which places does the article mention?' };
const BODIES: BriefingPart = { form: 'ask', question: 'which organisations does the article mention?' };
const DATES: BriefingPart = { form: 'ask', question: 'which dates does the article mention?' };
const SUMMARY: BriefingPart = { form: 'summary' };
const DIGESTS: BriefingPart = { form: 'subscriptions' };

const PARTS: ReadonlyMap<string, BriefingPart> = new Map<string, BriefingPart>([
  ...['people', 'persons', 'who', 'whos who', 'who is who', 'names', 'speakers', 'quoted', 'who is quoted'].map((word): [string, BriefingPart] => [word, PEOPLE]),
  ...['places', 'where', 'locations', 'countries', 'cities'].map((word): [string, BriefingPart] => [word, PLACES]),
  ...['organisations', 'organizations', 'orgs', 'bodies', 'companies', 'institutions'].map((word): [string, BriefingPart] => [word, BODIES]),
  ...['dates', 'when'].map((word): [string, BriefingPart] => [word, DATES]),
  ...['tldr', 'tl dr', 'summary', 'key points', 'keypoints', 'gist', 'briefing'].map((word): [string, BriefingPart] => [word, SUMMARY]),
  ...['digest', 'digests'].map((word): [string, BriefingPart] => [word, DIGESTS]),
]);

/** "Who's who?", "TL;DR", "Key points": lower case, apostrophes gone, other marks a space. */
export const partName = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The part of the briefing the whole of `topic` names, if any. */
export const briefingPart = (topic: string): BriefingPart | undefined => PARTS.get(partName(topic));

/** A part's one-word name typed with a typo is read from this many letters ("poeple", "plcaes"). */
const MIN_MISTYPED_PART = 5;

/**
 * "/brief poeple": the part whose one-word name is a typo away, when what was typed is no English word ("gates"
 * is not "dates", "pieces" is not "places").
 */
export function mistypedPart(topic: string): BriefingPart | undefined {
  const typed = partName(topic);
  if (typed.length < MIN_MISTYPED_PART || typed.includes(' ') || isEnglishWord(typed)) return undefined;
  for (const [name, part] of PARTS) if (!name.includes(' ') && editDistance(typed, name, 1) <= 1) return part;
  return undefined;
}
