/**
 * "When was that?", "where did he say that?", "who said it?": a follow-up that asks only for a kind of fact
 * is about the sentence just quoted. Its answer is that sentence when it holds the fact, or the sentence
 * beside it in the same paragraph that does; only then does the rest of the article come into it.
 */
import type { ArticleIndex } from '../search/article-index.js';
import { answersKind } from './answer-type.js';
import type { TurnContext } from './context.js';
import type { AnswerKind, ParsedQuestion } from './question.js';
import type { RankedSentence } from './rank.js';

/** Kinds of fact a bare follow-up can ask of the sentence before. */
const FACT_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'number', 'money']);
/**
 * "Where did he say that?", "who said it?" ask about the saying just quoted. "Where is he going next?" and
 * "who is he meeting?" do not: they want a place or person the quote does not give.
 */
const ABOUT_THE_QUOTE = /\b(?:where|who) (?:did|does|do|was|were|is)?\s*(?:\w+ )?(?:say|said|says|tell|told|make|made|write|wrote|claim|claimed)\b/i;

const asksOfQuote = (question: ParsedQuestion): boolean =>
  FACT_KINDS.has(question.kind) || ((question.kind === 'place' || question.kind === 'person') && ABOUT_THE_QUOTE.test(question.text));

/** The quoted sentence (or its neighbour) holding the fact a bare follow-up asks for; undefined otherwise. */
export function factFromContext(index: ArticleIndex, question: ParsedQuestion, context: TurnContext): RankedSentence | undefined {
  if (!asksOfQuote(question) || question.terms.some((t) => t.known && !context.terms.includes(t.term))) return undefined;
  const holding = (position: number): RankedSentence | undefined => {
    const indexed = index.sentences[position];
    return indexed && answersKind(question, indexed) ? { position, indexed, score: 1, coverage: 1 } : undefined;
  };
  for (const position of context.sentencePositions) {
    const quoted = holding(position);
    if (quoted) return quoted;
  }
  // "Yellen visited ... and Biden and Xi speak on the phone earlier this month" / "when was that?": the date
  // may sit in the next or previous sentence of the paragraph.
  for (const position of context.sentencePositions) {
    const paragraph = index.sentences[position]?.sentence.paragraph;
    for (const near of [position + 1, position - 1]) {
      if (index.sentences[near]?.sentence.paragraph !== paragraph) continue;
      const neighbour = holding(near);
      if (neighbour) return neighbour;
    }
  }
  return undefined;
}
