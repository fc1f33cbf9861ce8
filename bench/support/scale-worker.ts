// A `habit-coach worker` of the scale-out bench, in a process of its own so the bench can kill
// it: the real BullMQ worker (sweeps on its job scheduler every second, deliveries) with the
// real Telegram notifier speaking HTTP to the bench's fake Bot API and the real clock. Unlike
// the CLI worker it sends without Telegram's 30-a-second limit, to measure the machinery.
// Like the CLI worker, SIGTERM drains it: no new jobs, the sends in flight finish, then it exits.
import { createTelegramNotifier } from '../../src/adapters/telegram/notifier.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createDatabase } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { shutdownSignal } from '../../src/cli/process.js';
import { startJobWorker } from '../../src/jobs/index.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const stopping = shutdownSignal();
const database = await createDatabase({ databaseUrl: env('DATABASE_URL'), maxConnections: 10 });
const worker = await startJobWorker({
  redisUrl: env('REDIS_URL'),
  prefix: env('JOBS_PREFIX'),
  database,
  repos: createRepositories(database),
  clock: { now: () => new Date() },
  coach: createTemplateCoach(await loadPersonalities()),
  notifiers: { telegram: createTelegramNotifier({ token: env('TELEGRAM_BOT_TOKEN'), apiRoot: env('TELEGRAM_API_ROOT') }) },
  limiter: null,
  concurrency: 50,
  sweepEveryMs: 1000,
  schedulerCheckMs: 5000,
  // A killed worker's jobs come back after 10 s (30 s by default); long enough for a loaded machine.
  lockDurationMs: 10_000,
  stalledIntervalMs: 2000,
});
process.stdout.write('ready\n');
await stopping;
const { drained } = await worker.close({ graceMs: 8000 });
await database.close();
process.stdout.write(drained ? 'drained\n' : 'grace period over\n');
