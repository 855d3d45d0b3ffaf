/** Reply -> Discord payloads: every limit respected, long replies split rather than failing, no pings. */
import { describe, expect, it } from 'vitest';
import type { Reply, ReplyAction, ReplyPart } from '../../../commands/reply.js';
import { embedSize, packEmbeds, renderReply } from '../../../src/platforms/discord/render.js';

const reply = (parts: ReplyPart[], actions: ReplyAction[] = [], visibility: Reply['visibility'] = 'private'): Reply => ({ kind: 'section', text: 'fallback text', parts, actions, visibility });
const words = (n: number, word = 'lorem') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

function expectWithinLimits(payloads: ReturnType<typeof renderReply>) {
  for (const payload of payloads) {
    expect(payload.allowedMentions.parse).toEqual([]);
    expect(payload.embeds.length).toBeLessThanOrEqual(10);
    expect(payload.embeds.reduce((sum, embed) => sum + embedSize(embed), 0)).toBeLessThanOrEqual(6000);
    expect(payload.content?.length ?? 0).toBeLessThanOrEqual(2000);
    expect(payload.components.length).toBeLessThanOrEqual(5);
    for (const row of payload.components) expect(row.components.length).toBeLessThanOrEqual(5);
    for (const embed of payload.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(256);
        expect(field.value.length).toBeLessThanOrEqual(1024);
      }
    }
  }
}

describe('renderReply', () => {
  it('GIVEN a short reply THEN one ephemeral message: heading as title, paragraph as description, context as footer', () => {
    const [payload, ...rest] = renderReply(reply([{ type: 'heading', text: 'Taiwan' }, { type: 'paragraph', text: 'Taiwan will be discussed.' }, { type: 'context', text: 'From the article' }]), { ephemeral: true });
    expect(rest).toHaveLength(0);
    expect(payload?.flags).toBe(64);
    expect(payload?.embeds[0]).toMatchObject({ title: 'Taiwan', description: 'Taiwan will be discussed.', footer: { text: 'From the article' } });
  });

  it('GIVEN a public reply or a channel post THEN no ephemeral flag and no share button', () => {
    const actions: ReplyAction[] = [{ type: 'share', label: 'Share in channel' }, { type: 'open-section', label: 'Taiwan', articleId: 'a', sectionId: 's3' }];
    for (const [visibility, ephemeral] of [['public', true], ['private', false]] as const) {
      const [payload] = renderReply(reply([{ type: 'paragraph', text: 'x' }], actions, visibility), { ephemeral });
      expect(payload?.flags).toBeUndefined();
      expect(payload?.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['brief:open:a:s3']);
    }
  });

  it('GIVEN 40,000 characters of paragraphs THEN several messages, each within every limit, losing nothing', () => {
    const parts: ReplyPart[] = [{ type: 'heading', text: 'H'.repeat(400) }, ...Array.from({ length: 40 }, (_, i): ReplyPart => ({ type: 'paragraph', text: `P${i} ${words(150)}.` }))];
    const payloads = renderReply(reply(parts, [{ type: 'share', label: 'Share in channel' }]), { ephemeral: true });
    expect(payloads.length).toBeGreaterThan(1);
    expectWithinLimits(payloads);
    const text = payloads.flatMap((p) => p.embeds.map((e) => e.description ?? '')).join('\n');
    for (let i = 0; i < 40; i++) expect(text).toContain(`P${i} lorem0`);
    expect(payloads.at(-1)?.components).toHaveLength(1);
    expect(payloads.slice(0, -1).every((p) => p.components.length === 0)).toBe(true);
  });

  it('GIVEN one paragraph longer than a description THEN it is cut at word boundaries into several embeds', () => {
    const payloads = renderReply(reply([{ type: 'paragraph', text: words(2000) }]), { ephemeral: false });
    expectWithinLimits(payloads);
    const pieces = payloads.flatMap((p) => p.embeds.map((e) => e.description ?? ''));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join(' ').split(/\s+/)).toHaveLength(2000);
  });

  it('GIVEN 60 fields with long names and values THEN at most 25 a embed, names 256, values 1,024, the rest continued', () => {
    const fields = Array.from({ length: 60 }, (_, i) => ({ name: `Field ${i} ${'n'.repeat(300)}`, value: words(300, 'v') }));
    const payloads = renderReply(reply([{ type: 'fields', fields }]), { ephemeral: false });
    expectWithinLimits(payloads);
    const names = payloads.flatMap((p) => p.embeds.flatMap((e) => e.fields ?? []).map((f) => f.name));
    expect(names.filter((n) => !n.includes('(cont.)'))).toHaveLength(60);
  });

  it('GIVEN a huge footer and a full description THEN the footer still fits (an embed of its own if need be)', () => {
    const payloads = renderReply(reply([{ type: 'paragraph', text: 'x'.repeat(4000) }, { type: 'context', text: 'c'.repeat(5000) }]), { ephemeral: false });
    expectWithinLimits(payloads);
    expect(payloads.flatMap((p) => p.embeds).some((e) => e.footer?.text.startsWith('ccc'))).toBe(true);
  });

  it('GIVEN no parts THEN the text goes in content, split at 2,000 characters', () => {
    const payloads = renderReply({ ...reply([]), text: words(1000) }, { ephemeral: true });
    expect(payloads.length).toBeGreaterThan(1);
    expectWithinLimits(payloads);
  });

  it('GIVEN 30 sections as buttons THEN 5 rows of 5, and the share button is kept', () => {
    const actions: ReplyAction[] = [...Array.from({ length: 30 }, (_, i): ReplyAction => ({ type: 'open-section', label: `Section ${i} ${'x'.repeat(100)}`, articleId: 'a', sectionId: `s${i}` })), { type: 'share', label: 'Share in channel' }];
    const [payload] = renderReply(reply([{ type: 'paragraph', text: 'x' }], actions), { ephemeral: true });
    expectWithinLimits([payload!]);
    const buttons = payload!.components.flatMap((row) => row.components);
    expect(buttons).toHaveLength(25);
    expect(buttons.some((b) => 'custom_id' in b && b.custom_id === 'brief:share')).toBe(true);
    for (const b of buttons) expect('label' in b ? (b.label ?? '').length : 0).toBeLessThanOrEqual(80);
  });

  it('GIVEN article text with @everyone, @here and Markdown THEN it is shown literally and cannot ping', () => {
    const [payload] = renderReply(reply([{ type: 'heading', text: 'Hi @here' }, { type: 'paragraph', text: 'Ping @everyone *now* <@&123>' }, { type: 'bullets', items: ['@here too'] }, { type: 'quote', text: 'quoted', source: '@everyone section' }]), { ephemeral: false });
    const text = JSON.stringify(payload?.embeds);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).toContain('\\\\*now\\\\*');
    expect(payload?.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });
});

describe('masked links', () => {
  it('GIVEN text with a Markdown masked link THEN it is shown escaped, never as words over a hidden address', () => {
    const [payload] = renderReply(reply([{ type: 'paragraph', text: 'see [click here](http://evil.example/login) now' }]), { ephemeral: false });
    const description = payload?.embeds.map((embed) => embed.description ?? '').join('\n') ?? '';
    expect(description).toContain('\\[click here]');
    expect(description).not.toMatch(/(^|[^\\])\[click here\]\(/);
  });
});

describe('packEmbeds', () => {
  it('GIVEN 25 small embeds THEN messages of at most 10', () => {
    const groups = packEmbeds(Array.from({ length: 25 }, () => ({ description: 'x' })));
    expect(groups.map((g) => g.length)).toEqual([10, 10, 5]);
  });
  it('GIVEN embeds of 4,000 characters THEN one a message (6,000 in all)', () => {
    const groups = packEmbeds(Array.from({ length: 3 }, () => ({ description: 'x'.repeat(4000) })));
    expect(groups.map((g) => g.length)).toEqual([1, 1, 1]);
  });
});
