/**
 * "AND THE GOVERNMENT IN MOROCCO, WHAT DID IT ORDER???": a question typed in capitals throughout. Read as
 * typed, every word looked like an acronym the article never uses ("it never mentions MOROCCO"). It is
 * read in lower case, as most questions are typed; short words that are not function words keep their
 * capitals, as acronyms do ("WHAT DID THE UN SAY?").
 */
import { STOPWORDS } from './tokens.js';

/** Words of letters: enough of them, all in capitals, make a question shouted rather than one with an acronym. */
const WORDS = /\p{L}+/gu;
const MIN_SHOUTED_WORDS = 3;
const LONGEST_ACRONYM = 4;

export function unshouted(question: string): string {
  // Most questions have a lower-case letter: one test.
  if (/\p{Ll}/u.test(question)) return question;
  const words = question.match(WORDS) ?? [];
  if (words.length < MIN_SHOUTED_WORDS) return question;
  return question.replace(WORDS, (word) => (word.length <= LONGEST_ACRONYM && !STOPWORDS.has(word.toLowerCase()) ? word : word.toLowerCase()));
}
