/**
 * "What's in the photo?", "who is in the picture?", "when was the photo taken?": a question about the
 * article's photo is answered by its caption, which the ranker otherwise ranks below the story's own text.
 * "Who took the picture?" is answered only by a caption that credits it.
 */
import { creditsPhoto } from '../ingest/blocks.js';
import type { ArticleIndex } from '../search/article-index.js';
import { stem } from '../text/tokens.js';
import type { TurnContext } from './context.js';
import type { ParsedQuestion } from './question.js';
import { termCoverage, type RankedSentence } from './rank.js';

// Not "shot" or "snap": "how many shots were fired?" is no question about a photo. The article's photo is "the
// photo", "a picture", "this image", or the photo word alone ("pics?"): "the stolen picture" and "Munch's
// pictures" are paintings the story is about.
const PHOTO_WORD = String.raw`(?:photos?|photographs?|pictures?|pics?|images?|captions?)`;
const PHOTO_WORDS = new RegExp(String.raw`\b(?:the|this|that|these|those|a|an|any|its|article's|story's)\s+${PHOTO_WORD}\b|\bphoto caption\b|^\W*(?:(?:any|a|the)\s+)?${PHOTO_WORD}\W*$`, 'i');
/** The photo word itself, in a question found to ask about the photo. */
const PHOTO_WORD_ALONE = new RegExp(String.raw`\b${PHOTO_WORD}\b`, 'i');
const PHOTO_TERMS: ReadonlySet<string> = new Set(['photo', 'photograph', 'picture', 'pic', 'image', 'caption'].map(stem));
/** "The big picture", "what does the picture look like for farmers?": the situation, not a photo. */
const FIGURATIVE_PICTURE = /\b(?:big|bigger|broader|overall|whole|full|wider|economic|political|financial) picture\b|\bpicture (?:looks?|is looking|look) \w+ (?:for|in)\b|\bpicture (?:look|looks) like for\b/i;
/** "Who took the photo?", "who's the photographer?", "photo credit": asked for the photo's source. */
const CREDIT_ASKED = /\b(?:who (?:took|shot|snapped|made)|photographer|credit(?:ed)?|courtesy)\b/i;

export type PhotoAnswer = { kind: 'caption'; chosen: RankedSentence[] } | { kind: 'uncredited' };

/**
 * The caption answering a question about the photo, if the question is one and the article has a caption;
 * undefined otherwise, and when the story itself uses the photo word ("images of the attack"): then the
 * question is about what the story says.
 */
export function photoAnswer(index: ArticleIndex, question: ParsedQuestion, context: TurnContext | undefined): PhotoAnswer | undefined {
  const word = PHOTO_WORDS.test(question.text) ? PHOTO_WORD_ALONE.exec(question.text)?.[0] : followsCaption(index, question, context) ? 'photo' : undefined;
  if (word === undefined || FIGURATIVE_PICTURE.test(question.text)) return undefined;
  const captions = index.sentences.flatMap((indexed, position) => (indexed.sentence.kind === 'caption' ? [{ indexed, position }] : []));
  if (captions.length === 0) return undefined;
  const term = stem(word.toLowerCase().replace(/s$/, ''));
  if (index.sentences.some((s) => s.sentence.kind === 'body' && s.terms.has(term))) return undefined;
  if (CREDIT_ASKED.test(question.text)) {
    const credited = captions.find((c) => creditsPhoto(c.indexed.sentence.text));
    return credited ? { kind: 'caption', chosen: [ranked(index, question, credited.indexed, credited.position)] } : { kind: 'uncredited' };
  }
  // Of several captions, the one sharing most of the question's other words ("the photo of Xi").
  const asked = question.terms.filter((t) => !PHOTO_TERMS.has(t.term));
  const best = captions
    .map((c) => ({ ...c, shared: asked.filter((t) => c.indexed.terms.has(t.term)).length }))
    .reduce((a, b) => (b.shared > a.shared ? b : a));
  return { kind: 'caption', chosen: [ranked(index, question, best.indexed, best.position)] };
}

/** "When was it taken?", "who took it?" right after a caption was quoted: "it" is the photo. */
const PHOTO_VERBS = /\b(?:taken|take|took|shot|snapped|shows?|showing|pictured)\b/i;

function followsCaption(index: ArticleIndex, question: ParsedQuestion, context: TurnContext | undefined): boolean {
  if (context === undefined || !question.anaphoric || !PHOTO_VERBS.test(question.text)) return false;
  const last = context.sentencePositions;
  return last.length > 0 && last.every((p) => index.sentences[p]?.sentence.kind === 'caption');
}

function ranked(index: ArticleIndex, question: ParsedQuestion, indexed: ArticleIndex['sentences'][number], position: number): RankedSentence {
  return { position, indexed, score: 1, coverage: termCoverage(question, indexed.terms, index) };
}
