/** Maps discord.js REST failures to the DeliveryError the digest scheduler understands. */
import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { DeliveryError } from '../types.js';

const GONE_CODES = new Set<number>([RESTJSONErrorCodes.UnknownChannel, RESTJSONErrorCodes.UnknownGuild, RESTJSONErrorCodes.UnknownUser]);
const FORBIDDEN_CODES = new Set<number>([RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.CannotSendMessagesToThisUser]);

/** 404 Unknown Channel -> gone, 403 Missing Access/Permissions -> forbidden, 429 -> rate_limited, else transient. */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof RateLimitError) return new DeliveryError('rate_limited', `Discord rate limit on ${error.route}`, error.retryAfter);
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : 0;
    if (error.status === 404 || GONE_CODES.has(code)) return new DeliveryError('gone', `Discord: ${error.message}`);
    if (error.status === 403 || FORBIDDEN_CODES.has(code)) return new DeliveryError('forbidden', `Discord: ${error.message}`);
    if (error.status === 429) return new DeliveryError('rate_limited', `Discord: ${error.message}`);
    return new DeliveryError('transient', `Discord: ${error.message}`);
  }
  if (error instanceof HTTPError) return new DeliveryError('transient', `Discord answered ${error.status} ${error.message}`);
  return new DeliveryError('transient', error instanceof Error ? error.message : String(error));
}

/** True when Discord refused for lack of access or permission (no point retrying or replying there). */
export function isPermissionError(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.status === 403 || FORBIDDEN_CODES.has(typeof error.code === 'number' ? error.code : 0));
}
