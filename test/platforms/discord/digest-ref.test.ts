/** Nonces and references derived from a delivery key, and the reference kept whole by rendering. */
import { describe, expect, it } from 'vitest';
import type { Reply, ReplyPart } from '../../../commands/reply.js';
import { carriesReference, digestNonce, digestReference } from '../../../src/platforms/discord/digest-ref.js';
import { renderReply } from '../../../src/platforms/discord/render.js';

const KEY = 'f3c9a1@2026-03-02T08:00:00.000Z';
const reply = (parts: ReplyPart[], text = 'digest'): Reply => ({ kind: 'digest', text, parts, actions: [], visibility: 'public' });

describe('digestNonce and digestReference', () => {
  it('GIVEN a delivery key THEN the same nonce every time, one per message, within 25 characters', () => {
    const keys = ['a@2026-03-02T08:00:00.000Z', '00000000-0000-0000-0000-000000000000@2026-12-31T23:59:00.000Z', KEY];
    const nonces = keys.flatMap((key) => [0, 1, 2].map((part) => digestNonce(key, part)));
    for (const nonce of nonces) expect(nonce).toMatch(/^d[0-9a-z]{1,24}$/);
    expect(new Set(nonces).size).toBe(nonces.length);
    expect(digestNonce(KEY, 1)).toBe(digestNonce(KEY, 1));
  });

  it('GIVEN a delivery key THEN a short reference "ref" + 10 base-36 characters, different for the next minute', () => {
    expect(digestReference(KEY)).toMatch(/^ref [0-9a-z]{10}$/);
    expect(digestReference(KEY)).toBe(digestReference(KEY));
    expect(digestReference(KEY)).not.toBe(digestReference(KEY.replace('08:00', '08:01')));
  });

  it('GIVEN a message THEN it carries the reference only when a footer or its content ends with it', () => {
    const ref = digestReference(KEY);
    expect(carriesReference({ content: '', embeds: [{}, { footer: { text: `Questions? · ${ref}` } }] }, ref)).toBe(true);
    expect(carriesReference({ content: '', embeds: [{ footer: { text: ref } }] }, ref)).toBe(true);
    expect(carriesReference({ content: `Digest\n-# ${ref}`, embeds: [] }, ref)).toBe(true);
    expect(carriesReference({ content: '', embeds: [{ footer: { text: `${ref}x` } }] }, ref)).toBe(false);
    expect(carriesReference({ content: '', embeds: [{ footer: { text: `Questions? · ${digestReference('other@key')}` } }] }, ref)).toBe(false);
  });
});

describe('renderReply with a footnote', () => {
  const ref = digestReference(KEY);

  it('GIVEN a digest with a footer THEN the reference follows it on the last embed', () => {
    const payloads = renderReply(reply([{ type: 'heading', text: 'News' }, { type: 'paragraph', text: 'Body.' }, { type: 'context', text: 'Questions?' }]), { ephemeral: false, footnote: ref });
    expect(payloads).toHaveLength(1);
    expect(payloads[0]?.embeds.at(-1)?.footer?.text).toBe(`Questions? · ${ref}`);
  });

  it('GIVEN an overlong footer THEN the footer text is cut and the reference kept whole within 2,048 characters', () => {
    const payloads = renderReply(reply([{ type: 'heading', text: 'News' }, { type: 'context', text: 'x '.repeat(1500) }]), { ephemeral: false, footnote: ref });
    const footer = payloads.at(-1)?.embeds.at(-1)?.footer?.text ?? '';
    expect(footer.length).toBeLessThanOrEqual(2048);
    expect(footer.endsWith(`… · ${ref}`)).toBe(true);
  });

  it('GIVEN no footer THEN the reference is the footer; GIVEN a plain-text reply THEN it is a subtext line within 2,000 characters', () => {
    expect(renderReply(reply([{ type: 'heading', text: 'News' }]), { ephemeral: false, footnote: ref })[0]?.embeds[0]?.footer?.text).toBe(ref);
    const plain = renderReply(reply([], 'y'.repeat(2500)), { ephemeral: false, footnote: ref });
    expect(plain.length).toBe(2);
    for (const payload of plain) expect(payload.content?.length ?? 0).toBeLessThanOrEqual(2000);
    expect(plain.at(-1)?.content?.endsWith(`\n-# ${ref}`)).toBe(true);
    expect(plain[0]?.content).not.toContain(ref);
  });

  it('GIVEN no footnote THEN rendering is unchanged', () => {
    const parts: ReplyPart[] = [{ type: 'heading', text: 'News' }, { type: 'context', text: 'Questions?' }];
    expect(renderReply(reply(parts), { ephemeral: false })[0]?.embeds[0]?.footer?.text).toBe('Questions?');
    expect(renderReply(reply([{ type: 'context', text: 'Only a footer' }]), { ephemeral: false })[0]?.embeds[0]?.footer?.text).toBe('Only a footer');
  });
});
