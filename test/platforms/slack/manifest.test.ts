import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { runCliCaptured } from '../../cli/cli-io.js';
import { buildSlackManifest, usageHint } from '../../../src/platforms/slack/manifest.js';

type Manifest = {
  features: { slash_commands: Array<{ command: string; usage_hint: string; url?: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: { socket_mode_enabled: boolean; event_subscriptions: { request_url?: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url?: string } };
};

const cli = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCliCaptured(argv, env);

describe('Slack manifest', () => {
  it('GIVEN the declarations THEN the usage hint names every form', () => {
    const hint = usageHint(commands);
    for (const command of commands) expect(hint).toContain(command.usage.replace(/^\/brief\s*/, '') || '[topic]');
  });

  it('GIVEN HTTP mode and a public URL THEN every request URL points at /slack/events', () => {
    const manifest = buildSlackManifest({ commands, socketMode: false, publicUrl: 'https://brief.example.com/' }) as Manifest;
    const url = 'https://brief.example.com/slack/events';
    expect(manifest.features.slash_commands[0]).toMatchObject({ command: '/brief', url });
    expect(manifest.settings.event_subscriptions.request_url).toBe(url);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history', 'channels:history', 'groups:history', 'im:write']));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im', 'message.channels']));
  });

  it('GIVEN `brief slack-manifest --json` with an app token THEN Socket Mode JSON and no URLs', async () => {
    const { status, out } = await cli(['slack-manifest', '--json'], { SLACK_APP_TOKEN: 'xapp-1' });
    expect(status).toBe(0);
    const manifest = JSON.parse(out) as Manifest;
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.request_url).toBeUndefined();
    expect(manifest.features.slash_commands[0]?.url).toBeUndefined();
  });

  it('GIVEN a bad --mode THEN one line on stderr and a failure status', async () => {
    const { status, err } = await cli(['slack-manifest', '--mode', 'carrier-pigeon']);
    expect(status).not.toBe(0);
    expect(err).toMatch(/--mode must be http or socket/);
  });
});
