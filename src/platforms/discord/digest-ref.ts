/**
 * How a Discord digest stays recognisable after a crash: each message carries a nonce derived from the
 * delivery key (Discord returns the original message for a repeated nonce within its dedupe window), and
 * the digest's last embed footer ends with a short reference (`ref 0k3x9q2m7b`) that wasDelivered looks
 * for in the channel history (Discord does not return nonces when messages are listed).
 */
import { createHash } from 'node:crypto';
import type { APIEmbed } from 'discord.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The footer text marking a digest: `ref ` and 10 base-36 characters (48 bits of the key's sha256). */
export function digestReference(deliveryKey: string): string {
  return `ref ${BigInt(`0x${sha256(deliveryKey).slice(0, 12)}`).toString(36).padStart(10, '0')}`;
}

/**
 * The nonce of one message of a digest (`part` counts from 0): 'd' and up to 13 base-36 characters of the
 * sha256 of key and part, within Discord's 25 characters. The same key and part always give the same nonce.
 */
export function digestNonce(deliveryKey: string, part: number): string {
  return `d${BigInt(`0x${sha256(`${deliveryKey}#${part}`).slice(0, 16)}`).toString(36)}`;
}

/** The part of a message wasDelivered reads: its content and embed footers. */
export interface ListedMessage {
  content: string;
  embeds: ReadonlyArray<Pick<APIEmbed, 'footer'>>;
}

/** True when the message ends with this reference, in an embed footer or (for a plain-text digest) its content. */
export function carriesReference(message: ListedMessage, reference: string): boolean {
  const endsWith = (text: string | undefined) => text !== undefined && (text === reference || text.endsWith(` · ${reference}`) || text.endsWith(`\n-# ${reference}`));
  return message.embeds.some((embed) => endsWith(embed.footer?.text)) || endsWith(message.content);
}
