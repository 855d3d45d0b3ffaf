/**
 * Sentence splitting that gets abbreviations, initials, quotes and numbers right:
 * "U.S. officials", "Mr. Miller", "Jan. 5", "William H. Draper", "3.5 percent", "...," he said.
 */
import { isDottedAcronym, MONTH_ABBREVIATIONS, OTHER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './abbreviations.js';

// A candidate end: terminal punctuation, optional closing quotes/brackets, whitespace, then what may open a sentence.
const CANDIDATE = /([.!?]+)(["')\]]*)(\s+)(?=["'([]?[\p{Lu}\d])/gu;

function lastWord(text: string): string {
  const match = /(\S+)$/.exec(text);
  return (match?.[1] ?? '').replace(/^["'([]+/, '');
}

function nextWord(text: string): string {
  const match = /^["'([]?([\p{L}\d][\p{L}\d'-]*)/u.exec(text);
  return match?.[1] ?? '';
}

/** Whether the period ending `before` (its last word without the period) really ends the sentence. */
function endsSentence(word: string, following: string): boolean {
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (MONTH_ABBREVIATIONS.has(lower) && /^\d/.test(following)) return false;
  if (lower === 'no' && /^\d/.test(following)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "William H. Draper"
  if (isDottedAcronym(`${word}.`) || OTHER_ABBREVIATIONS.has(lower)) {
    // "the U.S. Army" goes on; "in the U.S. The next day" ends.
    return SENTENCE_OPENERS.has(following.toLowerCase());
  }
  return true;
}

/** Splits cleaned text into sentences. */
export function splitSentences(text: string): string[] {
  // A list kept a fact a line (`cleanBlock`): each line is sentences of its own.
  if (text.includes('\n')) return text.split('\n').flatMap((line) => splitSentences(line));
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const [, punct = '', closers = ''] = match;
    const end = (match.index ?? 0) + punct.length + closers.length;
    const before = text.slice(start, match.index);
    if (punct === '.' && closers === '') {
      const word = lastWord(before);
      if (!endsSentence(word, nextWord(text.slice(end).trimStart()))) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
