/** Discord failures -> the DeliveryError kinds the digest scheduler acts on. */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { toDeliveryError } from '../../../src/platforms/discord/delivery.js';

const request = { body: undefined, files: undefined, json: undefined };
const apiError = (status: number, code: number, message: string) => new DiscordAPIError({ code, message }, code, status, 'POST', '/channels/1/messages', request);

describe('toDeliveryError', () => {
  it('GIVEN 404 Unknown Channel THEN gone; 403 Missing Access/Permissions THEN forbidden', () => {
    expect(toDeliveryError(apiError(404, 10003, 'Unknown Channel')).failure).toBe('gone');
    expect(toDeliveryError(apiError(403, 50001, 'Missing Access')).failure).toBe('forbidden');
    expect(toDeliveryError(apiError(403, 50013, 'Missing Permissions')).failure).toBe('forbidden');
  });
  it('GIVEN a rate limit THEN rate_limited with the wait; GIVEN 5xx or a network failure THEN transient', () => {
    const limited = new RateLimitError({ timeToReset: 5000, limit: 5, method: 'POST', hash: 'h', url: 'u', route: '/channels/:id/messages', majorParameter: '1', global: false, retryAfter: 5000, sublimitTimeout: 0, scope: 'user' });
    expect(toDeliveryError(limited)).toMatchObject({ failure: 'rate_limited', retryAfterMs: 5000 });
    expect(toDeliveryError(new HTTPError(503, 'Service Unavailable', 'POST', '/x', request)).failure).toBe('transient');
    expect(toDeliveryError(new TypeError('fetch failed')).failure).toBe('transient');
  });
});
