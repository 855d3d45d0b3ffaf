/**
 * The article's own words, used to correct typos in queries ("tiawan" -> "taiwan",
 * "semiconducters" -> "semiconductors") before they reach the index. Corrections are cached:
 * chat sessions ask the same words again and again.
 */
import { STOPWORDS, capitalisedWords, stem, tokenize } from '../text/tokens.js';
import { isEnglishWord } from '../text/english-words.js';
import { editDistance } from './edit-distance.js';
import { countriesOfDemonym } from './related-terms.js';

/** A query word after correction: its stemmed term and how sure we are of it. */
export interface CorrectedTerm {
  /** The word as typed (lower case). */
  token: string;
  /** The article's word it stands for (the typed one when no correction was needed). */
  word: string;
  /** Stemmed term, corrected to one the article uses when the typed one is unknown. */
  term: string;
  /** True when the article uses this term (as typed or after correction). */
  known: boolean;
  /** True when the term was replaced by a close article word. */
  corrected: boolean;
}

/** Endings of the adjectives for a country's people, longest first: Sudan-ese, Kenya-n, Pakistan-i, Turk-ish. */
const DEMONYM_SUFFIXES = ['ese', 'ian', 'ans', 'an', 'is', 'i', 'ish', 'n'];
const MIN_DEMONYM_ROOT = 4;

/** The shortest stem that may be matched to a stem one edit away. */
const MIN_CLOSE_STEM = 4;
/** Derived forms share at least this long a beginning, and each ends in at most DERIVED_ENDING letters of its own. */
const DERIVED_PREFIX = 6;
const DERIVED_ENDING = 2;

/** How many edits a word of this length may carry and still be recognised. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Small words a name's acronym skips: "Association of Southeast Asian Nations" is ASAN, not AOSAN. */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', '&']);
/** Fewer letters are too often a word or another name ("US", "UN" are told apart elsewhere). */
const MIN_ACRONYM = 3;

/** A capitalised name's initials and words ("Chinese Communist Party" -> "ccp"), for names of three words or more. */
function initialsOf(name: string): { letters: string; words: readonly string[] } | undefined {
  const words = name.split(/\s+/).filter((word) => !ACRONYM_SKIPS.has(word.toLowerCase()));
  if (words.length < MIN_ACRONYM || !words.every((word) => /^\p{Lu}/u.test(word))) return undefined;
  return { letters: words.map((word) => word[0]!.toLowerCase()).join(''), words: tokenize(name).filter((token) => !STOPWORDS.has(token)) };
}

/** Bodies and countries written by two letters, which no article's initials give ("US" is told apart elsewhere). */
const TWO_LETTER_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['eu', ['european', 'union']],
  ['un', ['united', 'nations']],
  ['uk', ['united', 'kingdom']],
  ['nz', ['new', 'zealand']],
  // "Are EDs still open?": emergency departments; "the ER" is America's emergency room.
  ['ed', ['emergency', 'department']],
  ['er', ['emergency', 'room']],
]);

/** The word asked has at least this many letters to be read as a compound's first part ("ransom" of "ransomware"). */
const MIN_COMPOUND_PART = 5;
/** ...and the rest of the compound at least this many ("ware"). */
const MIN_COMPOUND_REST = 4;
/** Endings that are also words: "government" is "govern" derived, "leadership" is no kind of leader. */
const SUFFIX_WORDS: ReadonlySet<string> = new Set(['ment', 'ments', 'ness', 'ship', 'ships', 'less', 'able', 'ible', 'hood', 'ward', 'wards', 'wise', 'ling', 'some', 'like', 'ance', 'ence', 'tion', 'sion', 'ists', 'isms']);

const SET_OUT = /\bset o(?:ut|ff)\b/i;
const TAKE_OFF = /\b(?:take|takes|took|taken|taking) off\b/i;
const LAST_AS_VERB = /\b(?:lasts|lasted|lasting|(?:will|would|could|can|may|might|should|must|to|did|does|not|n't) last)\b/i;
const US_BY_LETTERS = /\bU\.S\.|\bUSA?\b/;
/** A word after a prefix of one or two letters and a hyphen: "e-bike", "e-scooters", "X-ray", "T-shirt". */
const SHORT_PREFIXED = /(?<![\p{L}-])(\p{L}{1,2})-(\p{L}{3,})(?![\p{L}-])/gu;

/** A word of plain ASCII letters, digits, apostrophes and hyphens: no accent to take off. */
const ASCII_WORD = /^[a-z0-9'-]*$/;
/** Letters no decomposition takes the mark from: Turkish dotless i, Polish l, Nordic o and ae, Croatian d. */
const OWN_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', æ: 'ae', đ: 'd', ß: 'ss', œ: 'oe' };
/** A word in plain letters: "şahin" -> "sahin", "aydın" -> "aydin", "łódź" -> "lodz". */
function plainLetters(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłøæđßœ]/g, (letter) => OWN_LETTERS[letter] ?? letter);
}

export class Vocabulary {
  /** Raw article tokens (not stopwords) and how often they occur. */
  private readonly tokenCounts = new Map<string, number>();
  private readonly stems = new Set<string>();
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, CorrectedTerm>();
  /** Tokens the article writes capitalised mid-sentence: its names. */
  private readonly nameTokens = new Set<string>();

  /** Words of the article's entity names by the word after them ("frank" -> anne, margot) and before them. */
  private readonly nameWordBefore = new Map<string, string[]>();
  private readonly nameWordAfter = new Map<string, string[]>();

  /** The article's names of three or more words by their initials: "ccp" -> chinese communist party. */
  private readonly acronyms = new Map<string, readonly string[]>();

  /** Words the article writes with a short prefix and a hyphen, as typed without it: "ebike" -> bike ("e-bike"). */
  private readonly hyphenJoined = new Map<string, string>();

  /** Two words the article writes side by side, as typed run together: "buyback" -> "buy" ("buy back"). */
  private readonly spaced = new Map<string, string>();

  /** Words the article writes with letters beyond plain ASCII, by the stem of their plain letters: "sahin" -> "şahin". */
  private readonly byPlainLetters = new Map<string, string>();

  /** The article writes "set out" or "set off" itself: a question saying so is read as typed, not as "leave". */
  readonly saysSetOut: boolean = false;

  /** The article names the United States by its letters ("U.S. drugmaker", "the US"), which make no word to index. */
  readonly namesUsByLetters: boolean = false;

  /** The article writes "take off" ("had just taken off at 6:42 a.m."): a question saying so is read as typed. */
  readonly saysTakeOff: boolean = false;

  /**
   * The article writes "last" as the verb ("the closure will last three months", "the strike lasted six days"), not
   * only as "last year": "how long will it last?" finds it by the word.
   */
  readonly saysLastAsVerb: boolean = false;

  /** `names`: the article's entity names and aliases, whose every word is a name. */
  constructor(texts: Iterable<string>, names: Iterable<string> = []) {
    for (const name of names) {
      const tokens = tokenize(name);
      for (const token of tokens) this.nameTokens.add(token);
      for (let i = 1; i < tokens.length; i++) {
        addTo(this.nameWordBefore, tokens[i] as string, tokens[i - 1] as string);
        addTo(this.nameWordAfter, tokens[i - 1] as string, tokens[i] as string);
      }
      const initials = initialsOf(name);
      if (initials !== undefined && !this.acronyms.has(initials.letters)) this.acronyms.set(initials.letters, initials.words);
    }
    for (const text of texts) {
      if (!this.saysSetOut && text.includes('set o') && SET_OUT.test(text)) this.saysSetOut = true;
      if (!this.saysTakeOff && text.includes(' off') && TAKE_OFF.test(text)) this.saysTakeOff = true;
      if (!this.saysLastAsVerb && text.includes('last') && LAST_AS_VERB.test(text)) this.saysLastAsVerb = true;
      if (!this.namesUsByLetters && text.includes('U') && US_BY_LETTERS.test(text)) this.namesUsByLetters = true;
      for (const name of capitalisedWords(text)) for (const token of tokenize(name)) this.nameTokens.add(token);
      if (text.includes('-')) for (const [, prefix, word] of text.matchAll(SHORT_PREFIXED)) this.hyphenJoined.set(stem(`${prefix}${word}`.toLowerCase()), (word as string).toLowerCase());
      let previous: string | undefined;
      for (const token of tokenize(text)) {
        // Keyed as typed, run together (no stemming: this runs for every word of every article).
        if (previous !== undefined && previous.length >= MIN_SPACED_PART && token.length >= MIN_SPACED_PART - 1) this.spaced.set(`${previous}${token}`, previous);
        previous = STOPWORDS.has(token) ? undefined : token;
        if (STOPWORDS.has(token)) continue;
        this.tokenCounts.set(token, (this.tokenCounts.get(token) ?? 0) + 1);
        this.stems.add(stem(token));
      }
    }
    for (const token of this.tokenCounts.keys()) {
      if (!ASCII_WORD.test(token)) {
        const plain = plainLetters(token);
        if (plain !== token && !this.byPlainLetters.has(stem(plain))) this.byPlainLetters.set(stem(plain), token);
      }
      const bucket = this.byLength.get(token.length) ?? [];
      bucket.push(token);
      this.byLength.set(token.length, bucket);
    }
  }

  /**
   * The words of the article's name a typed acronym stands for ("ccp" -> chinese, communist, party), when the
   * article does not use the acronym itself; undefined otherwise. A word ("who", "ran") stands for a name only
   * when typed in capitals ("WHO").
   */
  /**
   * "How much did the EU give?": a body everyone writes by two letters, in the words the article names it by
   * ("the European Union"), when it uses those words and not the letters.
   */
  expandTwoLetterName(token: string): readonly string[] | undefined {
    const words = TWO_LETTER_NAMES.get(token);
    if (words === undefined || this.tokenCounts.has(token) || !words.every((word) => this.stems.has(stem(word)))) return undefined;
    return words;
  }

  expandAcronym(token: string, typedInCapitals: boolean): readonly string[] | undefined {
    // Asked of most question words: the one lookup that usually fails comes first.
    const words = this.acronyms.get(token);
    if (words === undefined || this.tokenCounts.has(token) || (!typedInCapitals && (STOPWORDS.has(token) || isEnglishWord(token)))) return undefined;
    return words;
  }

  /**
   * "ane frank", "anne frnk": a word too short to correct alone is one edit from the word the article's name
   * puts beside the word typed next to it ("anne" before "frank"). Undefined when no name has such a word.
   */
  correctInName(token: string, before: string | undefined, after: string | undefined): CorrectedTerm | undefined {
    // Asked of every unknown word: most have no name word beside them, and nothing is built for those.
    const word = this.nameWordNear(token, after === undefined ? undefined : this.nameWordBefore.get(after)) ?? this.nameWordNear(token, before === undefined ? undefined : this.nameWordAfter.get(before));
    return word === undefined ? undefined : { token, word, term: stem(word), known: this.stems.has(stem(word)), corrected: true };
  }

  private nameWordNear(token: string, words: readonly string[] | undefined): string | undefined {
    if (words === undefined) return undefined;
    for (const word of words) if (word !== token && word[0] === token[0] && editDistance(token, word, 1) <= 1) return word;
    return undefined;
  }

  hasTerm(term: string): boolean {
    return this.stems.has(term);
  }

  /** The article uses the word as typed, not only one of its stem ("wat" is no word of an article saying "water"). */
  hasToken(token: string): boolean {
    return this.tokenCounts.has(token);
  }

  /** The article writes `token` capitalised mid-sentence or in an entity's name ("ocado", "schuller"). */
  writesAsName(token: string): boolean {
    return this.nameTokens.has(token);
  }

  /** The article's stems by their first DERIVED_PREFIX letters, built on first use. */
  private byPrefix: Map<string, string[]> | undefined;

  /**
   * The article's stems that are `term` with another short ending ("volcano" / "volcanic", "prison" /
   * "prisoner"): the same word derived, which the stemmer does not fold. Both share a long beginning, so
   * "polic" (police) and "polici" (policy) are not taken for one another.
   */
  derivedForms(term: string): readonly string[] {
    if (term.length < DERIVED_PREFIX) return [];
    if (!this.byPrefix) {
      this.byPrefix = new Map();
      for (const known of this.stems) {
        if (known.length < DERIVED_PREFIX) continue;
        const key = known.slice(0, DERIVED_PREFIX);
        const bucket = this.byPrefix.get(key);
        if (bucket) bucket.push(known);
        else this.byPrefix.set(key, [known]);
      }
    }
    const forms: string[] = [];
    for (const known of this.byPrefix.get(term.slice(0, DERIVED_PREFIX)) ?? []) {
      if (known === term) continue;
      let shared = DERIVED_PREFIX;
      while (shared < known.length && shared < term.length && known[shared] === term[shared]) shared++;
      if (known.length - shared <= DERIVED_ENDING && term.length - shared <= DERIVED_ENDING) forms.push(known);
    }
    return forms;
  }

  /**
   * Corrects one lower-case, non-stopword token against the article's words. A name the asker capitalised
   * ("NATO") is only corrected into one of the article's names: "NATO" is not a misspelt "nations".
   */
  correct(token: string, asName = false): CorrectedTerm {
    const key = asName ? `${token}\u0000name` : token;
    const cached = this.cache.get(key);
    if (cached) return cached;
    let result = this.computeCorrection(token);
    if (asName && result.corrected && !this.nameTokens.has(result.word)) result = { token, word: token, term: stem(token), known: false, corrected: false };
    if (this.cache.size > 50_000) this.cache.clear(); // bounded: huge or hostile inputs cannot grow it forever
    this.cache.set(key, result);
    return result;
  }

  private computeCorrection(token: string): CorrectedTerm {
    const term = stem(token);
    if (this.stems.has(term) || /\d/.test(token)) return { token, word: token, term, known: this.stems.has(term), corrected: false };
    // "sahin" for "Şahin", "aydin" for "Aydın": a name typed without its accents is the name, not a typo.
    const accented = this.byPlainLetters.get(term);
    if (accented !== undefined) return { token, word: accented, term: stem(accented), known: true, corrected: false };
    const max = allowedEdits(token.length);
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestCount = 0;
    for (let length = token.length - max; length <= token.length + max; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        // Typos rarely hit the first letter; requiring it keeps "cost" from becoming "most".
        if (candidate[0] !== token[0]) continue;
        const distance = editDistance(token, candidate, max);
        if (distance > max) continue;
        const count = this.tokenCounts.get(candidate) ?? 0;
        if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
          best = candidate;
          bestDistance = distance;
          bestCount = count;
        }
      }
    }
    if (best === undefined && token.length === 4) best = this.swappedLetters(token);
    if (best === undefined) best = this.sameRoot(token);
    if (best === undefined) best = this.placeOfDemonym(token);
    if (best === undefined) {
      // "arive" is two edits from "arrived" but one from its stem "arriv". A stem is shorter than its word:
      // two edits in a stem of five letters or fewer is another word ("dumpling", stem "dumpl", is not "dual").
      // One edit in a stem of three letters is another word too ("dinner", stem "din", is not "done").
      const stemMatch = term.length >= MIN_CLOSE_STEM ? this.closeStem(term, Math.min(allowedEdits(token.length), term.length >= 6 ? 2 : 1)) : undefined;
      // An English word is another word, not a typo, unless the stems are the same word with an ending
      // ("engage" and "engagement"): "staying" (stem "stay") is not "state".
      if (stemMatch !== undefined && !stemMatch.startsWith(term) && !term.startsWith(stemMatch) && isEnglishWord(token)) return { token, word: token, term, known: false, corrected: false };
      if (stemMatch !== undefined) return { token, word: token, term: stemMatch, known: true, corrected: true };
      // "ebike", "email", "xray": the article's "e-bike" typed without its hyphen.
      const unhyphenated = this.hyphenJoined.get(term);
      if (unhyphenated !== undefined) return { token, word: unhyphenated, term: stem(unhyphenated), known: true, corrected: true };
      // "buyback", "shutdown": the article's "buy back", "shut down" typed as one word.
      const spaced = this.spaced.get(token) ?? this.spaced.get(token.replace(/s$/, ''));
      if (spaced !== undefined) return { token, word: spaced, term: stem(spaced), known: true, corrected: true };
      const compound = this.compoundOf(token);
      if (compound !== undefined) return { token, word: compound, term: stem(compound), known: true, corrected: true };
      return { token, word: token, term, known: false, corrected: false };
    }
    return { token, word: best, term: stem(best), known: true, corrected: true };
  }

  /**
   * Derived forms the stemmer does not fold: "hospitalized" -> "hospital", "connections" -> "connected".
   * The shared beginning must be long (6+ letters) and most of the shorter word.
   */
  private sameRoot(token: string): string | undefined {
    if (token.length < 7) return undefined;
    let best: string | undefined;
    let bestShared = 0;
    for (const candidate of this.tokenCounts.keys()) {
      if (candidate[0] !== token[0] || candidate.length < 6) continue;
      let shared = 0;
      while (shared < candidate.length && shared < token.length && candidate[shared] === token[shared]) shared++;
      if (shared >= 6 && shared >= 0.75 * Math.min(candidate.length, token.length) && shared > bestShared) {
        best = candidate;
        bestShared = shared;
      }
    }
    return best;
  }

  /**
   * "Sudanese" for an article that says "Sudan", "Kenyan" for "Kenya", "Lebanese" for "Lebanon", and the
   * other way round: the people's adjective stands for their country. Only the article's names are candidates.
   */
  private placeOfDemonym(token: string): string | undefined {
    // Adjectives the endings do not give ("dutch", "swiss") come from the shared table.
    const listed = countriesOfDemonym(token).find((place) => this.tokenCounts.has(place));
    if (listed !== undefined) return listed;
    for (const suffix of DEMONYM_SUFFIXES) {
      if (!token.endsWith(suffix)) continue;
      const root = token.slice(0, token.length - suffix.length);
      if (root.length < MIN_DEMONYM_ROOT) continue;
      for (const candidate of this.nameTokens) {
        // The country's name is the root and at most three letters more ("leban" + "on", "kenya" + "").
        if (candidate.startsWith(root) && candidate.length - root.length <= 3 && this.tokenCounts.has(candidate)) return candidate;
      }
    }
    // The other way: "Sudan" asked of an article that only says "Sudanese".
    for (const candidate of this.nameTokens) {
      if (!this.tokenCounts.has(candidate)) continue;
      const suffix = DEMONYM_SUFFIXES.find((ending) => candidate.endsWith(ending) && candidate.length - ending.length >= MIN_DEMONYM_ROOT);
      if (suffix === undefined) continue;
      const root = candidate.slice(0, candidate.length - suffix.length);
      if (token.startsWith(root) && token.length - root.length <= 3) return candidate;
    }
    return undefined;
  }

  private closeStem(term: string, max: number): string | undefined {
    if (max === 0) return undefined;
    for (const candidate of this.stems) {
      if (candidate[0] === term[0] && Math.abs(candidate.length - term.length) <= max && editDistance(term, candidate, max) <= max) return candidate;
    }
    return undefined;
  }

  /**
   * "ransom" in an article that only says "ransomware": the word is the first part of one of the article's
   * compounds, the rest an English word of its own ("ware"), not an ending: not "press" for "pressure", nor
   * "govern" for "government".
   */
  private compoundOf(token: string): string | undefined {
    if (token.length < MIN_COMPOUND_PART) return undefined;
    for (const candidate of this.tokenCounts.keys()) {
      if (candidate.length < token.length + MIN_COMPOUND_REST || !candidate.startsWith(token)) continue;
      const rest = candidate.slice(token.length);
      if (!SUFFIX_WORDS.has(rest) && isEnglishWord(rest)) return candidate;
    }
    return undefined;
  }

  /** Four-letter words get one edit only when it is two swapped letters ("lnud" -> "lund"). */
  private swappedLetters(token: string): string | undefined {
    const sorted = [...token].sort().join('');
    return (this.byLength.get(4) ?? []).find(
      (candidate) => candidate[0] === token[0] && [...candidate].sort().join('') === sorted && editDistance(token, candidate, 1) === 1,
    );
  }
}

/** The shortest first word of two the article writes apart that a question may run together ("buy" of "buyback"). */
const MIN_SPACED_PART = 3;

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
