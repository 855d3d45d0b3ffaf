/**
 * End to end over loopback: mentions become questions answered in a thread started from the question,
 * follow-ups in that thread keep one conversation, DMs are answered in place, and what cannot be done
 * (no thread permission, an invisible channel) degrades to a reply or a log line.
 */
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Dispatch from '../../../commands/dispatch.js';
import type { CommandContext } from '../../../commands/types.js';
import { BOB, BOT_USER, DM_CHANNEL_ID, GUILD_ID, mentionBot, messageCreate, slashCommand, TEXT_CHANNEL_ID } from './double/index.js';
import type { RestCall } from './double/rest.js';
import { startHarness, visibleText, type Harness } from './harness.js';
import { expectNoPings } from './no-pings.js';

const asked = vi.hoisted(() => [] as Array<{ text: string; context: CommandContext }>);
vi.mock('../../../commands/dispatch.js', async (importOriginal) => {
  const real = await importOriginal<typeof Dispatch>();
  return {
    ...real,
    answerChatMessage: (text: string, context: CommandContext, services: Parameters<typeof real.answerChatMessage>[2]) => {
      asked.push({ text, context });
      return real.answerChatMessage(text, context, services);
    },
  };
});

const postTo = (channelId: string) => (call: RestCall) => call.method === 'POST' && call.path === `/channels/${channelId}/messages`;
const threadFrom = (messageId: string) => (call: RestCall) => call.method === 'POST' && call.path === `/channels/${TEXT_CHANNEL_ID}/messages/${messageId}/threads`;

describe('GIVEN the bot in a guild with the MessageContent intent', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());

  let threadId = '';

  it('WHEN a member mentions the bot with a question THEN the answer goes in a thread started from the question', async () => {
    const question = mentionBot('Where did Blinken arrive?');
    const from = h.double.rest.calls.mark();
    h.double.gateway.dispatch('MESSAGE_CREATE', question);
    const thread = await h.double.rest.calls.waitFor(threadFrom(question.id), from);
    expect(thread.body.name).toBe('Where did Blinken arrive?');
    threadId = (thread.response as { id: string }).id;
    const answer = await h.double.rest.calls.waitFor(postTo(threadId), from);
    expect(visibleText(answer.body)).toContain('Shanghai');
    expect(asked.at(-1)).toMatchObject({ text: 'Where did Blinken arrive?', context: { conversationKey: `discord:${threadId}`, platform: 'discord' } });
  });

  it('WHEN the member writes again in that thread, without a mention THEN it is a follow-up of the same conversation', async () => {
    const followUp = messageCreate('And what about Taiwan?', { channelId: threadId, channelType: 11 });
    const from = h.double.rest.calls.mark();
    h.double.gateway.dispatch('MESSAGE_CREATE', followUp);
    const answer = await h.double.rest.calls.waitFor(postTo(threadId), from);
    expect(visibleText(answer.body)).toMatch(/Taiwan/);
    expect(asked.at(-1)?.context.conversationKey).toBe(`discord:${threadId}`);
    expect(h.double.rest.calls.items.slice(from).some((call) => call.path.endsWith('/threads'))).toBe(false);
  });

  it('WHEN a user writes to the bot in a DM THEN it answers there, keyed by the DM channel', async () => {
    const from = h.double.rest.calls.mark();
    h.double.gateway.dispatch('MESSAGE_CREATE', messageCreate('Where did Blinken arrive?', { dm: true }));
    const answer = await h.double.rest.calls.waitFor(postTo(DM_CHANNEL_ID), from);
    expect(visibleText(answer.body)).toContain('Shanghai');
    expect(asked.at(-1)?.context.conversationKey).toBe(`discord:${DM_CHANNEL_ID}`);
  });

  it('WHEN a user asks in a DM for the key points THEN they come as bullets, with their sources', async () => {
    const from = h.double.rest.calls.mark();
    h.double.gateway.dispatch('MESSAGE_CREATE', messageCreate('what are the key points?', { dm: true }));
    const answer = await h.double.rest.calls.waitFor(postTo(DM_CHANNEL_ID), from);
    const text = visibleText(answer.body);
    expect(text).toContain('The key points of the article:');
    expect(text).toContain('• Blinken arrived in Shanghai on Wednesday for three days of meetings.');
    expect(text).toMatch(/Sources: The visit; China's support for Russia/);
    expect(text).not.toMatch(/^> /m);
  });

  it('WHEN the bot may not start threads here THEN it replies to the question instead and logs why', async () => {
    h.double.rest.fail({ method: 'POST', path: /\/threads$/, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const question = mentionBot('What will Blinken warn about?');
    const from = h.double.rest.calls.mark();
    h.double.gateway.dispatch('MESSAGE_CREATE', question);
    const reply = await h.double.rest.calls.waitFor(postTo(TEXT_CHANNEL_ID), from);
    expect(reply.body.message_reference).toMatchObject({ message_id: question.id });
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(h.logs.some((line) => String(line.msg).includes('cannot start a thread'))).toBe(true);
  });

  it('WHEN bots (or the bot itself) post or an un-mentioned message arrives THEN nothing is answered', async () => {
    const from = h.double.rest.calls.mark();
    h.double.gateway.dispatch('MESSAGE_CREATE', mentionBot('Where did Blinken arrive?', { author: { ...BOB, bot: true } as typeof BOB }));
    h.double.gateway.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_USER.id}> my own words`, { author: BOT_USER as unknown as typeof BOB, mentions: [BOT_USER as unknown as typeof BOB] }));
    h.double.gateway.dispatch('MESSAGE_CREATE', messageCreate('just chatting about Taiwan'));
    // Gateway events are handled in order: once this last mention is answered, the three above were ignored.
    const marker = mentionBot('Where did Blinken arrive?');
    h.double.gateway.dispatch('MESSAGE_CREATE', marker);
    await h.double.rest.calls.waitFor(threadFrom(marker.id), from);
    const threads = h.double.rest.calls.items.slice(from).filter((call) => call.path.endsWith('/threads'));
    expect(threads).toHaveLength(1);
  });

  it('WHEN a mention arrives from a channel the bot cannot see or post in THEN it logs and keeps serving', async () => {
    const hidden = '777777777777777777';
    h.double.rest.fail({ path: new RegExp(`/channels/${hidden}/`), status: 403, body: { message: 'Missing Access', code: 50001 }, times: 5 });
    const errorsBefore = h.logs.filter((line) => line.level === 50).length;
    const from = h.double.rest.calls.mark();
    h.double.gateway.dispatch('MESSAGE_CREATE', { ...mentionBot('Where did Blinken arrive?', { channelId: hidden }), guild_id: GUILD_ID });
    // No thread allowed there, then the fallback reply refused as well.
    await h.double.rest.calls.waitFor((call) => call.path === `/channels/${hidden}/messages` && call.status === 403, from);
    const callback = await h.interact(slashCommand('summary'));
    expect(callback.body.type).toBe(4);
    const posted = h.double.rest.calls.items.filter((call) => call.path.startsWith(`/channels/${hidden}`) && call.status < 300);
    expect(posted).toHaveLength(0);
    expect(h.logs.filter((line) => line.level === 50).length).toBe(errorsBefore);
    expect(h.logs.some((line) => String(line.msg).includes('missing access or permission'))).toBe(true);
  });

  it('THEN every message the bot sent disabled mentions', () => {
    expect(expectNoPings(h.double.rest.calls.items)).toBeGreaterThanOrEqual(5);
  });
});

describe('GIVEN the bot without the MessageContent intent (mention-only)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ adapter: { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] } });
  });
  afterAll(async () => h.stop());

  it('WHEN it identifies THEN it does not ask for MessageContent', async () => {
    const identify = await h.double.gateway.received.waitFor((frame) => frame.op === 2);
    expect(identify.d.intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('WHEN a thread message arrives without content THEN it is ignored, and a mention in the thread is answered', async () => {
    const question = mentionBot('Where did Blinken arrive?');
    const from = h.double.rest.calls.mark();
    h.double.gateway.dispatch('MESSAGE_CREATE', question);
    const thread = await h.double.rest.calls.waitFor(threadFrom(question.id), from);
    const threadId = (thread.response as { id: string }).id;
    await h.double.rest.calls.waitFor(postTo(threadId), from);
    const next = h.double.rest.calls.mark();
    // Discord blanks the content of un-mentioned messages for bots without the intent.
    h.double.gateway.dispatch('MESSAGE_CREATE', messageCreate('', { channelId: threadId, channelType: 11 }));
    h.double.gateway.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_USER.id}> and Taiwan?`, { channelId: threadId, channelType: 11, mentions: [BOT_USER as unknown as typeof BOB] }));
    await h.double.rest.calls.waitFor(postTo(threadId), next);
    expect(h.double.rest.calls.items.slice(next).filter(postTo(threadId))).toHaveLength(1);
    expect(asked.at(-1)?.text).toBe('and Taiwan?');
  });
});
