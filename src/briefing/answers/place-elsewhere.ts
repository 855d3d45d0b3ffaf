/**
 * "How many people did the US execute?" of a round-up of executions country by country: the sentence holding
 * the question's other words ("In Indonesia, ... Six people have already been executed this year.") is about
 * another country. A country the question asks of, which the article names but is not about, must be named by
 * the quote when the quote is about some other place instead.
 */
import type { ArticleIndex, IndexedSentence } from '../search/article-index.js';
import { countryOfCapital, isCountryWord, isRegionName, relatedTerms } from '../search/related-terms.js';
import { US_LETTERS, type ParsedQuestion } from './question.js';
import type { RankedSentence } from './rank.js';
import { memoOf } from './memo.js';

/** Words a sentence names the United States by. */
const UNITED_STATES_WORDS = ['america', 'american', 'washington'];

const namesUnitedStates = (sentence: IndexedSentence): boolean =>
  (sentence.terms.has('unit') && sentence.terms.has('stat')) || UNITED_STATES_WORDS.some((w) => sentence.terms.has(w)) || US_LETTERS.test(sentence.sentence.text);

/** Whether a sentence names a country, by name or a relative ("Iranian", "Tehran"). */
type NamesCountry = (sentence: IndexedSentence) => boolean;

/** A country named in this many sentences is one the story is about: much may be said of it unnamed. */
const STORY_COUNTRY_SENTENCES = 3;

/**
 * The test of a sentence naming the country `key`, when the story only mentions it; undefined when the story is
 * about it. Worked out once per article and country: the judge asks on every answer.
 */
function mentionedOnly(index: ArticleIndex, key: string, build: () => NamesCountry): NamesCountry | undefined {
  const memo = memoOf<NamesCountry | false>(index, 'mentioned-country');
  let found = memo.get(key);
  if (found === undefined) {
    const namesCountry = build();
    let named = 0;
    for (const sentence of index.sentences) if (namesCountry(sentence) && ++named >= STORY_COUNTRY_SENTENCES) break;
    found = named >= STORY_COUNTRY_SENTENCES ? false : namesCountry;
    memo.set(key, found);
  }
  return found === false ? undefined : found;
}

/** The countries the question asks of that the story only mentions, each as the test of a sentence naming it. */
function askedCountries(index: ArticleIndex, question: ParsedQuestion): NamesCountry[] | undefined {
  let asked: NamesCountry[] | undefined;
  let unitedStates = question.text.includes('U') && US_LETTERS.test(question.text) && /[a-z]/.test(question.text);
  for (const t of question.terms) {
    if (t.corrected || !isCountryWord(t.token) || !index.vocabulary.hasTerm(t.term)) continue;
    // "America", "Washington": the United States, however the article writes it.
    if (UNITED_STATES_WORDS.includes(t.term)) {
      unitedStates = true;
      continue;
    }
    // "Asia", "Europe": a region is spoken of by its countries, which a quote may name instead.
    if (isRegionName([t.token])) continue;
    const namesCountry = mentionedOnly(index, t.term, () => {
      const words = [t.term, ...relatedTerms(t.term), ...countryOfCapital(t.term)];
      return (sentence) => words.some((w) => sentence.terms.has(w) || sentence.inherited.has(w));
    });
    if (namesCountry) (asked ??= []).push(namesCountry);
  }
  // "What did the US ...?" typed with capitals (lower-cased, "us" is a pronoun).
  const namesUs = unitedStates ? mentionedOnly(index, 'united states', () => namesUnitedStates) : undefined;
  if (namesUs) (asked ??= []).push(namesUs);
  return asked;
}

/** The quote is about another place than a country the question asks of, one the story only mentions. */
export function placeElsewhere(index: ArticleIndex, question: ParsedQuestion, chosen: readonly RankedSentence[]): boolean {
  const asked = askedCountries(index, question);
  if (asked === undefined) return false;
  const questionText = question.text.toLowerCase();
  const otherPlace = (entityIds: ReadonlySet<number>): boolean =>
    [...entityIds].some((id) => {
      const entity = index.entities[id];
      return entity?.kind === 'place' && !questionText.includes(entity.name.toLowerCase());
    });
  if (!chosen.some((c) => otherPlace(placesInScope(index, c)))) return false;
  return asked.some((namesCountry) => !chosen.some((c) => namesCountry(c.indexed)));
}

/**
 * The entities a sentence is about: its own, or where it names no place, those of the sentence before it in its
 * paragraph ("In Indonesia, authorities announced plans ... Six people have already been executed this year.").
 */
function placesInScope(index: ArticleIndex, sentence: RankedSentence): ReadonlySet<number> {
  const own = sentence.indexed.entityIds;
  if ([...own].some((id) => index.entities[id]?.kind === 'place')) return own;
  const previous = index.sentences[sentence.position - 1];
  return previous && previous.sentence.paragraph === sentence.indexed.sentence.paragraph ? previous.entityIds : own;
}
