/**
 * The engine behind every platform: briefings from the library, search, topics and cited answers with
 * follow-up conversations. Indexes are built lazily, once per article version, and cached.
 */
import { UserError } from '../errors.js';
import { answerQuestion, leansOnConversation, listingText, type AnswerResult } from './answers/answer.js';
import { asksAuthor } from './answers/credits.js';
import { asksForLibrary, libraryListing } from './answers/library-question.js';
import { sanitizeQuestion } from './answers/sanitize.js';
import { smallTalkReply, withoutCourtesy } from './answers/small-talk.js';
import { ConversationStore } from './conversation/store.js';
import { nextTurnContext } from './conversation/next-turn.js';
import { otherArticles } from './other-articles.js';
import { buildArticleIndex, type ArticleIndex } from './search/article-index.js';
import { searchPassages } from './search/passages.js';
import { findTopic, suggestTopics } from './search/topics.js';
import type { Answer, ArticleLibrary, ArticleScope, AskOptions, BriefingService, SearchHit, TopicMatch } from './service.js';
import type { ArticleInfo, Briefing, Section } from './types.js';

export interface BriefingServiceOptions {
  /** Silence after which a conversation is forgotten (default 30 minutes). */
  conversationTtlMs?: number;
  /** Clock, injectable for tests (default Date.now). */
  now?: () => number;
  /** Most conversations kept at once; the least recently used goes first (default 10,000). */
  maxConversations?: number;
}

/** "Where is he based?", "what did they say?": a personal pronoun points back into the conversation. */
const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers|they|them|their|theirs)\b/i;

/** How many of the question's words the article uses as typed (corrections to its words not counted). */
function wordsKnown(result: AnswerResult): number {
  let known = 0;
  for (const term of result.question.terms) if (term.known && !term.corrected) known++;
  return known;
}

/** Article indexes kept in memory at once. */
const MAX_CACHED_INDEXES = 64;

export function createBriefingService(library: ArticleLibrary, options: BriefingServiceOptions = {}): BriefingService {
  const now = options.now ?? Date.now;
  const conversations = new ConversationStore({
    ttlMs: options.conversationTtlMs ?? 30 * 60_000,
    maxConversations: options.maxConversations ?? 10_000,
    now,
  });
  const indexes = new Map<string, ArticleIndex>();

  const briefing = (scope?: ArticleScope): Briefing => {
    if (scope?.articleId !== undefined) {
      const found = library.get(scope.articleId);
      if (!found) throw new UserError('article.unknown', `No article "${scope.articleId}" in the library; try one of: ${library.list().map((a) => a.articleId).join(', ') || 'none'}`);
      return found;
    }
    const newest = library.newest();
    if (!newest) throw new UserError('library.empty', 'The library has no articles yet: add one with `brief ingest <file|url>`.');
    return newest;
  };

  const indexFor = (target: Briefing): ArticleIndex => {
    const key = `${target.articleId}:${target.contentHash}:${target.engineVersion}`;
    let index = indexes.get(key);
    if (!index) {
      index = buildArticleIndex(target);
      indexes.set(key, index);
      // Old versions of re-ingested articles are dropped, oldest first.
      if (indexes.size > MAX_CACHED_INDEXES) indexes.delete(indexes.keys().next().value ?? key);
    }
    return index;
  };

  // Fields listed, not spread: V8 copies `{ ...answer, articleId }` slowly (a microsecond or two, on every answer).
  const withArticle = (target: Briefing, answer: Omit<Answer, 'articleId' | 'articleTitle'>): Answer => {
    const withTitle: Answer = {
      answer: answer.answer,
      abstained: answer.abstained,
      sources: answer.sources,
      suggestions: answer.suggestions,
      articleId: target.articleId,
      articleTitle: target.title,
    };
    // Added after, on the rare list answer: every quoted answer keeps the one object shape.
    if (answer.listing) withTitle.listing = answer.listing;
    return withTitle;
  };

  /**
   * The other articles' answer to a question the conversation's article does not answer: of those
   * `otherArticles` gives that answer, the one whose quote covers most of the question (the newer when even).
   * When none answers, the one using the most of the question's words, if it uses more than the current
   * article (`knownHere`): "how many times has Blinken been to China?" asked on a football story is refused
   * by the article about Blinken, not by one that "never mentions Blinken".
   */
  const elsewhereFor = (current: Briefing, question: string, knownHere: number): [Briefing, AnswerResult, ArticleIndex] | undefined => {
    let best: [Briefing, AnswerResult, ArticleIndex] | undefined;
    let bestCoverage = -1;
    let closest: [Briefing, AnswerResult, ArticleIndex] | undefined;
    let closestKnown = knownHere;
    for (const info of otherArticles(library.list(), current.articleId)) {
      const other = library.get(info.articleId);
      if (!other) continue;
      const otherIndex = indexFor(other);
      const result = answerQuestion(otherIndex, question);
      const coverage = result.chosen[0]?.coverage ?? 0;
      if (result.answer.abstained) {
        const known = wordsKnown(result);
        if (known > closestKnown) {
          closest = [other, result, otherIndex];
          closestKnown = known;
        }
        continue;
      }
      if (coverage <= bestCoverage) continue;
      best = [other, result, otherIndex];
      bestCoverage = coverage;
    }
    return best ?? closest;
  };

  return {
    articles: (): ArticleInfo[] => library.list(),
    briefing,
    findTopic: (topic: string, scope?: ArticleScope): TopicMatch | null => findTopic(indexFor(briefing(scope)), topic),
    suggestTopics: (partial: string, limit: number, scope?: ArticleScope): Section[] => suggestTopics(indexFor(briefing(scope)), partial, limit),
    search: (query: string, searchOptions?: ArticleScope & { limit?: number }): SearchHit[] =>
      searchPassages(indexFor(briefing(searchOptions)), query, searchOptions?.limit ?? 10),
    ask(question: string, askOptions?: AskOptions): Answer {
      const text = sanitizeQuestion(question);
      if (!text) throw new UserError('ask.empty', 'The question is empty: ask something about the article, e.g. "who is quoted?"');
      const key = askOptions?.conversationKey;
      const state = key === undefined ? undefined : conversations.get(key);
      // The conversation's article, unless the caller names another; a new article starts afresh.
      const remembered = state && library.get(state.articleId) ? state.articleId : undefined;
      const articleId = askOptions?.articleId ?? remembered;
      const target = briefing(articleId === undefined ? undefined : { articleId });
      // "thanks", "hi", "help": a reply of their own; the conversation's topic stays as it was.
      const reply = smallTalkReply(text, target.title);
      if (reply !== undefined) return withArticle(target, { answer: reply, abstained: true, sources: [], suggestions: [] });
      const asked = withoutCourtesy(text);
      if (asksForLibrary(asked)) {
        const listing = libraryListing(library.list(), target.articleId);
        return withArticle(target, { answer: listingText(listing), abstained: false, listing, sources: [], suggestions: [] });
      }
      const context = state && !state.opened && state.articleId === target.articleId ? state : undefined;
      const index = indexFor(target);
      const result = answerQuestion(index, asked, context);
      // What this article does not answer another may: unless the caller named the article, or the question
      // follows up on the conversation in the article's own words ("and why?", "what did he say then?"), the
      // article that answers takes the conversation over ("what about Taiwan?" in a thread on another story).
      // "Where is he based?" asks about someone of this conversation, whatever words it uses.
      const followsUp =
        context !== undefined && leansOnConversation(result.question) && (PERSONAL_PRONOUN.test(asked) || result.question.terms.every((term) => term.known));
      // "Who wrote this?" is about this article, whoever wrote another.
      const elsewhere =
        result.answer.abstained && askOptions?.articleId === undefined && !followsUp && !asksAuthor(asked) ? elsewhereFor(target, asked, wordsKnown(result)) : undefined;
      const [answeredFrom, answered, answeredIndex] = elsewhere ?? [target, result, index];
      if (key !== undefined) conversations.set(key, answeredFrom.articleId, nextTurnContext(answeredIndex, elsewhere ? undefined : context, answered));
      const answer = withArticle(answeredFrom, answered.answer);
      // Said with the answer: the asker was on another article (opened, talked about, or the newest).
      if (elsewhere && !answered.answer.abstained) answer.fromAnotherArticle = true;
      return answer;
    },
    openArticle(articleId: string, openOptions: { conversationKey: string }): void {
      conversations.open(openOptions.conversationKey, briefing({ articleId }).articleId);
    },
    conversationArticle(conversationKey: string): string | undefined {
      const articleId = conversations.get(conversationKey)?.articleId;
      // An article since removed from the library is no longer the conversation's.
      return articleId !== undefined && library.get(articleId) ? articleId : undefined;
    },
  };
}
