/**
 * "And if that doesn't work?", "is that actually making a difference?", "how did he wrap it up?", "any other
 * reasons?": in a thread, a follow-up made only of talk about the last answer (its point, its result, how it
 * ends, what else) asks about the passage just quoted, in words the article has no reason to use. When no
 * passage matches its words, the answer is that passage again, or the sentence that goes on from it; so it
 * is for a pronoun question asking nothing specific ("is she bluffing?").
 */
import type { ArticleIndex } from '../search/article-index.js';
import type { TurnContext } from './context.js';
import { askedMembers } from './members.js';
import type { ParsedQuestion } from './question.js';
import { termCoverage, type RankedSentence } from './rank.js';
import { saysTwoThings } from './ranking-helpers.js';
import { spokenBy } from './speakers.js';
import { contentTerms } from '../text/tokens.js';
import { isEnglishWord } from '../text/english-words.js';

/** Words about an answer rather than about the story: its point, effect, outcome, end, or more of it. */
const DISCOURSE_WORDS: ReadonlySet<string> = new Set(
  `point points main biggest key sticking difference differences work works worked working doesnt dont didnt fail fails
  failed succeed succeeds succeeded wrap wraps wrapped end ends ended conclude concluded sum summed finish finished close
  closed reason reasons matter matters effect effects affect affects result results outcome consequence consequences
  actually really exactly basically mean means meant happen happens next then else other more another besides anything
  something care cares cared progress`.split(/\s+/),
);
/**
 * "Any other reasons", "what else", "what does he mean by that?": what the last quote went on to say, not the
 * quote again.
 */
const WANTS_NEXT = /\b(?:else|other|another|more|besides|next|then|mean|means|meant|exactly|like what|such as|for (?:example|instance)|examples?)\b/i;

/** "What's the biggest sticking point?": every word of its own is talk about an answer. */
export function madeOfDiscourse(question: ParsedQuestion): boolean {
  return question.terms.length > 0 && question.terms.every((term) => DISCOURSE_WORDS.has(term.token));
}

/** "Anything else?", "what else?", "more?": no words of its own but wanting more of the passage. */
export function asksForMore(question: ParsedQuestion): boolean {
  return question.terms.length === 0 && WANTS_NEXT.test(question.text);
}

/** "What else did he say?", "anything else she mentioned?": more of what someone said ("tell me more" asks the bot). */
const ASKS_SAID = /\b(?:say|said|says|tell(?! (?:me|us)\b)|told|add|added|mention|mentioned)\b/i;

/** Kinds of question an earlier passage can answer in words the asker did not use (not a figure, a name, a place). */
const OPEN_KINDS: ReadonlySet<string> = new Set(['any', 'yesno', 'reason', 'speech']);

/**
 * "Is it working?", "does that help them?": a follow-up pointing back with a pronoun, asking nothing the
 * passage must hold in so many words (no figure, name, place or "which ...").
 */
function pointsBackOpenly(question: ParsedQuestion): boolean {
  return (
    question.anaphoric &&
    // "What did he have for dinner?" asks for a thing the article never mentions, not about the last answer;
    // "what does it say about nato?" names one, whatever it asks ("is that enough?" names none).
    !question.terms.some((t) => !t.known && (question.kind === 'any' || !isEnglishWord(t.token))) &&
    !question.wantsMore &&
    OPEN_KINDS.has(question.kind) &&
    !question.asksName &&
    question.focus === undefined &&
    askedMembers(question.text) === undefined &&
    !/^\W*(?:which|whose)\b/i.test(question.text)
  );
}

/**
 * When nothing in the article matches a follow-up's words, whether the passage just quoted is its answer:
 * it talks about that answer, or points back at it with a pronoun asking nothing specific.
 */
export function fallsBackOnLastAnswer(question: ParsedQuestion, context: TurnContext): boolean {
  return talksAboutLastAnswer(question, context) || pointsBackOpenly(question);
}

/** The follow-up talks about the last answer: words of its own are discourse words or the conversation's. */
function talksAboutLastAnswer(question: ParsedQuestion, context: TurnContext): boolean {
  let discourse = 0;
  for (const term of question.terms) {
    if (DISCOURSE_WORDS.has(term.token)) discourse++;
    else if (!(term.known && context.terms.includes(term.term))) return false;
  }
  return discourse > 0;
}

/**
 * The last quote again; for "any other reasons?" what it went on to say: its second sentence, if it had one,
 * and the sentence after it in the same section.
 */
export function lastAnswerPassage(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence[] {
  const positions = context.sentencePositions.filter((p) => index.sentences[p] !== undefined);
  const ranked = (position: number): RankedSentence => {
    const indexed = index.sentences[position]!;
    return { position, indexed, score: 1, coverage: termCoverage(question, indexed.terms, index) };
  };
  // "How did that end?" after "Monterrey went through a similar crisis in 2022, ...": the sentence going on from the
  // quote that says so ("That emergency ended in September ...") answers, not the quote again.
  const goingOn = followingWithWord(index, question, positions);
  if (goingOn !== undefined) return [ranked(goingOn)];
  if (!WANTS_NEXT.test(question.text)) return positions.map(ranked);
  // "What else did he say?": the next thing he said, wherever it is, not whatever follows the last quote.
  const said = question.kind === 'speech' || ASKS_SAID.test(question.text) ? nextSaidBy(index, context, positions) : undefined;
  if (said !== undefined) return [ranked(said)];
  const [first, ...rest] = positions;
  if (first === undefined) return [];
  const last = Math.max(...positions);
  const next = index.sentences[last + 1];
  // "Like what?" after "Other issues ... are expected to feature": the examples may open the next section.
  const goesOn = next && next.sentence.kind === 'body' ? [last + 1] : [];
  // A one-sentence answer may have said more than was asked ("deployed a missile system ... and conducted a
  // series of joint exercises"): "anything else?" gets it again with what follows.
  const again = rest.length === 0 && saysTwoThings(index.sentences[first]?.sentence.text ?? '') ? [first] : [];
  return [...again, ...rest, ...goesOn].slice(0, 2).map(ranked);
}

/** How far after a quoted sentence the one going on from it may be, in the same section. */
const GOING_ON = 2;

/** Words asking how the quoted passage came out: "how did that end?", "what was the outcome?". */
const OUTCOME_WORDS: ReadonlySet<string> = new Set(['end', 'ends', 'ended', 'finish', 'finished', 'conclude', 'concluded', 'wrap', 'wrapped', 'result', 'results', 'outcome']);

/** The first sentence after a quoted one (same section, not quoted) holding the question's word for how it came out. */
function followingWithWord(index: ArticleIndex, question: ParsedQuestion, quoted: readonly number[]): number | undefined {
  const words = question.terms.filter((t) => t.known && OUTCOME_WORDS.has(t.token)).map((t) => t.term);
  if (words.length === 0) return undefined;
  for (const position of [...quoted].sort((a, b) => a - b)) {
    const section = index.sentences[position]?.sentence.sectionId;
    for (let near = position + 1; near <= position + GOING_ON; near++) {
      const indexed = index.sentences[near];
      if (!indexed || indexed.sentence.sectionId !== section || indexed.sentence.kind !== 'body') break;
      if (!quoted.includes(near) && words.some((word) => indexed.terms.has(word))) return near;
    }
  }
  return undefined;
}

/**
 * Where the person (or body) the conversation is about next speaks, after the last quote (or, failing that,
 * before it), in a sentence not quoted yet. Undefined when the conversation is about no one or they say nothing more.
 */
function nextSaidBy(index: ArticleIndex, context: TurnContext, quoted: readonly number[]): number | undefined {
  // A person, or a body speaking through its officials ("the Chinese Foreign Ministry official said").
  const speakerId = context.entityIds.find((id) => index.entities[id]?.kind === 'person' || index.entities[id]?.kind === 'organization');
  const name = speakerId === undefined ? undefined : index.entities[speakerId]?.name;
  if (name === undefined || quoted.length === 0) return undefined;
  const speaker = new Set(contentTerms(name));
  const last = Math.max(...quoted);
  const order = [...index.sentences.keys()].sort((a, b) => Number(a <= last) - Number(b <= last) || a - b);
  return order.find((p) => {
    const sentence = index.sentences[p];
    return sentence !== undefined && !quoted.includes(p) && sentence.sentence.kind === 'body' && spokenBy(sentence, speaker);
  });
}
