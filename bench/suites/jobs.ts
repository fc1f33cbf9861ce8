// Issue 5 figures: (a) 100,000 reminders due in the same minute, swept, enqueued on BullMQ and
// delivered to a fake notifier with no rate limit: the time to deliver them all (goal <= 60 s),
// duplicates and lost; (b) a run under Telegram's 30-a-second limit: the most sends seen in
// any one second (sliding) and in each whole second, over about ten seconds.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Notifier, NotifyTarget, Reply } from '../../src/dialog/messages.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { startJobWorker, type JobWorker } from '../../src/jobs/index.js';
import { createTestDatabase } from '../../test/support/db.js';
import { FixedClock } from '../../test/support/clock.js';
import type { BenchContext } from '../run.js';

const PLANNED_AT = '2026-06-10T09:00:00Z'; // 06:00 in São Paulo
const DUE_AT = '2026-06-10T10:30:05Z'; // just after 07:30

/** Stands in for the platform: counts what each chat received, and when. */
class CountingNotifier implements Notifier {
  readonly perChat = new Map<string, number>();
  readonly times: number[] = [];
  send(target: NotifyTarget, _message: Reply): Promise<void> {
    this.perChat.set(target.chatId, (this.perChat.get(target.chatId) ?? 0) + 1);
    this.times.push(Date.now());
    return Promise.resolve();
  }
}

/** `count` people in São Paulo on Telegram, each with a daily 07:30 reminder, in three statements. */
async function seedReaders(handle: DatabaseHandle, count: number): Promise<void> {
  await handle.db.execute(sql`
    insert into users (display_name, time_zone, locale)
    select 'Reader ' || g, 'America/Sao_Paulo', 'en' from generate_series(1, ${count}) as g`);
  await handle.db.execute(sql`
    insert into platform_identities (platform, external_id, user_id)
    select 'telegram', (1000000 + row_number() over (order by id))::text, id from users`);
  await handle.db.execute(sql`
    insert into habits (user_id, name, start_date, reminder_times)
    select id, 'Read', '2026-06-01', '{07:30}' from users`);
  await handle.db.execute(sql`analyze`);
}

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function withWorld<T>(context: BenchContext, readers: number, work: (world: { handle: DatabaseHandle; clock: FixedClock; start(options: Parameters<typeof startJobWorker>[0]['limiter']): Promise<{ worker: JobWorker; platform: CountingNotifier }> }) => Promise<T>): Promise<T> {
  const database = await createTestDatabase(context.databaseUrl);
  const handle = await createDatabase({ databaseUrl: database.url!, maxConnections: Number(process.env.BENCH_JOBS_CONNECTIONS ?? 40) });
  const clock = new FixedClock(PLANNED_AT);
  const coach = createTemplateCoach(await loadPersonalities());
  const workers: JobWorker[] = [];
  try {
    await seedReaders(handle, readers);
    return await work({
      handle,
      clock,
      async start(limiter) {
        const platform = new CountingNotifier();
        const worker = await startJobWorker({
          redisUrl: context.redisUrl, prefix: `bench-${randomUUID()}`,
          database: handle, repos: createRepositories(handle), clock, coach,
          notifiers: { telegram: platform }, sweeps: false, limiter, concurrency: Number(process.env.BENCH_JOBS_CONCURRENCY ?? 100),
        });
        workers.push(worker);
        return { worker, platform };
      },
    });
  } finally {
    for (const worker of workers) await worker.close();
    await handle.close();
    await database.close();
  }
}

async function hundredThousandInOneMinute(context: BenchContext): Promise<void> {
  const readers = Number(process.env.BENCH_JOBS_READERS ?? 100_000);
  await withWorld(context, readers, async ({ clock, start }) => {
    const { worker, platform } = await start(null);
    const planning = Date.now();
    const planned = await worker.runSweep();
    context.report({ name: 'jobs_plan_100k_reminders', value: Date.now() - planning, unit: 'ms', planned: planned.planned });

    clock.set(DUE_AT);
    const started = Date.now();
    const swept = await worker.runSweep();
    const sweptMs = Date.now() - started;
    const complete = await waitUntil(() => platform.times.length >= readers, 180_000);
    const deliveredMs = Date.now() - started;
    await waitUntil(async () => Object.values(await worker.pending()).every((count) => count === 0), 10_000);
    const duplicates = [...platform.perChat.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
    const lost = readers - platform.perChat.size;
    context.report({
      name: 'jobs_deliver_100k_due_same_minute', value: Math.round(deliveredMs / 100) / 10, unit: 's', goal: '<= 60 s',
      complete, enqueued: swept.enqueued, sweepAndEnqueueMs: sweptMs, delivered: platform.times.length, duplicates, lost,
      perSecond: Math.round(readers / (deliveredMs / 1000)),
    });
  });
}

async function underTelegramLimit(context: BenchContext): Promise<void> {
  const readers = 300;
  await withWorld(context, readers, async ({ clock, start }) => {
    const { worker, platform } = await start({ max: 30, duration: 1000 });
    await worker.runSweep();
    clock.set(DUE_AT);
    const started = Date.now();
    await worker.runSweep();
    await waitUntil(() => platform.times.length >= readers, 60_000);
    const seconds = (Date.now() - started) / 1000;
    const times = [...platform.times].sort((a, b) => a - b);
    let slidingMax = 0;
    for (let first = 0, last = 0; last < times.length; last += 1) {
      while (times[last]! - times[first]! >= 1000) first += 1;
      slidingMax = Math.max(slidingMax, last - first + 1);
    }
    const buckets = new Map<number, number>();
    for (const at of times) buckets.set(Math.floor((at - times[0]!) / 1000), (buckets.get(Math.floor((at - times[0]!) / 1000)) ?? 0) + 1);
    context.report({
      name: 'jobs_max_sends_per_second_under_30_limit', value: slidingMax, unit: 'messages/s', limit: 30,
      perWholeSecond: [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([, count]) => count),
      delivered: times.length, seconds: Math.round(seconds * 10) / 10,
    });
  });
}

export default async function jobs(context: BenchContext): Promise<void> {
  if (process.env.BENCH_JOBS_ONLY !== 'throughput') await underTelegramLimit(context);
  await hundredThousandInOneMinute(context);
}
