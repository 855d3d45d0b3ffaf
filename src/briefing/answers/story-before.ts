/**
 * "Has this happened before?" asked of the story itself: the background's earlier occasion of what the headline
 * and lead tell ("In June 2017, a fire in nearby Pedrógão Grande killed 66 people").
 */
import { headlineTerms, leadPosition, type ArticleIndex } from '../search/article-index.js';
import type { ParsedQuestion } from './question.js';
import { datesEarlierOccasion, type RankedSentence } from './rank.js';

/**
 * "Has this ever happened before?", "has this happened there before?", "is this the first time?": words that
 * name nothing but the story, after a label naming it perhaps ("portugal blaze: has this happened before").
 */
const STORY_BEFORE =
  /^\W*(?:[^:?]{1,40}:\s*)?(?:(?:so |and )?(?:has|have|had|did) (?:this|it|that|anything like (?:this|it|that)|something like (?:this|it|that)|(?:this|that) kind of thing) (?:ever )?(?:happened?|occurr?ed|occur) (?:(?:there|here) )?(?:ever )?before|(?:is|was) (?:this|it|that) the first time|(?:has|have) there been (?:one|anything|something) like (?:this|it|that) before)\W*$/i;

/**
 * The question asks whether the story's event happened before, naming nothing else. In a conversation only in so
 * many words ("has this happened there before?" after "why did the hillside collapse?"): "did it happen before?"
 * may point at what the last answer told.
 */
export function asksStoryBefore(question: ParsedQuestion, inConversation: boolean): boolean {
  return STORY_BEFORE.test(question.text) || (!inConversation && question.earlierOccasion && question.terms.length === 0);
}

/** An earlier occasion shares at least this many words with the headline and lead to be the story's. */
const SHARED_WORDS = 2;

/**
 * The sentence dating an earlier occasion ("In 2019, the B.C. Court of Appeal overturned a permit ...") that shares
 * the most of the headline's and lead's words, idf-weighted, after the sentence opening its paragraph where that one
 * introduces it ("Courts in the province have sided with First Nations in similar disputes before."). Empty when
 * none shares enough.
 */
export function earlierOccasionOfStory(index: ArticleIndex): RankedSentence[] {
  const lead = leadPosition(index);
  const story = new Set([...headlineTerms(index), ...(index.sentences[lead]?.terms ?? [])]);
  let best: RankedSentence | undefined;
  for (let position = lead + 1; position < index.sentences.length; position++) {
    const indexed = index.sentences[position];
    if (!indexed || !datesEarlierOccasion(indexed)) continue;
    // The paragraph tells the occasion: "a fire in nearby Pedrógão Grande" under "a grim history of summer fires" in central Portugal.
    const paragraph = new Set(index.sentences.filter((other) => other.sentence.paragraph === indexed.sentence.paragraph).flatMap((other) => [...other.terms]));
    const shared = [...paragraph].filter((term) => story.has(term));
    if (shared.length < SHARED_WORDS) continue;
    const score = shared.reduce((sum, term) => sum + index.idf(term), 0);
    if (!best || score > best.score) best = { position, indexed, score, coverage: 1 };
  }
  if (!best) return [];
  // The sentence opening its paragraph introduces it ("Central Portugal has a grim history of summer fires.").
  const before = index.sentences[best.position - 1];
  const opener = before !== undefined && before.sentence.paragraph === best.indexed.sentence.paragraph && index.sentences[best.position - 2]?.sentence.paragraph !== before.sentence.paragraph;
  return opener ? [{ position: best.position - 1, indexed: before, score: best.score, coverage: 1 }, best] : [best];
}

/**
 * The quote with the earlier occasion its last sentence introduces, dated in the sentence after it in the same
 * paragraph ("Central Portugal has a grim history of summer fires." before "In June 2017, a fire ... killed 66").
 */
export function withOccasionAfter(index: ArticleIndex, chosen: readonly RankedSentence[]): RankedSentence[] {
  const last = chosen.at(-1);
  if (!last || datesEarlierOccasion(last.indexed)) return [...chosen];
  const next = index.sentences[last.position + 1];
  const introduces = next !== undefined && next.sentence.paragraph === last.indexed.sentence.paragraph && datesEarlierOccasion(next);
  return introduces ? [...chosen, { position: last.position + 1, indexed: next, score: last.score, coverage: last.coverage }] : [...chosen];
}
