/**
 * Questions about the article as a whole that no one sentence answers: "who are the main people?", "who is
 * quoted?", "which countries are mentioned?". They are answered with the briefing's lists (its who's who,
 * its speakers, its places), each item's source the sentence that names it. General news English.
 */
import { tidySentence } from '../ingest/clean.js';
import type { ArticleIndex } from '../search/article-index.js';
import { describePerson, peopleAndPlaces } from '../who-and-where/index.js';
import { MAX_QUOTED, quotedPeople } from '../who-and-where/quoted.js';
import { gistSentence } from './gist.js';

export type OverviewKind = 'people' | 'quoted' | 'places' | 'setting' | 'bodies' | 'dates' | 'keyPoints' | 'summary' | 'sections' | 'headline';

/** One line of a list, with the sentence it comes from when there is one. */
export interface OverviewItem {
  text: string;
  sentenceId?: number;
}

/** A list drawn up from the article, one sentence to quote (its headline), or what the article lacks for either. */
export type Overview = { lead: string; items: OverviewItem[] } | { quote: number } | { missing: string };

const item = (text: string, sentenceId: number | undefined): OverviewItem => (sentenceId === undefined ? { text } : { text, sentenceId });

const ARTICLE = String.raw`(?:(?:in|of|from|by|for|throughout) (?:the|this) (?:story|article|piece|report|news|text|briefing))`;
const PEOPLE_NOUN = String.raw`(?:people|persons|players|figures|characters|names|individuals|personalities|protagonists|actors)`;
const RANK = String.raw`(?:(?:main|key|major|important|principal|central|leading|chief|notable|top) )`;
const NAMED = String.raw`(?:mentioned|named|involved|featured|discussed|cited)`;
const PLACE_NOUN = String.raw`(?:places|countries|cities|locations|nations|regions|states|towns|capitals|territories)`;
const LIST = String.raw`(?:list|name|show|give|tell)(?: me| us)?(?: all)?(?: of)?(?: the)?`;
const WHOLE = String.raw`(?:(?:of|in|from) (?:the|this) (?:story|article|piece|report|news)|(?:of|in|from) it)`;
const POINTS = String.raw`(?:(?:key|main|major|important|big|most important) (?:points|takeaways|facts|issues|things to know)|highlights|takeaways|bullet points)`;
const SECTION_NOUN = String.raw`(?:sections|topics|parts|subjects|themes|subtopics|chapters)`;
const BODY_NOUN = String.raw`(?:organi[sz]ations|bodies|companies|institutions|agencies|firms|groups|parties)`;
const DATE_NOUN = String.raw`(?:dates|days|years)`;

/** Patterns over the question in lower case, without its closing punctuation; anchored: a word more ("... in the talks") asks of a passage. */
const ASKED: ReadonlyArray<[OverviewKind, RegExp]> = [
  ['quoted', new RegExp(String.raw`^who(?: is| are| was| were| gets| got|'s|'re)? (?:being )?(?:quoted|cited|interviewed)(?: ${ARTICLE})?$`)],
  ['quoted', new RegExp(String.raw`^who (?:speaks|spoke|talks|talked|is speaking|is talking) ${ARTICLE}$`)],
  ['quoted', new RegExp(String.raw`^(?:who|which people|what people|whose words|whose voices) (?:are|is|were|was|get|gets)? ?(?:quoted|heard)(?: ${ARTICLE})?$`)],
  ['quoted', new RegExp(String.raw`^(?:who are|what are|which are) the (?:sources|speakers|voices)(?: ${ARTICLE})?$`)],
  ['quoted', new RegExp(String.raw`^(?:what|which) (?:sources|speakers|voices) (?:are|does (?:the|this) (?:story|article) (?:quote|cite|use)|are (?:quoted|cited|used))(?: ${ARTICLE})?$`)],
  ['quoted', new RegExp(String.raw`^${LIST} (?:sources|speakers|people quoted|voices)(?: ${ARTICLE})?$`)],
  ['people', new RegExp(String.raw`^who(?: is| are| was| were|'s|'re)? (?:the )?${RANK}?${PEOPLE_NOUN}(?: ${NAMED})?(?: ${ARTICLE})?$`)],
  ['people', new RegExp(String.raw`^who(?: is| are| was| were|'s|'re)? (?:${NAMED}|in (?:the|this) (?:story|article|piece|report|news))(?: ${ARTICLE})?$`)],
  ['people', new RegExp(String.raw`^(?:which|what) ${RANK}?${PEOPLE_NOUN} (?:are|were|is|get) ${NAMED}(?: ${ARTICLE})?$`)],
  ['people', new RegExp(String.raw`^(?:which|what) ${RANK}?${PEOPLE_NOUN} (?:are|were) ${ARTICLE}$`)],
  ['people', new RegExp(String.raw`^(?:which|what) ${RANK}?${PEOPLE_NOUN} does (?:the|this) (?:story|article|piece|report) (?:mention|name|feature|involve)$`)],
  ['people', new RegExp(String.raw`^${LIST} ${RANK}?${PEOPLE_NOUN}(?: ${NAMED})?(?: ${ARTICLE})?$`)],
  ['people', /^who'?s who(?: in (?:the|this) (?:story|article))?$/],
  ['keyPoints', new RegExp(String.raw`^(?:what are |give me |list |show me |tell me |and )?(?:the )?${POINTS}(?: ${WHOLE})?(?: please)?$`)],
  // "Summarize the story", "sum it up", "can you summarise this": a summary is more than its one-line gist.
  ['summary', /^(?:(?:can|could|would) you |please )?(?:summari[sz]e|sum up)(?: (?:it|this|that|(?:the|this) (?:story|article|piece|report|news)))?(?: for me)?(?: please)?$/],
  // "Give me a (quick) summary".
  ['summary', /^(?:(?:give|send|show) me |(?:can|could|may) i (?:get|have|see) |i(?:'d| would) like )?(?:a |the )?(?:quick |short |brief )?summary(?: of (?:it|this|(?:the|this) (?:story|article)))?(?: please)?$/],
  ['summary', /^(?:(?:can|could|would) you )?sum (?:it|this|that|the (?:story|article)) up(?: for me)?(?: please)?$/],
  ['sections', new RegExp(String.raw`^(?:what|which) ${SECTION_NOUN} (?:are there|are covered|are discussed|does (?:the|this) (?:story|article|piece|report|it) (?:have|cover|discuss)|does it (?:have|cover|discuss))(?: ${WHOLE})?$`)],
  ['sections', new RegExp(String.raw`^${LIST} ${SECTION_NOUN}(?: ${WHOLE})?$`)],
  ['sections', /^what does (?:the|this) (?:story|article|piece|report) cover$/],
  ['sections', new RegExp(String.raw`^how (?:is|was) (?:the|this) (?:story|article|piece|report) (?:organi[sz]ed|structured|divided)$`)],
  ['sections', new RegExp(String.raw`^how many ${SECTION_NOUN} (?:are there|does (?:the|this) (?:story|article|piece|report|it) have)$`)],
  // Only the story's own: "what is the report called?" or "what is it called?" may ask of a report or a film in it.
  ['headline', new RegExp(String.raw`^what(?:'s| is| was)? (?:the )?headline(?: ${WHOLE})?$`)],
  ['headline', /^what(?:'s| is| was)? the title (?:of|for) (?:the|this) (?:story|article)$/],
  ['headline', /^what(?:'s| is| was)? (?:the|this) (?:story|article)(?:'s)? (?:called|titled|headline|title)$/],
  ['places', new RegExp(String.raw`^(?:which|what) ${RANK}?${PLACE_NOUN} (?:are|were|is|get) (?:${NAMED}|${ARTICLE})(?: ${ARTICLE})?$`)],
  ['places', new RegExp(String.raw`^(?:which|what) ${RANK}?${PLACE_NOUN} does (?:the|this) (?:story|article|piece|report) (?:mention|name|feature|involve|cover)$`)],
  ['places', new RegExp(String.raw`^${LIST} ${RANK}?${PLACE_NOUN}(?: ${NAMED})?(?: ${ARTICLE})?$`)],
  ['bodies', new RegExp(String.raw`^(?:which|what) ${RANK}?${BODY_NOUN} (?:are|were|is|get) (?:${NAMED}|${ARTICLE})(?: ${ARTICLE})?$`)],
  ['bodies', new RegExp(String.raw`^(?:which|what) ${RANK}?${BODY_NOUN} does (?:the|this) (?:story|article|piece|report) (?:mention|name|feature|involve)$`)],
  ['bodies', new RegExp(String.raw`^${LIST} ${RANK}?${BODY_NOUN}(?: ${NAMED})?(?: ${ARTICLE})?$`)],
  ['dates', new RegExp(String.raw`^(?:which|what) ${RANK}?${DATE_NOUN} (?:are|were|is) (?:${NAMED}|${ARTICLE})(?: ${ARTICLE})?$`)],
  ['dates', new RegExp(String.raw`^(?:which|what) ${RANK}?${DATE_NOUN} does (?:the|this) (?:story|article|piece|report) (?:mention|name|give)$`)],
  ['dates', new RegExp(String.raw`^${LIST} ${RANK}?${DATE_NOUN}(?: ${NAMED})?(?: ${ARTICLE})?$`)],
  // "Where did it happen?" in a conversation asks of the event just quoted; the story itself must be named.
  ['setting', /^where (?:does|did|do) (?:the|this) (?:story|article|news|piece|report) (?:take place|happen|unfold|come from)$/],
  ['setting', /^where is (?:the|this) (?:story|article|news) (?:set|from|based|happening)$/],
];

/** The kind of overview a question asks for, if it asks for one. */
export function overviewAsked(text: string): OverviewKind | undefined {
  if (text.length > MAX_OVERVIEW_QUESTION || !MAY_ASK_OVERVIEW.test(text)) return undefined;
  const plain = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[?!.\s]+$/u, '')
    .replace(/^(?:and|so|ok|okay|then|now)[,\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [kind, pattern] of ASKED) if (pattern.test(plain)) return kind;
  return undefined;
}
/** Longer than any wording above: a long question asks of a passage. */
const MAX_OVERVIEW_QUESTION = 120;
/** A word every wording above holds; one test spares the rest on nearly every question (answers are timed in microseconds). */
const MAY_ASK_OVERVIEW =
  /people|person|players|figures|characters|names|individuals|personalit|protagonists|actors|quoted|cited|interviewed|speak|spoke|talk|sources|voices|heard|mentioned|named|involved|featured|discussed|places|countries|cities|locations|nations|regions|states|towns|capitals|territories|story|article|news|report|piece|who'?s who|points|takeaways|facts|issues|things|highlights|sections|topics|parts|subjects|themes|chapters|headline|title|called|organi[sz]ations|bodies|companies|institutions|agencies|firms|groups|parties|dates|days|years|summ|sum /i;

/** The list a question asks for, drawn from the article's briefing. */
export function overviewOf(index: ArticleIndex, kind: OverviewKind): Overview {
  const briefing = index.briefing;
  if (kind === 'quoted') {
    const { named, unnamed, unnamedSentenceIds } = quotedPeople(briefing);
    if (named.length === 0 && unnamed.length === 0) return { missing: 'The article quotes no one: it names no speaker.' };
    // The named first; a long list of voices is cut where a reader stops reading.
    return {
      lead: 'The article quotes:',
      items: [...named.map((person) => item(describePerson(person), person.sentenceId)), ...unnamed.map((description, i) => item(description, unnamedSentenceIds[i]))].slice(0, MAX_QUOTED),
    };
  }
  if (kind === 'keyPoints') return keyPointsOf(index);
  // A summary is the key points; an article too short for two of them is summed up by its gist.
  if (kind === 'summary') {
    const points = keyPointsOf(index);
    const gist = gistSentence(index);
    return 'items' in points && points.items.length >= 2 ? points : gist ? { quote: gist.indexed.sentence.id } : points;
  }
  if (kind === 'sections') {
    const sections = briefing.sections.filter((section) => section.title !== '');
    if (sections.length === 0) return { missing: 'The article has no sections to list.' };
    const lead = sections.length === 1 ? 'The article has one section:' : `The article has ${sections.length} sections:`;
    return { lead, items: sections.map((section) => ({ text: section.title })) };
  }
  if (kind === 'headline') {
    const headline = briefing.sentences.find((sentence) => sentence.kind === 'headline');
    return headline ? { quote: headline.id } : { missing: 'The article has no headline.' };
  }
  if (kind === 'bodies') return bodiesOf(index);
  if (kind === 'dates') return datesOf(index);
  const { people, places, placesNamed, introducedIn } = peopleAndPlaces(briefing);
  if (kind === 'people') {
    if (people.length === 0) return { missing: 'The article names no one who plays a part in the story.' };
    return { lead: 'The main people in the article:', items: people.map((person) => item(describePerson(person), introducedIn.people.get(person.name))) };
  }
  // "Where does the story take place?" asks for the story's own places; "which places are mentioned?" for every one.
  const shown = kind === 'setting' && places.length > 0 ? places : placesNamed;
  if (shown.length === 0) return { missing: 'The article does not name any place.' };
  const lead = kind === 'setting' && places.length > 0 ? 'The story takes place in:' : 'The places the article names:';
  return { lead, items: shown.map((place) => item(place, introducedIn.places.get(place))) };
}


/** At most this many organisations and dates: the ones a reader needs, not an index. */
const MAX_BODIES = 8;
const MAX_DATES = 10;

/** The organisations the article names, the most mentioned first, with what the article says they are. */
function bodiesOf(index: ArticleIndex): Overview {
  const bodies = index.briefing.entities
    .filter((entity) => entity.kind === 'organization')
    .sort((a, b) => b.sentenceIds.length - a.sentenceIds.length || (a.sentenceIds[0] ?? 0) - (b.sentenceIds[0] ?? 0))
    .slice(0, MAX_BODIES);
  if (bodies.length === 0) return { missing: 'The article names no organisation.' };
  return { lead: 'The organisations the article names:', items: bodies.map((body) => item(body.role ? `${body.name}, ${body.role}` : body.name, body.sentenceIds[0])) };
}

/** The dates and days the article names, in the order it first names them. */
function datesOf(index: ArticleIndex): Overview {
  const dates = index.briefing.entities
    .filter((entity) => entity.kind === 'date')
    .sort((a, b) => (a.sentenceIds[0] ?? 0) - (b.sentenceIds[0] ?? 0))
    .slice(0, MAX_DATES);
  if (dates.length === 0) return { missing: 'The article names no date.' };
  return { lead: 'The dates the article names:', items: dates.map((date) => item(date.name, date.sentenceIds[0])) };
}

/** The briefing's key points, each sourced to the article sentence it was drawn from. */
function keyPointsOf(index: ArticleIndex): Overview {
  const points = index.briefing.keyPoints;
  if (points.length === 0) return { missing: 'The article is too short to have key points.' };
  const items = points.map((point) => {
    // A key point is the sentence tidied, perhaps cut short ("…"): its opening finds it.
    const opening = point.replace(/…$/, '').slice(0, KEY_POINT_OPENING);
    const found = index.sentences.find((indexed) => indexed.sentence.kind === 'body' && tidySentence(indexed.sentence.text).startsWith(opening));
    return item(point, found?.sentence.id);
  });
  return { lead: 'The key points of the article:', items };
}
/** Characters of a key point that find its sentence. */
const KEY_POINT_OPENING = 60;
