/**
 * Word-level text tools shared by ingest (ranking, segmentation) and search (BM25, answers):
 * one tokenizer, one stopword list and one stemmer, so a term means the same everywhere.
 */

/** No character beyond U+007F. */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

/** In lower-case ASCII text, the letters and digits of `[\p{L}\p{N}]`, matched without the slower Unicode mode. */
const ASCII_WORD = /[a-z0-9]+/g;

/** "53.8%" says "percent", "£6,076" "pounds": a question about a percentage or a currency finds it. */
const SIGNS = /[%£€$¥]/;
/** A currency sign before a figure ("$10,000", "£ 57bn"); "russia$" typed in a query is no sum of money. */
const SIGN_SPELLED = /%|[£€$¥](?=\s?\d)/g;
const SPELLED_SIGNS: Readonly<Record<string, string>> = { '%': ' percent ', '£': ' pounds ', '€': ' euros ', $: ' dollars ', '¥': ' yen ' };
const spell = (text: string): string => (SIGNS.test(text) ? text.replace(SIGN_SPELLED, (sign) => SPELLED_SIGNS[sign] ?? sign) : text);

/**
 * "The FBI's field office": an initialism's possessive is the initialism, "fbi", not the word "fbis" (whose "is"
 * the stemmer keeps, as it keeps "crisis").
 */
const INITIALISM_POSSESSIVE = /(?<=\b[A-Z]{2,})['’]s\b/g;
const INITIALISM_BEFORE_S = /[A-Z]{2}['’]s/;

/** Lower-cased word tokens: letters and digits, inner apostrophes and hyphens dropped. */
export function tokenize(text: string): string[] {
  // Most text has no "'s" at all: the cheap test first.
  const possessive = (text.includes("'s") || text.includes('’s')) && INITIALISM_BEFORE_S.test(text);
  const lower = (possessive ? text.replace(INITIALISM_POSSESSIVE, '') : text).toLowerCase();
  // ASCII text is its own NFKC form, and its words are ASCII letters and digits: most questions are ASCII, and
  // normalising was nearly half of tokenizing.
  if (ASCII_ONLY.test(lower)) {
    const spelled = spell(lower);
    return (spelled.includes("'") ? spelled.replace(/'/g, '') : spelled).match(ASCII_WORD) ?? [];
  }
  return spell(lower.normalize('NFKC')).replace(/[\u2018\u2019']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

// The look-behind follows the capital, so it is only tried at capitals, not at every character.
const MID_SENTENCE_CAPITALS = /[A-Z](?<=\S\s+[A-Z])[\p{L}'’-]+/gu;

/** Capitalised words after a text's first: the names in it ("What did NATO's chief say?" -> ["NATO's"]). */
export function capitalisedWords(text: string): string[] {
  // Most chat questions have no capital after the first letter: no need to run the pattern then.
  return /[A-Z]/.test(text.slice(1)) ? (text.match(MID_SENTENCE_CAPITALS) ?? []) : [];
}

/** Common English function words: they say nothing about what a sentence is about. */
/** Titles before names, as the tokenizer writes them: "Mr Hale" and "Hale" are the same person to look for. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'mx']);

export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can cannot could couldn did didn do does doesn doing don down during each either even ever
  every few for from further had hadn has hasn have haven having he her here hers herself him himself his how i
  if in into is isn it its itself just ll may me might more most much must mustn my myself no nor not now of off
  on once only or other others our ours ourselves out over own re s same shall shan she should shouldn so some
  such t than that the their theirs them themselves then there these they this those through to too under until
  up upon us ve very was wasn we were weren what when where which while who whom whose why will with would
  wouldn yet you your yours yourself yourselves said says say saying
  anyone anybody anything someone somebody something everyone everybody everything`.split(/\s+/),
);

const VOWEL = /[aeiouy]/;
const CONSONANTS_Y = /^[^aeiouy]+y$/;

/** Irregular verb forms and plurals, each group base form first: general English, not any article's. */
const IRREGULAR_GROUPS = `arise arose arisen|bear bore borne|beat beaten|become became|begin began begun|bend bent|bite bit bitten
  |bleed bled|blow blew blown|break broke broken|bring brought|build built|buy bought|catch caught|choose chose chosen
  |come came|creep crept|deal dealt|dig dug|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten
  |fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden
  |forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone
  |grow grew grown|hang hung|hear heard|hide hid hidden|hold held|keep kept|know knew known|lay laid|lead led
  |leave left|lend lent|lose lost|make made|mean meant|meet met|pay paid|repay repaid|ride rode ridden|ring rang rung
  |rise rose risen|run ran|see saw seen|seek sought|sell sold|send sent|shake shook shaken|shoot shot|show shown
  |shrink shrank shrunk|sing sang sung|sink sank sunk|sit sat|sleep slept|speak spoke spoken|spend spent|stand stood
  |steal stole stolen|stick stuck|strike struck stricken|swear swore sworn|swim swam swum|take took taken
  |teach taught|tear tore torn|tell told|think thought|throw threw thrown|understand understood|wake woke woken
  |wear wore worn|win won|write wrote written|withdraw withdrew withdrawn|undergo underwent undergone
  |overcome overcame|mislead misled|oversee oversaw overseen|uphold upheld|withhold withheld|foresee foresaw foreseen
  |man men|woman women|child children|wife wives|foot feet|tooth teeth|mouse mice|thief thieves`;
const IRREGULAR = new Map<string, string>(
  IRREGULAR_GROUPS.split('|').flatMap((group) => {
    const [base = '', ...forms] = group.trim().split(' ');
    return forms.map((form) => [form, base] as const);
  }),
);

/**
 * A light English stemmer: folds plurals and common verb and noun endings so that
 * "semiconductors"/"semiconductor" and "visited"/"visit" meet. Deliberately conservative:
 * a wrong merge hurts answers more than a missed one.
 */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    // Bounded: a hostile stream of distinct words empties it rather than growing it.
    if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
    stemmed = computeStem(word);
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** Stems already worked out: questions and articles use the same few thousand words again and again. */
const stems = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 50_000;

function computeStem(word: string): string {
  // "spoke"/"spoken"/"speak", "met"/"meet", "children"/"child": forms no suffix rule can fold.
  let w = IRREGULAR.get(word) ?? americanSpelling(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(x|ch|sh|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3) w = w.slice(0, -1);

  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length) + replacement;
      if (keepsSuffix(w, suffix)) break;
      // "crying", "tried", "flying": a consonant and "y" ("cry", "try", "fly") is a word as "cries" stems to it.
      if (base.length >= 3 && (VOWEL.test(base.slice(0, -1) || base) || CONSONANTS_Y.test(base))) {
        w = base;
        // "suffered" and "suffering" stem as "suffer" does: its "-er" goes too.
        if ((suffix === 'ed' || suffix === 'ing') && w.endsWith('er')) w = stripEr(w);
        // "controlled", "cancelled", "travelled": the "l" doubled before the ending goes, as "stopped" loses a "p".
        if ((suffix === 'ed' || suffix === 'ing') && DOUBLED_L.test(w)) w = w.slice(0, -1);
        break;
      }
    }
  }
  // "stopped" -> "stopp" -> "stop"; "running" -> "runn" -> "run"
  if (/([bdfgmnprt])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * British spellings read as American ones, for asker and article alike: "who recognised it?" finds "recognized",
 * "the centre" finds "the center", "colour" finds "color". Both sides are stemmed the same way, so a word with no
 * other spelling ("promise") changes nothing but its stem.
 */
function americanSpelling(word: string): string {
  if (word.length < 5) return word;
  for (const [cue, british, american] of BRITISH_SPELLINGS) {
    // A substring test first: most words hold none of the cues, and skip the patterns.
    if (!word.includes(cue)) continue;
    const found = british.exec(word);
    if (found) return `${found[1]}${american}${found[2]}`;
  }
  return word;
}
/**
 * Each British spelling: a cue its words hold, the pattern (the stem before, the ending after) and the American
 * middle. "recognise", "organisation", "criticised" need four letters at least before the ending.
 */
const BRITISH_SPELLINGS: ReadonlyArray<readonly [string, RegExp, string]> = [
  ['is', /^([a-z]{4,})is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz'],
  ['ys', /^([a-z]{3,})ys(e|ed|es|ing|er|ers)$/, 'yz'],
  [
    'our',
    /^(colo|favo|hono|labo|neighbo|behavio|harbo|rumo|humo|tumo|vigo|armo|odo|savo|flavo|endeavo|parlo|vapo|clamo|glamo|splendo|valo|rigo|fervo)ur(|s|ed|ing|ite|ites|able|er|ers|hood|hoods|ful)$/,
    'r',
  ],
  ['tre', /^(.*(?:cen|me|li|thea|fib|calib|spec|somb|meag|lus))tre(|s|d)$/, 'ter'],
  ['nce', /^(defe|offe|lice|prete)nce(|s)$/, 'nse'],
  ['programme', /^(progra)mme(.*)$/, 'm'],
];

/**
 * Stems left with a doubled "l" that the bare verb lacks: "controll", "patroll", "compell", "cancell", "travell",
 * "labell", "signall", "fuell". Not "install", "recall", "spell", "roll" or "scroll", whose "ll" is their own.
 */
const DOUBLED_L = /(?:.{2,}troll|.{2,}[pcvbdnrs]ell|.{3,}[mnr]ell|signall|totall|equall|fuell)$/;

function stripEr(word: string): string {
  const base = word.slice(0, -2);
  return base.length >= 3 && VOWEL.test(base.slice(0, -1) || base) ? base : word;
}

/** Words that end like an adverb but are not one ("early", "family"). */
const NOT_ADVERBS = new Set('early family only italy july rally ally belly jelly holy ugly bully tally folly lily assembly anomaly monopoly butterfly'.split(' '));

/** "-ly" that is part of the word: "supply" and "reply" are no adverbs of "supp" and "rep" ("super" stems to "sup"). */
function keepsSuffix(word: string, suffix: string): boolean {
  return suffix === 'ly' && (word.endsWith('ply') || NOT_ADVERBS.has(word));
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
