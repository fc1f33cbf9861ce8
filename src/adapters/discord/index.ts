// The Discord adapter's public face: build a bot, notify through it, register its commands.
export { createDiscordBot, DISCORD_INTENTS, type DiscordBot, type DiscordBotOptions } from './bot.js';
export { createDiscordShards, shardCountSchema, shardOfEnvironment, type DiscordShards, type ShardAssignment, type ShardCount } from './sharding.js';
export { createDiscordNotifier, type DiscordNotifierOptions } from './notifier.js';
export { createHabitSuggestions } from './habit-suggestions.js';
export { registerSlashCommands, type RegisterCommandsOptions, type RegisterCommandsResult } from './register.js';
export { slashCommandPayloads } from './commands.js';
export type { DiscordLogger, HabitSuggestions } from './types.js';
