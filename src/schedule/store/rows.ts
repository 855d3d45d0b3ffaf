/** Row shapes of the digest database and their mapping to the port's types. */
import type { Platform } from '../../platforms/types.js';
import type { Subscription } from '../service.js';

export type DeliveryStatus = 'claimed' | 'posted' | 'skipped' | 'failed';

export interface DeliveryRow {
  subscriptionId: string;
  /** ISO 8601, minute precision. */
  scheduledFor: string;
  status: DeliveryStatus;
  /** Posting attempts started; a claimed row with 0 was provably never sent. */
  attempts: number;
  late: boolean;
  postedAt?: string;
  detail?: string;
}

export interface DueRecord {
  subscriptionId: string;
  scheduledFor: Date;
  status: 'claimed' | 'skipped';
  late: boolean;
  detail?: string;
}

/** What a channel's previous digest covered: article id -> content hash. */
export interface ChannelMemory {
  lastDigestAt: string;
  seenArticles: Record<string, string>;
}

export interface SubscriptionRecord {
  id: string;
  platform: Platform;
  channel_id: string;
  created_by: string;
  when_text: string;
  cron: string;
  timezone: string;
  created_at: string;
  paused: number;
  paused_reason: string | null;
}

export interface DeliveryRecord {
  subscription_id: string;
  scheduled_for: string;
  status: DeliveryStatus;
  attempts: number;
  late: number;
  posted_at: string | null;
  detail: string | null;
}

export const toSubscription = (r: SubscriptionRecord): Subscription => ({
  id: r.id,
  platform: r.platform,
  channelId: r.channel_id,
  createdBy: r.created_by,
  when: r.when_text,
  cron: r.cron,
  timezone: r.timezone,
  createdAt: r.created_at,
  paused: r.paused === 1,
  ...(r.paused_reason === null ? {} : { pausedReason: r.paused_reason }),
});

export const toDelivery = (r: DeliveryRecord): DeliveryRow => ({
  subscriptionId: r.subscription_id,
  scheduledFor: r.scheduled_for,
  status: r.status,
  attempts: r.attempts,
  late: r.late === 1,
  ...(r.posted_at === null ? {} : { postedAt: r.posted_at }),
  ...(r.detail === null ? {} : { detail: r.detail }),
});
