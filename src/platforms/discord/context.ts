/** Builds the platform-neutral CommandContext from Discord interactions and messages. */
import { PermissionFlagsBits, type Interaction, type Message } from 'discord.js';
import type { CommandContext } from '../../../commands/types.js';

/**
 * Slash commands and buttons. Follow-ups are keyed per user and channel (per DM channel in DMs);
 * digests may be managed by members with Manage Channels in that channel.
 */
export function interactionContext(interaction: Interaction): CommandContext {
  const channelId = interaction.channelId ?? interaction.user.id;
  const inGuild = interaction.inGuild();
  return {
    platform: 'discord',
    channelId,
    userId: interaction.user.id,
    conversationKey: inGuild ? `discord:${channelId}:${interaction.user.id}` : `discord:${channelId}`,
    canManageDigests: inGuild ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false) : true,
  };
}

/** Mentions, DMs and thread replies; `conversationKey` is the thread or DM channel the conversation lives in. */
export function messageContext(message: Message, conversationKey: string): CommandContext {
  return {
    platform: 'discord',
    channelId: message.channelId,
    userId: message.author.id,
    conversationKey: `discord:${conversationKey}`,
    canManageDigests: message.inGuild() ? canManage(message) : true,
  };
}

function canManage(message: Message<true>): boolean {
  try {
    return message.member?.permissionsIn(message.channel).has(PermissionFlagsBits.ManageChannels) ?? false;
  } catch {
    // Roles not cached: refuse rather than guess.
    return false;
  }
}
