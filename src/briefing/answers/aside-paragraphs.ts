/**
 * Paragraphs that tell of another occasion than the news, by how the author opens or heads them:
 * - background: "BACKGROUND: Poland's worst rail disaster ... happened on March 3, 2012, ...", a label wire copy
 *   puts inline where it puts no subheading; every sentence of the paragraph is the earlier occasion's
 *   ("Sixteen people died and more than 50 were injured.");
 * - separate: "In a separate incident on Thursday, a freight train carrying coal derailed ...", another event of
 *   the same kind, the same day.
 */
import type { ArticleIndex, IndexedSentence } from '../search/article-index.js';
import { LatestOnly } from './memo.js';
import type { ParsedQuestion } from './question.js';

export type AsideKind = 'background' | 'separate';

/** The words an author marks background by, as a subheading or as a paragraph's label. */
const BACKGROUND_WORDS = String.raw`background|history|context|previously|(?:the )?backstory`;
/** "BACKGROUND:", "Background —", "HISTORY:" opening a paragraph. */
const BACKGROUND_LABEL = new RegExp(String.raw`^(?:${BACKGROUND_WORDS})\s*(?::|—|–|--)\s*\S`, 'i');
/** An author's section of background, by its subheading: "BACKGROUND", "NOT THE FIRST TIME", "History", "An earlier tragedy". */
const BACKGROUND_TITLE = new RegExp(String.raw`^(?:${BACKGROUND_WORDS}|not the first time|how (?:we|it) got here|the story so far|what happened before|(?:an )?earlier (?:tragedy|disaster|case|crash|fire|attempt|trial|strike|incident))$`, 'i');
/** "In a separate incident", "In another accident", "Separately,", "In an unrelated case". */
const SEPARATE_EVENT =
  /^(?:in (?:a |an )?(?:separate|unrelated|second|another)(?: (?:separate|unrelated|similar))? (?:incidents?|accidents?|cases?|attacks?|crash(?:es)?|collisions?|derailments?|fires?|shootings?|raids?|explosions?|blasts?|landslides?|floods?|storms?|events?|developments?)\b|separately,)/i;

/**
 * "Police said they had detained a man on suspicion of starting a separate, smaller fire on Sunday": a sentence
 * telling of another event of the kind, named so mid-sentence, in a paragraph about the news.
 */
export const namesSeparateEvent = (indexed: IndexedSentence): boolean => SEPARATE_NAMED.test(indexed.sentence.text);
const SEPARATE_NAMED = /\b(?:a|another) (?:separate|unrelated)(?:,? (?:smaller|larger|bigger|earlier|later|second|minor))? (?:incident|accident|case|attack|crash|collision|derailment|fire|blaze|wildfire|shooting|raid|explosion|blast|landslide|flood|storm|outbreak|strike|protest)\b/i;

/**
 * "Police said the Moorooka killing was not connected to the stabbing of a service station worker in Logan in
 * August. In that case, a 16-year-old boy was charged ...": a paragraph opening on what the news is not linked to
 * tells of that other event.
 */
const NOT_CONNECTED = /^(?:[\p{L}'’.-]+ ){1,5}said (?:the|this|today's|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:[\p{L}'’-]+ ){1,3}(?:was|is|were|are|had been) (?:not (?:connected|linked|related)|unrelated|unconnected) to\b/iu;

/** An author's subheading over another event of the kind: "Another museum theft", "Neighbours also hit", "A second case". */
const SEPARATE_TITLE = /^(?:another|a second|a separate|separate|other|elsewhere)\b|\b(?:also|too)\b/i;
const MAX_SEPARATE_TITLE = 40;

interface Asides {
  byParagraph: ReadonlyMap<number, AsideKind>;
  /** Words the article uses only in those paragraphs ("Picasso" of an earlier theft told under "BACKGROUND:"). */
  ownWords: ReadonlySet<string>;
}
const asidesOf = new WeakMap<ArticleIndex, Asides>();

/** Whether the sentence's paragraph is background or a separate event, by the paragraph's first words. */
export function asideOf(index: ArticleIndex, indexed: IndexedSentence): AsideKind | undefined {
  const { byParagraph } = asidesIn(index);
  return byParagraph.size === 0 ? undefined : byParagraph.get(indexed.sentence.paragraph);
}

const askedOfAside = new LatestOnly<ParsedQuestion, boolean>();

/** The question names someone or something the article tells of only in such a paragraph: "who was arrested for the Picasso theft?" */
export function asksOfAside(index: ArticleIndex, question: ParsedQuestion): boolean {
  let asks = askedOfAside.get(question);
  if (asks === undefined) {
    const { ownWords } = asidesIn(index);
    // Only a name: "thieves" of an earlier theft is as much this one's word, "Picasso" is that theft's alone.
    asks = ownWords.size > 0 && question.terms.some((t) => t.known && ownWords.has(t.term) && index.vocabulary.writesAsName(t.word));
    askedOfAside.set(question, asks);
  }
  return asks;
}

function asidesIn(index: ArticleIndex): Asides {
  let asides = asidesOf.get(index);
  if (!asides) {
    asides = findAsides(index);
    asidesOf.set(index, asides);
  }
  return asides;
}

function findAsides(index: ArticleIndex): Asides {
  const byParagraph = new Map<number, AsideKind>();
  let paragraph = -1;
  for (const { sentence, sectionTitle } of index.sentences) {
    if (sentence.paragraph === paragraph) continue;
    paragraph = sentence.paragraph;
    if (BACKGROUND_LABEL.test(sentence.text)) byParagraph.set(paragraph, 'background');
    else if (SEPARATE_EVENT.test(sentence.text) || NOT_CONNECTED.test(sentence.text) || (sectionTitle.length <= MAX_SEPARATE_TITLE && SEPARATE_TITLE.test(sectionTitle))) byParagraph.set(paragraph, 'separate');
  }
  if (byParagraph.size === 0) return { byParagraph, ownWords: new Set() };
  const inAsides = new Set<string>();
  const elsewhere = new Set<string>();
  for (const indexed of index.sentences) for (const term of indexed.terms) (byParagraph.has(indexed.sentence.paragraph) ? inAsides : elsewhere).add(term);
  return { byParagraph, ownWords: new Set([...inAsides].filter((term) => !elsewhere.has(term))) };
}

/**
 * The sentence stands right under the author's subheading of background, in its first paragraph: another
 * occasion than the news. Wire copy goes back to the news after it, under the same subheading ("India's national
 * selectors were at the stadium on Sunday").
 */
export function inBackgroundSection(index: ArticleIndex, indexed: IndexedSentence): boolean {
  if (indexed.sectionTitle.length >= 30 || !BACKGROUND_TITLE.test(indexed.sectionTitle)) return false;
  const section = index.briefing.sections.find((candidate) => candidate.id === indexed.sentence.sectionId);
  return section?.paragraphs[0] === indexed.sentence.paragraph;
}
