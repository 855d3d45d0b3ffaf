/**
 * Whether a question the bot could not answer was asked in another language ("¿Quién es Blinken?",
 * "Wer ist Blinken?", "布林肯是谁"): the reply then says it reads English, rather than listing the
 * foreign words as things the article never mentions.
 */
import type { Vocabulary } from '../search/vocabulary.js';
import { isEnglishWord, nearEnglishWord } from '../text/english-words.js';
import { isQuestionWordTypo } from './question.js';
import { STOPWORDS, stem } from '../text/tokens.js';
import { BoundedMemo } from './memo.js';
import { expandShorthand } from './shorthand.js';

/** Share of a question's letters outside the Latin script that marks another script (Cyrillic, Han...). */
const OTHER_SCRIPT_SHARE = 0.5;
/** Words neither English nor the article's: at least this many, and this share of the question's words. */
const MIN_FOREIGN_WORDS = 2;
const FOREIGN_WORD_SHARE = 0.4;
/** From this length a word one letter off an English one is taken for a typo of it ("bakpack"); shorter ones ("ist") may be another language's. */
const MIN_TYPO_LENGTH = 5;

/** English chat words no dictionary lists: "idk tbh whats up" is English. */
const CHAT_WORDS: ReadonlySet<string> = new Set(
  'whats wats wat whos hows wheres whens whys thats its dont doesnt didnt isnt wasnt cant wont im ive youre theyre idk tbh btw imo imho lol omg pls plz thx ty ok okay yeah yep nope hmm huh tl dr tldr fyi asap rn ngl smh'.split(' '),
);

export const OTHER_LANGUAGE_REPLY = 'I can only read questions in English: please ask again in English.';

/** No character beyond U+007F: every letter Latin, no "¿". Most questions; the per-letter test is then skipped. */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const LETTERS = /\p{L}+/gu;
const ASCII_LETTERS = /[A-Za-z]+/g;
const CAPITAL = /^\p{Lu}/u;
const ASCII_CAPITAL = /^[A-Z]/;

/** Each article's verdicts on words, remembered: the same words come back question after question. */
const verdicts = new WeakMap<Vocabulary, BoundedMemo<boolean>>();

/** A lower-case word neither chat, nor English, nor the article's (typos included). */
function foreignWord(lower: string, vocabulary: Vocabulary): boolean {
  let memo = verdicts.get(vocabulary);
  if (!memo) {
    memo = new BoundedMemo<boolean>();
    verdicts.set(vocabulary, memo);
  }
  let foreign = memo.get(lower);
  if (foreign === undefined) {
    foreign =
      !CHAT_WORDS.has(lower) && expandShorthand(lower) === lower && !isEnglishWord(lower) && !vocabulary.hasTerm(stem(lower)) && !vocabulary.correct(lower).known;
    memo.set(lower, foreign);
  }
  return foreign;
}

export function looksLikeOtherLanguage(text: string, vocabulary: Vocabulary): boolean {
  const ascii = ASCII_ONLY.test(text);
  if (!ascii) {
    const letters = text.match(/\p{L}/gu) ?? [];
    if (letters.length === 0) return false;
    const otherScript = letters.filter((letter) => !/\p{Script=Latin}/u.test(letter)).length;
    if (otherScript / letters.length >= OTHER_SCRIPT_SHARE) return true;
    // Spanish opens a question with "¿".
    if (/[¿¡]/.test(text)) return true;
  } else if (!/[a-z]/i.test(text)) {
    return false;
  }
  // In ASCII text the letters are A-Z: matched without the slower Unicode mode.
  const words = (text.match(ascii ? ASCII_LETTERS : LETTERS) ?? []).filter((word) => word.length >= 2);
  // Names (capitalised after the first word) and the article's own words, typos included, say nothing
  // about the language.
  let foreign = words.filter((word, i) => !(i > 0 && (ascii ? ASCII_CAPITAL : CAPITAL).test(word)) && foreignWord(word.toLowerCase(), vocabulary));
  // "wher was the bakpack found": in a question with English function words, a word one letter off an English
  // one is a typo of it ("Quelle est la capitale" has none, and "capitale" is French).
  if (foreign.length >= MIN_FOREIGN_WORDS && words.some((word) => word.length >= 2 && STOPWORDS.has(word.toLowerCase()))) {
    foreign = foreign.filter((word) => !typoOfEnglish(word.toLowerCase()));
  }
  return foreign.length >= MIN_FOREIGN_WORDS && foreign.length >= FOREIGN_WORD_SHARE * words.length;
}

/** A question word mistyped ("wher"), or a longer word one letter off an English one ("bakpack"). */
const typoOfEnglish = (lower: string): boolean => isQuestionWordTypo(lower) || (lower.length >= MIN_TYPO_LENGTH && nearEnglishWord(lower, false));
