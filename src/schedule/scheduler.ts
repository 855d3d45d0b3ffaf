/**
 * DigestScheduler: posts every due digest exactly once, across restarts and crashes.
 *
 * Each minute (and at start, to catch up) one transaction records the due runs as `claimed` delivery
 * rows keyed (subscription, minute) and moves the checkpoint. Each claim is then posted: `attempts` is
 * incremented just before the post leaves, `posted` is written after it succeeded. On restart a claimed
 * row with 0 attempts was provably never sent and is posted; one with attempts is "maybe posted" and is
 * re-posted only when the adapter proves it did not arrive (`wasDelivered`). See docs/digests.md.
 */
import { setMaxListeners } from 'node:events';
import type { ArticleLibrary } from '../briefing/service.js';
import type { Logger } from '../logger.js';
import type { ChatAdapter, Platform } from '../platforms/types.js';
import { systemClock, type Clock } from './clock.js';
import { CronSchedule } from './cron.js';
import { buildDigest } from './digest.js';
import { dueRuns } from './due-runs.js';
import { DEFAULT_RATE_LIMITS, DeliveryRateLimiter, type RateLimit } from './rate-limiter.js';
import { DEFAULT_RETRY_POLICY, sendWithRetries, type RetryPolicy } from './send-with-retries.js';
import type { Subscription } from './service.js';
import type { DeliveryRow, SubscriptionStore } from './store/subscription-store.js';
import { MINUTE_MS, floorMinute, formatClock } from './zoned-time.js';

export interface DigestSchedulerOptions {
  store: SubscriptionStore;
  library: ArticleLibrary;
  adapters: ReadonlyMap<Platform, ChatAdapter>;
  logger: Logger;
  /** A digest missed by at most this many minutes is still posted, marked late. */
  graceMinutes: number;
  /** Calendar time: when digests are due. */
  clock?: Clock;
  /** Real time for rate limits and back-off (default: the system clock, even when `clock` is virtual). */
  limiterClock?: Clock;
  rateLimits?: Record<Platform, RateLimit>;
  retry?: RetryPolicy;
}

type Claim = Pick<DeliveryRow, 'subscriptionId' | 'scheduledFor' | 'late'>;

export const deliveryKey = (claim: Pick<DeliveryRow, 'subscriptionId' | 'scheduledFor'>): string => `${claim.subscriptionId}@${claim.scheduledFor}`;

export class DigestScheduler {
  private readonly clock: Clock;
  private readonly limiter: DeliveryRateLimiter;
  private readonly retry: RetryPolicy;
  private readonly schedules = new Map<string, CronSchedule>();
  private readonly inFlight = new Set<Promise<void>>();
  private cancelTimer: (() => void) | undefined;
  private running = false;
  private stopping = new AbortController();

  constructor(private readonly options: DigestSchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.limiter = new DeliveryRateLimiter(options.limiterClock ?? systemClock, options.rateLimits ?? DEFAULT_RATE_LIMITS);
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  /** Resolves interrupted deliveries, catches up on missed runs, then ticks at every minute. */
  async start(): Promise<void> {
    this.running = true;
    this.stopping = new AbortController();
    // Every queued post waits on this one signal: hundreds of listeners are expected, not a leak.
    setMaxListeners(0, this.stopping.signal);
    await this.recover();
    await this.tick();
    this.arm();
  }

  /**
   * Stops ticking and waits for posts already sent to be answered and recorded. Digests still waiting
   * for a rate-limit slot or a back-off stay claimed and are posted on the next start.
   */
  async stop(): Promise<void> {
    this.running = false;
    this.cancelTimer?.();
    this.stopping.abort(new Error('digest scheduler stopping'));
    await this.idle();
  }

  /** Resolves when no delivery is under way. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Records what is due up to the current minute and starts posting it. Returns the new claims. */
  async tick(): Promise<Claim[]> {
    const now = floorMinute(this.clock.now());
    const checkpoint = this.options.store.checkpoint() ?? now - MINUTE_MS;
    if (now <= checkpoint) return [];
    const records = dueRuns({
      subscriptions: this.options.store.all(),
      scheduleOf: (s) => this.scheduleOf(s),
      fromMs: checkpoint,
      toMs: now,
      graceMs: this.options.graceMinutes * MINUTE_MS,
      connected: new Set(this.options.adapters.keys()),
    });
    const claimed = this.options.store.recordDue(records, now, new Date(this.clock.now()).toISOString());
    const claims = claimed.map((r) => ({ subscriptionId: r.subscriptionId, scheduledFor: r.scheduledFor.toISOString(), late: r.late }));
    for (const claim of claims) this.track(this.deliver(claim));
    return claims;
  }

  private arm(): void {
    if (!this.running) return;
    const now = this.clock.now();
    this.cancelTimer = this.clock.setTimer(() => {
      this.tick()
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'digest tick failed'))
        .finally(() => this.arm());
    }, floorMinute(now) + MINUTE_MS - now);
  }

  private track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.options.logger.error({ err: error }, 'digest delivery failed unexpectedly'));
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
  }

  private scheduleOf(subscription: Subscription): CronSchedule {
    const key = `${subscription.cron}|${subscription.timezone}`;
    let schedule = this.schedules.get(key);
    if (!schedule) this.schedules.set(key, (schedule = new CronSchedule(subscription.cron, subscription.timezone)));
    return schedule;
  }

  /** Resolves claims left open by a crash or kill: post, mark posted, or close them. */
  private async recover(): Promise<void> {
    const { store, logger } = this.options;
    const graceMs = this.options.graceMinutes * MINUTE_MS;
    for (const row of store.openClaims()) {
      const subscription = store.get(row.subscriptionId);
      const adapter = subscription && this.options.adapters.get(subscription.platform);
      if (!subscription || subscription.paused || !adapter) {
        store.closeDelivery(row, 'skipped', subscription ? 'paused or platform not connected at restart' : 'unsubscribed');
        continue;
      }
      const claim = { ...row, late: row.late || floorMinute(this.clock.now()) > Date.parse(row.scheduledFor) };
      if (row.attempts === 0) {
        if (this.clock.now() - Date.parse(row.scheduledFor) > graceMs) store.closeDelivery(row, 'skipped', 'missed by more than the grace period');
        else this.track(this.deliver(claim));
        continue;
      }
      const arrived = await adapter.wasDelivered?.(subscription.channelId, deliveryKey(row)).catch(() => undefined);
      if (arrived === true) {
        const digest = buildDigest({ library: this.options.library });
        store.markPosted(row, subscription, new Date(this.clock.now()).toISOString(), digest?.seenArticles ?? {}, 'confirmed by the platform after a restart');
      } else if (arrived === false && this.clock.now() - Date.parse(row.scheduledFor) <= graceMs) {
        this.track(this.deliver(claim));
      } else {
        const why = arrived === false ? 'not delivered and past the grace period' : 'interrupted by a crash and the platform cannot confirm it: not re-posted to avoid a double';
        logger.warn({ subscriptionId: row.subscriptionId, scheduledFor: row.scheduledFor }, `digest ${why}`);
        store.closeDelivery(row, 'failed', why);
      }
    }
  }

  private async deliver(claim: Claim): Promise<void> {
    const { store, logger } = this.options;
    const subscription = store.get(claim.subscriptionId);
    const adapter = subscription && this.options.adapters.get(subscription.platform);
    if (!subscription || !adapter) {
      store.closeDelivery(claim, 'skipped', 'unsubscribed or platform not connected');
      return;
    }
    const digest = buildDigest({
      library: this.options.library,
      memory: store.channelMemory(subscription.platform, subscription.channelId),
      lateFor: claim.late ? formatClock(Date.parse(claim.scheduledFor), subscription.timezone) : undefined,
    });
    if (!digest) {
      store.closeDelivery(claim, 'skipped', 'the library has no article yet');
      return;
    }
    const outcome = await sendWithRetries(
      { adapter, channelId: subscription.channelId, reply: digest.reply, deliveryKey: deliveryKey(claim), beforeAttempt: () => store.startAttempt(claim.subscriptionId, claim.scheduledFor) },
      { limiter: this.limiter, clock: this.options.limiterClock ?? systemClock, policy: this.retry, signal: this.stopping.signal },
    );
    if (outcome.ok) {
      store.markPosted(claim, subscription, new Date(this.clock.now()).toISOString(), digest.seenArticles);
      return;
    }
    if (outcome.failure === 'stopped') return;
    store.closeDelivery(claim, 'failed', `${outcome.failure}: ${outcome.message}`);
    logger.warn({ subscriptionId: subscription.id, channelId: subscription.channelId, failure: outcome.failure }, 'digest delivery failed');
    if (outcome.failure === 'gone' || outcome.failure === 'forbidden') await this.pause(subscription, adapter, outcome.failure);
  }

  private async pause(subscription: Subscription, adapter: ChatAdapter, failure: 'gone' | 'forbidden'): Promise<void> {
    const reason = failure === 'gone' ? 'the channel no longer exists or the bot was removed' : 'the bot is not allowed to post in the channel';
    this.options.store.setPaused(subscription.id, true, reason);
    this.options.logger.warn({ subscriptionId: subscription.id, channelId: subscription.channelId, reason }, 'digest subscription paused');
    const text = `Your digest subscription ${subscription.id} (${subscription.when} ${subscription.timezone}) is paused: ${reason}. Fix that, then run /brief subscribe ${subscription.when} ${subscription.timezone} in the channel to resume it.`;
    await adapter.notifyUser?.(subscription.createdBy, text).catch((error: unknown) => this.options.logger.warn({ err: error }, 'could not tell the subscriber'));
  }
}

/** Factory for main.ts. */
export const createDigestScheduler = (options: DigestSchedulerOptions): DigestScheduler => new DigestScheduler(options);
