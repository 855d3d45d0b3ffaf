/** Reads a `/brief <subcommand>` interaction into a command name and options, refusing what was not declared. */
import { ApplicationCommandOptionType, type CommandInteractionOption } from 'discord.js';
import type { Command, CommandInput } from '../../../commands/types.js';
import { echo } from '../../../commands/sanitize.js';

export type ReadCommand = { ok: true; name: string; input: CommandInput } | { ok: false; problem: string };

/** The subcommand and its string options; unknown subcommands or options become a one-line problem. */
export function readSubcommand(data: readonly CommandInteractionOption[], commands: readonly Command[]): ReadCommand {
  const sub = data.find((option) => option.type === ApplicationCommandOptionType.Subcommand);
  if (!sub) return { ok: false, problem: 'Pick a form after /brief, e.g. `/brief summary` or `/brief help`.' };
  const command = commands.find((candidate) => candidate.name === sub.name);
  if (!command) return { ok: false, problem: `There is no \`/brief ${echo(sub.name, 40)}\`; try \`/brief help\`.` };
  const options: Record<string, string | undefined> = {};
  for (const option of sub.options ?? []) {
    if (!command.options.some((declared) => declared.name === option.name)) {
      return { ok: false, problem: `\`/brief ${command.name}\` has no option \`${echo(option.name, 40)}\`; try \`/brief help\`.` };
    }
    options[option.name] = option.value === undefined || option.value === null ? undefined : String(option.value);
  }
  return { ok: true, name: command.name, input: { options } };
}
