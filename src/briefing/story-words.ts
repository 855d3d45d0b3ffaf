/**
 * "In the trial story", "the cricket one": words naming a story that its title leaves out. A sentencing
 * story's title may say "jailed" and never "trial", a cricket final's "century" and never "cricket"; its
 * sentences say "cricket", or a relative of "trial" ("court", "judge"). The article whose sentences use every
 * word naming it, most often, is the one meant.
 */
import { datelineTerms, headlineTerms, leadPosition, type ArticleIndex } from './search/article-index.js';
import { relatedTerms } from './search/related-terms.js';
import { contentTerms, stem, tokenize } from './text/tokens.js';
import { isEnglishWord, wordWithE } from './text/english-words.js';

/** Words pointing at a story, not words of it. */
const POINTING: ReadonlySet<string> = new Set(contentTerms('one story article piece report'));

/**
 * Words for a kind of story and the words its sentences use instead: a football report says "goal", "striker" and
 * "stadium" and seldom "football"; a carmaker's results say "carmaker" and "vehicles". One way only: a question
 * about goals is not about football. Each line: the kind's words, then what its stories say.
 */
const KIND_OF_STORY: ReadonlyMap<string, readonly string[]> = new Map(
  [
    'football soccer: goal goals striker midfielder defender goalkeeper penalty stadium league cup kickoff halftime',
    'sport sports: match final championship tournament league cup coach team race medal stadium season',
    'car cars auto automotive: carmaker carmakers automaker automakers vehicle vehicles motors',
    'business company corporate: company shares profit revenue chief executive investors',
    'health medical: hospital hospitals patients doctors disease drug vaccine treatment',
    'crime: police arrested charged court convicted sentenced',
    'weather: rain storm flood floods snow wind temperatures forecast',
  ].flatMap((line) => {
    const [kinds = '', words = ''] = line.split(':');
    const said = contentTerms(words);
    return contentTerms(kinds).map((kind): [string, readonly string[]] => [kind, said]);
  }),
);

/** How many sentences use the word (as typed, `term` its stem) or one of its relatives. */
function sentencesUsing(index: ArticleIndex, word: string, term: string): number {
  const forms = [...relatedTerms(term), ...(KIND_OF_STORY.get(term) ?? [])];
  const other = otherWordSameStem(word);
  let count = 0;
  for (const sentence of index.sentences) {
    if (forms.some((form) => sentence.terms.has(form))) count++;
    else if (sentence.terms.has(term) && (other === undefined || sentence.tokens.some((token) => token !== other.word && !other.forms.has(token) && stem(token) === term))) count++;
  }
  return count;
}

/**
 * "Car" and "care", "plan" and "plane": the stemmer folds a word and the word with an "e" added into one, so the
 * sentence must use a form other than that other word's ("the car story" is not the care home fire).
 */
function otherWordSameStem(word: string): { word: string; forms: ReadonlySet<string> } | undefined {
  const other = wordWithE(word);
  if (other === undefined || stem(other) !== stem(word)) return undefined;
  return { word: other, forms: new Set([`${other}s`, `${other}d`, `${word}ing`]) };
}

/** The candidate whose article's sentences use every word of `words` most often; undefined when none uses them all. */
export function articleUsingWords<T>(candidates: ReadonlyArray<{ item: T; index: ArticleIndex }>, words: string): T | undefined {
  const wanted = tokenize(words.toLowerCase())
    .map((word) => ({ word, term: stem(word) }))
    .filter(({ term }) => contentTerms(term).length > 0 && !POINTING.has(term));
  if (wanted.length === 0) return undefined;
  let best: T | undefined;
  let bestCount = 0;
  for (const { item, index } of candidates) {
    let count = 0;
    for (const { word, term } of wanted) {
      const using = sentencesUsing(index, word, term);
      if (using === 0) {
        count = 0;
        break;
      }
      count += using;
    }
    if (count > bestCount) [best, bestCount] = [item, count];
  }
  return best;
}

/** At least this many words name a story by its headline: one ("taiwan: what did he say?") is a subject, not a story. */
const MIN_NAMING_WORDS = 2;

/**
 * The candidate whose story `words` name: every word in its headline, dateline or lead (of three words or more, all
 * but one, which the article uses further down), and one at least in its headline or dateline ("valencia rent law"
 * of "Spanish region passes rent cap law ..." under "VALENCIA, Spain").
 * Of several, the one whose sentences use them most; undefined when none, or the words are too few.
 */
export function storyOfLeadingWords<T>(candidates: ReadonlyArray<{ item: T; index: ArticleIndex }>, words: string): T | undefined {
  const terms = contentTerms(words).filter((term) => !POINTING.has(term));
  if (terms.length < MIN_NAMING_WORDS) return undefined;
  const named = candidates.filter(({ index }) => {
    const headline = headlineTerms(index);
    const dateline = datelineTerms(index);
    const lead = index.sentences[leadPosition(index)]?.terms;
    const storys = (term: string): boolean =>
      headline.has(term) || dateline.has(term) || lead?.has(term) === true || relatedTerms(term).some((r) => headline.has(r) || lead?.has(r) === true) || endsCompound(headline, term);
    // Of three words or more, one may be the story's from further down ("slovak maturita leak"), where it uses it.
    const others = terms.filter((term) => !storys(term));
    const namesIt = others.length === 0 || (terms.length >= 3 && others.length === 1 && others.every((term) => index.vocabulary.hasTerm(term)));
    return namesIt && terms.some((term) => headline.has(term) || dateline.has(term) || endsCompound(headline, term));
  });
  return named.length <= 1 ? named[0]?.item : articleUsingWords(named, words);
}

/**
 * "The portugal fire" of a headline's "wildfire", "quake" of "earthquake": the word ends one of the headline's
 * compounds, an English word before it ("wild", "earth"); not "rain" of "brain".
 */
function endsCompound(headline: ReadonlySet<string>, term: string): boolean {
  if (term.length < MIN_COMPOUND_TAIL) return false;
  for (const word of headline) {
    const head = word.slice(0, word.length - term.length);
    if (word.endsWith(term) && head.length >= MIN_COMPOUND_HEAD && isEnglishWord(head)) return true;
  }
  return false;
}
const MIN_COMPOUND_TAIL = 3;
const MIN_COMPOUND_HEAD = 3;
