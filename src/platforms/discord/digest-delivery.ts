/**
 * Digest posts to a channel, safe to repeat: with a delivery key every message carries a nonce derived
 * from it (enforce_nonce: Discord answers a repeat within its dedupe window with the original message),
 * and the last embed's footer ends with the key's short reference, which wasDelivered looks for.
 */
import type { Client } from 'discord.js';
import type { Reply } from '../../../commands/reply.js';
import { DeliveryError } from '../types.js';
import { toDeliveryError } from './delivery.js';
import { carriesReference, digestNonce, digestReference } from './digest-ref.js';
import { withoutFlags } from './payload.js';
import { renderReply } from './render.js';

/** How far back wasDelivered looks: the most recent messages of the channel, as on Slack. */
export const HISTORY_LIMIT = 50;

/** Posts the reply's messages in order; throws DeliveryError. */
export async function postDigest(client: Client, channelId: string, reply: Reply, deliveryKey: string | undefined): Promise<void> {
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) throw new DeliveryError('gone', `Discord channel ${channelId} is not a text channel the bot can post in`);
    const payloads = renderReply(reply, deliveryKey ? { ephemeral: false, footnote: digestReference(deliveryKey) } : { ephemeral: false });
    for (const [part, payload] of payloads.entries()) {
      const nonce = deliveryKey ? { nonce: digestNonce(deliveryKey, part), enforceNonce: true } : {};
      await channel.send({ ...withoutFlags(payload), ...nonce });
    }
  } catch (error) {
    throw toDeliveryError(error);
  }
}

/**
 * True when one of the bot's last 50 messages in the channel ends with the key's reference (the digest's
 * last message arrived); false when the history was read and it is not there. Throws DeliveryError when
 * the history cannot be read (no access, channel gone, network): the caller cannot tell.
 */
export async function findDigest(client: Client, channelId: string, deliveryKey: string): Promise<boolean> {
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isTextBased()) throw new DeliveryError('gone', `Discord channel ${channelId} has no message history`);
    const botId = client.user?.id;
    if (!botId) throw new DeliveryError('transient', 'Discord: not logged in');
    const reference = digestReference(deliveryKey);
    const recent = await channel.messages.fetch({ limit: HISTORY_LIMIT, cache: false });
    return recent.some((message) => message.author.id === botId && carriesReference({ content: message.content, embeds: message.embeds.map((embed) => embed.data) }, reference));
  } catch (error) {
    throw toDeliveryError(error);
  }
}
