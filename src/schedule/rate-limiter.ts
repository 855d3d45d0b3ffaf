/**
 * Spaces out posts so that many digests due in the same minute respect platform limits: at most one
 * post per channel per interval (Slack: about 1 a second) and a global rate per platform (Discord: 50
 * requests a second). Slots are reserved in call order, so waiting is fair and deterministic.
 */
import type { Platform } from '../platforms/types.js';
import type { Clock } from './clock.js';

export interface RateLimit {
  /** Minimum gap between two posts to the same channel. */
  perChannelIntervalMs: number;
  /** Posts a second across all channels of the platform. */
  globalPerSecond: number;
}

export const DEFAULT_RATE_LIMITS: Record<Platform, RateLimit> = {
  slack: { perChannelIntervalMs: 1000, globalPerSecond: 50 },
  discord: { perChannelIntervalMs: 1000, globalPerSecond: 50 },
  console: { perChannelIntervalMs: 0, globalPerSecond: Number.POSITIVE_INFINITY },
};

export class DeliveryRateLimiter {
  private readonly channelNext = new Map<string, number>();
  private readonly globalNext = new Map<Platform, number>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: Record<Platform, RateLimit> = DEFAULT_RATE_LIMITS,
  ) {}

  /** Resolves when a post to the channel may go out now; the slot is taken. */
  async acquire(platform: Platform, channelId: string): Promise<void> {
    const limit = this.limits[platform];
    const key = `${platform}:${channelId}`;
    const now = this.clock.now();
    const slot = Math.max(now, this.channelNext.get(key) ?? 0, this.globalNext.get(platform) ?? 0);
    this.channelNext.set(key, slot + limit.perChannelIntervalMs);
    this.globalNext.set(platform, slot + 1000 / limit.globalPerSecond);
    if (slot > now) await this.clock.sleep(slot - now);
  }

  /** The platform said "slow down" for this channel: nothing goes there for `ms`. */
  backOff(platform: Platform, channelId: string, ms: number): void {
    const key = `${platform}:${channelId}`;
    this.channelNext.set(key, Math.max(this.channelNext.get(key) ?? 0, this.clock.now() + ms));
  }
}
