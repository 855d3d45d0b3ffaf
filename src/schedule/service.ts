/** The digest subscriptions port used by the /brief subscribe, unsubscribe and subscriptions commands. */
import type { Platform } from '../platforms/types.js';

export interface Subscription {
  id: string;
  platform: Platform;
  channelId: string;
  /** Who subscribed: told when delivery keeps failing. */
  createdBy: string;
  /** What the user typed, e.g. `weekly mon 08:00`. */
  when: string;
  /** The cron expression it became. */
  cron: string;
  timezone: string;
  createdAt: string;
  paused: boolean;
  pausedReason?: string;
}

export interface SubscribeRequest {
  platform: Platform;
  channelId: string;
  userId: string;
  when: string;
  timezone?: string;
}

/** A new subscription, or an existing paused one with the same schedule that was resumed. */
export type SubscribeResult = Subscription & { resumed?: boolean };

export type UnsubscribeResult =
  | { kind: 'removed'; subscription: Subscription }
  | { kind: 'ambiguous'; subscriptions: Subscription[] }
  | { kind: 'none' };

export interface SubscriptionService {
  /** Validates and stores; throws UserError naming the accepted forms when `when` or `timezone` is bad. */
  subscribe(request: SubscribeRequest): SubscribeResult;
  list(platform: Platform, channelId: string): Array<Subscription & { nextRun: Date | null }>;
  /** With an id not in this channel: `none`. Without an id: removes the channel's only subscription, or lists them when there are several. */
  unsubscribe(platform: Platform, channelId: string, id?: string): UnsubscribeResult;
}
