/**
 * `brief discord-register [--guild ID]`: registers `/brief` and its subcommands with Discord through REST,
 * in one guild (instant, for testing) or globally. Uses DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_API_URL.
 */
import { REST } from 'discord.js';
import { commands } from '../../../commands/index.js';
import { ConfigError, loadConfig } from '../../config.js';
import { UserError } from '../../errors.js';
import { registerCommands, ROOT_COMMAND } from '../../platforms/discord/registration.js';
import { writeJson, type CliVerb } from '../io.js';

export const run: CliVerb = async (args, io) => {
  let config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UserError('config.invalid', error.message);
    throw error;
  }
  if (!config.discord) {
    throw new UserError('discord.config', 'DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register /brief (Developer Portal > your application)');
  }
  const guildId = args.flags.guild;
  if (guildId !== undefined && !/^\d{5,25}$/.test(guildId)) throw new UserError('cli.guild', `--guild must be a numeric guild id, not "${guildId.slice(0, 40)}"`);

  const rest = new REST({ ...(config.discord.apiUrl ? { api: config.discord.apiUrl.replace(/\/+$/, '') } : {}), retries: 2, timeout: 15_000 }).setToken(config.discord.token);
  let stored: unknown[];
  try {
    stored = await registerCommands(rest, config.discord.applicationId, commands, guildId);
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message) : String(error);
    throw new UserError('discord.register', `Could not register /${ROOT_COMMAND} with Discord: ${reason}`);
  }
  const subcommands = commands.map((command) => command.name);
  if (args.json) {
    writeJson(io, { command: ROOT_COMMAND, subcommands, scope: guildId ? 'guild' : 'global', ...(guildId ? { guildId } : {}), stored: stored.length });
  } else {
    const where = guildId ? `in guild ${guildId} (available now)` : 'globally (may take up to an hour to appear everywhere)';
    io.stdout.write(`Registered /${ROOT_COMMAND} with ${subcommands.length} subcommands ${where}: ${subcommands.join(', ')}\n`);
  }
  return 0;
};
