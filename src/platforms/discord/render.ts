/**
 * Reply -> Discord messages. Everything is kept within Discord's limits (embed title 256, description
 * 4,096, 25 fields of 256/1,024, footer 2,048, 10 embeds and 6,000 characters a message, content 2,000):
 * a long reply becomes several messages rather than a failed one.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply, ReplyPart } from '../../../commands/reply.js';
import { buttonRows } from './components.js';
import { DISCORD_LIMITS as L, truncate } from './limits.js';
import { safePayload, type SafePayload } from './payload.js';
import { plain, splitText, unpinged } from './text.js';

export interface RenderOptions {
  /** Seen by the asker only (interaction replies); adds the "Share in channel" button when the reply offers it. */
  ephemeral: boolean;
  /**
   * Digests: a short line ending the reply (its delivery reference), after the footer of the last embed,
   * or as subtext under a plain-text reply. Never cut off by the limits.
   */
  footnote?: string;
}

const BRAND_COLOUR = 0x2f6fdd;

/** Characters Discord counts towards the 6,000 a message. */
export function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

/** Renders a reply as one or more message payloads; buttons ride on the last one. */
export function renderReply(reply: Reply, options: RenderOptions): SafePayload[] {
  const ephemeral = options.ephemeral && reply.visibility === 'private';
  const components = buttonRows(reply.actions, ephemeral);
  const embeds = buildEmbeds(reply.parts, options.footnote);
  if (embeds.length === 0) {
    const subtext = options.footnote ? `\n-# ${unpinged(options.footnote)}` : '';
    const chunks = splitText(plain(reply.text || ' '), L.content - subtext.length);
    chunks.push(`${chunks.pop() ?? ''}${subtext}`);
    return chunks.map((content, i) => safePayload({ content, components: i === chunks.length - 1 ? components : [] }, { ephemeral }));
  }
  const messages = packEmbeds(embeds);
  return messages.map((group, i) => safePayload({ embeds: group, components: i === messages.length - 1 ? components : [] }, { ephemeral }));
}

/** Groups embeds into messages of at most 10 embeds and 6,000 characters. */
export function packEmbeds(embeds: readonly APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const next = embedSize(embed);
    if (current.length > 0 && (current.length === L.embedsPerMessage || size + next > L.embedCharsPerMessage)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += next;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

/** Builds embeds part by part, starting a new embed whenever one would overflow. */
function buildEmbeds(parts: readonly ReplyPart[], footnote: string | undefined): APIEmbed[] {
  const embeds: APIEmbed[] = [];
  let current: APIEmbed = { color: BRAND_COLOUR };
  const footer: string[] = [];
  const isEmpty = (embed: APIEmbed) => !embed.title && !embed.description && !embed.fields?.length;
  const flush = () => {
    if (!isEmpty(current)) embeds.push(current);
    current = { color: BRAND_COLOUR };
  };
  const appendText = (block: string) => {
    for (const piece of splitText(block, L.embedDescription)) {
      const joined = current.description ? `${current.description}\n\n${piece}` : piece;
      if (joined.length > L.embedDescription || embedSize(current) - (current.description?.length ?? 0) + joined.length > L.embedCharsPerMessage) {
        flush();
        current.description = piece;
      } else current.description = joined;
    }
  };
  const addField = (field: APIEmbedField) => {
    const full = (current.fields?.length ?? 0) >= L.embedFields;
    if (full || embedSize(current) + field.name.length + field.value.length > L.embedCharsPerMessage) flush();
    current.fields = [...(current.fields ?? []), field];
  };

  for (const part of parts) {
    switch (part.type) {
      case 'heading':
        flush();
        current.title = truncate(unpinged(part.text), L.embedTitle);
        break;
      case 'paragraph':
        appendText(plain(part.text));
        break;
      case 'bullets':
        appendText(part.items.map((item) => `• ${plain(item)}`).join('\n'));
        break;
      case 'quote':
        appendText(`> ${plain(part.text).replace(/\n/g, '\n> ')}${part.source ? `\n— *${plain(part.source)}*` : ''}`);
        break;
      case 'fields':
        for (const field of part.fields) {
          const name = truncate(unpinged(field.name), L.fieldName) || '\u200b';
          splitText(plain(field.value) || '\u200b', L.fieldValue).forEach((value, i) => addField({ name: i === 0 ? name : `${truncate(name, L.fieldName - 8)} (cont.)`, value }));
        }
        break;
      case 'context':
        footer.push(part.text);
        break;
    }
  }
  flush();
  // The footnote goes last and is kept whole: the footer text before it is what gets cut.
  const ending = footnote ? unpinged(footnote) : '';
  const text = footer.length > 0 ? truncate(unpinged(footer.join(' · ')), L.footer - (ending ? ending.length + 3 : 0)) : '';
  if (footer.length > 0 || (ending && embeds.length > 0)) attachFooter(embeds, [text, ending].filter(Boolean).join(' · '));
  return embeds;
}

/** The footer goes on the last embed, or on an embed of its own when the last one has no room. */
function attachFooter(embeds: APIEmbed[], text: string): void {
  const last = embeds.at(-1);
  if (last && embedSize(last) + text.length <= L.embedCharsPerMessage) last.footer = { text };
  else embeds.push({ color: BRAND_COLOUR, description: '\u200b', footer: { text } });
}
