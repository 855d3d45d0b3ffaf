/**
 * Threads the bot answered in: replies there are follow-ups. Kept in memory with an expiry, like the
 * conversations themselves (nothing needs to survive a restart).
 */
export class BotThreads {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly maxThreads = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  private static key = (channel: string, threadTs: string) => `${channel}:${threadTs}`;

  remember(channel: string, threadTs: string): void {
    const key = BotThreads.key(channel, threadTs);
    this.seen.delete(key);
    this.seen.set(key, this.now() + this.ttlMs);
    // Oldest first in a Map: drop from the front to stay bounded.
    while (this.seen.size > this.maxThreads) {
      const oldest = this.seen.keys().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
  }

  has(channel: string, threadTs: string): boolean {
    const key = BotThreads.key(channel, threadTs);
    const expires = this.seen.get(key);
    if (expires === undefined) return false;
    if (expires < this.now()) {
      this.seen.delete(key);
      return false;
    }
    return true;
  }
}
