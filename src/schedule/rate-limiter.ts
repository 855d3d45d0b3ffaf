/**
 * Spaces out posts so that many digests due in the same minute respect platform limits: at most one
 * post per channel per interval (Slack: about 1 a second) and a global rate per platform (Discord: 50
 * requests a second). Global time is cut into slots of 1/rate seconds, one post a slot, and each post
 * takes the first free slot after its channel allows it: a busy channel never holds up the others.
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
  private readonly takenSlots = new Map<Platform, Set<number>>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: Record<Platform, RateLimit> = DEFAULT_RATE_LIMITS,
  ) {}

  /** Resolves when a post to the channel may go out now; the slot is taken. */
  async acquire(platform: Platform, channelId: string): Promise<void> {
    const limit = this.limits[platform];
    const key = `${platform}:${channelId}`;
    const now = this.clock.now();
    let slot = Math.max(now, this.channelNext.get(key) ?? 0);
    if (Number.isFinite(limit.globalPerSecond)) slot = this.takeGlobalSlot(platform, slot, 1000 / limit.globalPerSecond, now);
    this.channelNext.set(key, slot + limit.perChannelIntervalMs);
    if (slot > now) await this.clock.sleep(slot - now);
  }

  private takeGlobalSlot(platform: Platform, earliest: number, slotMs: number, now: number): number {
    let taken = this.takenSlots.get(platform);
    if (!taken) this.takenSlots.set(platform, (taken = new Set()));
    if (taken.size > 10_000) for (const index of taken) if (index * slotMs < now - 1000) taken.delete(index);
    let index = Math.ceil(earliest / slotMs);
    while (taken.has(index)) index++;
    taken.add(index);
    return index * slotMs;
  }

  /** The platform said "slow down" for this channel: nothing goes there for `ms`. */
  backOff(platform: Platform, channelId: string, ms: number): void {
    const key = `${platform}:${channelId}`;
    this.channelNext.set(key, Math.max(this.channelNext.get(key) ?? 0, this.clock.now() + ms));
  }
}
