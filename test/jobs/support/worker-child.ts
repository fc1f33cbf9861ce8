// A delivery worker in a process of its own, for the fault specs to kill mid-delivery. It is
// the real worker: PostgreSQL, BullMQ on Redis, and the Telegram notifier speaking HTTP to
// the spec's fake Bot API. Prints "ready" once it is taking jobs.
import { createTelegramNotifier } from '../../../src/adapters/telegram/notifier.js';
import { createTemplateCoach, loadPersonalities } from '../../../src/coach/index.js';
import { createDatabase } from '../../../src/db/client.js';
import { createRepositories } from '../../../src/db/repositories/index.js';
import { startJobWorker } from '../../../src/jobs/index.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const database = await createDatabase({ databaseUrl: env('DATABASE_URL'), maxConnections: 3 });
const now = new Date(env('JOBS_NOW'));
await startJobWorker({
  redisUrl: env('REDIS_URL'),
  prefix: env('JOBS_PREFIX'),
  database,
  repos: createRepositories(database),
  clock: { now: () => new Date(now) },
  coach: createTemplateCoach(await loadPersonalities()),
  notifiers: { telegram: createTelegramNotifier({ token: '123456:fault-spec-token-abcdefghijkl', apiRoot: env('TELEGRAM_API_ROOT') }) },
  sweeps: false,
  limiter: null,
  concurrency: 1,
  lockDurationMs: 2000,
  stalledIntervalMs: 1000,
});
process.stdout.write('ready\n');
