import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReply } from '../../../commands/build-reply.js';
import { BOT_USER_ID } from './slack-double.js';
import { messageText, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

let ts = 1000;
const nextTs = () => `${++ts}.000100`;

describe('Slack chat over loopback', () => {
  it('GIVEN a mention THEN a threaded answer under it, quoting the article', async () => {
    const mentionTs = nextTs();
    await h.event({ type: 'app_mention', user: 'U1', channel: 'C1', ts: mentionTs, text: `<@${BOT_USER_ID}> who is the State Department spokesman?` });
    const post = await h.double.next('chat.postMessage');
    expect(post.body.channel).toBe('C1');
    expect(post.body.thread_ts).toBe(mentionTs);
    expect(messageText(post.body)).toContain('Matthew Miller');
  });

  it('GIVEN a reply in the bot thread THEN a follow-up resolved in that conversation', async () => {
    const mentionTs = nextTs();
    await h.event({ type: 'app_mention', user: 'U1', channel: 'C1', ts: mentionTs, text: `<@${BOT_USER_ID}> who is the State Department spokesman?` });
    const first = await h.double.next('chat.postMessage');
    expect(first.body.thread_ts).toBe(mentionTs);
    // A follow-up without a mention, in the thread the bot answered: "he" is the spokesman.
    await h.event({ type: 'message', channel_type: 'channel', user: 'U1', channel: 'C1', ts: nextTs(), thread_ts: mentionTs, text: 'what did he say?' });
    const followUp = await h.double.next('chat.postMessage');
    expect(followUp.body.thread_ts).toBe(mentionTs);
    expect(messageText(followUp.body)).toContain('Miller');
    // The same words in a fresh thread have nothing to refer to.
    await h.event({ type: 'app_mention', user: 'U1', channel: 'C1', ts: nextTs(), text: `<@${BOT_USER_ID}> what did he say?` });
    const fresh = await h.double.next('chat.postMessage');
    expect(messageText(fresh.body)).not.toContain('Miller');
  });

  it('GIVEN a thread the bot never answered, or chatter in one it did THEN silence', async () => {
    await h.event({ type: 'message', channel_type: 'channel', user: 'U1', channel: 'C1', ts: nextTs(), thread_ts: '1.000001', text: 'who is Miller?' });
    const answeredTs = nextTs();
    await h.event({ type: 'app_mention', user: 'U1', channel: 'C1', ts: answeredTs, text: `<@${BOT_USER_ID}> who is Miller?` });
    await h.double.next('chat.postMessage');
    await h.event({ type: 'message', channel_type: 'channel', user: 'U3', channel: 'C1', ts: nextTs(), thread_ts: answeredTs, text: 'thanks, great' });
    // A DM sent afterwards is answered first: the chatter produced no post.
    await h.event({ type: 'message', channel_type: 'im', user: 'U2', channel: 'D9', ts: nextTs(), text: 'where did Blinken arrive?' });
    const post = await h.double.next('chat.postMessage');
    expect(post.body.channel).toBe('D9');
  });

  it('GIVEN a DM asking who the article quotes THEN the list as bullets, with its sources, not as a quote', async () => {
    await h.event({ type: 'message', channel_type: 'im', user: 'U2', channel: 'D1', ts: nextTs(), text: 'who is quoted?' });
    const post = await h.double.next('chat.postMessage');
    const text = messageText(post.body);
    expect(text).toContain('The article quotes:');
    expect(text).toContain('• Matthew Miller, State Department spokesman');
    expect(text).toMatch(/Sources: .*Overview/);
    expect(text).not.toMatch(/^>/m);
  });

  it('GIVEN a DM THEN answered in the DM', async () => {
    await h.event({ type: 'message', channel_type: 'im', user: 'U2', channel: 'D1', ts: nextTs(), text: 'who is the State Department spokesman?' });
    const post = await h.double.next('chat.postMessage');
    expect(post.body.channel).toBe('D1');
    expect(post.body.thread_ts).toBeUndefined();
    expect(messageText(post.body)).toContain('Miller');
  });

  it('GIVEN bot messages and edits THEN ignored', async () => {
    await h.event({ type: 'message', channel_type: 'im', bot_id: 'B2', user: 'U9', channel: 'D2', ts: nextTs(), text: 'I am a bot' });
    await h.event({ type: 'message', channel_type: 'im', user: BOT_USER_ID, channel: 'D2', ts: nextTs(), text: 'my own words' });
    await h.event({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D2', ts: nextTs(), message: { text: 'edited' } });
    await h.event({ type: 'message', channel_type: 'im', user: 'U2', channel: 'D3', ts: nextTs(), text: 'who is the State Department spokesman?' });
    const post = await h.double.next('chat.postMessage');
    expect(post.body.channel).toBe('D3');
  });

  it('GIVEN a mention echoing <!channel> THEN nothing live is posted', async () => {
    await h.event({ type: 'app_mention', user: 'U1', channel: 'C1', ts: nextTs(), text: `<@${BOT_USER_ID}> <!channel> @here what about ${'<!everyone>'}?` });
    const post = await h.double.next('chat.postMessage');
    expect(messageText(post.body)).not.toMatch(/<!(channel|here|everyone)>/);
  });

  it('GIVEN chat.postMessage fails with a 5xx, then a 429 THEN retried, logged, and the process keeps answering', async () => {
    h.double.failNext('chat.postMessage', { status: 503, body: { ok: false } });
    h.double.failNext('chat.postMessage', { status: 503, body: { ok: false } });
    await h.event({ type: 'app_mention', user: 'U1', channel: 'C1', ts: nextTs(), text: `<@${BOT_USER_ID}> where did Blinken arrive?` });
    await h.double.next('chat.postMessage');
    await h.double.next('chat.postMessage');
    h.double.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '0' }, body: { ok: false, error: 'ratelimited' } });
    await h.event({ type: 'app_mention', user: 'U1', channel: 'C1', ts: nextTs(), text: `<@${BOT_USER_ID}> who is the State Department spokesman?` });
    await h.double.next('chat.postMessage');
    const retried = await h.double.next('chat.postMessage');
    expect(messageText(retried.body)).toContain('Miller');
  });
});

describe('Slack digest threads', () => {
  it('GIVEN a reply in the thread of a posted digest THEN answered there as a question', async () => {
    await h.adapter.postToChannel('C5', buildReply({ kind: 'digest', visibility: 'public', parts: [{ type: 'paragraph', text: 'Digest' }] }));
    const digestTs = h.double.of('chat.postMessage').at(-1)?.ts ?? '';
    await h.double.next('chat.postMessage');
    await h.event({ type: 'message', channel_type: 'channel', user: 'U1', channel: 'C5', ts: nextTs(), thread_ts: digestTs, text: 'who is the State Department spokesman?' });
    const answer = await h.double.next('chat.postMessage');
    expect(answer.body.thread_ts).toBe(digestTs);
    expect(messageText(answer.body)).toContain('Miller');
  });
});
