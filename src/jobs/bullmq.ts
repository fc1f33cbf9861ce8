// The BullMQ runner: a job scheduler runs the sweep every minute on its own queue, and a
// worker delivers on the deliveries queue under a queue-wide limiter (Telegram: about 30
// messages a second overall; the limiter is global across every worker on one Redis), plus a
// sliding-window guard at the send so no second ever sees more than the limit, and a person's
// messages a second apart (delayed when enqueued, or reserved per chat in Redis). A 429 rate-limits the whole queue
// for retry_after. Job ids are the delivery keys, so a due item enqueued twice is one job.
//
// Redis faults: every connection retries forever (commands wait while Redis is down; the bot
// path never touches Redis). When Redis comes back the scheduler is upserted again, and the
// sweep notices a wiped Redis (its epoch key is gone) and releases every lease, so what was
// claimed but lost is enqueued again from PostgreSQL. A timer checks every minute that the
// scheduler is still there (a FLUSHALL leaves the connection up). An outage is logged once,
// then at most once a minute (outage-log.ts).
import { randomUUID } from 'node:crypto';
import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { isGroupItem, type AnyDueItem } from '../app/ports.js';
import { baseJobContext } from './base-context.js';
import { silentLogger, type JobContext, type JobLogger } from './context.js';
import { DeliveryDelayed, PlatformRateLimited } from './definition.js';
import { createRedisGroupChatRate } from './group-chat-rate.js';
import type { InProcessJobsOptions } from './in-process.js';
import { deliveryJobOf, jobOf, sweepJob } from './jobs.js';
import { PRIVATE_CHAT_INTERVAL_MS, createRedisPacer, createRedisSendRate, unpaced } from './pacing.js';
import { createOutageLog } from './outage-log.js';
import { sweep, type SweepReport } from './sweep.js';

export const SWEEP_QUEUE = 'habit-coach-sweep';
export const DELIVERY_QUEUE = 'habit-coach-deliveries';
export const SWEEP_SCHEDULER_ID = 'sweep';

/** A person's messages of one sweep, spaced a little over a second so uneven processing cannot bring two closer. */
const ENQUEUE_SPACING_MS = Math.round(PRIVATE_CHAT_INTERVAL_MS * 1.1);

/** Telegram's published overall limit. */
export const TELEGRAM_LIMITER = { max: 30, duration: 1000 } as const;

export interface JobWorkerOptions extends Omit<InProcessJobsOptions, 'intervalMs' | 'pacer'> {
  redisUrl: string;
  /** Deliveries in flight per worker process; default 50. */
  concurrency?: number;
  /** Queue-wide send limit; default TELEGRAM_LIMITER; null: none (benchmarks, a fake notifier). */
  limiter?: { max: number; duration: number } | null;
  /**
   * How a person's messages are kept a second apart. 'enqueue' (default): the sweep delays a
   * person's second, third... item of the same sweep by a second each, at no cost per message.
   * 'redis': every send also reserves its chat in Redis (exact across sweeps and workers, one
   * more Redis call per message). false: no pacing (benchmarks).
   */
  paceChats?: 'enqueue' | 'redis' | false;
  /** Run the sweep scheduler and its worker in this process; default true. */
  sweeps?: boolean;
  /** Deliver in this process; default true (false: a process that only sweeps). */
  deliveries?: boolean;
  /** Redis key prefix of the queues, the pacer and the epoch; default 'habit-coach' (tests isolate with their own). */
  prefix?: string;
  sweepEveryMs?: number;
  /**
   * How often this process checks that the sweep's job scheduler is still in Redis and puts it
   * back when not (a FLUSHALL on a connected Redis removes it without a reconnect); default a minute.
   */
  schedulerCheckMs?: number;
  /** While Redis is unreachable: one warning at once, then at most one per this; default a minute. */
  outageWarningEveryMs?: number;
  /** Job lock; a worker that dies holds a job this long before another takes it. Default 30 s. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export interface JobWorker {
  /** One sweep now, through the same handler the scheduler runs. */
  runSweep(): Promise<SweepReport>;
  /** Jobs on the deliveries queue not finished yet (tests, the benchmark). */
  pending(): Promise<{ waiting: number; delayed: number; active: number }>;
  readonly deliveries: Queue;
  /**
   * Stops taking jobs and waits for the ones in hand (sends in flight) to finish, then closes.
   * With graceMs, waits at most that long: a job still running then is left to its lock (another
   * worker takes it once the lock expires; a send already on the wire is recorded unconfirmed).
   * Resolves with whether every job in hand finished.
   */
  close(options?: { graceMs?: number }): Promise<{ drained: boolean }>;
}

/** ioredis for BullMQ: retry every command while Redis is away instead of failing it. */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, retryStrategy: (times) => Math.min(times * 200, 2000) });
}

export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const logger = options.logger ?? silentLogger;
  const attempts = options.attempts ?? 5;
  const redis = createRedis(options.redisUrl);
  const outage = createOutageLog(logger, options.outageWarningEveryMs);
  redis.on('error', (error: Error) => outage.report('connection', error));
  redis.on('ready', () => outage.recovered());
  const prefix = options.prefix ?? 'habit-coach';
  const epochKey = `${prefix}:jobs:epoch`;
  const deliveries = new Queue(DELIVERY_QUEUE, { connection: redis, prefix });
  const sweeps = new Queue(SWEEP_QUEUE, { connection: redis, prefix });
  for (const queue of [deliveries, sweeps]) queue.on('error', (error: Error) => outage.report(queue.name, error));

  const limiter = options.limiter === undefined ? TELEGRAM_LIMITER : options.limiter;

  const pacing = options.paceChats ?? 'enqueue';
  /** Items queued per person in the current sweep: the second one waits a second, and so on. */
  const queuedPerPerson = new Map<string, number>();
  const spacing = (item: AnyDueItem): number => {
    // A group's post is held to its chats' per-minute windows when it is sent.
    if (pacing !== 'enqueue' || isGroupItem(item)) return 0;
    const before = queuedPerPerson.get(item.userId) ?? 0;
    queuedPerPerson.set(item.userId, before + 1);
    return before * ENQUEUE_SPACING_MS;
  };

  async function enqueue(items: AnyDueItem[]): Promise<void> {
    await deliveries.addBulk(items.map((item) => jobOf(item)).map(({ name, data, jobId }, index) => ({
      name,
      data,
      opts: {
        jobId,
        delay: spacing(items[index]!),
        attempts,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: true,
        removeOnFail: { age: 24 * 60 * 60 },
      },
    })));
  }

  async function beforeSweep(): Promise<void> {
    queuedPerPerson.clear();
    if ((await redis.get(epochKey)) !== null) return;
    // A fresh or wiped Redis: whatever was claimed has no job any more.
    const released = await context.store.releaseLeases();
    await redis.set(epochKey, randomUUID());
    if (released > 0) logger.warn({ released }, 'queue was empty or wiped: every claimed item is enqueued again');
  }

  const context: JobContext = {
    ...baseJobContext(options, logger),
    pacer: pacing === 'redis' ? createRedisPacer(redis, `${prefix}:pace`) : unpaced,
    ...(limiter ? { sendRate: createRedisSendRate(redis, `${prefix}:send-rate`, limiter) } : {}),
    groupChatRate: createRedisGroupChatRate(redis, `${prefix}:group-rate`),
    queue: { enqueue, beforeSweep },
  };

  async function deliverJob(job: Job, token?: string): Promise<unknown> {
    const delivery = deliveryJobOf(job.name, job.data);
    if ('invalid' in delivery) throw new UnrecoverableError(delivery.invalid);
    try {
      return await delivery.run(context);
    } catch (error) {
      if (error instanceof DeliveryDelayed) {
        await job.moveToDelayed(Date.now() + error.delayMs, token);
        throw new DelayedError();
      }
      if (error instanceof PlatformRateLimited) {
        logger.warn({ retryAfterMs: error.retryAfterMs }, 'platform rate limit: the whole queue waits');
        await deliveries.rateLimit(error.retryAfterMs);
        throw Worker.RateLimitError();
      }
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        // The last attempt: record it and move the schedule on, so the item is not stuck claimed.
        await delivery.giveUp(context, error instanceof Error ? error.message : String(error));
        logger.error({ err: error, job: job.id }, 'delivery failed for good');
        return { status: 'failed' };
      }
      throw error;
    }
  }

  const workerRedis = createRedis(options.redisUrl);
  workerRedis.on('error', () => undefined); // reported once, through `redis`
  const lockOptions = {
    ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
    ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
  };
  let deliveryWorker: Worker | null = null;
  if (options.deliveries !== false) {
    deliveryWorker = new Worker(DELIVERY_QUEUE, deliverJob, {
      connection: workerRedis,
      prefix,
      concurrency: options.concurrency ?? 50,
      ...(limiter ? { limiter } : {}),
      ...lockOptions,
    });
    deliveryWorker.on('error', (error: Error) => outage.report('delivery worker', error));
  }

  let sweepWorker: Worker | null = null;
  let schedulerCheck: NodeJS.Timeout | undefined;
  if (options.sweeps !== false) {
    sweepWorker = new Worker(SWEEP_QUEUE, async () => sweepJob.handler({}, context), { connection: workerRedis, prefix, concurrency: 1, ...lockOptions });
    sweepWorker.on('error', (error: Error) => outage.report('sweep worker', error));
    const scheduler = createSchedulerKeeper(sweeps, options.sweepEveryMs ?? 60_000, logger);
    await scheduler.upsert();
    // A restarted Redis has lost the scheduler: put it back on every reconnect.
    redis.on('ready', () => void scheduler.ensure());
    // A wiped but connected Redis (FLUSHALL) never reconnects: a plain timer, which needs no
    // Redis job to run, looks for the scheduler every minute and puts it back when it is gone.
    schedulerCheck = setInterval(() => void scheduler.ensure(), options.schedulerCheckMs ?? 60_000);
    schedulerCheck.unref();
  }
  return {
    runSweep: async () => {
      await beforeSweep();
      return sweep(context, enqueue, options.sweep);
    },
    async pending() {
      const counts = await deliveries.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
      return { waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0), delayed: counts.delayed ?? 0, active: counts.active ?? 0 };
    },
    deliveries,
    async close(closeOptions = {}) {
      clearInterval(schedulerCheck);
      // BullMQ's close() stops fetching at once and waits for the active jobs; a later
      // close(true) would return that same promise, so the grace period is a race instead.
      const inHand = Promise.allSettled([deliveryWorker?.close(), sweepWorker?.close()]).then(() => true);
      const drained = await withinGrace(inHand, closeOptions.graceMs);
      if (!drained) logger.warn({ graceMs: closeOptions.graceMs }, 'grace period over with jobs still running: they go back to the queue when their lock expires');
      await Promise.allSettled([deliveries.close(), sweeps.close()]);
      for (const connection of [redis, workerRedis]) connection.disconnect();
      return { drained };
    },
  };
}

/** The promise's value, or false once graceMs has passed (no bound without graceMs). */
async function withinGrace(work: Promise<boolean>, graceMs: number | undefined): Promise<boolean> {
  if (graceMs === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), graceMs); });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** Upserts the sweep's job scheduler, and checks for it (the scheduler itself is the marker). */
function createSchedulerKeeper(sweeps: Queue, everyMs: number, logger: JobLogger) {
  let checking = false;
  const upsert = async (): Promise<void> => {
    await sweeps.upsertJobScheduler(SWEEP_SCHEDULER_ID, { every: everyMs }, {
      name: sweepJob.id, data: {}, opts: { removeOnComplete: true, removeOnFail: 50 },
    });
  };
  return {
    upsert,
    /** One cheap read; an upsert only when the scheduler is gone. Never two at once, never throws. */
    async ensure(): Promise<void> {
      if (checking) return;
      checking = true;
      try {
        if (await sweeps.getJobScheduler(SWEEP_SCHEDULER_ID)) return;
        await upsert();
        logger.warn({}, 'the sweep scheduler was missing from Redis (wiped?): put back');
      } catch (error) {
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'could not check the sweep scheduler');
      } finally {
        checking = false;
      }
    },
  };
}
