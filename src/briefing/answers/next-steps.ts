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
  /^(?:[\p{L}\p{N}'’ ]{1,40}?(?::|\s[-–—]+)\s*)?(?:(?:ok|okay|so|and|then)[,!]?\s+)?(?:what(?:'s|’s| is|s)? (?:happens?|happening|going to happen|will happen|comes?) (?:next|now)|what(?:'s|’s| is|s)? next|what are the next steps|what now|where (?:does|do) (?:it|this|that|they|things) go from here)(?: (?:for|with|in|on) (?:it|this|that|them|the (?:story|case|plan|search|road|ship|ferry)|(?:the )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}))?\s*[?.!]*$/iu;

/** The question asks what happens next, and nothing else (short: the longest wording above is under 80 characters). */
export function asksWhatNext(text: string): boolean {
  // Every wording holds "next", "now" or "here": most questions are spared the pattern.
  if (text.length > 80 || !/next|now|here/i.test(text)) return false;
  return NEXT_QUESTION.test(text.trim());
}

/** Words that look ahead: what will, must or is due to happen. */
export const LOOKS_AHEAD =
  /\b(?:will|won't|would|could|is (?:expected|due|set|scheduled|likely) to|are (?:expected|due|set|scheduled|likely) to|plans? to|planning to|intends? to|aims? to|hopes? to|must (?:still|now|first)|still (?:has|have|needs?) to|(?:has|have) yet to|next (?:week|month|year|spring|summer|autumn|fall|winter|step)|from next|by the end of|awaits?|awaiting|(?:is|are|was|were) preparing to|now (?:seeking|planning|preparing))\b/i;

const LOOKS_AHEAD_ALL = new RegExp(LOOKS_AHEAD.source, 'gi');
/** A sentence opening or closing a quotation. */
const QUOTED = /^["“‘']|["”’']\s*(?:\w+\s+){0,4}(?:said|says|added|told)\b|["”’']$/;
const QUOTE_PENALTY = 1;
/** More than any article's count of sentences: in the author's section, every quote comes after every fact. */
const QUOTED_LAST = 100_000;

/** At most this many sentences: what happens next, and when. */
const MAX_STEPS = 2;

/** A section the author titled for what comes next: "What happens next", "Next steps", "What's ahead". */
const NEXT_TITLE = /^(?:what(?:'s|’s| is)? next|what (?:happens|comes) next|(?:the )?next steps?|what now|looking ahead|the road ahead|what(?:'s|’s| is| lies) ahead)\W*$/i;

/**
 * The sentences saying what happens next, in article order; empty when the article looks ahead nowhere.
 * Where the author wrote a section for it ("What happens next"), its sentences answer, not a quote elsewhere
 * that hopes or fears.
 */
export function nextSteps(index: ArticleIndex): RankedSentence[] {
  const section = index.briefing.sections.find((s) => NEXT_TITLE.test(s.title.trim()));
  if (!section) return lookingAhead(index, () => true);
  const inSection = new Set(section.sentenceIds);
  // The author's own order tells what comes first there; a quote is someone's fear or hope, read after the facts.
  const ahead = lookingAhead(index, (indexed) => inSection.has(indexed.sentence.id), (position, text) => -position - (QUOTED.test(text) ? QUOTED_LAST : 0));
  if (ahead.length > 0) return ahead;
  // A section for what comes next whose sentences use none of the words looking ahead still tells it: its opening.
  return index.sentences
    .map((indexed, position) => ({ position, indexed, score: 1, coverage: 1 }))
    .filter(({ indexed }) => indexed.sentence.kind === 'body' && inSection.has(indexed.sentence.id))
    .slice(0, MAX_STEPS);
}

const YEARS = /\b(?:19|20)\d\d\b/g;
const PAST_PENALTY = 2;
/** The latest year the article names, if any. */
function latestYear(index: ArticleIndex): number | undefined {
  let latest: number | undefined;
  for (const indexed of index.sentences) for (const year of indexed.sentence.text.match(YEARS) ?? []) latest = Math.max(latest ?? 0, Number(year));
  return latest;
}
/** The text names a year, and every year it names is before `latest`. */
function datedBefore(text: string, latest: number): boolean {
  const years = text.match(YEARS);
  return years !== null && years.every((year) => Number(year) < latest);
}

/**
 * Of the sentences `admitted`, those looking ahead, best first (by `scoreOf`, or by cues, a time and the lead's words),
 * the best in article order.
 */
function lookingAhead(index: ArticleIndex, admitted: (indexed: IndexedSentence) => boolean, scoreOf?: (position: number, text: string) => number): RankedSentence[] {
  const lead = index.sentences.find((s) => s.sentence.kind === 'body');
  const leadTerms = lead ? [...lead.terms] : [];
  const scored: Array<{ position: number; indexed: IndexedSentence; score: number }> = [];
  const latest = latestYear(index);
  index.sentences.forEach((indexed, position) => {
    const text = indexed.sentence.text;
    if (indexed.sentence.kind !== 'body' || indexed === lead || !admitted(indexed) || !LOOKS_AHEAD.test(text)) return;
    const cues = new Set([...text.matchAll(LOOKS_AHEAD_ALL)].map((match) => match[0].toLowerCase())).size;
    const shared = leadTerms.length === 0 ? 0 : leadTerms.filter((term) => indexed.terms.has(term)).length / leadTerms.length;
    // Each way of looking ahead counts ("must still be approved ..., which is expected to decide by the end of the
    // year"); a time says when; the lead's words say it is the story's next step; a quote is someone's fear or hope.
    // A sentence dated only to years before the latest the article names tells of the past, whatever it expects of
    // a trend ("Around 57 million people ... were living with dementia in 2021, ... expected to nearly double").
    const past = latest !== undefined && datedBefore(text, latest) ? PAST_PENALTY : 0;
    const score = scoreOf ? scoreOf(position, text) : cues + (indexed.features.hasDate || indexed.features.hasDuration ? 1 : 0) + shared - (QUOTED.test(text) ? QUOTE_PENALTY : 0) - past;
    scored.push({ position, indexed, score });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, MAX_STEPS)
    .sort((a, b) => a.position - b.position)
    .map(({ position, indexed, score }) => ({ position, indexed, score, coverage: 1 }));
}
