// The Telegram adapter's public face: build a bot, run it, notify through it.
export { createTelegramBot, type TelegramBotOptions } from './bot.js';
export { runTelegramBot, type RunningTelegram, type RunTelegramOptions, type WebhookSettings } from './runner.js';
export {
  createTelegramNotifier, TelegramRateLimitedError, TelegramRecipientUnreachableError, type TelegramNotifierOptions,
} from './notifier.js';
export { createTelegramApi, type RetryPolicy } from './api.js';
export type { TelegramLogger } from './logger.js';
