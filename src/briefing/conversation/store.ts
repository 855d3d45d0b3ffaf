/**
 * Conversations in memory: what each thread, DM or console session was about, forgotten after a
 * period of silence (TTL) and capped in number (least recently used goes first).
 */
import type { TurnContext } from '../answers/context.js';

export interface ConversationState extends TurnContext {
  articleId: string;
  /** The article was opened for the conversation, and nothing asked of it yet: no earlier turn to follow up on. */
  opened: boolean;
  /** The article last opened for the conversation (`/brief article`), kept while questions go to others. */
  pinnedArticleId: string | undefined;
  /** When the conversation was last used (ms, from the injected clock). */
  touchedAt: number;
}

export interface ConversationStoreOptions {
  ttlMs: number;
  maxConversations: number;
  now: () => number;
}

export class ConversationStore {
  /** Map keeps insertion order: re-inserting on use makes the first key the least recently used. */
  private readonly states = new Map<string, ConversationState>();

  constructor(private readonly options: ConversationStoreOptions) {}

  get(key: string): ConversationState | undefined {
    const state = this.states.get(key);
    if (!state) return undefined;
    if (this.options.now() - state.touchedAt > this.options.ttlMs) {
      this.states.delete(key);
      return undefined;
    }
    return state;
  }

  /** The article and the context are passed apart: merging them with a spread cost a microsecond or more a turn. */
  set(key: string, articleId: string, context: TurnContext): void {
    const { terms, entityIds, sentencePositions, sectionId, placeTerms, askedView, askedWho } = context;
    const pinnedArticleId = this.states.get(key)?.pinnedArticleId;
    this.put(key, { articleId, opened: false, pinnedArticleId, terms, entityIds, sentencePositions, sectionId, placeTerms, askedView, askedWho, touchedAt: this.options.now() });
  }

  /** The conversation starts afresh on `articleId`: its next question goes there, with no turn before it. */
  open(key: string, articleId: string): void {
    this.put(key, { articleId, opened: true, pinnedArticleId: articleId, terms: [], entityIds: [], sentencePositions: [], sectionId: null, placeTerms: [], askedView: false, askedWho: false, touchedAt: this.options.now() });
  }

  private put(key: string, state: ConversationState): void {
    this.states.delete(key);
    this.states.set(key, state);
    while (this.states.size > this.options.maxConversations) {
      const oldest = this.states.keys().next().value;
      if (oldest === undefined) break;
      this.states.delete(oldest);
    }
  }

  get size(): number {
    return this.states.size;
  }
}
