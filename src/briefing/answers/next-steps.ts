/**
 * "What happens next?", "what's next?", "what are the next steps?": a question about the story's future, which no
 * sentence names in those words. It is answered with the sentences that look ahead ("must still be approved by
 * the Welsh government", "will remain closed for at least three months", "is due to be sentenced in May"),
 * those giving a time first, then those about what the story's lead is about. "What's next for Nepal's rhinos?" asks
 * the same of the story's subject.
 */
import type { ArticleIndex, IndexedSentence } from '../search/article-index.js';
import type { RankedSentence } from './rank.js';

const NEXT_QUESTION =
  /^(?:(?:ok|okay|so|and|then)[,!]?\s+)?(?:what(?:'s|’s| is|s)? (?:happens?|happening|going to happen|will happen|comes?) (?:next|now)|what(?:'s|’s| is|s)? next|what are the next steps|what now|where (?:does|do) (?:it|this|that|they|things) go from here)(?: (?:for|with) (?:it|this|that|them|the (?:story|case|plan|search|road|ship|ferry)|(?:the )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}))?\s*[?.!]*$/iu;

/** The question asks what happens next, and nothing else (short: the longest wording above is under 80 characters). */
export function asksWhatNext(text: string): boolean {
  // Every wording holds "next", "now" or "here": most questions are spared the pattern.
  if (text.length > 80 || !/next|now|here/i.test(text)) return false;
  return NEXT_QUESTION.test(text.trim());
}

/** Words that look ahead: what will, must or is due to happen. */
export const LOOKS_AHEAD =
  /\b(?:will|won't|would|could|is (?:expected|due|set|scheduled|likely) to|are (?:expected|due|set|scheduled|likely) to|plans? to|planning to|intends? to|aims? to|hopes? to|must (?:still|now|first)|still (?:has|have|needs?) to|(?:has|have) yet to|next (?:week|month|year|spring|summer|autumn|fall|winter|step)|from next|by the end of|awaits?|awaiting)\b/i;

const LOOKS_AHEAD_ALL = new RegExp(LOOKS_AHEAD.source, 'gi');
/** A sentence opening or closing a quotation. */
const QUOTED = /^["“‘']|["”’']\s*(?:\w+\s+){0,4}(?:said|says|added|told)\b|["”’']$/;
const QUOTE_PENALTY = 1;

/** At most this many sentences: what happens next, and when. */
const MAX_STEPS = 2;

/** The sentences saying what happens next, in article order; empty when the article looks ahead nowhere. */
export function nextSteps(index: ArticleIndex): RankedSentence[] {
  const lead = index.sentences.find((s) => s.sentence.kind === 'body');
  const leadTerms = lead ? [...lead.terms] : [];
  const scored: Array<{ position: number; indexed: IndexedSentence; score: number }> = [];
  index.sentences.forEach((indexed, position) => {
    const text = indexed.sentence.text;
    if (indexed.sentence.kind !== 'body' || indexed === lead || !LOOKS_AHEAD.test(text)) return;
    const cues = new Set([...text.matchAll(LOOKS_AHEAD_ALL)].map((match) => match[0].toLowerCase())).size;
    const shared = leadTerms.length === 0 ? 0 : leadTerms.filter((term) => indexed.terms.has(term)).length / leadTerms.length;
    // Each way of looking ahead counts ("must still be approved ..., which is expected to decide by the end of the
    // year"); a time says when; the lead's words say it is the story's next step; a quote is someone's fear or hope.
    const score = cues + (indexed.features.hasDate || indexed.features.hasDuration ? 1 : 0) + shared - (QUOTED.test(text) ? QUOTE_PENALTY : 0);
    scored.push({ position, indexed, score });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, MAX_STEPS)
    .sort((a, b) => a.position - b.position)
    .map(({ position, indexed, score }) => ({ position, indexed, score, coverage: 1 }));
}
