/**
 * End to end over loopback, with two articles in the library: the real discord.js client logged in to the
 * Discord double lists them, shows either one's briefing, and autocompletes the article option.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocomplete, slashCommand } from './double/index.js';
import { longBriefing, shortBriefing } from './fixtures/briefing.js';
import { messageBody, startHarness, visibleText, type Harness } from './harness.js';
import { expectNoPings } from './no-pings.js';

describe('GIVEN the bot logged in to the Discord double, with two articles', () => {
  let h: Harness;
  beforeAll(async () => {
    // Newest first: the long read, then the Blinken story.
    h = await startHarness({ briefings: [longBriefing, shortBriefing] });
  });
  afterAll(async () => h.stop());

  const run = async (sub: string, options: Record<string, string> = {}) => {
    const call = await h.interact(slashCommand(sub, options));
    return { call, body: messageBody(call), text: visibleText(messageBody(call)) };
  };
  const buttonIds = (body: { components?: Array<{ components: Array<{ custom_id: string }> }> }) =>
    (body.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id));

  it('WHEN /brief articles THEN both are listed, numbered newest first', async () => {
    const { call, text } = await run('articles');
    expect(call.body.type).toBe(4);
    expect(text).toContain('I have 2 articles, newest first');
    expect(text.indexOf('1. A very long read')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('2. Blinken arrives in China')).toBeGreaterThan(text.indexOf('1. A very long read'));
  });

  it('WHEN /brief article 2 THEN the older article’s briefing comes back, its buttons opening its sections', async () => {
    const { body, text } = await run('article', { article: '2' });
    expect(text).toContain('Blinken arrives in China');
    expect(text).toContain('Key points');
    expect(text).not.toContain('A very long read\n');
    expect(buttonIds(body)).toEqual(expect.arrayContaining(['brief:open:blinken:s3-taiwan']));
  });

  it('WHEN the article option autocompletes "blinkn" THEN the Blinken story is offered, numbered, chosen by its id', async () => {
    const call = await h.interact(autocomplete('article', 'article', 'blinkn'));
    expect(call.body.type).toBe(8);
    expect(call.body.data.choices).toEqual([{ name: '2. Blinken arrives in China', value: 'blinken' }]);
  });

  it('WHEN the article option is still empty THEN every article is offered, newest first', async () => {
    const call = await h.interact(autocomplete('article', 'article', ''));
    expect(call.body.data.choices.map((c: { value: string }) => c.value)).toEqual(['long-read', 'blinken']);
  });

  it('WHEN the autocompleted id comes back as the option THEN that article is shown', async () => {
    const { text } = await run('article', { article: 'long-read' });
    expect(text).toContain('A very long read');
    expect(text).toContain('History');
  });

  it('WHEN the topic option autocompletes THEN the sections offered are those of the article the user last opened', async () => {
    const offered = async () => (await h.interact(autocomplete('topic', 'topic', ''))).body.data.choices.map((c: { name: string }) => c.name);
    await run('article', { article: 'long-read' });
    expect(await offered()).toContain('History');
    expect(await offered()).not.toContain('The visit');
    await run('article', { article: '2' });
    expect(await offered()).toContain('The visit');
    expect(await offered()).not.toContain('History');
  });

  it('THEN nothing the bot sent could ping anyone', () => {
    // The long read's key points say "@everyone": shown above, as text only.
    expect(expectNoPings(h.double.rest.calls.items)).toBeGreaterThanOrEqual(3);
  });
});
