import { describe, expect, it } from 'vitest';
import { buildReply } from '../../../commands/build-reply.js';
import type { ReplyAction } from '../../../commands/reply.js';
import { renderSlackMessage, SLACK_LIMITS } from '../../../src/platforms/slack/render.js';
import { splitText } from '../../../src/platforms/slack/escape.js';

type Block = { type: string; text?: { type: string; text: string }; elements?: Array<{ type: string; text: unknown; value?: string }> };

const sectionTexts = (blocks: unknown[]) => (blocks as Block[]).flatMap((block) => (block.type === 'section' && block.text ? [block.text.text] : []));

describe('renderSlackMessage', () => {
  it('GIVEN a paragraph of 10,000 characters THEN split into sections of at most 3,000, nothing lost', () => {
    const sentence = 'Blinken met officials in Beijing. ';
    const long = sentence.repeat(300).trim();
    const { blocks } = renderSlackMessage(buildReply({ kind: 'section', parts: [{ type: 'paragraph', text: long }] }));
    const texts = sectionTexts(blocks);
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(texts.join(' ').replace(/\s+/g, ' ')).toBe(long);
  });

  it('GIVEN 200 parts and 60 section actions THEN at most 50 blocks, a note, and the buttons kept', () => {
    const parts = Array.from({ length: 200 }, (_, i) => ({ type: 'paragraph' as const, text: `Paragraph ${i}` }));
    const actions: ReplyAction[] = Array.from({ length: 60 }, (_, i) => ({ type: 'open-section', label: `S${i}`, sectionId: `s${i}`, articleId: 'a' }));
    const { blocks } = renderSlackMessage(buildReply({ kind: 'sections', parts, actions }), { shareValue: '{"brief":""}' });
    expect(blocks.length).toBe(SLACK_LIMITS.blocks);
    const actionBlocks = (blocks as Block[]).filter((block) => block.type === 'actions');
    expect(actionBlocks.length).toBeGreaterThan(0);
    for (const block of actionBlocks) expect(block.elements?.length).toBeLessThanOrEqual(25);
    expect(JSON.stringify(blocks)).toContain('did not fit');
  });

  it('GIVEN user text with <!channel>, <!here>, <@U1> and & THEN escaped everywhere Slack parses mrkdwn', () => {
    const reply = buildReply({
      kind: 'answer',
      parts: [
        { type: 'paragraph', text: 'Hi <!channel> & <!here> <@U1>' },
        { type: 'quote', text: '<!everyone>', source: '<!here>' },
        { type: 'bullets', items: ['<!channel>'] },
        { type: 'fields', fields: [{ name: '<!here>', value: '<!channel>' }] },
        { type: 'context', text: '<!channel>' },
      ],
    });
    const message = renderSlackMessage(reply);
    expect(message.text).not.toMatch(/<[!@]/);
    expect(JSON.stringify(message.blocks)).not.toMatch(/<[!@]/);
    expect(message.text).toContain('&lt;!channel&gt; &amp;');
  });

  it('GIVEN a heading longer than 150 and a label longer than 75 THEN cut, not rejected', () => {
    const reply = buildReply({
      kind: 'section',
      parts: [{ type: 'heading', text: 'H'.repeat(400) }],
      actions: [{ type: 'open-section', label: 'L'.repeat(200), sectionId: 's', articleId: 'a' }],
    });
    const blocks = renderSlackMessage(reply).blocks as Block[];
    expect(blocks[0]?.text?.text.length).toBeLessThanOrEqual(150);
    const button = blocks.find((block) => block.type === 'actions')?.elements?.[0] as { text: { text: string } } | undefined;
    expect(button?.text.text.length).toBeLessThanOrEqual(75);
  });

  it('GIVEN no share value THEN no share button', () => {
    const reply = buildReply({ kind: 'answer', parts: [{ type: 'paragraph', text: 'x' }] });
    expect(JSON.stringify(renderSlackMessage(reply).blocks)).not.toContain('brief_share');
    expect(JSON.stringify(renderSlackMessage(reply, { shareValue: '{}' }).blocks)).toContain('brief_share');
  });
});

describe('splitText', () => {
  it('GIVEN one word longer than the limit THEN cut into pieces within it', () => {
    const pieces = splitText('x'.repeat(7001), 3000);
    expect(pieces.map((piece) => piece.length)).toEqual([3000, 3000, 1001]);
  });
});
