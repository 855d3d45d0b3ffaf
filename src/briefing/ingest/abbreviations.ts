/**
 * Words that end in a period without ending a sentence. Shared by cleaning (a period after them is
 * not a stray one) and sentence splitting.
 */

/** Titles and the like: never end a sentence ("Mr. Smith", "Gen. Milley"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj rev hon st mt ft pres supt insp messrs mme mlle'.split(' '),
);

/** Usually mid-sentence, but may end one ("Acme Inc. said", "... and so on, etc."). */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd jr sr vs etc approx dept est no nos vol fig al ave blvd rd'.split(' '),
);

/** Month abbreviations: followed by a number they never end a sentence ("Jan. 5"). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** True for "U.S.", "e.g.", "a.m.": letters separated by periods. */
export const isDottedAcronym = (word: string): boolean => /^(?:\p{L}\.){2,}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);

/** Words that commonly open a sentence: after "U.S." they signal a real boundary ("... the U.S. The ..."). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  `the a an he she it they we i you this that these those but and or so yet however in on at for if when while
  after before since as there his her their our its my one some many most no not nor what who why how meanwhile
  still also then later earlier now today yesterday tomorrow according despite although though`.split(/\s+/),
);
