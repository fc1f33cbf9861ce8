// `habit-coach worker`: delivers what the bot says first (reminders, snoozes, evening nudges,
// weekly reviews) from BullMQ on REDIS_URL, through the notifiers of the platforms whose
// tokens are set. Every worker also keeps the sweep's job scheduler (one scheduler, whoever
// upserts it), so any number of workers can share one PostgreSQL and one Redis.
// Stops cleanly on SIGINT/SIGTERM (a rolling restart, a scale-down): it takes no new job, the
// sends in flight finish (for at most WORKER_GRACE_SECONDS), the rest wait in Redis for the
// other workers. A second signal exits at once.
import type { Config } from '../config.js';
import { createGroupRecapComposer } from '../dialog/group-recap.js';
import type { BaseJobOptions } from '../jobs/base-context.js';
import type { Notifiers } from '../jobs/context.js';
import { noArgumentsExit, shutdownSignal } from './process.js';
import { openRuntimeOrReport, type Runtime } from './runtime.js';

const USAGE = `usage: habit-coach worker

Delivers reminders, evening nudges and weekly reviews from BullMQ (REDIS_URL), to Telegram
(TELEGRAM_BOT_TOKEN) and Discord (DISCORD_TOKEN). Run as many as you like on one PostgreSQL
and one Redis. Without Redis, \`habit-coach all\` and \`habit-coach chat\` run the jobs in-process.
`;

/** The notifiers of the platforms configured here; each loads its library only when configured. */
export async function notifiersFor(config: Config, logger: Runtime['logger']): Promise<Notifiers> {
  const notifiers: Notifiers = {};
  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramNotifier } = await import('../adapters/telegram/notifier.js');
    notifiers.telegram = createTelegramNotifier({
      token: config.TELEGRAM_BOT_TOKEN,
      ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    });
  }
  if (config.DISCORD_TOKEN) {
    const [{ REST }, { createDiscordNotifier }] = await Promise.all([import('discord.js'), import('../adapters/discord/notifier.js')]);
    notifiers.discord = createDiscordNotifier({ rest: new REST({ version: '10' }).setToken(config.DISCORD_TOKEN), logger });
  }
  return notifiers;
}

/** Starts the BullMQ worker on a runtime (shared by `worker` and `all`); close() drains it within the grace period. */
export async function startWorkerOn(runtime: Runtime, redisUrl: string, notifiers: Notifiers): Promise<{ close(): Promise<void> }> {
  const { startJobWorker } = await import('../jobs/bullmq.js');
  const worker = await startJobWorker({ redisUrl, ...jobOptionsOf(runtime, notifiers) });
  // Domain events on a short loop; any number of workers share the outbox without double delivery.
  const events = runtime.deliverEvents({ intervalMs: 1000 });
  return {
    async close() {
      const graceMs = runtime.config.WORKER_GRACE_SECONDS * 1000;
      runtime.logger.info({ graceMs }, 'taking no new jobs; finishing the sends in flight');
      const [{ drained }] = await Promise.all([worker.close({ graceMs }), events.stop()]);
      if (drained) runtime.logger.info({}, 'sends in flight finished');
    },
  };
}

/** What both job runners (BullMQ and in-process) take from a runtime. */
export function jobOptionsOf(runtime: Runtime, notifiers: Notifiers): BaseJobOptions & { logger: Runtime['logger'] } {
  return {
    database: runtime.database,
    repos: runtime.repos,
    clock: runtime.clock,
    coach: runtime.coach,
    notifiers,
    logger: runtime.logger,
    reviewQuestions: runtime.reviewQuestions,
    // The weekly group recap: members' weeks, the leaderboard and streaks, in the group coach's voice.
    groupRecap: createGroupRecapComposer({ app: runtime.app, templates: runtime.templates }),
  };
}

export async function runWorker(args: string[], config: Config, waitForShutdown: () => Promise<unknown> = shutdownSignal): Promise<number> {
  const argumentsExit = noArgumentsExit(args, USAGE);
  if (argumentsExit !== null) return argumentsExit;
  if (!config.REDIS_URL) {
    process.stderr.write(`worker needs REDIS_URL.\n${USAGE}`);
    return 2;
  }
  if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN) {
    process.stderr.write('no platform to deliver to: set TELEGRAM_BOT_TOKEN or DISCORD_TOKEN\n');
    return 2;
  }
  const stopping = waitForShutdown();
  const runtime = await openRuntimeOrReport(config, 'worker');
  if (!runtime) return 1;
  try {
    const worker = await startWorkerOn(runtime, config.REDIS_URL, await notifiersFor(config, runtime.logger));
    runtime.logger.info({}, 'worker running');
    const signal = await stopping;
    runtime.logger.info({ signal }, 'stopping');
    await worker.close();
    return 0;
  } catch (error) {
    runtime.logger.error({ err: error }, 'worker failed');
    return 1;
  } finally {
    await runtime.close();
  }
}
