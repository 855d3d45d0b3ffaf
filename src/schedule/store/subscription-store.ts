/**
 * The digest store: subscriptions, one delivery row per (subscription, scheduled minute), and what each
 * channel's previous digest covered. Embedded SQLite in WAL mode; every state change is one transaction.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Platform } from '../../platforms/types.js';
import type { Subscription } from '../service.js';
import { migrate } from './migrations.js';
import { toDelivery, toSubscription, type ChannelMemory, type DeliveryRecord, type DeliveryRow, type DueRecord, type SubscriptionRecord } from './rows.js';

export type { ChannelMemory, DeliveryRow, DeliveryStatus, DueRecord } from './rows.js';

const CHECKPOINT = 'checkpoint';

export class SubscriptionStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: every commit survives a process crash (SIGKILL) without an fsync per commit,
    // which would block the event loop ~3 ms per post; only an OS crash or power loss can lose the last commits.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
  }

  close(): void {
    this.db.close();
  }

  schemaVersion(): number {
    return Number(this.db.pragma('user_version', { simple: true }));
  }

  add(subscription: Subscription): void {
    this.db
      .prepare(
        `INSERT INTO subscriptions (id, platform, channel_id, created_by, when_text, cron, timezone, created_at, paused, paused_reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        subscription.id, subscription.platform, subscription.channelId, subscription.createdBy, subscription.when,
        subscription.cron, subscription.timezone, subscription.createdAt, subscription.paused ? 1 : 0, subscription.pausedReason ?? null,
      );
  }

  get(id: string): Subscription | undefined {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(id) as SubscriptionRecord | undefined;
    return row && toSubscription(row);
  }

  /** A channel's subscriptions, oldest first. */
  forChannel(platform: Platform, channelId: string): Subscription[] {
    const rows = this.db
      .prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? ORDER BY created_at, rowid')
      .all(platform, channelId) as SubscriptionRecord[];
    return rows.map(toSubscription);
  }

  all(): Subscription[] {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY created_at, rowid').all() as SubscriptionRecord[]).map(toSubscription);
  }

  /** Removes a subscription and its delivery history. */
  remove(id: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM deliveries WHERE subscription_id = ?').run(id);
      return this.db.prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes > 0;
    })();
  }

  setPaused(id: string, paused: boolean, reason?: string): void {
    this.db.prepare('UPDATE subscriptions SET paused = ?, paused_reason = ? WHERE id = ?').run(paused ? 1 : 0, paused ? (reason ?? null) : null, id);
  }

  /** Minute up to which due digests have been recorded (ms since epoch), or undefined on a fresh database. */
  checkpoint(): number | undefined {
    const row = this.db.prepare('SELECT value FROM scheduler_state WHERE key = ?').get(CHECKPOINT) as { value: string } | undefined;
    return row ? Number(row.value) : undefined;
  }

  /**
   * Records due digests (claimed) and missed ones (skipped) and moves the checkpoint, in one transaction:
   * a crash leaves either all of it or none. Rows that already exist are left alone.
   * Returns the rows newly claimed.
   */
  recordDue(records: readonly DueRecord[], checkpointMs: number, nowIso: string): DueRecord[] {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO deliveries (subscription_id, scheduled_for, status, attempts, late, claimed_at, detail)
       VALUES (?, ?, ?, 0, ?, ?, ?)`,
    );
    const save = this.db.prepare('INSERT INTO scheduler_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    return this.db.transaction(() => {
      const claimed = records.filter(
        (r) => insert.run(r.subscriptionId, r.scheduledFor.toISOString(), r.status, r.late ? 1 : 0, nowIso, r.detail ?? null).changes > 0 && r.status === 'claimed',
      );
      save.run(CHECKPOINT, String(checkpointMs));
      return claimed;
    })();
  }

  /** Claimed rows not yet posted, skipped or failed (after a crash: the ones to resolve). */
  openClaims(): DeliveryRow[] {
    return (this.db.prepare(`SELECT * FROM deliveries WHERE status = 'claimed' ORDER BY scheduled_for`).all() as DeliveryRecord[]).map(toDelivery);
  }

  delivery(subscriptionId: string, scheduledFor: string): DeliveryRow | undefined {
    const row = this.db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? AND scheduled_for = ?').get(subscriptionId, scheduledFor) as
      | DeliveryRecord
      | undefined;
    return row && toDelivery(row);
  }

  deliveries(subscriptionId?: string): DeliveryRow[] {
    const rows = (subscriptionId === undefined
      ? this.db.prepare('SELECT * FROM deliveries ORDER BY scheduled_for, subscription_id').all()
      : this.db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY scheduled_for').all(subscriptionId)) as DeliveryRecord[];
    return rows.map(toDelivery);
  }

  /** Written just before each post: from here on a crash leaves the row "maybe posted". */
  startAttempt(subscriptionId: string, scheduledFor: string): void {
    this.db.prepare(`UPDATE deliveries SET attempts = attempts + 1 WHERE subscription_id = ? AND scheduled_for = ? AND status = 'claimed'`).run(subscriptionId, scheduledFor);
  }

  /** Marks the delivery posted and remembers what the channel has now seen, atomically. */
  markPosted(row: Pick<DeliveryRow, 'subscriptionId' | 'scheduledFor'>, channel: { platform: Platform; channelId: string }, postedAt: string, seenArticles: Record<string, string>, detail?: string): void {
    this.db.transaction(() => {
      this.db
        .prepare(`UPDATE deliveries SET status = 'posted', posted_at = ?, detail = ? WHERE subscription_id = ? AND scheduled_for = ?`)
        .run(postedAt, detail ?? null, row.subscriptionId, row.scheduledFor);
      this.db
        .prepare(
          `INSERT INTO channel_digests (platform, channel_id, last_digest_at, seen_articles) VALUES (?, ?, ?, ?)
           ON CONFLICT (platform, channel_id) DO UPDATE SET last_digest_at = excluded.last_digest_at, seen_articles = excluded.seen_articles`,
        )
        .run(channel.platform, channel.channelId, postedAt, JSON.stringify(seenArticles));
    })();
  }

  /** Closes a claimed delivery without posting: failed (gave up) or skipped (nothing to post, too old). */
  closeDelivery(row: Pick<DeliveryRow, 'subscriptionId' | 'scheduledFor'>, status: 'failed' | 'skipped', detail: string): void {
    this.db
      .prepare(`UPDATE deliveries SET status = ?, detail = ? WHERE subscription_id = ? AND scheduled_for = ? AND status = 'claimed'`)
      .run(status, detail, row.subscriptionId, row.scheduledFor);
  }

  channelMemory(platform: Platform, channelId: string): ChannelMemory | undefined {
    const row = this.db.prepare('SELECT last_digest_at, seen_articles FROM channel_digests WHERE platform = ? AND channel_id = ?').get(platform, channelId) as
      | { last_digest_at: string; seen_articles: string }
      | undefined;
    return row && { lastDigestAt: row.last_digest_at, seenArticles: JSON.parse(row.seen_articles) as Record<string, string> };
  }
}

/** Opens (creating and migrating) the digest database, e.g. `${DATA_DIR}/digests.sqlite`. */
export const openSubscriptionStore = (dbPath: string): SubscriptionStore => new SubscriptionStore(dbPath);
