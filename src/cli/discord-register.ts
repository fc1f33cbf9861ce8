// `habit-coach discord:register [--guild ID | --global]`: registers the slash commands.
// --guild ID (or DISCORD_DEV_GUILD_ID) registers to one guild, where changes show at
// once; --global (or neither set) registers everywhere.
import { parseArgs } from 'node:util';
import { REST } from 'discord.js';
import { z } from 'zod';
import type { Config } from '../config.js';
import { registerSlashCommands } from '../adapters/discord/register.js';

const SNOWFLAKE = z.string().regex(/^\d{5,25}$/, 'expected a Discord id (digits)');

export type RegisterArgs = { scope: 'guild'; guildId: string } | { scope: 'global' } | { scope: 'default' };

export function readRegisterArgs(args: string[]): RegisterArgs | { error: string } {
  let values: { guild?: string; global?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { guild: { type: 'string' }, global: { type: 'boolean' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (values.guild !== undefined && values.global) return { error: 'choose --guild ID or --global, not both' };
  if (values.global) return { scope: 'global' };
  if (values.guild === undefined) return { scope: 'default' };
  const id = SNOWFLAKE.safeParse(values.guild);
  return id.success ? { scope: 'guild', guildId: id.data } : { error: `--guild: ${id.error.issues[0]?.message ?? 'expected a guild id'}` };
}

export async function runDiscordRegister(args: string[], config: Config): Promise<number> {
  const parsed = readRegisterArgs(args);
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\nusage: habit-coach discord:register [--guild ID | --global]\n`);
    return 2;
  }
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    process.stderr.write('discord:register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID\n');
    return 2;
  }
  const guildId = parsed.scope === 'guild' ? parsed.guildId : parsed.scope === 'default' ? config.DISCORD_DEV_GUILD_ID : undefined;
  const rest = new REST({ version: '10' }).setToken(config.DISCORD_TOKEN);
  try {
    const result = await registerSlashCommands({ rest, applicationId: config.DISCORD_APPLICATION_ID, ...(guildId ? { guildId } : {}) });
    const where = result.scope === 'guild' ? `guild ${guildId}` : 'globally';
    process.stdout.write(`registered ${result.names.length} commands ${where}: ${result.names.join(', ')}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`discord:register failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
