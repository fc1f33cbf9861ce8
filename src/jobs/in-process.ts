// The embedded default: with no REDIS_URL the same sweep and delivery handlers run in this
// process on a timer (a sweep a minute, each due item delivered right away). The console
// chat and a single-machine bot get their reminders with no Redis. Several processes on one
// database still never double-send: claims and delivery keys live in PostgreSQL.
import { setTimeout as sleep } from 'node:timers/promises';
import type { AnyDueItem, Clock, Coach, GroupRecapComposer, Repositories } from '../app/ports.js';
import type { ReviewQuestions } from '../app/review-questions.js';
import type { DatabaseHandle } from '../db/client.js';
import type { Reply } from '../dialog/messages.js';
import { baseJobContext } from './base-context.js';
import { silentLogger, type JobContext, type JobLogger, type Notifiers } from './context.js';
import { DeliveryDelayed, PlatformRateLimited } from './definition.js';
import { createMemoryGroupChatRate } from './group-chat-rate.js';
import { deliveryJobOf, jobOf } from './jobs.js';
import { createMemoryPacer, createMemorySendRate, type ChatPacer, type RateLimit } from './pacing.js';
import { sweep, type SweepOptions, type SweepReport } from './sweep.js';

export interface InProcessJobsOptions {
  database: Pick<DatabaseHandle, 'db'>;
  repos: Repositories;
  clock: Clock;
  coach: Coach;
  /** Where messages go, by platform (the console chat: `{ console: notifier }`). */
  notifiers: Notifiers;
  logger?: JobLogger;
  reviewQuestions?: ReviewQuestions;
  /** Words a group's weekly recap (BOARD's composer); without one, recaps are skipped. */
  groupRecap?: GroupRecapComposer<Reply>;
  /** Between sweeps; default one minute. */
  intervalMs?: number;
  /** Deliveries at once; default 4. */
  concurrency?: number;
  /** Attempts per delivery before it is recorded as failed; default 3. */
  attempts?: number;
  pacer?: ChatPacer;
  /** The overall send rate; default 30 a second (Telegram's), null: none. */
  limiter?: RateLimit | null;
  sweep?: SweepOptions;
}

export interface InProcessJobs {
  /** One sweep with every due item delivered; resolves when they are. */
  runOnce(): Promise<SweepReport>;
  /** Stops the timer and waits for the sweep in hand. */
  stop(): Promise<void>;
}

/** Starts the timer (the first sweep runs at once) unless `autoStart` is false. */
export function startInProcessJobs(options: InProcessJobsOptions & { autoStart?: boolean }): InProcessJobs {
  const logger = options.logger ?? silentLogger;
  const stopping = new AbortController();
  const attempts = options.attempts ?? 3;
  const context: JobContext = {
    ...baseJobContext(options, logger),
    pacer: options.pacer ?? createMemoryPacer(),
    groupChatRate: createMemoryGroupChatRate(),
    ...(options.limiter === null ? {} : { sendRate: createMemorySendRate(options.limiter ?? { max: 30, duration: 1000 }) }),
    queue: { enqueue: (items) => deliverAll(items) },
  };

  async function deliverOne(item: AnyDueItem): Promise<void> {
    const { name, data } = jobOf(item);
    const job = deliveryJobOf(name, data);
    if ('invalid' in job) throw new Error(job.invalid); // our own item: a bug, not input
    for (let attempt = 1; !stopping.signal.aborted; attempt += 1) {
      try {
        await job.run(context);
        return;
      } catch (error) {
        if (error instanceof DeliveryDelayed || error instanceof PlatformRateLimited) {
          // A busy chat or a 429: wait as asked; these are not failed attempts.
          attempt -= 1;
          await sleep(error instanceof DeliveryDelayed ? error.delayMs : error.retryAfterMs, undefined, { signal: stopping.signal }).catch(() => undefined);
          continue;
        }
        logger.warn({ err: error, kind: item.kind, attempt }, 'delivery failed');
        if (attempt >= attempts) {
          await job.giveUp(context, error instanceof Error ? error.message : String(error));
          return;
        }
        await sleep(1000 * 2 ** attempt, undefined, { signal: stopping.signal }).catch(() => undefined);
      }
    }
  }

  async function deliverAll(items: AnyDueItem[]): Promise<void> {
    const pending = [...items];
    const workers = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, async () => {
      for (let item = pending.shift(); item && !stopping.signal.aborted; item = pending.shift()) await deliverOne(item);
    });
    await Promise.all(workers);
  }

  const runOnce = (): Promise<SweepReport> => sweep(context, (items) => deliverAll(items), options.sweep);

  let timer: NodeJS.Timeout | undefined;
  let inHand: Promise<unknown> | null = null;
  const tick = (): void => {
    inHand = runOnce()
      .catch((error: unknown) => logger.error({ err: error }, 'in-process sweep failed'))
      .finally(() => {
        inHand = null;
        if (!stopping.signal.aborted) {
          timer = setTimeout(tick, options.intervalMs ?? 60_000);
          timer.unref();
        }
      });
  };
  if (options.autoStart !== false) tick();

  return {
    runOnce,
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await inHand;
    },
  };
}
