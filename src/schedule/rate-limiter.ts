/**
 * Spaces out posts so that many digests due in the same minute respect platform limits: at most one
 * post per channel per interval (Slack: about 1 a second) and a global rate per platform (Discord: 50
 * requests a second). Global time is cut into slots of 1/rate seconds, one post a slot, and each post
 * takes the first free slot after its channel allows it: a busy channel never holds up the others.
 *
 * Slots plan the order; the limits themselves are enforced on the posts' real lifetimes. A post reaches
 * the platform somewhere between leaving and its answer, so a post counts against the limits from the
 * moment it leaves until its answer came back: however the network or a busy event loop delays or
 * bunches requests, the platform never sees more than the limits.
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

/** Call when the post's answer came back (or it failed). */
export type ReleasePost = () => void;

export class DeliveryRateLimiter {
  private readonly channelNext = new Map<string, number>();
  private readonly takenSlots = new Map<Platform, Set<number>>();
  /** Per channel: when its last post was answered (Infinity while in flight). */
  private readonly channelDone = new Map<string, number>();
  /** Per platform: when each recent post was answered (Infinity while in flight). */
  private readonly recent = new Map<Platform, Array<{ done: number }>>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: Record<Platform, RateLimit> = DEFAULT_RATE_LIMITS,
  ) {}

  /** Resolves when a post to the channel may leave now; call the returned function once it was answered. */
  async acquire(platform: Platform, channelId: string, signal?: AbortSignal): Promise<ReleasePost> {
    const limit = this.limits[platform];
    const key = `${platform}:${channelId}`;
    const now = this.clock.now();
    let slot = Math.max(now, this.channelNext.get(key) ?? 0);
    if (Number.isFinite(limit.globalPerSecond)) slot = this.takeGlobalSlot(platform, slot, 1000 / limit.globalPerSecond, now);
    this.channelNext.set(key, slot + limit.perChannelIntervalMs);
    if (slot > now) await this.clock.sleep(slot - now, signal);
    return this.waitForRoom(platform, key, limit, signal);
  }

  /** The platform said "slow down" for this channel: nothing goes there for `ms`. */
  backOff(platform: Platform, channelId: string, ms: number): void {
    const key = `${platform}:${channelId}`;
    this.channelNext.set(key, Math.max(this.channelNext.get(key) ?? 0, this.clock.now() + ms));
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

  private async waitForRoom(platform: Platform, key: string, limit: RateLimit, signal: AbortSignal | undefined): Promise<ReleasePost> {
    let recent = this.recent.get(platform);
    if (!recent) this.recent.set(platform, (recent = []));
    for (;;) {
      const now = this.clock.now();
      while (recent.length > 0 && (recent[0]?.done ?? 0) <= now - 1000) recent.shift();
      const channelWait = limit.perChannelIntervalMs > 0 ? (this.channelDone.get(key) ?? -Infinity) + limit.perChannelIntervalMs - now : 0;
      const inWindow = recent.filter((post) => post.done > now - 1000);
      const oldestDone = Math.min(...inWindow.map((post) => post.done));
      const globalWait = inWindow.length >= limit.globalPerSecond ? (Number.isFinite(oldestDone) ? oldestDone + 1000 - now : 5) : 0;
      const wait = Math.max(channelWait, globalWait);
      if (wait <= 0) break;
      // While a post to the channel (or a full window) is still in flight, look again shortly.
      await this.clock.sleep(Number.isFinite(wait) ? wait : 5, signal);
    }
    const post = { done: Number.POSITIVE_INFINITY };
    if (Number.isFinite(limit.globalPerSecond)) recent.push(post);
    this.channelDone.set(key, Number.POSITIVE_INFINITY);
    return () => {
      post.done = this.clock.now();
      this.channelDone.set(key, post.done);
    };
  }
}
