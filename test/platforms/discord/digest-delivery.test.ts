/**
 * End to end with the real discord.js client: a digest posted with its delivery key carries a nonce per
 * message (enforce_nonce) and a reference in its last footer; a repeat does not double it; wasDelivered
 * reads the last 50 messages and answers true, false, or throws when it cannot tell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../commands/reply.js';
import { digestNonce, digestReference } from '../../../src/platforms/discord/digest-ref.js';
import { DeliveryError } from '../../../src/platforms/types.js';
import { ALICE, SECOND_CHANNEL_ID, TEXT_CHANNEL_ID } from './double/index.js';
import type { RestCall } from './double/rest.js';
import { startHarness, visibleText, type Harness } from './harness.js';
import { expectNoPings } from './no-pings.js';

const digest = (title: string): Reply => ({
  kind: 'digest',
  text: title,
  parts: [
    { type: 'context', text: 'late: scheduled for 08:00' },
    { type: 'heading', text: title },
    { type: 'paragraph', text: 'Blinken arrived in Shanghai. @everyone' },
    { type: 'context', text: 'Questions? Mention me with your question.' },
  ],
  actions: [],
  visibility: 'public',
});
/** Over 6,000 characters: two messages at least. */
const longDigest: Reply = { ...digest('Long digest'), parts: [{ type: 'heading', text: 'Long digest' }, ...Array.from({ length: 4 }, (_, i) => ({ type: 'paragraph' as const, text: `${'word '.repeat(790)}${i}` })), { type: 'context', text: 'Questions?' }] };

const isPost = (channelId: string) => (call: RestCall) => call.method === 'POST' && call.path === `/channels/${channelId}/messages`;
const historyOf = (h: Harness, channelId: string) => h.double.rest.messages.get(channelId) ?? [];
const sameKey = (h: Harness, channelId: string, reference: string) => historyOf(h, channelId).filter((m) => JSON.stringify(m).includes(reference));

describe('GIVEN the bot connected to the Discord double', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());

  it('WHEN a digest is posted with a delivery key THEN every message carries its nonce with enforce_nonce, and the last footer ends with the reference', async () => {
    const key = 'sub1@2026-03-02T08:00:00.000Z';
    const from = h.double.rest.calls.mark();
    await h.adapter.postToChannel(TEXT_CHANNEL_ID, longDigest, { deliveryKey: key });
    const posts = h.double.rest.calls.items.slice(from).filter(isPost(TEXT_CHANNEL_ID));
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(posts.map((post) => post.body.nonce)).toEqual(posts.map((_, part) => digestNonce(key, part)));
    expect(new Set(posts.map((post) => post.body.nonce)).size).toBe(posts.length);
    for (const post of posts) {
      expect(post.body.enforce_nonce).toBe(true);
      expect(post.body.nonce.length).toBeLessThanOrEqual(25);
    }
    const reference = digestReference(key);
    const last = posts.at(-1)?.body;
    expect(last.embeds.at(-1).footer.text).toBe(`Questions? · ${reference}`);
    // Only the last message says it: the earlier ones read as before.
    expect(posts.slice(0, -1).some((post) => JSON.stringify(post.body).includes(reference))).toBe(false);
  });

  it('WHEN the same digest is posted again within the dedupe window THEN Discord returns the original messages and the channel holds one copy', async () => {
    const key = 'sub2@2026-03-02T08:00:00.000Z';
    const from = h.double.rest.calls.mark();
    await h.adapter.postToChannel(SECOND_CHANNEL_ID, digest('Repeated digest'), { deliveryKey: key });
    await h.adapter.postToChannel(SECOND_CHANNEL_ID, digest('Repeated digest'), { deliveryKey: key });
    const posts = h.double.rest.calls.items.slice(from).filter(isPost(SECOND_CHANNEL_ID));
    expect(posts).toHaveLength(2);
    const ids = posts.map((post) => (post.response as { id: string }).id);
    expect(ids[1]).toBe(ids[0]);
    expect(sameKey(h, SECOND_CHANNEL_ID, digestReference(key))).toHaveLength(1);
    // A different digest (another key) is a new message.
    await h.adapter.postToChannel(SECOND_CHANNEL_ID, digest('Repeated digest'), { deliveryKey: 'sub2@2026-03-03T08:00:00.000Z' });
    expect(sameKey(h, SECOND_CHANNEL_ID, digestReference('sub2@2026-03-03T08:00:00.000Z'))).toHaveLength(1);
  });

  it('WHEN Discord creates the message but the answer is lost (502) THEN the client retries with the same nonce and the channel holds one copy', async () => {
    const key = 'sub3@2026-03-02T08:00:00.000Z';
    const from = h.double.rest.calls.mark();
    h.double.rest.fail({ method: 'POST', path: new RegExp(`/channels/${TEXT_CHANNEL_ID}/messages$`), status: 502, afterEffect: true });
    await h.adapter.postToChannel(TEXT_CHANNEL_ID, digest('Lost answer'), { deliveryKey: key });
    const posts = h.double.rest.calls.items.slice(from).filter(isPost(TEXT_CHANNEL_ID));
    expect(posts.map((post) => post.status)).toEqual([502, 200]);
    expect(posts[1]?.body.nonce).toBe(posts[0]?.body.nonce);
    expect(sameKey(h, TEXT_CHANNEL_ID, digestReference(key))).toHaveLength(1);
  });

  it('WHEN no delivery key is given THEN no nonce and no reference (answers and notices are unchanged)', async () => {
    const from = h.double.rest.calls.mark();
    await h.adapter.postToChannel(TEXT_CHANNEL_ID, digest('No key'));
    const [post] = h.double.rest.calls.items.slice(from).filter(isPost(TEXT_CHANNEL_ID));
    expect(post?.body.nonce).toBeUndefined();
    expect(post?.body.enforce_nonce).toBeFalsy();
    expect(visibleText(post?.body)).not.toMatch(/\bref [0-9a-z]{10}\b/);
  });

  it('WHEN asked whether a posted digest arrived THEN true, from one read of the last 50 messages by the bot', async () => {
    const key = 'sub4@2026-03-02T08:00:00.000Z';
    await h.adapter.postToChannel(TEXT_CHANNEL_ID, digest('Arrived'), { deliveryKey: key });
    const from = h.double.rest.calls.mark();
    expect(await h.adapter.wasDelivered?.(TEXT_CHANNEL_ID, key)).toBe(true);
    const reads = h.double.rest.calls.items.slice(from).filter((call) => call.method === 'GET' && call.path === `/channels/${TEXT_CHANNEL_ID}/messages`);
    expect(reads).toHaveLength(1);
    expect(reads[0]?.query.get('limit')).toBe('50');
  });

  it('WHEN the digest is not in the channel THEN false; a user quoting its reference does not count', async () => {
    const key = 'sub5@2026-03-02T08:00:00.000Z';
    expect(await h.adapter.wasDelivered?.(TEXT_CHANNEL_ID, key)).toBe(false);
    h.double.rest.addMessage(TEXT_CHANNEL_ID, `what is ${digestReference(key)}`, ALICE);
    h.double.rest.addMessage(TEXT_CHANNEL_ID, `copied · ${digestReference(key)}`, ALICE);
    expect(await h.adapter.wasDelivered?.(TEXT_CHANNEL_ID, key)).toBe(false);
  });

  it('WHEN more than 50 messages arrived after the digest THEN it can no longer be found (the honest limit): false', async () => {
    const key = 'sub6@2026-03-02T08:00:00.000Z';
    await h.adapter.postToChannel(SECOND_CHANNEL_ID, digest('Buried'), { deliveryKey: key });
    for (let i = 0; i < 49; i++) h.double.rest.addMessage(SECOND_CHANNEL_ID, `chatter ${i}`, ALICE);
    expect(await h.adapter.wasDelivered?.(SECOND_CHANNEL_ID, key)).toBe(true);
    h.double.rest.addMessage(SECOND_CHANNEL_ID, 'chatter 50', ALICE);
    expect(await h.adapter.wasDelivered?.(SECOND_CHANNEL_ID, key)).toBe(false);
  });

  it('WHEN the history cannot be read (no access, unknown channel, outage) THEN wasDelivered throws: the scheduler cannot tell', async () => {
    const key = 'sub4@2026-03-02T08:00:00.000Z';
    const read = new RegExp(`/channels/${TEXT_CHANNEL_ID}/messages$`);
    h.double.rest.fail({ method: 'GET', path: read, status: 403, body: { message: 'Missing Access', code: 50001 } });
    await expect(h.adapter.wasDelivered?.(TEXT_CHANNEL_ID, key)).rejects.toMatchObject({ failure: 'forbidden' });
    h.double.rest.fail({ method: 'GET', path: read, status: 503, times: 3 });
    await expect(h.adapter.wasDelivered?.(TEXT_CHANNEL_ID, key)).rejects.toBeInstanceOf(DeliveryError);
    await expect(h.adapter.wasDelivered?.('999999999999999999', key)).rejects.toMatchObject({ failure: 'gone' });
    // Once the history is readable again, the same digest is found.
    expect(await h.adapter.wasDelivered?.(TEXT_CHANNEL_ID, key)).toBe(true);
  });

  it('THEN every message the bot sent disabled mentions, and @everyone in the digest is shown, not triggered', () => {
    expect(expectNoPings(h.double.rest.calls.items)).toBeGreaterThan(8);
    const posted = h.double.rest.calls.items.filter(isPost(TEXT_CHANNEL_ID)).map((call) => visibleText(call.body)).join('\n');
    expect(posted).toContain('@\u200beveryone');
  });
});
