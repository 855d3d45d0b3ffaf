/**
 * What a sentence refers to beyond its own words, resolved once when the article is indexed: a person's
 * surname, "the country" the article is about, the speaker of "..., the official said", and the epithets
 * it calls a person by ("America's top diplomat").
 */
import { mentionsRole, rolePosition } from './attribution.js';
import { STOPWORDS, contentTerms, tokenize } from '../text/tokens.js';
import { isEnglishWord } from '../text/english-words.js';
import { isGivenName } from '../who-and-where/person-names.js';
import type { Briefing } from '../types.js';
import type { IndexedSentence } from './article-index.js';

/**
 * "What did Yellen agree on?": a person named in full once ("Janet Yellen") is asked about by surname. The
 * surname becomes a form of the person unless another entity's name uses that word too; so does a given name
 * that is no English word ("Camille").
 */
export function addSurnames(entities: Briefing['entities'], forms: string[][][]): void {
  const uses = new Map<string, number>();
  forms.forEach((entityForms) => {
    for (const word of new Set(entityForms.flat())) uses.set(word, (uses.get(word) ?? 0) + 1);
  });
  entities.forEach((entity, id) => {
    const own = forms[id];
    if (entity.kind !== 'person' || !own) return;
    const words = tokenize(entity.name);
    const surname = words.at(-1);
    if (surname !== undefined && surname.length >= 3 && !STOPWORDS.has(surname) && uses.get(surname) === 1) {
      if (!own.some((form) => form.length === 1 && form[0] === surname)) own.push([surname]);
    }
    // "How old is Camille?" of "Camille Duarte": a given name no one else has, and no English word ("Mark", "Rose").
    const given = words.length >= 2 ? words[0] : undefined;
    if (given !== undefined && given.length >= 3 && uses.get(given) === 1 && !STOPWORDS.has(given) && isGivenName(capitalise(given)) && !isEnglishWord(given)) {
      if (!own.some((form) => form.length === 1 && form[0] === given)) own.push([given]);
    }
  });
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "Janet Yellen visited the country": a sentence naming no country of its own means the one the article is about. */
const THE_COUNTRY = /\bthe (?:country|nation)\b/;

/**
 * A sentence saying "the country" without naming one refers to the country the article has named most so far
 * (the first to lead, of equals): it is about that country as much as if it said its name. Its terms and entity join
 * the sentence's, for coverage and entity matches; document frequencies and BM25 keep to the words written.
 */
export function resolveTheCountry(sentences: IndexedSentence[], entities: Briefing['entities'], forms: readonly string[][][]): void {
  const entityOf = (words: readonly string[]): number =>
    entities.findIndex((entity, id) => entity.kind === 'place' && (forms[id] ?? []).some((form) => form.join(' ') === words.join(' ')));
  const named = new Map<string, { count: number; terms: readonly string[]; entityId: number }>();
  let focus: { count: number; terms: readonly string[]; entityId: number } | undefined;
  for (const indexed of sentences) {
    const countries = indexed.places.filter((place) => place.country);
    if (countries.length === 0 && focus !== undefined && THE_COUNTRY.test(indexed.lower)) {
      indexed.terms = new Set([...indexed.terms, ...focus.terms]);
      if (focus.entityId >= 0) indexed.entityIds = new Set([...indexed.entityIds, focus.entityId]);
    }
    for (const place of countries) {
      const key = place.words.join(' ');
      const seen = named.get(key) ?? { count: 0, terms: place.terms, entityId: entityOf(place.words) };
      seen.count++;
      named.set(key, seen);
      if (!focus || seen.count > focus.count) focus = seen;
    }
  }
}

/** How far back in the section the sentence introducing a speaker given only by role may be. */
const SPEAKER_INTRODUCED_WITHIN = 4;

/**
 * "..., the official said": the speaker is the official an earlier sentence of the section introduced with
 * more than "the" ("a Chinese Foreign Ministry official", naming a body or person). A quote running over
 * several sentences of one paragraph is attributed once, at its end: the sentences before it share the speaker.
 */
export function resolveUnnamedSpeakers(sentences: IndexedSentence[]): void {
  sentences.forEach((indexed, i) => {
    const role = indexed.speakerRole;
    if (role === undefined) return;
    for (let back = i - 1; back >= Math.max(0, i - SPEAKER_INTRODUCED_WITHIN); back--) {
      const earlier = sentences[back];
      if (!earlier || earlier.sentence.sectionId !== indexed.sentence.sectionId || earlier.sentence.kind !== 'body') break;
      if (mentionsRole(earlier.tokens, role) && earlier.entityKinds.size > 0) {
        indexed.speakerTerms = speakerPhraseTerms(earlier, role);
        break;
      }
    }
  });
  for (let i = sentences.length - 2; i >= 0; i--) {
    const indexed = sentences[i];
    const next = sentences[i + 1];
    if (!indexed || !next?.speakerTerms || indexed.speakerRole !== undefined || indexed.speakerTerms) continue;
    if (next.sentence.paragraph === indexed.sentence.paragraph && indexed.sentence.kind === 'body') indexed.speakerTerms = next.speakerTerms;
  }
}

/** Words before the role noun that still say who the speaker is: "a Chinese Foreign Ministry official". */
const SPEAKER_PHRASE_WORDS = 5;

/**
 * Who the introduced speaker is, as stems: the words of the phrase ending in the role noun ("a Chinese Foreign
 * Ministry official signaled ..., warning the United States ..." -> chinese, foreign, ministry, official), not the
 * rest of the sentence, or the United States would speak for China.
 */
function speakerPhraseTerms(earlier: IndexedSentence, role: string): ReadonlySet<string> {
  const at = rolePosition(earlier.tokens, role);
  const terms = new Set<string>();
  for (let k = at; k >= 0 && at - k <= SPEAKER_PHRASE_WORDS; k--) {
    const token = earlier.tokens[k] ?? '';
    if (k < at && STOPWORDS.has(token)) break;
    terms.add(earlier.stems[k] ?? token);
  }
  return terms;
}

/** How far back (in body sentences) the person an epithet stands for is named. */
const EPITHET_ANTECEDENT_WITHIN = 1;

/**
 * News names its subject, then calls them by epithet: "US Secretary of State Antony Blinken arrived ..." then
 * "America's top diplomat has landed ...". An epithet opening a sentence that names nobody stands for the one
 * person the sentence before named; readers ask by it ("when did America's top diplomat get there?").
 * Returns, per entity, the stemmed terms of each epithet used for it (two terms or more).
 */
export function personEpithets(sentences: readonly IndexedSentence[], entities: Briefing['entities']): string[][][] {
  const epithets: string[][][] = entities.map(() => []);
  sentences.forEach((indexed, i) => {
    if (indexed.sentence.kind !== 'body' || indexed.entityKinds.has('person')) return;
    const epithet = indexed.features.openingEpithet;
    if (epithet === undefined) return;
    let previous: IndexedSentence | undefined;
    for (let p = i - 1, seen = 0; p >= 0 && seen < EPITHET_ANTECEDENT_WITHIN; p--) {
      if (sentences[p]?.sentence.kind !== 'body') continue;
      previous = sentences[p];
      seen++;
    }
    if (!previous || indexed.sentence.paragraph - previous.sentence.paragraph > 1) return;
    const people = [...previous.entityIds].filter((id) => entities[id]?.kind === 'person');
    const person = people.length === 1 ? people[0] : undefined;
    const terms = contentTerms(epithet);
    if (person === undefined || terms.length < 2) return;
    const known = epithets[person];
    if (known && !known.some((e) => e.join(' ') === terms.join(' '))) known.push(terms);
  });
  return epithets;
}
