/**
 * The Slack app manifest, generated from the `/brief` declarations: paste it into
 * api.slack.com/apps → Create New App → From a manifest. See docs/slack.md.
 */
import type { Command } from '../../../commands/types.js';

export interface ManifestOptions {
  commands: readonly Command[];
  /** Socket Mode: no public URL; otherwise Slack POSTs to `${publicUrl}/slack/events`. */
  socketMode: boolean;
  /** Public base URL of the bot in HTTP mode, e.g. https://brief.example.com */
  publicUrl?: string;
  name?: string;
}

/** Bot scopes, each for one thing the bot does. */
export const BOT_SCOPES = [
  'commands', // /brief
  'chat:write', // answers and digests
  'app_mentions:read', // @brief questions
  'channels:history', // follow-ups in public-channel threads; digest delivery checks
  'groups:history', // the same in private channels
  'im:history', // direct messages
  'im:read',
  'im:write', // telling a user their digest was paused
  'mpim:history', // group DMs
] as const;

export const BOT_EVENTS = ['app_mention', 'message.channels', 'message.groups', 'message.im', 'message.mpim'] as const;

/** `/brief [topic] | search <words> | ask <question> | ...` from the declarations' usages. */
export function usageHint(commands: readonly Command[]): string {
  const forms = commands.map((command) => command.usage.replace(/^\/brief\s*/, '')).map((form) => (form === '' ? '[topic]' : form));
  return [...new Set(forms)].join(' | ');
}

export function buildSlackManifest(options: ManifestOptions): Record<string, unknown> {
  const eventsUrl = options.publicUrl ? `${options.publicUrl.replace(/\/+$/, '')}/slack/events` : 'https://YOUR-PUBLIC-HOST/slack/events';
  const http = !options.socketMode;
  return {
    display_information: {
      name: options.name ?? 'Briefing Bot',
      description: 'News articles as briefings: TL;DR, key points, sections, search and cited answers.',
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'brief', always_online: true },
      slash_commands: [
        {
          command: '/brief',
          description: 'The briefing of the latest article, a topic, search, a cited answer, digests',
          usage_hint: usageHint(options.commands),
          should_escape: false,
          ...(http ? { url: eventsUrl } : {}),
        },
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(http ? { request_url: eventsUrl } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(http ? { request_url: eventsUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: options.socketMode,
      token_rotation_enabled: false,
    },
  };
}
