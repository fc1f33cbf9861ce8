// `habit-coach all`: the bot and the jobs in one process, for a single machine. With
// REDIS_URL the jobs run on BullMQ (this process is one worker among any others); without it
// the same handlers run in-process on a timer (a sweep a minute), so reminders, nudges and
// reviews arrive with nothing but the bot and its database.
import type { Config } from '../config.js';
import { startPlatforms, type StartedPlatform } from './bot.js';
import { openRuntimeOrReport, type Runtime } from './runtime.js';
import { noArgumentsExit, shutdownSignal } from './process.js';
import { jobOptionsOf, notifiersFor, startWorkerOn } from './worker.js';

const USAGE = `usage: habit-coach all

Serves Telegram (TELEGRAM_BOT_TOKEN) and/or Discord (DISCORD_TOKEN) and delivers reminders,
evening nudges and weekly reviews from the same process: on BullMQ when REDIS_URL is set,
in-process otherwise.
`;

async function startJobs(runtime: Runtime): Promise<{ close(): Promise<void> }> {
  const { config } = runtime;
  const notifiers = await notifiersFor(config, runtime.logger);
  if (config.REDIS_URL) return startWorkerOn(runtime, config.REDIS_URL, notifiers);
  const { startInProcessJobs } = await import('../jobs/in-process.js');
  const jobs = startInProcessJobs(jobOptionsOf(runtime, notifiers));
  const events = runtime.deliverEvents();
  return { close: async () => { await Promise.all([jobs.stop(), events.stop()]); } };
}

export async function runAll(args: string[], config: Config, waitForShutdown: () => Promise<unknown> = shutdownSignal): Promise<number> {
  const argumentsExit = noArgumentsExit(args, USAGE);
  if (argumentsExit !== null) return argumentsExit;
  if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN) {
    process.stderr.write('no chat platform configured: set TELEGRAM_BOT_TOKEN or DISCORD_TOKEN (or use `habit-coach chat`)\n');
    return 2;
  }
  const stopping = waitForShutdown();
  const runtime = await openRuntimeOrReport(config, '');
  if (!runtime) return 1;
  let platforms: StartedPlatform[] = [];
  let jobs: { close(): Promise<void> } | null = null;
  try {
    platforms = await startPlatforms(runtime);
    jobs = await startJobs(runtime);
    runtime.logger.info({ jobs: config.REDIS_URL ? 'bullmq' : 'in-process' }, 'bot and jobs running');
    const signal = await stopping;
    runtime.logger.info({ signal }, 'stopping');
    return 0;
  } catch (error) {
    runtime.logger.error({ err: error }, 'could not start');
    return 1;
  } finally {
    await jobs?.close().catch((error: unknown) => runtime.logger.error({ err: error }, 'jobs did not stop cleanly'));
    for (const platform of [...platforms].reverse()) {
      await platform.stop().catch((error: unknown) => runtime.logger.error({ err: error, platform: platform.name }, 'platform did not stop cleanly'));
    }
    await runtime.close();
  }
}
