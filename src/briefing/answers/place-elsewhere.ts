/**
 * "How many people did the US execute?" of a round-up of executions country by country: the sentence holding
 * the question's other words ("In Indonesia, ... Six people have already been executed this year.") is about
 * another country. A country the question asks of, which the article names but is not about, must be named by
 * the quote when the quote is about some other place instead.
 */
import type { ArticleIndex, IndexedSentence } from '../search/article-index.js';
import { countryOfCapital, isCountryWord, isRegionName, relatedTerms } from '../search/related-terms.js';
import type { ParsedQuestion } from './question.js';
import type { RankedSentence } from './rank.js';
import { memoOf } from './memo.js';

/** The United States by its letters as typed ("US", "U.S.", "USA"): lower-cased, "us" is a pronoun. */
const US_LETTERS = /\bU\.S\.(?:A\.)?|\bU\.S\b|\bUSA?\b/;
/** Words a sentence names the United States by. */
const UNITED_STATES_WORDS = ['america', 'american', 'washington'];

const namesUnitedStates = (sentence: IndexedSentence): boolean =>
  (sentence.terms.has('unit') && sentence.terms.has('stat')) || UNITED_STATES_WORDS.some((w) => sentence.terms.has(w)) || /\bU\.?S\.?A?\b/.test(sentence.sentence.text);

/** Whether a sentence names a country, by name or a relative ("Iranian", "Tehran"). */
type NamesCountry = (sentence: IndexedSentence) => boolean;

/** The countries the question asks of, each by a key (its term) and the test of a sentence naming it. */
function askedCountries(index: ArticleIndex, question: ParsedQuestion): Array<{ key: string; namesCountry: NamesCountry }> {
  const asked: Array<{ key: string; namesCountry: NamesCountry }> = [];
  let unitedStates = US_LETTERS.test(question.text) && /[a-z]/.test(question.text);
  for (const t of question.terms) {
    if (t.corrected || !isCountryWord(t.token) || !index.vocabulary.hasTerm(t.term)) continue;
    // "America", "Washington": the United States, however the article writes it.
    if (UNITED_STATES_WORDS.includes(t.term)) {
      unitedStates = true;
      continue;
    }
    // "Asia", "Europe": a region is spoken of by its countries, which a quote may name instead.
    if (isRegionName([t.token])) continue;
    const words = [t.term, ...relatedTerms(t.term), ...countryOfCapital(t.term)];
    asked.push({ key: t.term, namesCountry: (sentence) => words.some((w) => sentence.terms.has(w) || sentence.inherited.has(w)) });
  }
  // "What did the US ...?" typed with capitals (lower-cased, "us" is a pronoun).
  if (unitedStates) asked.push({ key: 'united states', namesCountry: namesUnitedStates });
  return asked;
}

/** A country named in this many sentences is one the story is about: much may be said of it unnamed. */
const STORY_COUNTRY_SENTENCES = 3;

/** The story is about the country: worked out once per article and country, not on every answer. */
function storyCountry(index: ArticleIndex, key: string, namesCountry: NamesCountry): boolean {
  const memo = memoOf<boolean>(index, 'story-country');
  let about = memo.get(key);
  if (about === undefined) {
    let named = 0;
    for (const sentence of index.sentences) if (namesCountry(sentence) && ++named >= STORY_COUNTRY_SENTENCES) break;
    about = named >= STORY_COUNTRY_SENTENCES;
    memo.set(key, about);
  }
  return about;
}

/** The quote is about another place than a country the question asks of, one the story only mentions. */
export function placeElsewhere(index: ArticleIndex, question: ParsedQuestion, chosen: readonly RankedSentence[]): boolean {
  const mentionedOnly = askedCountries(index, question).filter(({ key, namesCountry }) => !storyCountry(index, key, namesCountry));
  if (mentionedOnly.length === 0) return false;
  const questionText = question.text.toLowerCase();
  const otherPlace = (entityIds: ReadonlySet<number>): boolean =>
    [...entityIds].some((id) => {
      const entity = index.entities[id];
      return entity?.kind === 'place' && !questionText.includes(entity.name.toLowerCase());
    });
  if (!chosen.some((c) => otherPlace(placesInScope(index, c)))) return false;
  return mentionedOnly.some(({ namesCountry }) => !chosen.some((c) => namesCountry(c.indexed)));
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
