/**
 * End to end over loopback: buttons under a reply (open a section, share an ephemeral answer publicly)
 * and a reply too long for one message, split within Discord's embed limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOB, BOT_USER, buttonPress, messageCreate, slashCommand } from './double/index.js';
import type { RestCall } from './double/rest.js';
import { longBriefing, shortBriefing } from './fixtures/briefing.js';
import { messageBody, startHarness, visibleText, type Harness } from './harness.js';
import { expectNoPings } from './no-pings.js';

const EPHEMERAL = 64;

/** The ephemeral message a callback created, as Discord would attach it to a button press. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sentMessage = (data: any) => ({ ...messageCreate('', { author: BOT_USER as unknown as typeof BOB }), content: data.content ?? '', embeds: data.embeds, components: data.components, flags: EPHEMERAL, type: 20 });

const customIds = (body: { components: Array<{ components: Array<{ custom_id: string }> }> }) => body.components.flatMap((row) => row.components.map((c) => c.custom_id));

describe('GIVEN an ephemeral /brief summary with buttons', () => {
  let h: Harness;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let summary: any;
  beforeAll(async () => {
    h = await startHarness({ briefings: [shortBriefing] });
    summary = messageBody(await h.interact(slashCommand('summary')));
  });
  afterAll(async () => h.stop());

  it('WHEN "Taiwan" is pressed THEN that section opens, ephemeral, with the other sections as buttons', async () => {
    expect(customIds(summary)).toContain('brief:open:blinken:s3-taiwan');
    const call = await h.interact(buttonPress('brief:open:blinken:s3-taiwan', sentMessage(summary)));
    const body = messageBody(call);
    expect(call.body.type).toBe(4);
    expect(body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(body)).toContain('Taiwan and the South China Sea');
    expect(customIds(body)).not.toContain('brief:open:blinken:s3-taiwan');
  });

  it('WHEN "Share in channel" is pressed THEN the same embeds are posted publicly, saying who shared them', async () => {
    const call = await h.interact(buttonPress('brief:share', sentMessage(summary), { user: BOB }));
    const body = messageBody(call);
    expect(body.flags ?? 0).toBe(0);
    expect(body.content).toBe(`Shared by <@${BOB.id}>`);
    expect(body.embeds.map((e: { title: string }) => e.title)).toEqual(summary.embeds.map((e: { title: string }) => e.title));
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('WHEN a button this bot did not make is pressed THEN a one-line ephemeral answer', async () => {
    const call = await h.interact(buttonPress('someone-else:thing', sentMessage(summary)));
    expect(messageBody(call)).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining('no longer supported') });
  });

  it('THEN every payload the bot sent disabled mentions', () => {
    expect(expectNoPings(h.double.rest.calls.items)).toBeGreaterThanOrEqual(4);
  });
});

describe('GIVEN an article with a section of about 30,000 characters', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ briefings: [longBriefing] });
  });
  afterAll(async () => h.stop());

  it('WHEN a section is longer than one message allows THEN it arrives in several messages, each within the limits', async () => {
    const interaction = slashCommand('topic', { topic: 'History' });
    await h.interact(interaction);
    const last = 'Paragraph sentence number 300 ';
    const isForThis = (call: RestCall) => call.path.includes(interaction.token);
    await h.double.rest.calls.waitFor((call) => isForThis(call) && visibleText(messageBody(call)).includes(last));
    const calls = h.double.rest.calls.items.filter(isForThis);
    expect(calls.length).toBeGreaterThan(1);
    const text = calls.map((call) => visibleText(messageBody(call))).join('\n');
    for (const n of [1, 150, 300]) expect(text).toContain(`Paragraph sentence number ${n} `);
    expect(text).not.toMatch(/@everyone/);
    calls.forEach((call, i) => {
      const body = messageBody(call);
      expect(body.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(body.embeds.length).toBeLessThanOrEqual(10);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const size = body.embeds.reduce((sum: number, e: any) => sum + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((s: number, f: any) => s + f.name.length + f.value.length, 0), 0);
      expect(size).toBeLessThanOrEqual(6000);
      for (const embed of body.embeds) {
        expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
        expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
      }
      // Buttons ride on the last message only.
      expect(body.components.length > 0).toBe(i === calls.length - 1);
    });
    expect(calls.slice(1).every((call) => call.method === 'POST' && call.path.startsWith('/webhooks/'))).toBe(true);
  });

  it('THEN every payload the bot sent disabled mentions', () => {
    expect(expectNoPings(h.double.rest.calls.items)).toBeGreaterThan(1);
  });
});
