/** Slack Web API failures → the DeliveryError the digest scheduler understands. */
import { DeliveryError, type DeliveryFailure } from '../types.js';

const GONE = new Set(['channel_not_found', 'is_archived', 'channel_is_archived', 'user_not_found', 'account_inactive']);
const FORBIDDEN = new Set([
  'not_in_channel',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'ekm_access_denied',
  'missing_scope',
  'not_authed',
  'invalid_auth',
  'token_revoked',
  'team_access_not_granted',
  'cannot_dm_bot',
]);

/** The shape of @slack/web-api errors, read by their documented `code` (no import of web-api itself). */
interface SlackCodedError {
  code?: string;
  data?: { error?: string };
  retryAfter?: number;
  statusCode?: number;
  headers?: Record<string, string>;
}

/** Maps any error from a Web API call; unknown ones count as transient (the scheduler retries later). */
export function toDeliveryError(error: unknown): DeliveryError {
  const coded = (typeof error === 'object' && error !== null ? error : {}) as SlackCodedError;
  const detail = error instanceof Error ? error.message : String(error);
  const make = (failure: DeliveryFailure, retryAfterMs?: number) => new DeliveryError(failure, `Slack: ${detail}`, retryAfterMs);
  switch (coded.code) {
    case 'slack_webapi_rate_limited_error':
      return make('rate_limited', (coded.retryAfter ?? 1) * 1000);
    case 'slack_webapi_platform_error': {
      const reason = coded.data?.error ?? '';
      if (GONE.has(reason)) return make('gone');
      if (FORBIDDEN.has(reason)) return make('forbidden');
      if (reason === 'ratelimited') return make('rate_limited', 1000);
      return make('transient');
    }
    case 'slack_webapi_http_error': {
      if (coded.statusCode === 429) {
        const seconds = Number.parseInt(coded.headers?.['retry-after'] ?? '', 10);
        return make('rate_limited', Number.isNaN(seconds) ? 1000 : seconds * 1000);
      }
      return make('transient');
    }
    default:
      return make('transient');
  }
}
