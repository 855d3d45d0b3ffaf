/**
 * Short human titles for sections ("Taiwan", "Middle East and Iran", "Fentanyl precursor chemicals"):
 * the phrases a section mentions often and the rest of the article rarely, names first.
 */
import { STOPWORDS, stem, tokenize } from '../text/tokens.js';
import { MULTIWORD_PLACES, PLACES } from './gazetteer.js';
import { type PartOfSpeech, partsOfSpeech } from './part-of-speech.js';

interface Candidate {
  phrase: string;
  key: string;
  proper: boolean;
}

/** Words that never make a title on their own. */
const WEAK = new Set(
  `official officials issue issues area areas case cases way ways time times year years week weeks day days month
  part parts side sides thing things people country countries world state states region end lot number percent
  page pages image images photo photos picture pictures video story stories report reports e-mail email
  today tonight yesterday tomorrow weekend morning afternoon evening night half decade decades hour hours minute minutes
  euros dollars pounds cents rupees francs zloty zlotys yuan yen rubles roubles pesos rand naira lira krona kronor kroner shekels dinars rials riyals baht ringgit rupiah won whether like unlike later earlier also though although however despite
  instead meanwhile group groups terms
  feet foot inches inch yards miles metres meters kilometres kilometers centimetres centimeters millimetres millimeters
  kph mph kmh km cm mm kg notice
  monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr senior first second third new other`.split(/\s+/),
);

/** Names too general to title a section: nationalities and the article's own actors are everywhere. */
const NOT_A_TOPIC = new Set(
  `american americans chinese russian ukrainian european filipino japanese korean iranian israeli british french german indian
  january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday
  thursday friday saturday sunday today thanks cnn bbc reuters ap afp gmt bst est edt pst pdt cet cest utc
  western eastern us u s uk un oh i im ive id ill yes no he she they we it this that there these those although while but and however despite`.split(/\s+/),
);

/** Common verbs and verb forms: "raise concerns", "pickup landed" are no titles. */
const VERBISH = new Set(
  `raise raised get got set make made take took went go goes come came give gave keep kept let put see saw seen know knew think
  told tell want wanted need needed seem seemed try tried call called leave left become became begin began show showed hold
  held bring brought stand stood run ran lose lost pay paid meet met continue continues include includes remain remains
  expect expected argue argued suggest suggested believe believed oppose pursue pursues quit real quick oh yes okay really
  open opens close closes want wants use uses growing strongly sent found won spent built felt meant sold wrote spoke broke
  chose rose fell grew threw drew flew drove led bought thought understood owns makes takes gives gets says goes comes
  picks puts keeps holds brings leaves shows seems tries needs calls works plays runs sees knows thinks looks feels pick`.split(/\s+/),
);
/** Adjectives, number words and adverbs name no topic on their own ("late", "systematic", "satellite two", "almost"). */
const ADJECTIVAL = new Set(
  `late early full new old big small high low good bad great last next long short main major key top little large whole
  one two three four five six seven eight nine ten hundred thousand million billion many several
  within without among across around toward towards via per amid along beyond behind inside outside
  almost away still even just only quite soon often never ever again already ahead instead perhaps maybe rather yet thus
  indeed nearly barely since`.split(/\s+/),
);
const looksVerbal = (word: string): boolean => VERBISH.has(word) || /(?:ed|ing|ly)$/.test(word);

const keyCache = new Map<string, string>();
/** Stemmed form of a phrase, so "alliances" and "alliance" count together (memoised: titles see each phrase often). */
function phraseKey(phrase: string): string {
  let key = keyCache.get(phrase);
  if (key === undefined) {
    if (keyCache.size > 20_000) keyCache.clear();
    key = tokenize(phrase).map(stem).join(' ');
    keyCache.set(phrase, key);
  }
  return key;
}

/**
 * Each word's parts of speech in its sentence. A word the tagger split otherwise ("third-division") has none,
 * and the word lists below judge it.
 */
type Tags = ReadonlyMap<string, ReadonlySet<PartOfSpeech>>;

/** A title's last word names the thing: a noun there ("pilot license"), never "look hard" or "condor soars". */
function endsNounPhrase(tags: Tags, word: string): boolean {
  const seen = tags.get(word);
  if (!seen) return !looksVerbal(word) && !ADJECTIVAL.has(word);
  return seen.has('NOUN');
}

/**
 * Words before it describe it: nouns and adjectives ("mental hospital", "poverty line"). A bare verb form may be a
 * noun the tagger misread ("due to exit bans" reads "to exit"); words that are only adverbs, numbers or
 * pronouns there never are.
 */
function modifiesNoun(tags: Tags, word: string): boolean {
  const seen = tags.get(word);
  if (seen && (seen.has('NOUN') || seen.has('ADJ') || seen.has('PROPN'))) return true;
  return (!seen || seen.has('VERB')) && !looksVerbal(word);
}

/** A one-word name must read as a name or a noun where it stands ("Twenty", "Sure" open sentences). */
function readsAsName(tags: Tags, word: string): boolean {
  const seen = tags.get(word);
  return !seen || seen.has('PROPN') || seen.has('NOUN');
}

/**
 * Capitalised role words and honorifics written before a name: "Transport Minister", "Mr". Not those that also
 * open the names of bodies and things ("Premier League", "General Motors", "Chief Rabbi", "King's Cross").
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  `minister secretary spokesman spokeswoman spokesperson senator governor mayor ambassador judge prosecutor captain coach
  manager chairman chairwoman director commissioner sheriff sergeant lieutenant colonel admiral inspector detective professor
  pastor bishop archbishop rabbi imam chancellor lawmaker congressman congresswoman president mr mrs ms dr`.split(/\s+/),
);

/** "Transport Minister Lucia Herrera" titles a section as "Lucia Herrera"; "Mr Costa" as "Costa". */
function withoutTitles(phrase: string): string {
  const words = phrase.split(/\s+/);
  let last = -1;
  for (let i = 0; i < words.length - 1; i++) if (TITLE_WORDS.has((words[i] as string).toLowerCase().replace(/\.$/, ''))) last = i;
  return last < 0 ? phrase : words.slice(last + 1).join(' ');
}

/** A common noun where it stands, not a name: "Relatives" opening a sentence. */
function commonNoun(tags: Tags, word: string): boolean {
  const seen = tags.get(word);
  return seen !== undefined && seen.has('NOUN') && !seen.has('PROPN');
}

/** "Don't", "We've": a capital opening a quote's contraction is no name. */
const CONTRACTION = /\p{L}(?:n't|n’t|'ve|’ve|'re|’re|'ll|’ll|'m|’m|'d|’d)\b/iu;

/** Candidate phrases: runs of capitalised words (names) and runs of 1-3 content words. */
function candidates(sentence: string, capitalised: ReadonlySet<string>): Candidate[] {
  const found: Candidate[] = [];
  const tags = partsOfSpeech(sentence);
  // A name may hold digits after its first letter: "MXA-204", "COVID-19".
  // A name may hold lower-case particles between its capitals: "Anouk de Wit", "Sophie van der Berg".
  const names = sentence.matchAll(/(?:\p{Lu}[\p{L}\p{N}.'’-]*|of|the)(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’-]*|of(?=\s+\p{Lu})|the(?=\s+\p{Lu})|(?:de|van|der|den|von|da|das|dos|du|del|della|di|la|le|ter|bin|ibn)(?=\s+(?:\p{Lu}|der\s+\p{Lu}|den\s+\p{Lu}|la\s+\p{Lu}))))*/gu);
  for (const match of names) {
    const phrase = withoutTitles(
      match[0]
        // A capital opening the sentence on a word that is no name: "Under Zambian law", "After Tuesday's vote".
        .replace(/^(?:(?:of|the|The|An?|In|On|At|For|And|But|Or|If|As|By|To|Thanks|Yes|No|Both|Neither|Either|All|Each|Every|Many|Most|Some|Several|Under|After|Before|With|Without|From|During|Since|Until|Despite|Over|Across|Among|Amid|Against|Through|Near|When|While|Although|Though|Because|Unlike|Like|Also|Then|Now|Only|Even|So|Yet|Still|Meanwhile|However|This|That|These|Those|Its|His|Her|Their|Our|Why|How|What|Where|Who)\s+)+/, '')
        .replace(/(?:'s|’s|s'|’)$/, '')
        .replace(/(?<!\.\p{Lu})\.$/u, '')
        .trim(),
    );
    const tokens = tokenize(phrase);
    if (tokens.length === 1 && (tokens[0] as string).length < 2) continue;
    if (tokens.length === 0 || tokens.length > 5 || tokens.every((t) => STOPWORDS.has(t) || WEAK.has(t) || NOT_A_TOPIC.has(t))) continue;
    // A capital at the start of a sentence is no sign of a name, nor one opening a sentence within a quote
    // ("We told everybody. Nobody listened.").
    const opensSentence = (match.index ?? 0) <= 1 || /[.!?]["”’']?\s+["“‘']?$/u.test(sentence.slice(0, match.index));
    if (opensSentence && tokens.length === 1 && !PLACES.has(phrase)) continue;
    if (tokens.length === 1 && !readsAsName(tags, tokens[0] as string)) continue;
    if (CONTRACTION.test(phrase)) continue;
    found.push({ phrase, key: phraseKey(phrase), proper: true });
  }
  const runs = sentence.split(/[^\p{L}\d'-]+/u);
  let run: string[] = [];
  const flush = () => {
    for (let size = Math.min(3, run.length); size >= 1; size--) {
      for (let i = 0; i + size <= run.length; i++) {
        const words = run.slice(i, i + size);
        if (size === 1 && WEAK.has(words[0] as string)) continue;
        // A title is a noun phrase: a noun last, nouns and adjectives before it.
        if (!endsNounPhrase(tags, words[size - 1] as string) || ADJECTIVAL.has(words[size - 1] as string)) continue;
        if (!words.slice(0, -1).every((word) => modifiesNoun(tags, word))) continue;
        const phrase = words.join(' ');
        found.push({ phrase, key: phraseKey(phrase), proper: false });
      }
    }
    run = [];
  };
  let opening = true;
  for (const word of runs) {
    const lower = word.toLowerCase();
    // Names are candidates of their own; here only common words (a capital breaks the run), but for a noun
    // opening the sentence ("Relatives of those who died ...") that the article never capitalises elsewhere.
    const capital = /^[\p{Lu}\d]/u.test(word) && !(opening && !capitalised.has(word) && commonNoun(tags, lower));
    if (word) opening = false;
    if (!word || capital || STOPWORDS.has(lower) || WEAK.has(lower) || lower.length < 3 || CONTRACTION.test(lower)) flush();
    else run.push(lower.replace(/'s$/, ''));
  }
  flush();
  return found;
}

/** One title per section (sentences given per section), distinct across sections. */
export function titleSections(sections: readonly string[][]): string[] {
  const capitalised = capitalisedWithin(sections.flat());
  const perSection = sections.map((sentences) => sentences.flatMap((sentence) => candidates(sentence, capitalised)));
  const sectionsWith = new Map<string, number>();
  for (const list of perSection) for (const key of new Set(list.map((c) => c.key))) sectionsWith.set(key, (sectionsWith.get(key) ?? 0) + 1);
  const used = new Set<string>();
  const fullNames = perSection.flat().filter((c) => c.proper && c.phrase.includes(' '));
  return perSection.map((list, s) => {
    // The opening section carries the story's lead; in a longer piece readers call it the overview.
    if (s === 0 && sections.length >= 4) return 'Overview';
    const scored = new Map<string, { candidate: Candidate; score: number }>();
    for (const candidate of list) {
      const entry = scored.get(candidate.key);
      if (entry) entry.score += 1;
      else scored.set(candidate.key, { candidate, score: 1 });
    }
    const ranked = [...scored.values()]
      .map(({ candidate, score: seen }) => {
        // A common phrase said once is no theme; a name said once may still be the subject.
        const score = !candidate.proper && seen < 2 && (sections[s]?.length ?? 0) >= 3 ? seen * 0.5 : seen;
        const distinct = Math.log(1 + sections.length / (sectionsWith.get(candidate.key) ?? 1));
        const words = candidate.key.split(' ').length;
        const shape = candidate.proper ? (isPlace(candidate.phrase) ? 1.6 : 1.0) : words >= 2 ? 1.1 : 0.8;
        return { candidate, score: score * distinct * shape };
      })
      // What every section mentions (the article's subject) names none of them.
      .filter(({ candidate }) => !used.has(candidate.key) && (sections.length < 4 || (sectionsWith.get(candidate.key) ?? 0) < sections.length * 0.75))
      .sort((a, b) => b.score - a.score || a.candidate.phrase.length - b.candidate.phrase.length);
    const best = ranked[0];
    if (!best) return `Part ${s + 1}`;
    // "said Blitz" here, "Nannette Blitz" earlier: a surname titles the section by the full name the article gives.
    const fuller = best.candidate.proper && !best.candidate.phrase.includes(' ') && !isPlace(best.candidate.phrase) ? fullNames.find((c) => c.phrase.endsWith(` ${best.candidate.phrase}`)) : undefined;
    let title = fuller?.phrase ?? best.candidate.phrase;
    const joinable = (c: Candidate) => c.proper || c.key.includes(' ');
    const second = ranked.find(
      (r) =>
        joinable(r.candidate) &&
        joinable(best.candidate) &&
        r.candidate.proper === best.candidate.proper &&
        !sharesWord(r.candidate.key, best.candidate.key) &&
        (sectionsWith.get(r.candidate.key) ?? 0) <= Math.max(1, sections.length / 2),
    );
    const short = second && `${title} and ${second.candidate.phrase}`.split(' ').length <= 5;
    if (second && short && second.score >= 0.5 * best.score) title = `${title} and ${second.candidate.phrase}`;
    used.add(best.candidate.key);
    return title.charAt(0).toUpperCase() + title.slice(1);
  });
}

/** Words written with a capital inside a sentence: names ("Snow" in "press secretary Tony Snow"). */
function capitalisedWithin(sentences: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) for (const match of sentence.matchAll(/(?<=[\p{L},;:]\s+)\p{Lu}\p{Ll}+/gu)) names.add(match[0]);
  return names;
}

const isPlace = (phrase: string): boolean => PLACES.has(phrase) || MULTIWORD_PLACES.includes(phrase);

const sharesWord = (a: string, b: string): boolean => {
  const words = new Set(a.split(' '));
  return b.split(' ').some((w) => words.has(w));
};
