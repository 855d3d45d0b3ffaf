/**
 * The digest database schema as an append-only list of migrations. SQLite's `user_version` records how
 * many have run; start-up applies the rest, each in its own transaction.
 */
import type { Database } from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  // 1: subscriptions, deliveries keyed by (subscription, scheduled minute), per-channel digest memory.
  `CREATE TABLE subscriptions (
     id TEXT PRIMARY KEY,
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     created_by TEXT NOT NULL,
     when_text TEXT NOT NULL,
     cron TEXT NOT NULL,
     timezone TEXT NOT NULL,
     created_at TEXT NOT NULL,
     paused INTEGER NOT NULL DEFAULT 0,
     paused_reason TEXT,
     UNIQUE (platform, channel_id, cron, timezone)
   );
   CREATE TABLE deliveries (
     subscription_id TEXT NOT NULL,
     scheduled_for TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'skipped', 'failed')),
     attempts INTEGER NOT NULL DEFAULT 0,
     late INTEGER NOT NULL DEFAULT 0,
     claimed_at TEXT NOT NULL,
     posted_at TEXT,
     detail TEXT,
     PRIMARY KEY (subscription_id, scheduled_for)
   );
   CREATE INDEX deliveries_open ON deliveries (status) WHERE status = 'claimed';
   CREATE TABLE channel_digests (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     last_digest_at TEXT NOT NULL,
     seen_articles TEXT NOT NULL,
     PRIMARY KEY (platform, channel_id)
   );
   CREATE TABLE scheduler_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];

/** Brings the database up to the latest schema. Returns the version it is at. */
export function migrate(db: Database): number {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(`digests.sqlite is at schema version ${current}, newer than this bot (${MIGRATIONS.length}): upgrade the bot`);
  }
  MIGRATIONS.slice(current).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
  return MIGRATIONS.length;
}
