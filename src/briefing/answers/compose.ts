/**
 * Picks the one or two sentences to quote: the best, plus its strongest rival or neighbour when that
 * one is nearly as good and both fit in the answer limit (two sentences catch answers split across them).
 */
import type { RankedSentence } from './rank.js';

export const MAX_ANSWER_CHARS = 700;
/** A second sentence joins when it scores at least this share of the best. */
const SECOND_SHARE = 0.5;
/** Answers often run across two neighbouring sentences. */
const ADJACENT_BONUS = 0.15;
/** ...and more when it refers back to the best ("In both cases, ..."): it says what became of what the best says. */
const CONTINUES_BONUS = 0.3;
/** Openings that take up what the sentence before said, as a whole: "In both cases", "This", "Such". */
const GOES_ON = /^["“]?(?:(?:but|and|yet|so|still|however,?)\s+)?(?:in (?:both|these|those|this|each|either) cases?|this|these|those|such|both)\b/i;
/** Sentences this close in one section usually continue one passage ("the search ... the FBI took part"). */
const NEAR = 3;
/** A rival unrelated to the best (not near it, adding nothing it lacks) must be nearly as good on its own. */
const INDEPENDENT_SHARE = 0.85;
/** ...and cover a fair share of what the best covers: a place-rich sentence on another subject is no second answer. */
const TOPIC_SHARE = 0.5;
/** Coverage a second sentence must add to count as completing the first. */
const MIN_GAIN = 0.05;

/** A nearby sentence holding the fact the best lacks (the date of a "when") may join from a little further down. */
const FACT_SHARE = 0.4;

/** A second sentence that gives more of the answer asked for (another place) is worth this much more. */
const ADDS_ANSWER_BONUS = 0.3;

/** What the question asks, as composing needs it. */
export interface AnswerNeeds {
  /** Share of the question two sentences cover together. */
  unionCoverage: (pair: RankedSentence[]) => number;
  /** `other` gives more of the answer asked for than `best` (another place). */
  addsAnswer?: (best: RankedSentence, other: RankedSentence) => boolean;
  /** The sentence holds the kind of fact asked for (a figure for "how many"); always true for open questions. */
  holdsFact?: (sentence: RankedSentence) => boolean;
  /** `other` holds the date, number or amount asked for, which `best` lacks. */
  completes?: (best: RankedSentence, other: RankedSentence) => boolean;
  /** "Which other cities ...?": more of the answer is wanted, whatever else the sentence giving it is about. */
  othersAsked?: boolean;
  /** "Tell me about the water story": about the story at large, so two neighbouring sentences read in article order. */
  articleOrder?: boolean;
  /** Share of the best's score a second sentence needs (default SECOND_SHARE): less when much is asked. */
  secondShare?: number | undefined;
  /** The sentence tells of another occasion than the one asked of (it stands under the author's "BACKGROUND"). */
  aside?: (sentence: RankedSentence) => boolean;
  /** The last answer of the conversation gave the sentence, and a yes-or-no question does not ask for it again. */
  shown?: (sentence: RankedSentence) => boolean;
}

export function chooseSentences(ranked: RankedSentence[], needs: AnswerNeeds): RankedSentence[] {
  const { unionCoverage, addsAnswer = () => false, holdsFact = () => true, completes = () => false, othersAsked = false, articleOrder = false, secondShare = SECOND_SHARE, aside = () => false, shown = () => false } = needs;
  const best = ranked[0];
  if (!best) return [];
  if (best.indexed.sentence.text.length > MAX_ANSWER_CHARS) return [best];
  const fits = (other: RankedSentence): boolean => fitTogether(best.indexed.sentence.text, other.indexed.sentence.text);
  // The second sentence should add what the first lacks: prefer rivals that cover more of the question together.
  // "America's top diplomat has landed in Shanghai" reads with the sentence naming him.
  const antecedent = best.subject?.antecedent;
  let rival: RankedSentence | undefined;
  let rivalValue = -Infinity;
  let rivalRank = 0;
  // The best's neighbours are always considered: they are where an answer most often goes on.
  const rivals = [...ranked.slice(1, 8), ...ranked.slice(8).filter((r) => Math.abs(r.position - best.position) === 1)];
  for (const r of rivals) {
    const names = r.position === antecedent;
    const distance = Math.abs(r.position - best.position);
    const sameSection = r.indexed.sentence.sectionId === best.indexed.sentence.sectionId;
    // "...before Taiwan is sworn in" then, in the same passage, "...leading up to the May 20 inauguration".
    const completesFact = completes(best, r) && r.score >= best.score * FACT_SHARE && distance <= NEAR && sameSection;
    // "Which other cities ...": the others are told of in a sentence of their own ("Smaller marches took place in
    // Porto"), scoring low on the words of the main event.
    const others = othersAsked && r.coverage > 0 && addsAnswer(best, r);
    if ((r.score < best.score * secondShare && !names && !completesFact && !others) || !fits(r)) continue;
    // "Where is production moving to?": "In 2016, Keller Brake ... after moving production to Ohio", under the
    // author's "NOT THE FIRST TIME", is another company's move, not more of this one.
    if (aside(r) && !aside(best)) continue;
    // "Is he staying on as party leader?" answered in full by "He did not say whether ...": the quote the last
    // answer gave, just before it, need not be read again.
    if (shown(r) && best.coverage >= 1 && r.coverage < best.coverage * TOPIC_SHARE && !names) continue;
    // A follow-up with no words of its own ("where is he going?") covers nothing: only a place it asks for may join.
    if (r.coverage <= 0 && (best.coverage > 0 || !addsAnswer(best, r))) continue;
    const adjacent = distance === 1;
    // Near but not adjacent, or strong but far: it must still be about a fair share of what the best is about.
    const onTopic = r.coverage >= best.coverage * TOPIC_SHARE;
    const near = adjacent || (distance <= NEAR && sameSection && onTopic);
    const gain = unionCoverage([best, r]) - best.coverage;
    // A second sentence must add to the answer: continue it, complete it, or answer as well on its own.
    // A headline mostly restates the lead: it joins only to complete the answer.
    if (r.indexed.sentence.kind === 'headline' && gain < MIN_GAIN) continue;
    // Another place counts only from a sentence about the same thing ("Yellen visited" gains nothing from Blinken's stops).
    const adds = others || (onTopic && addsAnswer(best, r));
    // Strong on its own means answering too: when the best holds the figure asked for, a far rival must hold one.
    const independent = r.score >= best.score * INDEPENDENT_SHARE && onTopic && (holdsFact(r) || !holdsFact(best));
    if (!near && !adds && !completesFact && gain < MIN_GAIN && !independent) continue;
    // "...two areas Xi made commitments in." then "In both cases, the Chinese have taken some first steps": it goes on with the best.
    const continues = r.position === best.position + 1 && r.indexed.inherited.size > 0 && GOES_ON.test(r.indexed.sentence.text);
    const value = r.score + 0.5 * gain + (adjacent ? ADJACENT_BONUS : 0) + (continues ? CONTINUES_BONUS : 0) + (names && holdsFact(best) ? 1 : 0) + (adds || completesFact ? ADDS_ANSWER_BONUS : 0);
    // A sentence holding the figure the best lacks beats any that does not: without it there is no answer.
    const ranks = completesFact ? 1 : 0;
    if (ranks > rivalRank || (ranks === rivalRank && value > rivalValue)) {
      rival = r;
      rivalValue = value;
      rivalRank = ranks;
    }
  }
  // Neighbours in one paragraph read in article order; otherwise the better answer comes first (a chat reader may
  // read no further than the first line: "how long was the final round?" leads with "... in a four-hour final
  // round", not with the lead before it).
  // The sentence after another that refers back to it ("America's top diplomat has landed ...") keeps its order.
  if (rival) {
    const [earlier, later] = rival.position < best.position ? [rival, best] : [best, rival];
    // The headline and the lead under it say the same, the lead in full ("... kills 14, dozens hurt" over "...
    // killing at least 14 people and injuring 23 others"): the lead alone, unless the headline adds to what it
    // covers; then the lead first, the headline after it.
    if (earlier.indexed.sentence.kind === 'headline' && later.position === earlier.position + 1) {
      return unionCoverage([earlier, later]) - later.coverage < MIN_GAIN ? [later] : [later, earlier];
    }
    const inOrder = later.position - earlier.position === 1 && (articleOrder || later.indexed.sentence.paragraph === earlier.indexed.sentence.paragraph || refersBack(later));
    return inOrder ? [earlier, later] : [best, rival];
  }
  const next = ranked.find((r) => r.position === best.position + 1 && r.indexed.sentence.paragraph === best.indexed.sentence.paragraph);
  if (next && next.score >= best.score * 0.5 && fits(next)) return [best, next];
  return [best];
}

/** Opens with a pronoun or an epithet, or goes on from the sentence before ("In both cases, ..."). */
const OPENS_REFERRING = /^\W*(?:he|she|they|it|this|that|these|those|his|her|their|its)\b/i;
function refersBack(sentence: RankedSentence): boolean {
  const indexed = sentence.indexed;
  return sentence.subject?.antecedent !== undefined || indexed.inherited.size > 0 || indexed.features.openingEpithet !== undefined || OPENS_REFERRING.test(indexed.sentence.text);
}

/** The length of sentences quoted together, an ellipsis after each (at most three characters more than the answer). */
export function quotedLength(sentences: readonly RankedSentence[]): number {
  let length = 0;
  for (const c of sentences) length += c.indexed.sentence.text.length + ' … '.length;
  return length;
}

/** Two sentences quoted together stay within the answer limit, an ellipsis between them included. */
export function fitTogether(first: string, second: string): boolean {
  return first.length + ' … '.length + second.length <= MAX_ANSWER_CHARS;
}

/**
 * Whether a sentence ends as prose does. A headline has no full stop: run into the lead it read as one
 * sentence ("... kills 14, dozens hurt A five-story apartment building collapsed ..."), so a dash parts them.
 */
const endsSentence = (sentence: RankedSentence): boolean => /[.!?…:;"'”’)\]]\s*$/.test(sentence.indexed.sentence.text);

/**
 * The chosen sentences as one quote. Sentences that do not follow each other in the article are set apart
 * with an ellipsis, as a quotation marks a cut: read run together, "...all of European security. He cannot
 * claim ..." passed off two sentences with one left out between them as the article's own sequence.
 */
export function quote(chosen: RankedSentence[]): string {
  let text = '';
  let previous: RankedSentence | undefined;
  for (const c of chosen) {
    const follows = previous !== undefined && c.position === previous.position + 1;
    text += (previous === undefined ? '' : !follows ? ' … ' : endsSentence(previous) ? ' ' : ' — ') + c.indexed.sentence.text.trim();
    previous = c;
  }
  return text.length <= MAX_ANSWER_CHARS ? text : `${text.slice(0, MAX_ANSWER_CHARS - 1).replace(/\s+\S*$/, '')}…`;
}
