/**
 * End to end over loopback: the real discord.js client logged in to the Discord double, running every
 * `/brief` subcommand through the real command layer and engine on a fixture article.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Dispatch from '../../../commands/dispatch.js';
import type { Reply } from '../../../commands/reply.js';
import type { CommandContext, CommandInput } from '../../../commands/types.js';
import { autocomplete, DM_CHANNEL_ID, PERMISSIONS, slashCommand, TEXT_CHANNEL_ID, ALICE } from './double/index.js';
import { messageBody, startHarness, visibleText, type Harness } from './harness.js';
import { expectNoPings } from './no-pings.js';

const ran = vi.hoisted(() => [] as Array<{ name: string; input: CommandInput; context: CommandContext }>);
/** While set, commands wait for it: a command slower than the acknowledgement deadline, without timers. */
const slow = vi.hoisted(() => ({ gate: undefined as Promise<void> | undefined, reply: undefined as Reply | undefined }));
vi.mock('../../../commands/dispatch.js', async (importOriginal) => {
  const real = await importOriginal<typeof Dispatch>();
  return {
    ...real,
    runCommand: (name: string, input: CommandInput, context: CommandContext, services: Parameters<typeof real.runCommand>[3]) => {
      ran.push({ name, input, context });
      return (slow.gate ?? Promise.resolve()).then(() => slow.reply ?? real.runCommand(name, input, context, services));
    },
  };
});

const EPHEMERAL = 64;

describe('GIVEN the bot logged in to the Discord double', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());

  const run = async (sub: string, options: Record<string, string> = {}, permissions = PERMISSIONS.member) => {
    const interaction = slashCommand(sub, options, { permissions });
    const call = await h.interact(interaction);
    return { call, body: messageBody(call), text: visibleText(messageBody(call)), ran: ran.find((r) => r.context.userId === ALICE.id && ran.indexOf(r) === ran.length - 1) };
  };

  it('WHEN /brief summary THEN an ephemeral reply (type 4) carries the title, key points and section buttons', async () => {
    const { call, body, text } = await run('summary');
    expect(call.body.type).toBe(4);
    expect(body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(text).toContain('Blinken arrives in China');
    expect(text).toContain('Key points');
    const ids = body.components.flatMap((row: { components: Array<{ custom_id: string }> }) => row.components.map((c) => c.custom_id));
    expect(ids).toEqual(expect.arrayContaining(['brief:share', 'brief:open:blinken:s3-taiwan']));
  });

  it('WHEN /brief topic tiawan THEN the Taiwan section is shown, typo and all', async () => {
    const { text, ran: last } = await run('topic', { topic: 'tiawan' });
    expect(last).toMatchObject({ name: 'topic', input: { options: { topic: 'tiawan' } } });
    expect(text).toContain('Taiwan and the South China Sea');
  });

  it('WHEN /brief search machine tools THEN the matching passage and its section come back', async () => {
    const { text } = await run('search', { query: 'machine tools' });
    expect(text).toContain('machine tools and semiconductors');
  });

  it('WHEN /brief ask THEN a cited answer quotes the article', async () => {
    const { text, ran: last } = await run('ask', { question: 'Where did Blinken arrive?' });
    expect(text).toContain('Shanghai');
    expect(last?.context).toMatchObject({ platform: 'discord', channelId: TEXT_CHANNEL_ID, userId: ALICE.id, conversationKey: `discord:${TEXT_CHANNEL_ID}:${ALICE.id}` });
  });

  it('WHEN /brief ask arrives in a DM THEN the conversation is the DM channel and the user manages its own digests', async () => {
    const call = await h.interact(slashCommand('ask', { question: 'Where did Blinken arrive?' }, { dm: true }));
    expect(visibleText(messageBody(call))).toContain('Shanghai');
    expect(ran.at(-1)?.context).toMatchObject({ channelId: DM_CHANNEL_ID, conversationKey: `discord:${DM_CHANNEL_ID}`, canManageDigests: true });
  });

  it('WHEN /brief sections THEN every section is listed', async () => {
    const { text } = await run('sections');
    for (const title of ['The visit', "China's support for Russia", 'Taiwan']) expect(text).toContain(title);
  });

  it('WHEN /brief help THEN the usage of the forms is shown', async () => {
    const { text } = await run('help');
    expect(text).toMatch(/\/brief search/);
  });

  it('WHEN /brief subscribe by a member with Manage Channels THEN the command runs with canManageDigests', async () => {
    const { call, ran: last } = await run('subscribe', {}, PERMISSIONS.manager);
    expect(call.body.type).toBe(4);
    expect(last).toMatchObject({ name: 'subscribe', context: { canManageDigests: true, channelId: TEXT_CHANNEL_ID } });
  });

  it('WHEN /brief subscribe by a plain member THEN canManageDigests is false', async () => {
    const { ran: last } = await run('subscribe', {}, PERMISSIONS.member);
    expect(last).toMatchObject({ name: 'subscribe', context: { canManageDigests: false } });
  });

  it('WHEN /brief unsubscribe and /brief subscriptions THEN each is answered', async () => {
    for (const sub of ['unsubscribe', 'subscriptions']) {
      const { call, text, ran: last } = await run(sub, {}, PERMISSIONS.manager);
      expect(last?.name).toBe(sub);
      expect(call.body.type).toBe(4);
      expect(text.length).toBeGreaterThan(0);
    }
  });

  it('WHEN the topic option autocompletes "tiawan" THEN Taiwan is offered, within 25 choices of 100 characters', async () => {
    const call = await h.interact(autocomplete('topic', 'topic', 'tiawan'));
    expect(call.body.type).toBe(8);
    const choices: Array<{ name: string; value: string }> = call.body.data.choices;
    expect(choices[0]?.name).toBe('Taiwan');
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) expect(Math.max(choice.name.length, choice.value.length)).toBeLessThanOrEqual(100);
  });

  it('WHEN the topic option is still empty THEN the sections are offered', async () => {
    const call = await h.interact(autocomplete('topic', 'topic', ''));
    expect(call.body.data.choices.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['Taiwan', 'The visit']));
  });

  it('WHEN an unknown subcommand arrives THEN a one-line ephemeral answer names it', async () => {
    const { body } = await run('frobnicate');
    expect(body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.content).toContain('/brief frobnicate');
    expect(h.logs.some((line) => line.msg === 'discord: refused /brief input')).toBe(true);
  });

  it('WHEN an undeclared option arrives THEN it is refused by name', async () => {
    const { body } = await run('search', { query: 'x', colour: 'blue' });
    expect(body.content).toContain('no option `colour`');
  });

  it('WHEN a required option is empty THEN the usage is shown instead of an error', async () => {
    const { text } = await run('ask', { question: '   ' });
    expect(text).toContain('/brief ask');
  });

  it('WHEN an option is 6,000 characters THEN it is refused as too long and the bot keeps serving', async () => {
    const { text } = await run('ask', { question: 'why '.repeat(1500) });
    expect(text).toMatch(/6,000 characters/);
    const after = await run('summary');
    expect(after.text).toContain('Key points');
  });

  it('WHEN an option carries mention syntax THEN the echo cannot ping and allowed_mentions is empty', async () => {
    const { body, text } = await run('search', { query: '@everyone <@&999> <@123> zebra' });
    expect(text).not.toMatch(/@everyone|<@&999>/);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('THEN every payload the bot sent disabled mentions', () => {
    expect(expectNoPings(h.double.rest.calls.items)).toBeGreaterThan(10);
  });
});

describe('GIVEN commands slower than the acknowledgement deadline', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ adapter: { ackDeadlineMs: 20 } });
  });
  afterAll(async () => h.stop());

  it('WHEN /brief topic THEN the bot defers (type 5) and edits the answer in', async () => {
    let release = () => {};
    slow.gate = new Promise((resolve) => (release = resolve));
    const interaction = slashCommand('topic', { topic: 'russia' });
    const callback = await h.interact(interaction);
    expect(callback.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    slow.gate = undefined;
    release();
    const [, edit] = await h.callsFor(interaction, 2);
    expect(edit?.method).toBe('PATCH');
    expect(edit?.path).toBe(`/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`);
    expect(visibleText(edit?.body)).toContain('machine tools');
    expect(edit?.body.allowed_mentions.parse).toEqual([]);
  });

  it('WHEN a slow command turns out public THEN the private placeholder is deleted and the answer posted for everyone', async () => {
    let release = () => {};
    slow.gate = new Promise((resolve) => (release = resolve));
    slow.reply = { kind: 'notice', text: 'Subscribed', parts: [{ type: 'paragraph', text: 'Digests will be posted here daily at 08:00.' }], actions: [], visibility: 'public' };
    const interaction = slashCommand('subscribe', {}, { permissions: PERMISSIONS.manager });
    expect((await h.interact(interaction)).body.type).toBe(5);
    slow.gate = undefined;
    release();
    const [, removed, posted] = await h.callsFor(interaction, 3);
    slow.reply = undefined;
    expect(removed).toMatchObject({ method: 'DELETE', path: `/webhooks/${interaction.application_id}/${interaction.token}/messages/@original` });
    expect(posted?.method).toBe('POST');
    expect(posted?.body.flags ?? 0).toBe(0);
    expect(visibleText(posted?.body)).toContain('Digests will be posted here');
    expect(posted?.body.allowed_mentions.parse).toEqual([]);
  });

  it('WHEN editing the deferred answer fails THEN the error boundary follows up with an apology', async () => {
    let release = () => {};
    slow.gate = new Promise((resolve) => (release = resolve));
    const interaction = slashCommand('sections');
    expect((await h.interact(interaction)).body.type).toBe(5);
    h.double.rest.fail({ method: 'PATCH', path: new RegExp(`/webhooks/\\d+/${interaction.token}/messages/@original$`), status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    slow.gate = undefined;
    release();
    const [, edit, followUp] = await h.callsFor(interaction, 3);
    expect(edit?.status).toBe(400);
    expect(followUp).toMatchObject({ method: 'POST', path: `/webhooks/${interaction.application_id}/${interaction.token}` });
    expect(followUp?.body).toMatchObject({ flags: 64, content: expect.stringMatching(/^Sorry/), allowed_mentions: { parse: [] } });
  });

  it('THEN every payload the bot sent disabled mentions', () => {
    expect(expectNoPings(h.double.rest.calls.items)).toBeGreaterThanOrEqual(3);
  });
});
