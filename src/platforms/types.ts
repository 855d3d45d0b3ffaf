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
  postToChannel(channelId: string, reply: Reply): Promise<void>;
  /** Tells a user privately, best effort (e.g. their subscription was paused). */
  notifyUser?(userId: string, text: string): Promise<void>;
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
