/**
 * `brief <verb>`: the command line of the briefing bot. Verbs load lazily so that `brief summary`
 * never pays for discord.js or Bolt.
 */
import { isUserError } from '../errors.js';
import { parseArgs } from './args.js';
import type { CliIO, CliVerb } from './io.js';

const VERBS: Record<string, { describe: string; load: () => Promise<{ run: CliVerb }> }> = {
  summary: { describe: 'the briefing: TL;DR, key points, sections', load: () => import('./verbs/summary.js') },
  sections: { describe: 'the sections with one-line summaries', load: () => import('./verbs/sections.js') },
  search: { describe: 'search "<query>": matching passages, best first', load: () => import('./verbs/search.js') },
  ask: { describe: 'ask "<question>": a cited answer, or a plain abstention', load: () => import('./verbs/ask.js') },
  chat: { describe: 'one question a line on stdin, one answer a line; follow-ups carry over', load: () => import('./verbs/chat.js') },
  digest: { describe: 'the digest exactly as it would be posted', load: () => import('./verbs/digest.js') },
  ingest: { describe: 'ingest <file|folder|url>: add articles to the library', load: () => import('./verbs/ingest.js') },
  start: { describe: 'run the bot (same as npm start)', load: () => import('./verbs/start.js') },
  'slack-manifest': { describe: "print the Slack app manifest", load: () => import('./verbs/slack-manifest.js') },
  'discord-register': { describe: 'register /brief with Discord [--guild ID]', load: () => import('./verbs/discord-register.js') },
};

function usage(): string {
  const width = Math.max(...Object.keys(VERBS).map((v) => v.length));
  const lines = Object.entries(VERBS).map(([verb, { describe }]) => `  ${verb.padEnd(width)}  ${describe}`);
  return ['usage: brief <verb> [arguments] [--json] [--file PATH]', '', ...lines, ''].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.verb === 'help' || args.flags.help) {
      io.stdout.write(usage());
      return 0;
    }
    const verb = VERBS[args.verb];
    if (!verb) {
      io.stderr.write(`brief: unknown verb "${args.verb}"; try one of: ${Object.keys(VERBS).join(', ')}\n`);
      return 2;
    }
    const { run } = await verb.load();
    return await run(args, io);
  } catch (error) {
    // One line, never a stack trace: the message names what was wrong.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`brief: ${isUserError(error) ? message : `unexpected error: ${message}`}\n`.replace(/\n(?!$)/g, ' '));
    if (!isUserError(error) && io.env.LOG_LEVEL === 'debug' && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

