/** The chat adapter port: what the rest of the bot needs from Slack, Discord or the console. */
import type { Reply } from '../../commands/reply.js';

export type Platform = 'slack' | 'discord' | 'console';

export interface ChatAdapter {
  readonly platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Posts a message (a digest) to a channel. Throws DeliveryError when it cannot:
   * the scheduler decides whether to wait, retry or pause the subscription.
   */
  postToChannel(channelId: string, reply: Reply, options?: PostOptions): Promise<void>;
  /**
   * Digests (optional): whether a post with this delivery key reached the channel, e.g. found in the
   * channel's recent history by its metadata or nonce. Lets the scheduler resolve a post interrupted by a
   * crash without losing or doubling it. Undefined: the adapter cannot tell.
   */
  wasDelivered?(channelId: string, deliveryKey: string): Promise<boolean>;
  /** Tells a user privately, best effort (e.g. their subscription was paused). */
  notifyUser?(userId: string, text: string): Promise<void>;
}

/** Digests: extra facts about a post that adapters may use. */
export interface PostOptions {
  /**
   * Unique per scheduled digest (`<subscription>@<ISO minute>`). Adapters that can should attach it
   * (Slack message metadata, Discord nonce with enforce_nonce) so a repeated post is recognisable.
   */
  deliveryKey?: string;
}

export type DeliveryFailure = 'rate_limited' | 'gone' | 'forbidden' | 'transient';

export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
    /** For rate limits: how long the platform asked us to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
