/** Ids and payload builders for the Discord double: one guild, a few channels, a bot and two users. */
let next = 0n;
/** A fresh snowflake-shaped id. */
export const snowflake = (): string => String(1_200_000_000_000_000_000n + ++next);

export const APP_ID = '111111111111111111';
export const GUILD_ID = '222222222222222222';
export const TEXT_CHANNEL_ID = '333333333333333333';
export const SECOND_CHANNEL_ID = '333333333333333334';
export const DM_CHANNEL_ID = '444444444444444444';

export const BOT_USER = { id: APP_ID, username: 'briefbot', discriminator: '0', global_name: 'Brief', avatar: null, bot: true };
export const ALICE = { id: '555555555555555555', username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };
export const BOB = { id: '555555555555555556', username: 'bob', discriminator: '0', global_name: 'Bob', avatar: null };

/** Permission bit strings as Discord sends them. */
export const PERMISSIONS = {
  member: String((1n << 10n) | (1n << 11n) | (1n << 31n)), // View Channels, Send Messages, Use Application Commands
  manager: String((1n << 4n) | (1n << 10n) | (1n << 11n) | (1n << 31n)), // ... plus Manage Channels
};

export type User = typeof ALICE;

export const textChannel = (id: string, name: string) => ({ id, type: 0, name, guild_id: GUILD_ID, position: 0, permission_overwrites: [], nsfw: false, parent_id: null });

export function guildCreate() {
  return {
    id: GUILD_ID,
    name: 'Newsroom',
    unavailable: false,
    owner_id: ALICE.id,
    member_count: 3,
    large: false,
    joined_at: new Date(0).toISOString(),
    features: [],
    emojis: [],
    stickers: [],
    roles: [{ id: GUILD_ID, name: '@everyone', permissions: PERMISSIONS.member, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [textChannel(TEXT_CHANNEL_ID, 'general'), textChannel(SECOND_CHANNEL_ID, 'news')],
    threads: [],
    members: [{ user: BOT_USER, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

function member(user: User, permissions: string) {
  return { user, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions };
}

interface Where {
  user?: User;
  channelId?: string;
  /** A DM instead of a guild channel. */
  dm?: boolean;
  permissions?: string;
}

function base(type: number, where: Where) {
  const user = where.user ?? ALICE;
  const common = { id: snowflake(), application_id: APP_ID, type, token: `token-${snowflake()}`, version: 1, locale: 'en-US', entitlements: [], authorizing_integration_owners: { '0': GUILD_ID }, app_permissions: PERMISSIONS.member };
  if (where.dm) return { ...common, context: 1, channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1, recipients: [user] }, user };
  const channelId = where.channelId ?? TEXT_CHANNEL_ID;
  return { ...common, context: 0, guild_id: GUILD_ID, guild_locale: 'en-US', channel_id: channelId, channel: { id: channelId, type: 0, guild_id: GUILD_ID, name: 'general' }, member: member(user, where.permissions ?? PERMISSIONS.member) };
}

/** INTERACTION_CREATE for `/brief <sub> [options]` (type 2). */
export function slashCommand(sub: string, options: Record<string, string> = {}, where: Where = {}) {
  return {
    ...base(2, where),
    data: { id: snowflake(), name: 'brief', type: 1, options: [{ type: 1, name: sub, options: Object.entries(options).map(([name, value]) => ({ type: 3, name, value })) }] },
  };
}

/** INTERACTION_CREATE for autocomplete of one focused option (type 4). */
export function autocomplete(sub: string, option: string, value: string, where: Where = {}) {
  return {
    ...base(4, where),
    data: { id: snowflake(), name: 'brief', type: 1, options: [{ type: 1, name: sub, options: [{ type: 3, name: option, value, focused: true }] }] },
  };
}

/** INTERACTION_CREATE for a button press (type 3) on a message the bot sent. */
export function buttonPress(customId: string, message: Record<string, unknown>, where: Where = {}) {
  return { ...base(3, where), message, data: { custom_id: customId, component_type: 2 } };
}

/** A message object as Discord sends it, in a guild channel or a DM. */
export function messageCreate(content: string, options: { author?: User; channelId?: string; dm?: boolean; mentions?: User[]; channelType?: number } = {}) {
  const author = options.author ?? ALICE;
  return {
    id: snowflake(),
    channel_id: options.channelId ?? (options.dm ? DM_CHANNEL_ID : TEXT_CHANNEL_ID),
    // Discord names the channel type (1 DM, 0 text, 11 public thread) so uncached DM channels resolve.
    channel_type: options.channelType ?? (options.dm ? 1 : 0),
    ...(options.dm ? {} : { guild_id: GUILD_ID, member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } }),
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** `<@bot> question`, mentioning the bot as Discord does. */
export const mentionBot = (question: string, options: { author?: User; channelId?: string; channelType?: number } = {}) =>
  messageCreate(`<@${BOT_USER.id}> ${question}`, { ...options, mentions: [BOT_USER] });
