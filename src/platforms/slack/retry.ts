/** Bounded retries for answering users: a rate limit or a Slack hiccup should not lose an answer. */
import type { Logger } from '../../logger.js';
import { toDeliveryError } from './errors.js';

export interface RetryPolicy {
  /** Attempts in all, first one included. */
  attempts: number;
  /** How long to wait before the next attempt (injected in tests: no real waiting). */
  wait: (ms: number) => Promise<void>;
  /** Upper bound on any single wait, whatever Retry-After says. */
  maxWaitMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 3,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  maxWaitMs: 5000,
};

/**
 * Runs `call`, retrying rate limits (after Retry-After) and transient failures (short backoff) up to
 * the policy's bound; gone/forbidden fail at once. Logs every failure; rethrows the last one.
 */
export async function withRetries<T>(what: string, call: () => Promise<T>, policy: RetryPolicy, logger: Logger): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = toDeliveryError(error);
      const retryable = failure.failure === 'rate_limited' || failure.failure === 'transient';
      logger.warn({ err: error, what, attempt, failure: failure.failure }, 'Slack call failed');
      if (!retryable || attempt >= policy.attempts) throw error;
      await policy.wait(Math.min(failure.retryAfterMs ?? 250 * attempt, policy.maxWaitMs));
    }
  }
}
