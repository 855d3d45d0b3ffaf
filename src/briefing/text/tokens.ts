/**
 * Word-level text tools shared by ingest (ranking, segmentation) and search (BM25, answers):
 * one tokenizer, one stopword list and one stemmer, so a term means the same everywhere.
 */

/** No character beyond U+007F. */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

/** Lower-cased word tokens: letters and digits, inner apostrophes and hyphens dropped. */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  // ASCII text is its own NFKC form; most questions are ASCII, and normalising was nearly half of tokenizing.
  const normalized = ASCII_ONLY.test(lower) ? lower : lower.normalize('NFKC');
  return normalized.replace(/[\u2018\u2019']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Common English function words: they say nothing about what a sentence is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can cannot could couldn did didn do does doesn doing don down during each either even ever
  every few for from further had hadn has hasn have haven having he her here hers herself him himself his how i
  if in into is isn it its itself just ll may me might more most much must mustn my myself no nor not now of off
  on once only or other others our ours ourselves out over own re s same shall shan she should shouldn so some
  such t than that the their theirs them themselves then there these they this those through to too under until
  up upon us ve very was wasn we were weren what when where which while who whom whose why will with won would
  wouldn yet you your yours yourself yourselves said says say`.split(/\s+/),
);

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer: folds plurals and common verb and noun endings so that
 * "semiconductors"/"semiconductor" and "visited"/"visit" meet. Deliberately conservative:
 * a wrong merge hurts answers more than a missed one.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(x|ch|sh|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3) w = w.slice(0, -1);

  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length) + replacement;
      if (base.length >= 3 && VOWEL.test(base.slice(0, -1) || base)) {
        w = base;
        break;
      }
    }
  }
  // "stopped" -> "stopp" -> "stop"; "running" -> "runn" -> "run"
  if (/([bdfgmnprt])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'],
  ['ization', 'ize'],
  ['fulness', 'ful'],
  ['iveness', 'ive'],
  ['ically', 'ic'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['ments', ''],
  ['ment', ''],
  ['ingly', ''],
  ['edly', ''],
  ['ness', ''],
  ['ing', ''],
  ['ied', 'y'],
  ['ed', ''],
  ['ly', ''],
  ['er', ''],
  ['e', ''],
];

/** The terms a text is about: tokens without stopwords, stemmed. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    if (!STOPWORDS.has(token)) terms.push(stem(token));
  }
  return terms;
}
