/** What main.ts and the CLI need from the digest area. */
export { openSubscriptionStore, SubscriptionStore } from './store/subscription-store.js';
export { createSubscriptionService } from './subscription-service.js';
export { createDigestScheduler, DigestScheduler } from './scheduler.js';
export { buildDigest } from './digest.js';
export { parseSchedule, parseTimezone, splitTimezone } from './parse-schedule.js';
export { systemClock, type Clock } from './clock.js';

/** Where the digest database lives in DATA_DIR. */
export const DIGEST_DB_FILE = 'digests.sqlite';
