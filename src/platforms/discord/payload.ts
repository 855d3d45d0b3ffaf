/**
 * The one place every outgoing Discord payload is built. Whatever users typed and the article says,
 * nothing the bot sends may ping anyone: `allowedMentions: { parse: [] }` is always set here.
 */
import { MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';

/** No @everyone, @here, roles or users; replies do not ping their author either. */
export const NO_PINGS = Object.freeze({ parse: [] as never[], repliedUser: false });

export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
}

export interface SafePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: never[]; repliedUser: boolean };
  flags?: MessageFlags.Ephemeral;
}

/** Builds a message, reply, follow-up or edit payload with mentions disabled. */
export function safePayload(body: MessageBody, options: { ephemeral?: boolean } = {}): SafePayload {
  const payload: SafePayload = {
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    allowedMentions: { parse: [], repliedUser: false },
  };
  if (body.content !== undefined && body.content !== '') payload.content = body.content;
  if (options.ephemeral) payload.flags = MessageFlags.Ephemeral;
  return payload;
}

/** Edits cannot carry flags (ephemerality is fixed by the first response). */
export function withoutFlags(payload: SafePayload): Omit<SafePayload, 'flags'> {
  const { flags: _flags, ...rest } = payload;
  return rest;
}

/** A one-line notice (errors, hints) as a payload. */
export const noticePayload = (text: string, ephemeral = true): SafePayload => safePayload({ content: text.slice(0, 2_000) }, { ephemeral });
