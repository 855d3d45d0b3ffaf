/**
 * `brief digest [--json] [--file PATH] [--platform slack|discord|console]`: the digest exactly as it
 * would be posted. JSON: `{ text, blocks? }` (Slack Block Kit by default; Discord adds its `messages`).
 */
import { fileLibrary, openLibrary } from '../../briefing/library.js';
import { loadConfig } from '../../config.js';
import { UserError } from '../../errors.js';
import { renderConsoleText } from '../../platforms/console/render.js';
import { buildDigest } from '../../schedule/digest.js';
import { writeJson, type CliVerb } from '../io.js';

const PLATFORMS = ['slack', 'discord', 'console'] as const;
type CliPlatform = (typeof PLATFORMS)[number];

export const run: CliVerb = async (args, io) => {
  const platform = (args.flags.platform ?? 'slack') as CliPlatform;
  if (!PLATFORMS.includes(platform)) throw new UserError('cli.platform', `--platform must be one of ${PLATFORMS.join(', ')}, not "${platform}"`);
  const library = args.file !== undefined ? fileLibrary(args.file) : openLibrary(loadConfig(io.env).dataDir);
  const digest = buildDigest({ library });
  if (!digest) throw new UserError('digest.empty', 'The library has no article yet: add one with `brief ingest <file|url>` or use --file PATH');
  if (!args.json) {
    io.stdout.write(renderConsoleText(digest.reply));
    return 0;
  }
  if (platform === 'slack') {
    // Loaded only here: Block Kit rendering is the Slack adapter's.
    const { renderSlackMessage } = await import('../../platforms/slack/render.js');
    const message = renderSlackMessage(digest.reply);
    writeJson(io, { text: message.text, blocks: message.blocks });
  } else if (platform === 'discord') {
    const { renderReply } = await import('../../platforms/discord/render.js');
    writeJson(io, { text: digest.reply.text, messages: renderReply(digest.reply, { ephemeral: false }) });
  } else {
    writeJson(io, { text: renderConsoleText(digest.reply) });
  }
  return 0;
};
