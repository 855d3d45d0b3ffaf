/**
 * Everything search and answers need about one briefing, built once and cached by the service:
 * per-sentence terms and features, document frequencies, the MiniSearch BM25 index and the vocabulary.
 */
import MiniSearch from 'minisearch';
import { mentionsRole, unnamedSpeakerRole } from './attribution.js';
import { STOPWORDS, contentTerms, stem, tokenize } from '../text/tokens.js';
import type { Briefing, Entity, Sentence } from '../types.js';
import { buildBm25, type Bm25Index } from './bm25.js';
import { sentenceFeatures, type SentenceFeatures } from './features.js';
import { nameList, type NameList } from './name-lists.js';
import { placeReader, type PlaceMention } from './places.js';
import { Vocabulary } from './vocabulary.js';
import { personPronouns, type Pronoun } from './pronouns.js';
import { openQuotation } from '../text/quotes.js';
import { phraseTerms, phraseWords } from './phrase-terms.js';
import { addSurnames, personEpithets, resolveTheCountry, resolveUnnamedSpeakers } from './references.js';

export interface IndexedSentence {
  sentence: Sentence;
  sectionTitle: string;
  terms: ReadonlySet<string>;
  /** Lower-case tokens, for phrase checks ("kai li"). */
  tokens: readonly string[];
  /** The stem of each token, position for position. */
  stems: readonly string[];
  features: SentenceFeatures;
  /** Indexes into `ArticleIndex.entities` of the entities it mentions. */
  entityIds: ReadonlySet<number>;
  /** Kinds of those entities. */
  entityKinds: ReadonlySet<Entity['kind']>;
  /** Lower-case text, for role checks. */
  lower: string;
  /** Places it names and how ("landed in Shanghai"), for "where" questions. */
  places: readonly PlaceMention[];
  /** A list of names it enumerates ("A, B and C"), for "how many" questions. */
  nameList: NameList | undefined;
  /**
   * "In both cases, the Chinese have taken some first steps": a sentence opening with a reference back is
   * about what the sentence before it was about. Those terms, when it does (empty otherwise).
   */
  inherited: ReadonlySet<string>;
  /** "..., the official said": the role noun of a speaker given only by role (read once, at indexing). */
  speakerRole: string | undefined;
  /** Whether it leaves a quotation open or closes one it did not open (splitting cut it), read once: see openQuotation. */
  quotation: 'opens' | 'closes' | undefined;
  /**
   * For a quote attributed only by role, the terms of the sentence that introduced that speaker ("a Chinese
   * Foreign Ministry official signaled ..."); a sentence a quote runs through before its attribution at the
   * paragraph's end shares them. Undefined when no such speaker is known.
   */
  speakerTerms?: ReadonlySet<string>;
}

const EMPTY_TERMS: ReadonlySet<string> = new Set();
/** Openings that point back to the sentence before: pronouns and "in both cases", "this", "such". */
const REFERS_BACK = /^(?:["“]?)(?:(?:but|and|yet|so|still|however,?)\s+)?(?:in (?:both|these|those|this|each|either) cases?|this|that|these|those|such|he|she|they|we|i|it|his|her|their|our|its|both)\b/i;

export interface ArticleIndex {
  briefing: Briefing;
  sentences: IndexedSentence[];
  vocabulary: Vocabulary;
  miniSearch: MiniSearch<IndexedDoc>;
  /** Weighted-term BM25+ over sentence text (and a little of the section title), for answers. */
  bm25: Bm25Index;
  entities: Entity[];
  /** For each entity, its name and aliases as lists of lower-case words (date entities: empty). */
  entityForms: string[][][];
  /** The entities each name word belongs to (stopwords left out): who a question's words can name. */
  entitiesByWord: ReadonlyMap<string, readonly number[]>;
  /** For each entity, the stemmed content terms of its name and aliases. */
  entityTerms: ReadonlySet<string>[];
  /** For each entity, the stemmed content terms of its role (empty without one). */
  roleTerms: readonly string[][];
  /** For each person, the stemmed terms of each epithet the article calls them by ("america top diplomat"). */
  epithetTerms: readonly string[][][];
  /** The pronoun the article uses for each person (by entity index), where it uses one clearly. */
  personPronouns: ReadonlyMap<number, Pronoun>;
  /** Inverse document frequency of a stemmed term (unknown terms get the highest). */
  idf(term: string): number;
  sectionTitle(sectionId: string | null): string;
}

export interface IndexedDoc {
  id: number;
  text: string;
  section: string;
}

/** Sentence text is analysed with the shared tokenizer and stemmer so query and index terms meet. */
export const INDEX_OPTIONS = {
  fields: ['text', 'section'],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => contentTerms(term)[0] ?? null,
  searchOptions: {
    // Queries arrive already corrected and stemmed, one term per space.
    tokenize: (text: string) => text.split(' ').filter(Boolean),
    processTerm: (term: string) => term,
    boost: { text: 1, section: 0.3 },
  },
};

/** A sentence's position in the index, by its id (they coincide unless sentences were dropped); undefined when absent. */
export function sentencePosition(index: ArticleIndex, sentenceId: number): number | undefined {
  if (index.sentences[sentenceId]?.sentence.id === sentenceId) return sentenceId;
  const position = index.sentences.findIndex((indexed) => indexed.sentence.id === sentenceId);
  return position >= 0 ? position : undefined;
}

/** The position of the story's lead, its first sentence of prose (-1 when it has none). */
export const leadPosition = (index: ArticleIndex): number => index.sentences.findIndex((indexed) => indexed.sentence.kind === 'body');

/** Per article, its headline's terms, read once: every question another story might answer asks. */
const headlineTermsOf = new WeakMap<ArticleIndex, ReadonlySet<string>>();
export function headlineTerms(index: ArticleIndex): ReadonlySet<string> {
  let terms = headlineTermsOf.get(index);
  if (terms === undefined) {
    terms = new Set(contentTerms(index.briefing.title));
    headlineTermsOf.set(index, terms);
  }
  return terms;
}

/** Per article, the words of its dateline ("ABANCAY, Peru"), read once. */
const datelineTermsOf = new WeakMap<ArticleIndex, ReadonlySet<string>>();

/**
 * The words of the place the story is datelined from: "who is the president of Peru?" of a story from "ABANCAY,
 * Peru" is answered by "President Dina Boluarte's government ...", which need not say Peru; "what happened with
 * the train in Italy?" by the lead written under "AREZZO, Italy".
 */
export function datelineTerms(index: ArticleIndex): ReadonlySet<string> {
  let dateline = datelineTermsOf.get(index);
  if (dateline === undefined) {
    // With their possessives: "who is Peru's president?" reads "peru's" as a word of its own.
    const places = index.briefing.dateline ?? [];
    dateline = new Set(contentTerms([...places, ...places.map((place) => `${place}'s`)].join(' ')));
    datelineTermsOf.set(index, dateline);
  }
  return dateline;
}

export function buildArticleIndex(briefing: Briefing): ArticleIndex {
  const titles = new Map(briefing.sections.map((section) => [section.id, section.title]));
  const sectionTitle = (sectionId: string | null): string => (sectionId === null ? '' : (titles.get(sectionId) ?? ''));
  const entitiesBySentence = new Map<number, Set<number>>();
  briefing.entities.forEach((entity, entityIndex) => {
    for (const sentenceId of entity.sentenceIds) {
      const set = entitiesBySentence.get(sentenceId) ?? new Set<number>();
      set.add(entityIndex);
      entitiesBySentence.set(sentenceId, set);
    }
  });

  const entitiesOf = (sentenceId: number): Entity[] => [...(entitiesBySentence.get(sentenceId) ?? [])].flatMap((id) => briefing.entities[id] ?? []);
  const placesOf = placeReader(briefing.entities);
  const sentences: IndexedSentence[] = briefing.sentences.map((sentence) => {
    const tokens = tokenize(sentence.text);
    return {
      sentence,
      sectionTitle: sectionTitle(sentence.sectionId) || (sentence.kind === 'caption' ? 'Photo caption' : 'Headline'),
      terms: new Set([...contentTerms(sentence.text), ...phraseTerms(sentence.text.toLowerCase())]),
      tokens,
      stems: tokens.map(stem),
      features: sentence.features ?? sentenceFeatures(sentence.text),
      entityIds: entitiesBySentence.get(sentence.id) ?? new Set<number>(),
      entityKinds: new Set([...(entitiesBySentence.get(sentence.id) ?? [])].flatMap((id) => briefing.entities[id]?.kind ?? [])),
      lower: sentence.text.toLowerCase(),
      places: placesOf(sentence.text),
      nameList: nameList(sentence.text, entitiesOf(sentence.id)),
      inherited: EMPTY_TERMS,
      speakerRole: unnamedSpeakerRole(sentence.text),
      quotation: openQuotation(sentence.text),
    };
  });
  // A reference back reaches the previous body sentence of the same section (news paragraphs are often one sentence).
  sentences.forEach((indexed, i) => {
    const previous = sentences[i - 1];
    if (previous && previous.sentence.sectionId === indexed.sentence.sectionId && previous.sentence.kind === 'body' && (REFERS_BACK.test(indexed.sentence.text) || (indexed.speakerRole !== undefined && mentionsRole(previous.tokens, indexed.speakerRole)))) {
      // "They are skyrocketing. They have reconstituted themselves. They pose a threat": a chain of references reaches the sentence naming them.
      indexed.inherited = previous.inherited.size > 0 ? new Set([...previous.terms, ...previous.inherited]) : previous.terms;
    }
  });

  const documentFrequency = new Map<string, number>();
  for (const indexed of sentences) {
    for (const term of indexed.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const total = Math.max(sentences.length, 1);
  const maxIdf = Math.log(1 + (total + 0.5) / 0.5);
  const idf = (term: string): number => {
    const df = documentFrequency.get(term);
    return df === undefined ? maxIdf : Math.log(1 + (total - df + 0.5) / (df + 0.5));
  };

  let miniSearch: MiniSearch<IndexedDoc> | undefined;
  const buildMiniSearch = (): MiniSearch<IndexedDoc> => {
    const built = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
    built.addAll(sentences.map((s, position) => ({ id: position, text: s.sentence.text, section: s.sectionTitle })));
    return built;
  };

  const entityNames = briefing.entities.flatMap((e) => [e.name, ...e.aliases]);
  // "Called off" says "cancelled" too: the words phrasal verbs stand for are the article's words.
  const phrased = briefing.sentences.map((s) => phraseWords(s.text)).filter(Boolean);
  const vocabulary = new Vocabulary([...briefing.sentences.map((s) => s.text), ...phrased, ...briefing.sections.map((s) => s.title), ...entityNames], entityNames);

  const entityForms = briefing.entities.map((entity) =>
    entity.kind === 'date' ? [] : [entity.name, ...entity.aliases].map((form) => tokenize(form)).filter((words) => words.length > 0),
  );
  addSurnames(briefing.entities, entityForms);

  const entitiesByWord = new Map<string, number[]>();
  entityForms.forEach((forms, id) => {
    for (const word of new Set(forms.flat())) {
      if (STOPWORDS.has(word)) continue;
      const ids = entitiesByWord.get(word) ?? [];
      ids.push(id);
      entitiesByWord.set(word, ids);
    }
  });
  resolveTheCountry(sentences, briefing.entities, entityForms);
  resolveUnnamedSpeakers(sentences);
  const entityTerms = entityForms.map((forms) => new Set(forms.flat().flatMap((word) => contentTerms(word))));
  const roleTerms = briefing.entities.map((entity) => (entity.role ? contentTerms(entity.role) : []));
  const epithetTerms = personEpithets(sentences, briefing.entities);
  const pronouns = personPronouns(sentences, briefing.entities);

  // Lengths count every word, stopwords included, as MiniSearch does for `search`.
  const bm25 = buildBm25(
    sentences.map((s) => [...contentTerms(s.sentence.text), ...phraseTerms(s.lower)]),
    idf,
    {
      wordCounts: sentences.map((s) => s.tokens.length),
      // The section title counts a little, as MiniSearch's `section` field does.
      second: {
        documents: sentences.map((s) => contentTerms(s.sectionTitle)),
        wordCounts: sentences.map((s) => tokenize(s.sectionTitle).length),
        boost: INDEX_OPTIONS.searchOptions.boost.section,
      },
    },
  );

  return {
    briefing,
    sentences,
    vocabulary,
    // Built on first use: only `search` queries it (answers use the BM25 below), and it was some 15% of building the index.
    get miniSearch() {
      miniSearch ??= buildMiniSearch();
      return miniSearch;
    },
    bm25,
    entities: briefing.entities,
    entityForms,
    entitiesByWord,
    entityTerms,
    roleTerms,
    epithetTerms,
    personPronouns: pronouns,
    idf,
    sectionTitle,
  };
}
