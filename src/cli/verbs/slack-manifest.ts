/**
 * `brief slack-manifest [--mode http|socket] [--url https://public.host]`: prints the Slack app manifest
 * as JSON (pretty; one line with --json). Mode defaults to Socket Mode when SLACK_APP_TOKEN is set.
 */
import { commands } from '../../../commands/index.js';
import { UserError } from '../../errors.js';
import { buildSlackManifest } from '../../platforms/slack/manifest.js';
import { writeJson, type CliVerb } from '../io.js';

export const run: CliVerb = async (args, io) => {
  const mode = args.flags.mode ?? (io.env.SLACK_APP_TOKEN ? 'socket' : 'http');
  if (mode !== 'http' && mode !== 'socket') throw new UserError('cli.mode', `--mode must be http or socket, not "${mode}"`);
  const url = args.flags.url;
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new UserError('cli.url', `--url must be the bot's public base URL, e.g. https://brief.example.com`);
  const manifest = buildSlackManifest({ commands, socketMode: mode === 'socket', ...(url ? { publicUrl: url } : {}) });
  if (args.json) writeJson(io, manifest);
  else io.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
  return 0;
};
