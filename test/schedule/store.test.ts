import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/schedule/store/migrations.js';
import { openSubscriptionStore } from '../../src/schedule/store/subscription-store.js';

const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'digests-'));
  dirs.push(dir);
  return join(dir, 'nested', 'digests.sqlite');
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const subscription = { id: 'abc123', platform: 'slack' as const, channelId: 'C1', createdBy: 'U1', when: 'daily 08:00', cron: '0 8 * * *', timezone: 'UTC', createdAt: '2026-03-01T00:00:00.000Z', paused: false };

describe('SubscriptionStore', () => {
  it('GIVEN no database THEN it is created, migrated to the latest version, in WAL mode', () => {
    const path = tempDb();
    const store = openSubscriptionStore(path);
    expect(store.schemaVersion()).toBe(MIGRATIONS.length);
    store.close();
    const raw = new Database(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('GIVEN an existing database THEN reopening keeps its data and migrates nothing twice', () => {
    const path = tempDb();
    const first = openSubscriptionStore(path);
    first.add(subscription);
    first.close();
    const again = openSubscriptionStore(path);
    expect(again.get('abc123')).toEqual(subscription);
    again.close();
  });

  it('GIVEN a database from a newer bot THEN opening fails with a clear message', () => {
    const path = tempDb();
    openSubscriptionStore(path).close();
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openSubscriptionStore(path)).toThrow(/newer than this bot/);
  });

  it('GIVEN a delivery already recorded THEN recording it again claims nothing (one row per subscription and minute)', () => {
    const store = openSubscriptionStore(':memory:');
    store.add(subscription);
    const due = { subscriptionId: 'abc123', scheduledFor: new Date('2026-03-02T08:00:00Z'), status: 'claimed' as const, late: false };
    expect(store.recordDue([due], 1, 'now')).toHaveLength(1);
    expect(store.recordDue([due], 2, 'now')).toHaveLength(0);
    expect(store.deliveries()).toHaveLength(1);
    expect(store.checkpoint()).toBe(2);
    store.close();
  });

  it('GIVEN a posted digest THEN the channel remembers the articles it covered', () => {
    const store = openSubscriptionStore(':memory:');
    store.add(subscription);
    store.recordDue([{ subscriptionId: 'abc123', scheduledFor: new Date('2026-03-02T08:00:00Z'), status: 'claimed', late: false }], 1, 'now');
    store.markPosted({ subscriptionId: 'abc123', scheduledFor: '2026-03-02T08:00:00.000Z' }, subscription, '2026-03-02T08:00:01.000Z', { a: 'h1' });
    expect(store.channelMemory('slack', 'C1')).toEqual({ lastDigestAt: '2026-03-02T08:00:01.000Z', seenArticles: { a: 'h1' } });
    expect(store.channelMemory('discord', 'C1')).toBeUndefined();
    store.close();
  });
});
