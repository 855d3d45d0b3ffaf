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

export type SendOutcome =
  | { ok: true; attempts: number }
  | { ok: false; failure: DeliveryFailure; message: string; attempts: number }
  /** The scheduler is stopping: nothing was sent since the last attempt; the claim stays open. */
  | { ok: false; failure: 'stopped'; attempts: number };

export interface SendRequest {
  adapter: ChatAdapter;
  channelId: string;
  reply: Reply;
  deliveryKey: string;
  /** Runs (and is persisted) just before each attempt leaves. */
  beforeAttempt: () => void;
}

export interface SendDeps {
  limiter: DeliveryRateLimiter;
  clock: Clock;
  policy: RetryPolicy;
  /** Aborts waits (rate limits, back-off) when the scheduler stops; a post already sent is awaited. */
  signal?: AbortSignal;
}

export async function sendWithRetries(request: SendRequest, deps: SendDeps): Promise<SendOutcome> {
  try {
    return await attemptUntilDone(request, deps);
  } catch (error) {
    if (deps.signal?.aborted) return { ok: false, failure: 'stopped', attempts: 0 };
    throw error;
  }
}

async function attemptUntilDone(request: SendRequest, deps: SendDeps): Promise<SendOutcome> {
  const { adapter, channelId } = request;
  let permanent = 0;
  let transient = 0;
  let lastFailure: DeliveryFailure | undefined;
  for (let attempt = 1; ; attempt++) {
    // A transient failure (a timeout) may hide a post that did arrive: where the platform can tell, ask first.
    if (lastFailure === 'transient' && (await adapter.wasDelivered?.(channelId, request.deliveryKey).catch(() => false))) return { ok: true, attempts: attempt - 1 };
    const answered = await deps.limiter.acquire(adapter.platform, channelId, deps.signal);
    request.beforeAttempt();
    try {
      await adapter.postToChannel(channelId, request.reply, { deliveryKey: request.deliveryKey });
      answered();
      return { ok: true, attempts: attempt };
    } catch (error) {
      answered();
      const failure: DeliveryFailure = error instanceof DeliveryError ? error.failure : 'transient';
      lastFailure = failure;
      const message = error instanceof Error ? error.message : String(error);
      if (failure === 'gone' || failure === 'forbidden') permanent++;
      const exhausted = attempt >= deps.policy.maxAttempts || permanent >= deps.policy.maxPermanentAttempts;
      if (exhausted) return { ok: false, failure, message, attempts: attempt };
      if (failure === 'rate_limited') {
        const wait = error instanceof DeliveryError && error.retryAfterMs !== undefined ? error.retryAfterMs : deps.policy.baseBackoffMs;
        deps.limiter.backOff(adapter.platform, channelId, wait);
      } else {
        const wait = Math.min(deps.policy.maxBackoffMs, deps.policy.baseBackoffMs * 2 ** transient++);
        await deps.clock.sleep(wait, deps.signal);
      }
    }
  }
}
