import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReply } from '../../../commands/build-reply.js';
import { DeliveryError } from '../../../src/platforms/types.js';
import { messageText, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const digest = buildReply({ kind: 'digest', visibility: 'public', parts: [{ type: 'heading', text: 'Your digest' }, { type: 'paragraph', text: 'News <!channel> & more' }] });

async function failureOf(promise: Promise<void>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe('Slack postToChannel (digests)', () => {
  it('GIVEN a digest THEN chat.postMessage with escaped blocks', async () => {
    await h.adapter.postToChannel('C7', digest);
    const call = h.double.of('chat.postMessage').at(-1);
    expect(call?.body.channel).toBe('C7');
    const text = messageText(call?.body ?? {});
    expect(text).toContain('News &lt;!channel&gt; &amp; more');
  });

  it.each([
    ['channel_not_found', 'gone'],
    ['is_archived', 'gone'],
    ['not_in_channel', 'forbidden'],
    ['restricted_action', 'forbidden'],
  ])('GIVEN Slack answers %s THEN DeliveryError %s', async (error, failure) => {
    h.double.failNext('chat.postMessage', { status: 200, body: { ok: false, error } });
    const delivery = await failureOf(h.adapter.postToChannel('C7', digest));
    expect(delivery.failure).toBe(failure);
  });

  it('GIVEN a 429 with Retry-After THEN rate_limited with the wait', async () => {
    h.double.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } });
    const delivery = await failureOf(h.adapter.postToChannel('C7', digest));
    expect(delivery.failure).toBe('rate_limited');
    expect(delivery.retryAfterMs).toBe(7000);
  });

  it('GIVEN a 5xx THEN transient, and the next post goes through', async () => {
    h.double.failNext('chat.postMessage', { status: 502, body: 'bad gateway' });
    const delivery = await failureOf(h.adapter.postToChannel('C7', digest));
    expect(delivery.failure).toBe('transient');
    await h.adapter.postToChannel('C8', digest);
    expect(h.double.of('chat.postMessage').at(-1)?.body.channel).toBe('C8');
  });
});

describe('Slack limits over loopback', () => {
  it('GIVEN a reply far over the limits THEN the posted message has at most 50 blocks of at most 3,000 characters', async () => {
    const parts = Array.from({ length: 80 }, (_, i) => ({ type: 'paragraph' as const, text: `Paragraph ${i}: ${'word '.repeat(900)}` }));
    await h.adapter.postToChannel('C9', buildReply({ kind: 'digest', visibility: 'public', parts }));
    const call = h.double.of('chat.postMessage').at(-1);
    expect(call?.body.channel).toBe('C9');
    const blocks = call?.body.blocks as Array<{ type: string; text?: { text: string } }>;
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    expect(blocks.filter((block) => block.type === 'section').length).toBeGreaterThan(40);
  });
});

describe('Slack wasDelivered (digest crash recovery)', () => {
  it('GIVEN a digest posted with a delivery key THEN found in the channel history; another key is not', async () => {
    await h.adapter.postToChannel('C20', digest, { deliveryKey: 'sub1@2026-01-01T08:00:00.000Z' });
    expect(await h.adapter.wasDelivered?.('C20', 'sub1@2026-01-01T08:00:00.000Z')).toBe(true);
    expect(await h.adapter.wasDelivered?.('C20', 'sub1@2026-01-02T08:00:00.000Z')).toBe(false);
    expect(await h.adapter.wasDelivered?.('C21', 'sub1@2026-01-01T08:00:00.000Z')).toBe(false);
  });

  it('GIVEN the history cannot be read THEN a DeliveryError, not a guess', async () => {
    h.double.failNext('conversations.history', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    const error = await h.adapter.wasDelivered?.('C20', 'x').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeliveryError);
  });
});
