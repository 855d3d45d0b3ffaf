/**
 * Short human titles for sections ("Taiwan", "Middle East and Iran", "Fentanyl precursor chemicals"):
 * the phrases a section mentions often and the rest of the article rarely, names first.
 */
import { STOPWORDS, stem, tokenize } from '../text/tokens.js';
import { MULTIWORD_PLACES, PLACES } from './gazetteer.js';

interface Candidate {
  phrase: string;
  key: string;
  proper: boolean;
}

/** Words that never make a title on their own. */
const WEAK = new Set(
  `official officials issue issues area areas case cases way ways time times year years week weeks day days month
  part parts side sides thing things people country countries world state states region end lot number percent
  page pages image images photo photos picture pictures video story stories report reports
  monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr senior first second third new other`.split(/\s+/),
);

/** Names too general to title a section: nationalities and the article's own actors are everywhere. */
const NOT_A_TOPIC = new Set(
  `american americans chinese russian ukrainian european filipino japanese korean iranian israeli british french german indian
  january february march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday today thanks cnn bbc reuters ap afp
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
const looksAdjectival = (word: string): boolean => ADJECTIVAL.has(word) || /(?:al|ic|ous|ive|ful|less|able|ible)$/.test(word);

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

/** Candidate phrases: runs of capitalised words (names) and runs of 1-3 content words. */
function candidates(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  const names = sentence.matchAll(/(?:\p{Lu}[\p{L}.'’-]*|of|the)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of(?=\s+\p{Lu})|the(?=\s+\p{Lu})))*/gu);
  for (const match of names) {
    const phrase = match[0]
      .replace(/^(?:(?:of|the|The|An?|In|On|At|For|And|But|Or|If|As|By|To|Thanks|Yes|No)\s+)+/, '')
      .replace(/(?:'s|’s|s'|’)$/, '')
      .replace(/(?<!\.\p{Lu})\.$/u, '')
      .trim();
    const tokens = tokenize(phrase);
    if (tokens.length === 1 && (tokens[0] as string).length < 2) continue;
    if (tokens.length === 0 || tokens.length > 5 || tokens.every((t) => STOPWORDS.has(t) || WEAK.has(t) || NOT_A_TOPIC.has(t))) continue;
    // A capital at the start of a sentence is no sign of a name, nor one opening a sentence within a quote
    // ("We told everybody. Nobody listened.").
    const opensSentence = (match.index ?? 0) <= 1 || /[.!?]["”’']?\s+["“‘']?$/u.test(sentence.slice(0, match.index));
    if (opensSentence && tokens.length === 1 && !PLACES.has(phrase)) continue;
    found.push({ phrase, key: phraseKey(phrase), proper: true });
  }
  const runs = sentence.split(/[^\p{L}\d'-]+/u);
  let run: string[] = [];
  const flush = () => {
    for (let size = Math.min(3, run.length); size >= 1; size--) {
      for (let i = 0; i + size <= run.length; i++) {
        const words = run.slice(i, i + size);
        if (size === 1 && WEAK.has(words[0] as string)) continue;
        // Without a tagger: a title is a noun phrase, so no verb-looking word at either end.
        if (looksVerbal(words[0] as string) || looksVerbal(words[size - 1] as string)) continue;
        if (ADJECTIVAL.has(words[size - 1] as string) || (size === 1 && looksAdjectival(words[0] as string))) continue;
        const phrase = words.join(' ');
        found.push({ phrase, key: phraseKey(phrase), proper: false });
      }
    }
    run = [];
  };
  for (const word of runs) {
    const lower = word.toLowerCase();
    // Names are candidates of their own; here only common words (a capital breaks the run).
    if (!word || /^[\p{Lu}\d]/u.test(word) || STOPWORDS.has(lower) || WEAK.has(lower) || lower.length < 3) flush();
    else run.push(lower.replace(/'s$/, ''));
  }
  flush();
  return found;
}

/** One title per section (sentences given per section), distinct across sections. */
export function titleSections(sections: readonly string[][]): string[] {
  const perSection = sections.map((sentences) => sentences.flatMap(candidates));
  const sectionsWith = new Map<string, number>();
  for (const list of perSection) for (const key of new Set(list.map((c) => c.key))) sectionsWith.set(key, (sectionsWith.get(key) ?? 0) + 1);
  const used = new Set<string>();
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
    let title = best.candidate.phrase;
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

const isPlace = (phrase: string): boolean => PLACES.has(phrase) || MULTIWORD_PLACES.includes(phrase);

const sharesWord = (a: string, b: string): boolean => {
  const words = new Set(a.split(' '));
  return b.split(' ').some((w) => words.has(w));
};
