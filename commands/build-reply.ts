/** Small builders for `Reply`: the plain-text fallback is always derived from the parts, never written twice. */
import type { Briefing, Section } from '../src/briefing/types.js';
import { messages } from './messages.js';
import type { Reply, ReplyAction, ReplyPart } from './reply.js';

/** Plain text of the parts, one block a paragraph: the notification text and the console's fallback. */
export function plainText(parts: readonly ReplyPart[]): string {
  return parts
    .map((part) => {
      switch (part.type) {
        case 'heading':
        case 'paragraph':
        case 'context':
          return part.text;
        case 'bullets':
          return part.items.map((item) => `• ${item}`).join('\n');
        case 'quote':
          return part.source ? `“${part.text}” (${part.source})` : `“${part.text}”`;
        case 'fields':
          return part.fields.map((field) => `${field.name}: ${field.value}`).join('\n');
      }
    })
    .join('\n\n');
}

export interface ReplySpec {
  kind: Reply['kind'];
  parts: ReplyPart[];
  actions?: ReplyAction[];
  /** Default: private, with a "Share in channel" action added. */
  visibility?: Reply['visibility'];
}

/** A reply; private answers get the "Share in channel" action first. */
export function buildReply(spec: ReplySpec): Reply {
  const visibility = spec.visibility ?? 'private';
  const actions = [...(spec.actions ?? [])];
  if (visibility === 'private' && spec.kind !== 'error' && spec.kind !== 'help') {
    actions.unshift({ type: 'share', label: messages.shareLabel });
  }
  return { kind: spec.kind, parts: spec.parts, actions, visibility, text: plainText(spec.parts) };
}

/** A short private answer naming what went wrong; nothing to share. */
export const errorReply = (message: string): Reply =>
  buildReply({ kind: 'error', parts: [{ type: 'paragraph', text: message }] });

/** One "open section" button a section. */
export const openSectionActions = (briefing: Briefing, sections: readonly Pick<Section, 'id' | 'title'>[] = briefing.sections): ReplyAction[] =>
  sections.map((section) => ({
    type: 'open-section',
    label: messages.openSectionLabel(section.title),
    sectionId: section.id,
    articleId: briefing.articleId,
  }));

/** The section's text, one paragraph of the article a part, as quoted from the article. */
export function sectionParagraphs(briefing: Briefing, section: Section): string[] {
  const byParagraph = new Map<number, string[]>();
  const wanted = new Set(section.sentenceIds);
  for (const sentence of briefing.sentences) {
    if (!wanted.has(sentence.id)) continue;
    const list = byParagraph.get(sentence.paragraph) ?? [];
    list.push(sentence.text);
    byParagraph.set(sentence.paragraph, list);
  }
  return [...byParagraph.values()].map((sentences) => sentences.join(' '));
}

/**
 * Context line naming the article, only when the library holds more than one; `elsewhere` when the article
 * the asker is on had nothing, and this comes from another.
 */
export function articleContext(articleCount: number, title: string, elsewhere = false): ReplyPart[] {
  if (articleCount <= 1) return [];
  return [{ type: 'context', text: elsewhere ? messages.fromOtherArticle(title) : messages.fromArticle(title) }];
}

/** A whole section: its title, one-line summary and text; buttons for the other sections. */
export function sectionReply(briefing: Briefing, section: Section, articleCount: number, elsewhere = false): Reply {
  const others = briefing.sections.filter((other) => other.id !== section.id);
  const paragraphs = sectionParagraphs(briefing, section);
  // The one-line summary is often the opening sentence itself: no need to read it twice.
  const summaryIsOpening = paragraphs[0]?.startsWith(section.summary.trim()) ?? false;
  return buildReply({
    kind: 'section',
    parts: [
      { type: 'heading', text: section.title },
      ...(summaryIsOpening ? [] : [{ type: 'context', text: section.summary } satisfies ReplyPart]),
      ...paragraphs.map((text): ReplyPart => ({ type: 'paragraph', text })),
      ...articleContext(articleCount, briefing.title, elsewhere),
    ],
    actions: openSectionActions(briefing, others),
  });
}
