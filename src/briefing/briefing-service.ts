/**
 * The engine behind every platform: briefings from the library, search, topics and cited answers with
 * follow-up conversations. Indexes are built lazily, once per article version, and cached.
 */
import { UserError } from '../errors.js';
import { answerQuestion, leansOnConversation, listingText, type AnswerResult } from './answers/answer.js';
import { asksAuthor } from './answers/credits.js';
import { asksForGist } from './answers/gist.js';
import { asksForLibrary, libraryListing } from './answers/library-question.js';
import { parseQuestion } from './answers/question.js';
import { CASUALTY_WORDS, entitiesNamed } from './answers/rank.js';
import { sanitizeQuestion } from './answers/sanitize.js';
import { unshouted } from './text/shouting.js';
import { smallTalkReply, withoutCourtesy } from './answers/small-talk.js';
import { ConversationStore } from './conversation/store.js';
import { nextTurnContext } from './conversation/next-turn.js';
import { chooseArticle } from './choose-article.js';
import { otherArticles } from './other-articles.js';
import { buildArticleIndex, headlineTerms, type ArticleIndex } from './search/article-index.js';
import { searchPassages } from './search/passages.js';
import { isCountryWord, kindsOfThing, lastResortKinds, relatedTerms } from './search/related-terms.js';
import { findTopic, suggestTopics } from './search/topics.js';
import { storyNamed, wordsAhead, wordsThenGist } from './story-named.js';
import { articleUsingWords, storyOfLeadingWords } from './story-words.js';
import type { Answer, ArticleLibrary, ArticleScope, AskOptions, BriefingService, SearchHit, TopicMatch } from './service.js';
import { isEnglishWord } from './text/english-words.js';
import { contentTerms, tokenize } from './text/tokens.js';
import { CALENDAR_WORDS } from './ingest/gazetteer.js';
import type { ArticleInfo, Briefing, Section } from './types.js';

export interface BriefingServiceOptions {
  /** Silence after which a conversation is forgotten (default 30 minutes). */
  conversationTtlMs?: number;
  /** Clock, injectable for tests (default Date.now). */
  now?: () => number;
  /** Most conversations kept at once; the least recently used goes first (default 10,000). */
  maxConversations?: number;
}

/** "Where is he based?", "what did they say?", "how long did that take?": a pronoun points back into the conversation. */
// "who spoke there?" points back to the place just quoted; "is there ...?" and "there were ..." do not.
const POINTS_BACK = /\b(?:he|she|him|his|her|hers|they|them|their|theirs|it|its|that|this|those|these)\b|(?<!\b(?:is|are|was|were|be)\s)\bthere\b(?!\s+(?:is|are|was|were|be|been|will|has|have|had)\b)/i;

/**
 * "What about the bridge, when did it close?": a subject named first, with words of its own, which the pronoun
 * after it stands for; the question points at that subject, not back into the conversation. "What about him?" names none.
 */
const NEW_SUBJECT = /^\W*(?:(?:and|so|ok|okay|now)\W+)?(?:(?:what|how) about|as for)\s+([^,;?.!]+)[,;]/i;
const namesNewSubject = (asked: string): boolean => contentTerms(NEW_SUBJECT.exec(asked)?.[1] ?? '').length > 0;

/**
 * "Is Blinken meeting Xi on this trip?" in a thread on a football story: "this" points at the trip the names belong
 * to, not back into the thread. A word this article never uses that is no English word, or a country typed in
 * lower case ("the government in morocco, what did it order?"), is a name of elsewhere.
 */
const namesUnknownHere = (result: AnswerResult): boolean =>
  result.question.terms.some((term) => !term.known && !term.corrected && (!isEnglishWord(term.token) || isCountryWord(term.token)));

/** "What about ...?", "and how about ...?": the asker turns to a subject, which may be another story's. */
const TURNS_TO = /^\W*(?:(?:and|so|but|ok|okay|now)\W+)?(?:what|how) about\b/i;

/** What a word known only by a relative counts for, against a word known as typed. */
const RELATIVE_KNOWN = 0.5;

/**
 * The article uses a relative of the term ("killed" for "died"), or a kind of what it names ("the Labor Ministry"
 * for "is the government going to force a deal?").
 */
const usesRelative = (index: ArticleIndex, term: string): boolean =>
  relatedTerms(term).some((relative) => index.vocabulary.hasTerm(relative)) || [...kindsOfThing(term), ...lastResortKinds(term)].some((kind) => index.vocabulary.hasTerm(kind));

/**
 * Words too common to say which story a question is about: verbs ("when will we get the report?" asked of a story
 * with a report is not another story's question because that one also says "get"), and words for a person by age
 * or sex ("what did the old man say?" asks of someone in the thread's story, whatever another says of an "older
 * brother").
 */
const UNTELLING_WORDS: ReadonlySet<string> = new Set(
  'get gets got getting gotten make makes made making take takes took taken taking give gives gave given giving have has had having do does did doing done go goes went gone going come comes came coming put puts putting keep keeps kept keeping old older oldest elderly young younger youngest man men woman women boy boys girl girls guy guys lady'.split(' '),
);

/** "Was anyone injured?", "has anyone died?": nothing but whether there were dead or hurt, which any accident story may be asked. */
function asksOnlyOfCasualties(result: AnswerResult): boolean {
  const terms = result.question.terms.filter((term) => !UNTELLING_WORDS.has(term.token));
  return terms.length > 0 && terms.every((term) => CASUALTY_WORDS.has(term.token));
}

/** The question's words that count towards which story it is about: all but the untelling ones. */
function termsCounted(result: AnswerResult): number {
  let counted = 0;
  for (const term of result.question.terms) if (!UNTELLING_WORDS.has(term.token)) counted++;
  return counted;
}

/**
 * How many of the question's words the article uses as typed (corrections to its words not counted); with
 * `relativesIn`, a word whose relative that article uses ("died" where it says "killed") counts half: a story
 * writing "judge" knows "who is the judge?" better than one whose "ruling" is only a relative of it.
 * The untelling words count for nothing.
 */
function wordsKnown(result: AnswerResult, relativesIn?: ArticleIndex): number {
  let known = 0;
  for (const term of result.question.terms) {
    if (UNTELLING_WORDS.has(term.token)) continue;
    if (term.known && !term.corrected) known++;
    else if (relativesIn && usesRelative(relativesIn, term.term)) known += RELATIVE_KNOWN;
  }
  return known;
}

/**
 * A word of the question, as typed, is one the article is about: in its headline, or in two sentences or more
 * ("fishermen" of a story on fishing quotas), not a word it happens to use once ("normal state-to-state relations").
 */
function asksTopicWord(result: AnswerResult, index: ArticleIndex): boolean {
  const headline = headlineTerms(index);
  return result.question.terms.some((term) => term.known && !term.corrected && !describesOne(result, term.token) && (headline.has(term.term) || usedTwice(index, term.term)));
}

/** "And how many in the new one?": a word before "one" says which of the things talked about, no subject of its own. */
function describesOne(result: AnswerResult, token: string): boolean {
  const at = result.question.text.toLowerCase().indexOf(`${token} one`);
  return at >= 0 && /^(?:\W|$)/.test(result.question.text.slice(at + token.length + 4)) && (at === 0 || /\W/.test(result.question.text.charAt(at - 1)));
}

function usedTwice(index: ArticleIndex, term: string): boolean {
  let uses = 0;
  for (const indexed of index.sentences) if (indexed.terms.has(term) && ++uses >= 2) return true;
  return false;
}

/**
 * A word of the question `there` is about (its headline's, or used in two of its sentences) that `here` never
 * uses, nor any relative of it: "who led the dengue study?" asked on a dam story that has its own "water study".
 */
function topicOnlyThere(result: AnswerResult, there: ArticleIndex, here: ArticleIndex): boolean {
  const headline = headlineTerms(there);
  return result.question.terms.some(
    (term) =>
      term.known &&
      !term.corrected &&
      !CALENDAR_WORDS.has(term.token) &&
      !UNTELLING_WORDS.has(term.token) &&
      !describesOne(result, term.token) &&
      (headline.has(term.term) || usedTwice(there, term.term)) &&
      !here.vocabulary.hasTerm(term.term) &&
      !usesRelative(here, term.term),
  );
}

/** Words in a row that make a quotation of an article: "who said every minute a family spends packing ...?". */
const QUOTED_RUN = 6;
/** Each article's words in order, spaced, to look a quotation up in (built once per index). */
const wordsInOrder = new WeakMap<ArticleIndex, string>();

function articleWords(index: ArticleIndex): string {
  let words = wordsInOrder.get(index);
  if (words === undefined) {
    words = ` ${index.sentences.map((indexed) => tokenize(indexed.sentence.text).join(' ')).join(' ')} `;
    wordsInOrder.set(index, words);
  }
  return words;
}

/** The question quotes `there` (six words or more as the article has them in a row) and not `here`. */
function quotesOnlyThere(question: string, there: ArticleIndex, here: ArticleIndex): boolean {
  const tokens = tokenize(question);
  for (let start = 0; start + QUOTED_RUN <= tokens.length; start++) {
    const run = ` ${tokens.slice(start, start + QUOTED_RUN).join(' ')} `;
    if (articleWords(there).includes(run)) return !articleWords(here).includes(run);
  }
  return false;
}

/** The people, places and bodies a question names in an article, by name. */
function namesOf(index: ArticleIndex, result: AnswerResult): Set<string> {
  const names = new Set<string>();
  for (const id of entitiesNamed(index, result.question)) {
    const entity = index.entities[id];
    if (entity && entity.kind !== 'date') names.add(entity.name.toLowerCase());
  }
  return names;
}

/**
 * A word of the question that `there` writes as a name and `here` never uses, nor any relative of it, and that
 * is no English word: "ocado" in "what is Ocado's share price?" names the grocer of one story, even where that
 * story's entities missed it.
 */
/** The shortest mistyped word read as another article's name ("vlachu" for Vlachou). */
const MIN_TYPED_NAME = 5;

function nameOnlyThere(result: AnswerResult, there: ArticleIndex, here: ArticleIndex): boolean {
  return result.question.terms.some(
    (term) =>
      term.known &&
      // "Whos vlachu": a name typed a letter off counts too, when long enough to be no chance likeness.
      (!term.corrected || term.token.length >= MIN_TYPED_NAME) &&
      // "Did the strike start on Tuesday?": a day or month is no article's own, whichever story says it.
      !CALENDAR_WORDS.has(term.token) &&
      // Written as a name, or a word of no dictionary written in lower case ("denravir", a drug's name).
      (there.vocabulary.writesAsName(term.token) || !isEnglishWord(term.term)) &&
      !isEnglishWord(term.token) &&
      !here.vocabulary.hasTerm(term.term) &&
      !usesRelative(here, term.term),
  );
}

/**
 * How much of an article is about what the question names: the sentences mentioning the people, bodies and
 * places it names. "Who is Briggs?" is about Cheryl Briggs of the story she leads, not a name in a team sheet.
 */
function prominenceOf(index: ArticleIndex, result: AnswerResult): number {
  let sentences = 0;
  for (const id of entitiesNamed(index, result.question)) {
    const entity = index.entities[id];
    if (entity && entity.kind !== 'date') sentences += entity.sentenceIds.length;
  }
  return sentences;
}

/** `there` uses every word of the question `here` uses as typed, or a relative of it. */
function knowsAllKnownHere(hereResult: AnswerResult, there: ArticleIndex): boolean {
  return hereResult.question.terms.every((term) => !term.known || term.corrected || there.vocabulary.hasTerm(term.term) || usesRelative(there, term.term));
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
   * Another article's answer to a question the conversation's article (`here`, answered by `hereResult`) does
   * not answer, or answers only without something the question names. An article is the one asked about when it
   * knows more of the question's words than this one does, and either names something the question names that
   * this one never does ("what about Taiwan?" on a football story) or knows more than half of its words where
   * this one knows half or fewer; where this one answered, only the first will do. A relative of a word ("harm"
   * for "hurt") counts towards knowing it only where the article also names something only it has. Of those that
   * answer, the one whose quote covers most of the question (when even, the one more about what it names, then
   * the newer); when none answers and this one did not either, the one naming what the question names and knowing
   * most of its words refuses ("how many times has Blinken been to China?" is refused by the article about
   * Blinken, not by one that "never mentions Blinken"). "How many people died?" on a bridge collapse stays there,
   * whatever another article says of deaths.
   */
  const elsewhereFor = (here: ArticleIndex, hereResult: AnswerResult, question: string, leaning: boolean): [Briefing, AnswerResult, ArticleIndex] | undefined => {
    const others = otherArticles(library.list(), here.briefing.articleId);
    // A request for the gist is this article's ("TL;DR please": its "dr" is no Dr Marsh of another story).
    if (others.length === 0 || asksForGist(question)) return undefined;
    // "How many people died?" of a story saying "killed" and "dead": its words, as far as where to look goes.
    const knownHere = wordsKnown(hereResult, here);
    const exactHere = wordsKnown(hereResult);
    const termCount = termsCounted(hereResult);
    const namedHere = namesOf(here, hereResult);
    let best: [Briefing, AnswerResult, ArticleIndex] | undefined;
    let bestCoverage = -1;
    let bestNamesOwn = false;
    let bestKnown = -1;
    let closest: [Briefing, AnswerResult, ArticleIndex] | undefined;
    let closestKnown = knownHere;
    let closestHasName = false;
    for (const info of others) {
      const other = library.get(info.articleId);
      if (!other) continue;
      const otherIndex = indexFor(other);
      const answered = answerQuestion(otherIndex, question);
      // "Who is the spokesperson?" is asked there of its one holder by name ("Matthew Miller"): where to look is
      // judged by the words typed, or any story with a spokesman would name someone this one never does.
      const result = answered.question.text === question ? answered : { ...answered, question: parseQuestion(question, otherIndex.vocabulary) };
      // Relatives count on both sides: "when did Schuller die?" of a story saying "died" knows both its words.
      // Counted as words left unknown: each article reads the question its own way ("CEO" is "chief executive"
      // where the article never writes the letters), so one may see more words in it than another.
      const known = wordsKnown(result, otherIndex);
      const otherTermCount = termsCounted(result);
      // A name only that article has, in a question this one refuses, is looked up there whatever the count.
      const ownName = hereResult.answer.abstained && nameOnlyThere(result, otherIndex, here);
      if (otherTermCount - known >= termCount - knownHere && !ownName) continue;
      const namesOwn =
        [...namesOf(otherIndex, result)].some((name) => !namedHere.has(name)) ||
        nameOnlyThere(result, otherIndex, here) ||
        quotesOnlyThere(question, otherIndex, here) ||
        topicOnlyThere(result, otherIndex, here);
      // "How many people came to the meeting?" refused by a story that has no meeting: one that uses every word
      // of it as typed is asked, though this one knows a relative of some.
      const allKnownThere = hereResult.answer.abstained && otherTermCount > 0 && wordsKnown(result) === otherTermCount && exactHere < termCount;
      // "What is the ransom amount?" of a story that uses none of its words: one that uses some as typed, and answers, is asked.
      const someKnownThere = hereResult.answer.abstained && knownHere === 0 && wordsKnown(result) > 0 && !result.answer.abstained;
      if (!namesOwn && !allKnownThere && !someKnownThere && !(knownHere * 2 <= termCount && known * 2 > otherTermCount)) continue;
      // "And what is normal?" in a thread on a drought: a follow-up's common word another story happens to use
      // ("normal state-to-state relations") does not take the conversation there. Only a name that story alone
      // has, or a word it is about ("what about the fishermen?", "and the volcano?"), does.
      if (leaning && !namesOwn && !asksTopicWord(result, otherIndex)) continue;
      // "Has anyone been hurt?" of a flood story is not a court story's "The harm you caused": a relative alone
      // ("harm" for "hurt") never takes a question elsewhere unless it names something only that article has.
      if (!namesOwn && wordsKnown(result) <= exactHere) continue;
      if (result.answer.abstained) {
        // A refusal moves the conversation only to an article naming what the question names, and using every
        // word of it this one uses: "how many did the US execute?" is not refused by a story that never says "execute".
        // "Any side effects from denravir?" is refused by the story naming the drug, not by one that "never mentions
        // denravir", though that one has "side" and "effect" and the drug's story neither.
        const ownNameThere: boolean = ownName && !closestHasName;
        if (ownNameThere || (hereResult.answer.abstained && !closestHasName && (namesOwn || allKnownThere) && known > closestKnown && knowsAllKnownHere(hereResult, otherIndex))) {
          closest = [other, answered, otherIndex];
          closestKnown = known;
          closestHasName = ownNameThere;
        }
        continue;
      }
      // Where this article answered, only a question naming what just the other has moves, or one whose words that
      // article uses, more of them and most, where this one's answer rests on half or fewer ("where was the care
      // home fire?" asked on a football story whose coach was "fired").
      const usesMoreThere = known >= knownHere + 1 && known * 2 > otherTermCount && knownHere * 2 <= termCount;
      if (!hereResult.answer.abstained && !namesOwn && !usesMoreThere) continue;
      // The quote's best sentence: an answer may lead with a sentence covering less ("In a separate incident ...").
      const coverage = result.chosen.reduce((most, sentence) => Math.max(most, sentence.coverage), 0);
      // "How did Hanbit shares react?": the story naming Hanbit, over one whose "sharing" covers more of the words.
      if (bestNamesOwn && !namesOwn) continue;
      // "What did the malaria study find?": the story knowing "malaria", over one whose "found" covers as much.
      if (namesOwn === bestNamesOwn && known < bestKnown) continue;
      if (namesOwn === bestNamesOwn && known === bestKnown) {
        if (coverage < bestCoverage) continue;
        // Even: the article more about what the question names (the newer when that is even too).
        if (coverage === bestCoverage && (best === undefined || prominenceOf(otherIndex, result) <= prominenceOf(best[2], best[1]))) continue;
      }
      best = [other, answered, otherIndex];
      bestCoverage = coverage;
      bestNamesOwn = namesOwn;
      bestKnown = known;
    }
    return best ?? closest;
  };

  /** Each article of the library that loads, with its index. */
  const loadedArticles = (articles: readonly ArticleInfo[]): Array<{ item: Briefing; index: ArticleIndex }> =>
    articles.flatMap((info) => {
      const article = library.get(info.articleId);
      return article ? [{ item: article, index: indexFor(article) }] : [];
    });

  /** The article a question names by words of its title ("the strike story"), and the question asked of "the story". */
  const namedStory = (asked: string): { article: Briefing; question: string } | undefined => {
    const story = storyNamed(asked);
    if (story === undefined) {
      // "valencia rent law - when does it start", "portugal fire gist": words of a story's headline and lead, set off
      // ahead of a question or of a bare request for the gist.
      const ahead = wordsAhead(asked) ?? wordsThenGist(asked);
      const article = ahead === undefined ? undefined : storyOfLeadingWords(loadedArticles(library.list()), ahead.words);
      return article && ahead ? { article, question: ahead.question } : undefined;
    }
    const articles = library.list();
    const chosen = chooseArticle(articles, story.words);
    // Words the titles leave out ("the cricket one"): the article whose sentences use them.
    const article = chosen === undefined ? articleUsingWords(loadedArticles(articles), story.words) : library.get(chosen.articleId);
    return article ? { article, question: story.question } : undefined;
  };

  /** The opened article's answer to a question, asked afresh; undefined when it is gone or does not answer. */
  const answeredByPinned = (articleId: string, question: string): [Briefing, AnswerResult, ArticleIndex] | undefined => {
    const pinned = library.get(articleId);
    if (!pinned) return undefined;
    const pinnedIndex = indexFor(pinned);
    const result = answerQuestion(pinnedIndex, question);
    return result.answer.abstained ? undefined : [pinned, result, pinnedIndex];
  };

  return {
    articles: (): ArticleInfo[] => library.list(),
    briefing,
    findTopic: (topic: string, scope?: ArticleScope): TopicMatch | null => findTopic(indexFor(briefing(scope)), topic),
    suggestTopics: (partial: string, limit: number, scope?: ArticleScope): Section[] => suggestTopics(indexFor(briefing(scope)), partial, limit),
    search: (query: string, searchOptions?: ArticleScope & { limit?: number }): SearchHit[] =>
      searchPassages(indexFor(briefing(searchOptions)), query, searchOptions?.limit ?? 10),
    ask(question: string, askOptions?: AskOptions): Answer {
      const text = unshouted(sanitizeQuestion(question));
      if (!text) throw new UserError('ask.empty', 'The question is empty: ask something about the article, e.g. "who is quoted?"');
      const key = askOptions?.conversationKey;
      const state = key === undefined ? undefined : conversations.get(key);
      // The conversation's article, unless the caller names another; a new article starts afresh.
      const remembered = state && library.get(state.articleId) ? state.articleId : undefined;
      const articleId = askOptions?.articleId ?? remembered;
      let target = briefing(articleId === undefined ? undefined : { articleId });
      // "thanks", "hi", "help": a reply of their own; the conversation's topic stays as it was.
      const reply = smallTalkReply(text, target.title);
      if (reply !== undefined) return withArticle(target, { answer: reply, abstained: true, sources: [], suggestions: [] });
      let asked = withoutCourtesy(text);
      if (asksForLibrary(asked)) {
        const listing = libraryListing(library.list(), target.articleId);
        return withArticle(target, { answer: listingText(listing), abstained: false, listing, sources: [], suggestions: [] });
      }
      // "Summarize the strike story": the story named by words of its title answers, asked of as "the story".
      const named = askOptions?.articleId === undefined ? namedStory(asked) : undefined;
      const wasOn = target.articleId;
      if (named) [target, asked] = [named.article, named.question];
      const context = state && !state.opened && state.articleId === target.articleId ? state : undefined;
      const index = indexFor(target);
      const result = answerQuestion(index, asked, context);
      // What this article does not answer, or answers without words the question uses, another article may
      // (elsewhereFor says when), and it takes the conversation over ("what about Taiwan?" in a thread on another
      // story). Not when the caller named the article, nor for a follow-up pointing back ("where is he based?",
      // "how long did that take?") or in the article's own words ("and why?"), nor for "who wrote this?".
      const followsUp =
        context !== undefined &&
        leansOnConversation(result.question) &&
        ((POINTS_BACK.test(asked) && !namesNewSubject(asked) && !namesUnknownHere(result)) || result.question.terms.every((term) => term.known));
      // Nor for the article's own list ("who are the main people?"), nor, in a thread, for whether anyone died or was
      // hurt: of the thread's story, whatever another story tells of its dead ("was anyone injured?" of a launch).
      const ownList = result.answer.listing !== undefined && !result.answer.abstained;
      const mayLook = askOptions?.articleId === undefined && !named && !followsUp && !ownList && !(context !== undefined && asksOnlyOfCasualties(result)) && (result.answer.abstained || wordsKnown(result) < termsCounted(result)) && !asksAuthor(asked);
      // A side question answered by another article took the conversation there; what that article does not
      // answer goes back to the one the asker opened, before any other is tried.
      const pinned = askOptions?.articleId === undefined ? state?.pinnedArticleId : undefined;
      // So does a question of its own, with words and no pointing back ("what did the lawyer say?", not "when?"
      // or "and why?"): the opened article answers it first, whatever the side article makes of it.
      const onSide = pinned !== undefined && pinned !== target.articleId;
      const ownQuestion = !result.question.anaphoric && result.question.terms.length > 0 && !POINTS_BACK.test(asked);
      const back = onSide && (result.answer.abstained || ownQuestion) ? answeredByPinned(pinned, asked) : undefined;
      // "And what is normal?" leans on the conversation: a common word of it does not move it to another story.
      // "What about the fishermen?" turns to a subject of its own, wherever it is.
      const leaning = context !== undefined && (result.question.anaphoric || result.question.terms.length <= 1) && !TURNS_TO.test(asked);
      const elsewhere = mayLook && !back ? elsewhereFor(index, result, asked, leaning) : undefined;
      const [answeredFrom, answered, answeredIndex] = back ?? elsewhere ?? [target, result, index];
      if (key !== undefined) conversations.set(key, answeredFrom.articleId, nextTurnContext(answeredIndex, elsewhere || back ? undefined : context, answered));
      const answer = withArticle(answeredFrom, answered.answer);
      // Said with the answer: the asker was on another article (opened, talked about, or the newest), or opened
      // one and this answer, a side article's, is not from it.
      const offPinned = pinned !== undefined && answeredFrom.articleId !== pinned;
      // ...or named the story it moves to ("now the bridge - when did it close?").
      const movedByName = named !== undefined && answeredFrom.articleId !== wasOn;
      if ((elsewhere || offPinned || movedByName) && !answered.answer.abstained) answer.fromAnotherArticle = true;
      return answer;
    },
    openArticle(articleId: string, openOptions: { conversationKey: string }): void {
      conversations.open(openOptions.conversationKey, briefing({ articleId }).articleId);
    },
    conversationArticle(conversationKey: string): string | undefined {
      const state = conversations.get(conversationKey);
      // The article the asker opened stays theirs while side questions are answered from others; an article
      // since removed from the library is no longer the conversation's.
      for (const articleId of [state?.pinnedArticleId, state?.articleId]) if (articleId !== undefined && library.get(articleId)) return articleId;
      return undefined;
    },
  };
}
