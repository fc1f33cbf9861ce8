// Starting and stopping the bot: long polling through @grammyjs/runner by default, or a
// webhook server (node:http + grammY's webhookCallback, secret-token header checked) when a
// public URL is configured (setWebhook is retried with backoff until it succeeds). Startup
// courtesies (the command menu) run in the background with a deadline: when they fail the bot
// logs it and serves anyway.
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer, type Server } from 'node:http';
import { webhookCallback, type Bot } from 'grammy';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { toApiSignal } from './api.js';
import { setCommandMenu } from './commands.js';
import type { TelegramLogger } from './logger.js';

/** Updates the bot acts on (chat_member: someone left a group's home chat); the rest (reactions, polls) never leave Telegram. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'chat_member'] as const;

export interface WebhookSettings {
  /** The public HTTPS address Telegram posts to; its path is the one served. */
  url: string;
  port: number;
  /**
   * Checked against X-Telegram-Bot-Api-Secret-Token. Required, and the same on every start and
   * replica: a random one per start would refuse every update (401) whenever setWebhook failed,
   * since Telegram keeps sending the secret it was last given.
   */
  secret: string;
  /** Where to listen; all interfaces by default (a container behind a proxy). */
  host?: string;
}

export interface RunTelegramOptions {
  logger: TelegramLogger;
  webhook?: WebhookSettings;
  /** Deadline for startup courtesies such as the command menu, and for each setWebhook attempt. */
  startupDeadlineMs?: number;
  /** setWebhook is retried until it succeeds: first after this, doubling up to `maxMs`. Default 1 s to 5 min. */
  setWebhookBackoff?: { firstMs: number; maxMs: number };
}

export interface RunningTelegram {
  readonly name: 'telegram';
  readonly mode: 'polling' | 'webhook';
  /** Where the webhook server listens (webhook mode). */
  readonly port?: number;
  /** Stops taking updates and waits for the ones in hand to finish. */
  stop(): Promise<void>;
}

function deadline(stop: AbortSignal, ms: number): AbortSignal {
  return AbortSignal.any([stop, AbortSignal.timeout(ms)]);
}

async function tolerate(logger: TelegramLogger, what: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    logger.warn({ err: error }, `telegram: ${what} failed at startup; running anyway`);
  }
}

async function startPolling(bot: Bot, options: RunTelegramOptions, stopping: AbortSignal): Promise<RunnerHandle> {
  // A webhook left from an earlier run would make every getUpdates fail with 409.
  await tolerate(options.logger, 'deleteWebhook', () =>
    bot.api.deleteWebhook({}, toApiSignal(deadline(stopping, options.startupDeadlineMs ?? 15_000))));
  return run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
}

async function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

async function startWebhook(bot: Bot, settings: WebhookSettings, options: RunTelegramOptions, stopping: AbortSignal) {
  const { secret } = settings;
  const path = new URL(settings.url).pathname;
  // 'return' answers Telegram after 10 s even if a slow reply is still being written, so
  // Telegram does not redeliver it; the handler finishes on its own.
  const handle = webhookCallback(bot, 'http', { secretToken: secret, onTimeout: 'return' });
  const server = createServer((request, response) => {
    const requestPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'POST' || requestPath !== path) {
      response.writeHead(404).end();
      return;
    }
    handle(request, response).catch((error: unknown) => {
      options.logger.error({ err: error }, 'telegram: webhook request failed');
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  const port = await listen(server, settings.port, settings.host);
  const register = () => bot.api.setWebhook(settings.url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] },
    toApiSignal(deadline(stopping, options.startupDeadlineMs ?? 15_000)));
  // The first attempt is awaited; when it fails the server serves anyway (Telegram may still
  // post to an earlier registration with the same secret) and registering goes on in the background.
  const registered = await register().then(() => true, (error: unknown) => {
    options.logger.warn({ err: error }, 'telegram: setWebhook failed at startup; retrying with backoff');
    return false;
  });
  const registering = registered ? Promise.resolve() : retrySetWebhook(register, options, stopping);
  return { server, port, registering };
}

/** Until setWebhook succeeds or the bot stops: without it Telegram may never post here. */
async function retrySetWebhook(register: () => Promise<unknown>, options: RunTelegramOptions, stopping: AbortSignal): Promise<void> {
  const { firstMs, maxMs } = options.setWebhookBackoff ?? { firstMs: 1000, maxMs: 5 * 60_000 };
  for (let attempt = 1, delay = firstMs; !stopping.aborted; attempt += 1, delay = Math.min(delay * 2, maxMs)) {
    try {
      await sleep(delay, undefined, { signal: stopping });
      await register();
      options.logger.info({ attempt: attempt + 1 }, 'telegram: webhook registered');
      return;
    } catch (error) {
      if (stopping.aborted) return;
      options.logger.warn({ err: error, attempt: attempt + 1, nextInMs: Math.min(delay * 2, maxMs) }, 'telegram: setWebhook failed; retrying');
    }
  }
}

/** Starts serving updates. Resolves once the bot is listening; call stop() to end. */
export async function runTelegramBot(bot: Bot, options: RunTelegramOptions): Promise<RunningTelegram> {
  const { logger } = options;
  const stopping = new AbortController();
  const startupDeadline = options.startupDeadlineMs ?? 15_000;
  await bot.init(); // getMe: a wrong token fails here, loudly, before anything else
  logger.info({ username: bot.botInfo.username, mode: options.webhook ? 'webhook' : 'polling' }, 'telegram: bot starting');
  const menu = setCommandMenu(bot.api, logger, deadline(stopping.signal, startupDeadline));

  if (options.webhook) {
    const { server, port, registering } = await startWebhook(bot, options.webhook, options, stopping.signal);
    return {
      name: 'telegram', mode: 'webhook', port,
      async stop() {
        stopping.abort();
        await menu;
        await registering;
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }

  const runner = await startPolling(bot, options, stopping.signal);
  void runner.task()?.catch((error: unknown) => logger.error({ err: error }, 'telegram: polling stopped with an error'));
  return {
    name: 'telegram', mode: 'polling',
    async stop() {
      stopping.abort();
      await menu;
      if (runner.isRunning()) await runner.stop();
    },
  };
}
