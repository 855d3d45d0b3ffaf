/** Fakes for digest tests: a library whose articles can change, and a recording chat adapter. */
import type { Reply } from '../../commands/reply.js';
import type { ArticleLibrary } from '../../src/briefing/service.js';
import type { ArticleInfo, Briefing } from '../../src/briefing/types.js';
import { DeliveryError, type ChatAdapter, type DeliveryFailure, type Platform, type PostOptions } from '../../src/platforms/types.js';

export function briefingFor(articleId: string, title: string, contentHash = `${articleId}-v1`): Briefing {
  return {
    articleId,
    title,
    source: `data/${articleId}.txt`,
    contentHash,
    engineVersion: 1,
    builtAt: '2026-01-01T00:00:00Z',
    tldr: `${title}: the short of it.`,
    keyPoints: ['First point.', 'Second point.', 'Third point.'],
    sections: [
      { id: 's1-visit', title: 'The visit', summary: 'Where he went.', paragraphs: [2], sentenceIds: [0] },
      { id: 's2-taiwan', title: 'Taiwan', summary: 'What was said about Taiwan.', paragraphs: [3], sentenceIds: [1] },
    ],
    sentences: [],
    paragraphs: [],
    entities: [],
  };
}

/** A library; `add` puts a newer article in front. */
export class FakeLibrary implements ArticleLibrary {
  private readonly briefings: Briefing[] = [];
  constructor(...initial: Briefing[]) {
    for (const b of initial) this.add(b);
  }
  add(briefing: Briefing): void {
    const index = this.briefings.findIndex((b) => b.articleId === briefing.articleId);
    if (index >= 0) this.briefings.splice(index, 1);
    this.briefings.unshift(briefing);
  }
  list(): ArticleInfo[] {
    return this.briefings.map((b) => ({ articleId: b.articleId, title: b.title, source: b.source, contentHash: b.contentHash, addedAt: b.builtAt }));
  }
  get(articleId: string): Briefing | undefined {
    return this.briefings.find((b) => b.articleId === articleId);
  }
  newest(): Briefing | undefined {
    return this.briefings[0];
  }
}

export interface Posted {
  channelId: string;
  reply: Reply;
  deliveryKey: string | undefined;
  at: number;
}

/** Records posts; `failWith` scripts failures (one per post attempt, then success). */
export class RecordingAdapter implements ChatAdapter {
  readonly posts: Posted[] = [];
  readonly attempts: Array<{ channelId: string; at: number }> = [];
  readonly notices: Array<{ userId: string; text: string }> = [];
  private readonly failures: Array<{ failure: DeliveryFailure; retryAfterMs?: number }> = [];
  alwaysFail: DeliveryFailure | undefined;
  /** Called on each successful post (resolve test promises). */
  onPost: ((post: Posted) => void) | undefined;
  wasDelivered?: (channelId: string, deliveryKey: string) => Promise<boolean>;

  constructor(readonly platform: Platform = 'slack') {}

  failWith(failure: DeliveryFailure, retryAfterMs?: number): this {
    this.failures.push(retryAfterMs === undefined ? { failure } : { failure, retryAfterMs });
    return this;
  }

  withHistory(): this {
    this.wasDelivered = async (channelId, key) => this.posts.some((p) => p.channelId === channelId && p.deliveryKey === key);
    return this;
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async postToChannel(channelId: string, reply: Reply, options?: PostOptions): Promise<void> {
    this.attempts.push({ channelId, at: Date.now() });
    const scripted = this.failures.shift();
    const failure = scripted?.failure ?? this.alwaysFail;
    if (failure) throw new DeliveryError(failure, `scripted ${failure}`, scripted?.retryAfterMs);
    const post = { channelId, reply, deliveryKey: options?.deliveryKey, at: Date.now() };
    this.posts.push(post);
    this.onPost?.(post);
  }

  async notifyUser(userId: string, text: string): Promise<void> {
    this.notices.push({ userId, text });
  }
}
