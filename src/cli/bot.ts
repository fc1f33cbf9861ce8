// `habit-coach bot`: serves the chat platforms whose tokens are set (Telegram now, Discord
// beside it) from one process and one runtime (database, coach, conversation). Stops
// cleanly on SIGINT/SIGTERM: no new updates, the ones in hand finish, the database closes.
// `--shards auto|N` runs Discord through discord.js's ShardingManager: this process serves
// Telegram (if configured) and spawns one `habit-coach bot` per Discord shard.
import type { ShardAssignment, ShardCount } from '../adapters/discord/sharding.js';
import type { Config } from '../config.js';
import { noArgumentsExit, shutdownSignal } from './process.js';
import { openRuntimeOrReport, type Runtime } from './runtime.js';

const USAGE = `usage: habit-coach bot [--shards auto|N]

Serves Telegram when TELEGRAM_BOT_TOKEN is set (long polling; a webhook server
when TELEGRAM_WEBHOOK_URL is set), and Discord when DISCORD_TOKEN is set.
--shards runs Discord as N shard processes (auto: as many as Discord recommends);
Discord requires sharding past 2,500 servers.
`;

/** A platform adapter that is serving; stop() waits for the updates in hand. */
export interface StartedPlatform {
  readonly name: string;
  stop(): Promise<void>;
}

/** Starts one platform if it is configured; null when it is not. */
export type PlatformStarter = (runtime: Runtime) => Promise<StartedPlatform | null>;

/** The config refuses a webhook URL without a secret; this only narrows the type. */
function requiredSecret(secret: string | undefined): string {
  if (!secret) throw new Error('TELEGRAM_WEBHOOK_SECRET is required in webhook mode');
  return secret;
}

async function startTelegram(runtime: Runtime): Promise<StartedPlatform | null> {
  const { config, logger } = runtime;
  if (!config.TELEGRAM_BOT_TOKEN) return null;
  // Loaded only when configured, so a Discord-only process never loads grammY.
  const { createTelegramBot, runTelegramBot } = await import('../adapters/telegram/index.js');
  const bot = createTelegramBot({
    token: config.TELEGRAM_BOT_TOKEN,
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    conversation: runtime.conversation,
    logger,
  });
  return runTelegramBot(bot, {
    logger,
    ...(config.TELEGRAM_WEBHOOK_URL
      ? {
          webhook: {
            url: config.TELEGRAM_WEBHOOK_URL,
            port: config.TELEGRAM_WEBHOOK_PORT,
            secret: requiredSecret(config.TELEGRAM_WEBHOOK_SECRET),
          },
        }
      : {}),
  });
}

async function startDiscord(runtime: Runtime, shard?: ShardAssignment): Promise<StartedPlatform | null> {
  const { config, logger } = runtime;
  if (!config.DISCORD_TOKEN) return null;
  // Loaded only when configured, so a Telegram-only process never loads discord.js.
  const { createDiscordBot, createHabitSuggestions } = await import('../adapters/discord/index.js');
  const bot = createDiscordBot({
    token: config.DISCORD_TOKEN,
    ...(config.DISCORD_APPLICATION_ID ? { applicationId: config.DISCORD_APPLICATION_ID } : {}),
    conversation: runtime.conversation,
    logger,
    habitSuggestions: createHabitSuggestions(runtime.repos),
    ...(shard ? { shard } : {}),
  });
  await bot.start();
  return { name: shard ? `discord shard ${shard.ids.join(',')}/${shard.count}` : 'discord', stop: () => bot.stop() };
}

/** The ShardingManager's parent: spawns `habit-coach bot` once per shard (this same script). */
async function startDiscordShards(runtime: Runtime, shards: ShardCount): Promise<StartedPlatform | null> {
  const { config, logger } = runtime;
  if (!config.DISCORD_TOKEN) return null;
  const { createDiscordShards } = await import('../adapters/discord/sharding.js');
  const manager = createDiscordShards({
    token: config.DISCORD_TOKEN, shards, file: process.argv[1]!, shardArgs: ['bot'], execArgv: process.execArgv, logger,
  });
  try {
    await manager.start();
  } catch (error) {
    await manager.stop();
    throw error;
  }
  return { name: 'discord shards', stop: () => manager.stop() };
}

/** Every platform `bot` can serve, in start order. */
export const PLATFORMS: Record<string, PlatformStarter> = {
  telegram: startTelegram,
  discord: startDiscord,
};

/**
 * What this process serves: a shard process of a ShardingManager serves only its Discord shards
 * (its parent serves Telegram); `--shards` makes this process that parent; otherwise PLATFORMS.
 */
export async function platformsFor(shards: ShardCount | undefined, env: NodeJS.ProcessEnv = process.env): Promise<Record<string, PlatformStarter>> {
  if (env.SHARDING_MANAGER === 'true') {
    const { shardOfEnvironment } = await import('../adapters/discord/sharding.js');
    const shard = shardOfEnvironment(env);
    if (shard) return { discord: (runtime) => startDiscord(runtime, shard) };
  }
  if (shards !== undefined) return { telegram: startTelegram, discord: (runtime) => startDiscordShards(runtime, shards) };
  return PLATFORMS;
}

/** `--shards auto|N` (or `--shards=N`); anything else is a usage error. */
export async function botArguments(args: string[]): Promise<{ shards?: ShardCount } | { exit: number }> {
  if (args.includes('--help') || args.includes('-h')) return { exit: noArgumentsExit(['--help'], USAGE) ?? 0 };
  if (args.length === 0) return {};
  const value = args.length === 2 && args[0] === '--shards' ? args[1]
    : args.length === 1 && args[0]!.startsWith('--shards=') ? args[0]!.slice('--shards='.length) : undefined;
  if (value === undefined) return { exit: noArgumentsExit(args, USAGE) ?? 2 };
  const { shardCountSchema } = await import('../adapters/discord/sharding.js');
  const parsed = shardCountSchema.safeParse(value);
  if (!parsed.success) {
    process.stderr.write(`--shards takes auto or a whole number from 1, not ${JSON.stringify(value)}\n${USAGE}`);
    return { exit: 2 };
  }
  return { shards: parsed.data };
}

async function stopAll(runtime: Runtime, started: StartedPlatform[]): Promise<void> {
  // Reverse start order; one platform failing to stop must not keep the others running.
  for (const platform of [...started].reverse()) {
    try {
      await platform.stop();
      runtime.logger.info({ platform: platform.name }, 'platform stopped');
    } catch (error) {
      runtime.logger.error({ err: error, platform: platform.name }, 'platform did not stop cleanly');
    }
  }
  await runtime.close();
}

/** Starts the configured platforms on a runtime; the caller stops them. Used by `bot` and tests. */
export async function startPlatforms(runtime: Runtime, starters: Record<string, PlatformStarter> = PLATFORMS): Promise<StartedPlatform[]> {
  const started: StartedPlatform[] = [];
  try {
    for (const [name, start] of Object.entries(starters)) {
      const platform = await start(runtime);
      if (platform) {
        started.push(platform);
        runtime.logger.info({ platform: name }, 'platform serving');
      }
    }
  } catch (error) {
    for (const platform of started.reverse()) await platform.stop().catch(() => undefined);
    throw error;
  }
  return started;
}

export async function runBot(args: string[], config: Config, waitForShutdown: () => Promise<unknown> = shutdownSignal): Promise<number> {
  try {
    return await serve(args, config, waitForShutdown);
  } finally {
    // A shard process's IPC channel to its manager (discord.js listens on it) would keep it
    // alive after it stopped or failed to start: let go, so the manager sees it exit.
    if (process.env.SHARDING_MANAGER === 'true' && process.connected) process.disconnect();
  }
}

async function serve(args: string[], config: Config, waitForShutdown: () => Promise<unknown>): Promise<number> {
  const parsed = await botArguments(args);
  if ('exit' in parsed) return parsed.exit;
  if (parsed.shards !== undefined && !config.DISCORD_TOKEN) {
    process.stderr.write('--shards needs DISCORD_TOKEN: sharding is for Discord\n');
    return 2;
  }
  const stopping = waitForShutdown(); // listen before starting: a quick Ctrl-C still stops cleanly
  const runtime = await openRuntimeOrReport(config, 'bot');
  if (!runtime) return 1;
  let started: StartedPlatform[];
  try {
    started = await startPlatforms(runtime, await platformsFor(parsed.shards));
  } catch (error) {
    runtime.logger.error({ err: error }, 'bot could not start');
    await runtime.close();
    return 1;
  }
  if (started.length === 0) {
    process.stderr.write('no chat platform configured: set TELEGRAM_BOT_TOKEN or DISCORD_TOKEN (or use `habit-coach chat`)\n');
    await runtime.close();
    return 2;
  }
  const signal = await stopping;
  runtime.logger.info({ signal }, 'stopping');
  await stopAll(runtime, started);
  return 0;
}
