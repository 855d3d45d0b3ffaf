/**
 * The engine's port: everything commands and adapters may ask of the briefing engine.
 * Platform-neutral; nothing here knows which chat platform asked.
 */
import type { ArticleInfo, Briefing, Section } from './types.js';

/** Where briefings come from: the library in DATA_DIR, or one file given with --file. */
export interface ArticleLibrary {
  /** Newest first. */
  list(): ArticleInfo[];
  get(articleId: string): Briefing | undefined;
  /** The default article: the newest. */
  newest(): Briefing | undefined;
}

export interface SearchHit {
  sectionId: string | null;
  sectionTitle: string;
  sentenceId: number;
  text: string;
  score: number;
}

export interface AnswerSource {
  sectionId: string | null;
  sectionTitle: string;
  sentenceId: number;
  text: string;
}

export interface AnswerListing {
  lead: string;
  items: string[];
}

export interface Answer {
  /** What the user is shown: quoted sentences (at most 700 characters), a list (see `listing`) or a plain "the article does not say". */
  answer: string;
  abstained: boolean;
  /**
   * Set when the answer is a list rather than a quote: drawn up from the article (its people, speakers, places,
   * key points or sections) or from the library (its articles). `answer` holds it as text too.
   */
  listing?: AnswerListing;
  sources: AnswerSource[];
  /** When abstaining: the sections closest to the question, to offer instead. */
  suggestions: Pick<Section, 'id' | 'title'>[];
  articleId: string;
  articleTitle: string;
  /** Set when the answer comes from another article than the one the asker was on, which did not answer. */
  fromAnotherArticle?: true;
}

export interface TopicMatch {
  section: Section;
  score: number;
}

export interface ArticleScope {
  /** Which article; default: the conversation's article, else the newest. */
  articleId?: string;
}

export interface AskOptions extends ArticleScope {
  /** Thread, DM or console session: follow-ups resolve against its previous turns. */
  conversationKey?: string;
}

export interface BriefingService {
  articles(): ArticleInfo[];
  /** Throws UserError when the library is empty or the id unknown. */
  briefing(scope?: ArticleScope): Briefing;
  /** The section that best matches a topic, typos tolerated; null when nothing is close. */
  findTopic(topic: string, scope?: ArticleScope): TopicMatch | null;
  /** Section titles for autocomplete, typo-tolerant, best first. */
  suggestTopics(partial: string, limit: number, scope?: ArticleScope): Section[];
  /** Matching passages, best first. */
  search(query: string, options?: ArticleScope & { limit?: number }): SearchHit[];
  /** A cited answer or a plain abstention. */
  ask(question: string, options?: AskOptions): Answer;
  /**
   * The conversation turns to this article ("/brief article 2"): its next question is put to it first, with
   * nothing earlier to follow up on. Throws UserError when the id is unknown.
   */
  openArticle(articleId: string, options: { conversationKey: string }): void;
  /**
   * The article a conversation is on: the one last opened for it, else the last to answer it; undefined when it
   * has none, or it expired. A question another article answers does not change an opened one.
   */
  conversationArticle(conversationKey: string): string | undefined;
}
