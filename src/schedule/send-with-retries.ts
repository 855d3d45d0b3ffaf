/**
 * One digest post with the retry policy: 'rate_limited' waits as long as the platform asks, 'transient'
 * backs off exponentially, 'gone'/'forbidden' get a few tries before the caller pauses the subscription.
 */
import type { Reply } from '../../commands/reply.js';
import { DeliveryError, type ChatAdapter, type DeliveryFailure } from '../platforms/types.js';
import type { Clock } from './clock.js';
import type { DeliveryRateLimiter } from './rate-limiter.js';

export interface RetryPolicy {
  /** Attempts in all, whatever the failures. */
  maxAttempts: number;
  /** 'gone' and 'forbidden' attempts before giving up. */
  maxPermanentAttempts: number;
  /** First transient back-off; doubles each time up to maxBackoffMs. */
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, maxPermanentAttempts: 3, baseBackoffMs: 1000, maxBackoffMs: 30_000 };

export type SendOutcome = { ok: true; attempts: number } | { ok: false; failure: DeliveryFailure; message: string; attempts: number };

export interface SendRequest {
  adapter: ChatAdapter;
  channelId: string;
  reply: Reply;
  deliveryKey: string;
  /** Runs (and is persisted) just before each attempt leaves. */
  beforeAttempt: () => void;
}

export async function sendWithRetries(request: SendRequest, deps: { limiter: DeliveryRateLimiter; clock: Clock; policy: RetryPolicy }): Promise<SendOutcome> {
  const { adapter, channelId } = request;
  let permanent = 0;
  let transient = 0;
  for (let attempt = 1; ; attempt++) {
    const answered = await deps.limiter.acquire(adapter.platform, channelId);
    request.beforeAttempt();
    try {
      await adapter.postToChannel(channelId, request.reply, { deliveryKey: request.deliveryKey });
      answered();
      return { ok: true, attempts: attempt };
    } catch (error) {
      answered();
      const failure: DeliveryFailure = error instanceof DeliveryError ? error.failure : 'transient';
      const message = error instanceof Error ? error.message : String(error);
      if (failure === 'gone' || failure === 'forbidden') permanent++;
      const exhausted = attempt >= deps.policy.maxAttempts || permanent >= deps.policy.maxPermanentAttempts;
      if (exhausted) return { ok: false, failure, message, attempts: attempt };
      if (failure === 'rate_limited') {
        const wait = error instanceof DeliveryError && error.retryAfterMs !== undefined ? error.retryAfterMs : deps.policy.baseBackoffMs;
        deps.limiter.backOff(adapter.platform, channelId, wait);
      } else {
        const wait = Math.min(deps.policy.maxBackoffMs, deps.policy.baseBackoffMs * 2 ** transient++);
        await deps.clock.sleep(wait);
      }
    }
  }
}
