/** The invite link's scopes and permissions, and docs/discord.md showing the same integer. */
import { readFileSync } from 'node:fs';
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { INVITE_PERMISSIONS, inviteUrl } from '../../../src/platforms/discord/invite.js';

describe('invite', () => {
  it('GIVEN the bot THEN it asks exactly for the permissions it uses, with the bot and applications.commands scopes', () => {
    const granted = new PermissionsBitField(INVITE_PERMISSIONS);
    expect(granted.toArray().sort()).toEqual(['CreatePublicThreads', 'EmbedLinks', 'ReadMessageHistory', 'SendMessages', 'SendMessagesInThreads', 'ViewChannel']);
    expect(granted.has(PermissionFlagsBits.MentionEveryone)).toBe(false);
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe(INVITE_PERMISSIONS.toString());
  });

  it('THEN docs/discord.md shows the same permissions integer', () => {
    const docs = readFileSync(new URL('../../../docs/discord.md', import.meta.url), 'utf8');
    expect(docs).toContain(`permissions=${INVITE_PERMISSIONS}`);
    expect(docs).toContain(`**${INVITE_PERMISSIONS}**`);
  });
});
