// `habit-coach bot`: serves the chat platforms whose tokens are set (Telegram now, Discord
// beside it) from one process and one runtime (database, coach, conversation). Stops
// cleanly on SIGINT/SIGTERM: no new updates, the ones in hand finish, the database closes.
import type { Config } from '../config.js';
import { noArgumentsExit, shutdownSignal } from './process.js';
import { openRuntimeOrReport, type Runtime } from './runtime.js';

const USAGE = 'usage: habit-coach bot\n\nServes Telegram when TELEGRAM_BOT_TOKEN is set (long polling; a webhook server\nwhen TELEGRAM_WEBHOOK_URL is set), and Discord when DISCORD_TOKEN is set.\n';

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

async function startDiscord(runtime: Runtime): Promise<StartedPlatform | null> {
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
  });
  await bot.start();
  return { name: 'discord', stop: () => bot.stop() };
}

/** Every platform `bot` can serve, in start order. */
export const PLATFORMS: Record<string, PlatformStarter> = {
  telegram: startTelegram,
  discord: startDiscord,
};

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
  const argumentsExit = noArgumentsExit(args, USAGE);
  if (argumentsExit !== null) return argumentsExit;
  const stopping = waitForShutdown(); // listen before starting: a quick Ctrl-C still stops cleanly
  const runtime = await openRuntimeOrReport(config, 'bot');
  if (!runtime) return 1;
  let started: StartedPlatform[];
  try {
    started = await startPlatforms(runtime);
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
