/**
 * The `/brief` registration JSON, generated from the one command list (commands/index.ts): each form is a
 * subcommand, each option a string option. Registration is a script (`brief discord-register`), never a
 * side effect of start-up.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Routes,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../../../commands/types.js';

export const ROOT_COMMAND = 'brief';
const ROOT_DESCRIPTION = 'Briefings of the news article: TL;DR, sections, search and cited answers';
const MAX_DESCRIPTION = 100;

const description = (text: string, fallback: string): string => (text.trim() || fallback).slice(0, MAX_DESCRIPTION);

/** Builds the one `/brief` command with a subcommand per declared form. */
export function buildRegistration(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: ROOT_COMMAND,
    description: ROOT_DESCRIPTION,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: commands.map((command) => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: command.name,
      description: description(command.description, command.name),
      // Discord wants required options before optional ones.
      options: [...command.options]
        .sort((a, b) => Number(b.required) - Number(a.required))
        .map((option) => ({
          type: ApplicationCommandOptionType.String,
          name: option.name,
          description: description(option.description, option.name),
          required: option.required,
          ...(option.autocomplete ? { autocomplete: true } : {}),
          ...(option.maxLength !== undefined ? { max_length: Math.min(option.maxLength, 6_000) } : {}),
        })),
    })),
  };
}

/** Replaces the application's commands, in one guild (instant) or globally. Returns what Discord stored. */
export async function registerCommands(rest: REST, applicationId: string, commands: readonly Command[], guildId?: string): Promise<unknown[]> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const stored = await rest.put(route, { body: [buildRegistration(commands)] });
  return Array.isArray(stored) ? stored : [];
}
