// Registers the slash commands with Discord: to one guild (instant, for development) or
// globally (every server and DM; Discord may take a while to show changes). A bulk
// overwrite, so commands removed here disappear there.
import { Routes, type REST, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { slashCommandPayloads } from './commands.js';

export interface RegisterCommandsOptions {
  rest: REST;
  applicationId: string;
  /** Register to this guild only; without it, globally. */
  guildId?: string;
}

export interface RegisterCommandsResult {
  scope: 'guild' | 'global';
  names: string[];
}

export async function registerSlashCommands(options: RegisterCommandsOptions): Promise<RegisterCommandsResult> {
  const { rest, applicationId, guildId } = options;
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: slashCommandPayloads() })) as RESTPutAPIApplicationCommandsResult;
  return { scope: guildId ? 'guild' : 'global', names: registered.map((command) => command.name) };
}
