import { describe, expect, it } from 'vitest';
import { decodeSection, decodeShare, encodeShare } from '../../../src/platforms/slack/actions.js';
import { canManageDigests } from '../../../src/platforms/slack/deps.js';
import { toDeliveryError } from '../../../src/platforms/slack/errors.js';
import { BotThreads } from '../../../src/platforms/slack/threads.js';

describe('canManageDigests', () => {
  it('GIVEN no DIGEST_ADMINS THEN anyone; GIVEN a list THEN only those users', () => {
    expect(canManageDigests([], 'U1')).toBe(true);
    expect(canManageDigests(['UADMIN'], 'UADMIN')).toBe(true);
    expect(canManageDigests(['UADMIN'], 'U1')).toBe(false);
  });
});

describe('BotThreads', () => {
  it('GIVEN a remembered thread THEN known until it expires', () => {
    let now = 0;
    const threads = new BotThreads(1000, 10, () => now);
    threads.remember('C1', '1.1');
    expect(threads.has('C1', '1.1')).toBe(true);
    expect(threads.has('C2', '1.1')).toBe(false);
    now = 1001;
    expect(threads.has('C1', '1.1')).toBe(false);
  });

  it('GIVEN more threads than the bound THEN the oldest is forgotten first', () => {
    const threads = new BotThreads(1000, 2, () => 0);
    threads.remember('C', '1');
    threads.remember('C', '2');
    threads.remember('C', '3');
    expect([threads.has('C', '1'), threads.has('C', '2'), threads.has('C', '3')]).toEqual([false, true, true]);
  });
});

describe('button values', () => {
  it('GIVEN a share target THEN it round-trips; a value over 2,000 characters is not encoded', () => {
    const value = encodeShare({ brief: 'ask who?' });
    expect(decodeShare(value)).toEqual({ brief: 'ask who?' });
    expect(encodeShare({ brief: 'x'.repeat(2100) })).toBeUndefined();
  });

  it('GIVEN tampered values THEN undefined, never a throw', () => {
    expect(decodeShare('{')).toBeUndefined();
    expect(decodeShare('{"brief":3}')).toBeUndefined();
    expect(decodeSection('{"articleId":1}')).toBeUndefined();
  });
});

describe('toDeliveryError', () => {
  it('GIVEN web-api errors by code THEN the matching failure', () => {
    expect(toDeliveryError({ code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } }).failure).toBe('gone');
    expect(toDeliveryError({ code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } }).failure).toBe('forbidden');
    const limited = toDeliveryError({ code: 'slack_webapi_rate_limited_error', retryAfter: 30 });
    expect([limited.failure, limited.retryAfterMs]).toEqual(['rate_limited', 30_000]);
    expect(toDeliveryError({ code: 'slack_webapi_http_error', statusCode: 503 }).failure).toBe('transient');
    expect(toDeliveryError(new Error('socket hang up')).failure).toBe('transient');
  });
});
