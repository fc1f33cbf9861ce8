// Faults, each ending with every due item delivered exactly once: Redis stopped and restarted
// (wiped: it keeps nothing) in the middle of a sweep; a worker process killed while its message
// is on the wire; and the bot answering people while Redis is down.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTelegramNotifier } from '../../src/adapters/telegram/notifier.js';
import { Queue } from 'bullmq';
import { createRedis, startJobWorker, SWEEP_QUEUE, SWEEP_SCHEDULER_ID, type JobWorker } from '../../src/jobs/index.js';
import { startRedis } from '../support/servers.js';
import { startFakeTelegram, type FakeTelegram } from './support/fake-telegram.js';
import { RecordingNotifier } from './support/recording-notifier.js';
import { waitFor } from './support/wait.js';
import { createJobsWorld, givenHabit, givenPerson, press, say, type JobsWorld } from './support/world.js';

let world: JobsWorld;

beforeAll(async () => {
  world = await createJobsWorld('2026-06-10T09:00:00Z');
});
afterAll(async () => {
  await world.close();
});

async function givenReaders(count: number): Promise<{ chats: string[]; userIds: string[] }> {
  world.clock.set('2026-06-10T09:00:00Z');
  const chats: string[] = [];
  const userIds: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const person = await givenPerson(world);
    await givenHabit(world, person, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });
    chats.push(person.chatId);
    userIds.push(person.id);
  }
  return { chats, userIds };
}

async function reminderStatuses(userIds: string[]): Promise<string[]> {
  const rows = await world.db.handle.db.query.deliveries.findMany({
    where: (table, { and, eq, inArray }) => and(inArray(table.userId, userIds), eq(table.kind, 'reminder')),
  });
  return rows.map((row) => row.status).sort();
}

describe('Redis stopped and restarted during a sweep', () => {
  it('given 60 people due and Redis killed after the second batch, then everyone still gets one reminder', async () => {
    const redis = await startRedis();
    const platform = new RecordingNotifier();
    const { chats, userIds } = await givenReaders(60);
    let batches = 0;
    let restarted: Promise<void> = Promise.resolve();
    const worker: JobWorker = await startJobWorker({
      redisUrl: redis.url,
      database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
      notifiers: { telegram: platform },
      sweeps: false, limiter: null, concurrency: 5,
      sweep: {
        batchSize: 10,
        async afterBatch() {
          batches += 1;
          if (batches !== 2) return;
          await redis.kill(); // everything in it is gone: the server keeps nothing on disk
          restarted = new Promise((resolve) => setTimeout(() => resolve(redis.restart()), 500));
        },
      },
    });
    try {
      await worker.runSweep(); // 06:00 local: plans the reminders
      batches = 0;
      world.clock.set('2026-06-10T10:30:05Z');
      const during = await worker.runSweep(); // the enqueues after the kill wait for Redis to come back
      await restarted;
      expect(during.enqueued).toBeGreaterThanOrEqual(60);

      // The next minute's sweep finds a wiped Redis and enqueues again what was lost with it.
      world.clock.set('2026-06-10T10:31:05Z');
      await worker.runSweep();
      await waitFor(() => chats.every((chat) => platform.to(chat).length >= 1), 30_000, 'every reminder after the restart');
      await waitFor(async () => Object.values(await worker.pending()).every((count) => count === 0), 30_000, 'an idle queue');
      for (const chat of chats) expect({ chat, messages: platform.to(chat).length }).toEqual({ chat, messages: 1 });
      expect(await reminderStatuses(userIds)).toEqual(chats.map(() => 'sent'));
    } finally {
      await worker.close();
      await redis.stop();
    }
  });

  it('given Redis down, then the bot still answers, and a Snooze pressed meanwhile is delivered once it is back', async () => {
    const redis = await startRedis();
    const platform = new RecordingNotifier();
    const worker = await startJobWorker({
      redisUrl: redis.url,
      database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
      notifiers: { telegram: platform }, sweeps: false, limiter: null,
    });
    try {
      world.clock.set('2026-06-10T09:00:00Z');
      const ana = await givenPerson(world);
      await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });
      await worker.runSweep();
      world.clock.set('2026-06-10T10:30:05Z');
      await worker.runSweep();
      await waitFor(() => platform.to(ana.chatId).length === 1, 20_000, 'the reminder');

      await redis.kill();
      world.clock.set('2026-06-10T10:32:00Z');
      const started = Date.now();
      expect((await press(world, ana.chatId, platform.to(ana.chatId)[0]!, 'In 30 min'))[0]?.text).toContain('again at 08:02');
      expect((await say(world, ana.chatId, '/today'))[0]?.text).toContain('Read');
      expect(Date.now() - started).toBeLessThan(2000);

      await redis.restart();
      world.clock.set('2026-06-10T11:02:05Z');
      await worker.runSweep();
      await waitFor(() => platform.to(ana.chatId).length === 2, 20_000, 'the snoozed reminder');
      expect(platform.to(ana.chatId)[1]?.text).toContain('(snoozed)');
    } finally {
      await worker.close();
      await redis.stop();
    }
  });
});

describe('a reminder set while Redis is down', () => {
  it('given Redis down when a 07:30 reminder is set at 07:00, then it is still delivered that day once Redis is back at 07:45', async () => {
    const redis = await startRedis();
    const platform = new RecordingNotifier();
    const worker = await startJobWorker({
      redisUrl: redis.url,
      database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
      notifiers: { telegram: platform }, sweeps: false, limiter: null,
    });
    try {
      world.clock.set('2026-06-10T09:00:00Z'); // 06:00 in São Paulo
      const ana = await givenPerson(world);
      await worker.runSweep();

      await redis.kill(); // no sweep runs while it is down
      world.clock.set('2026-06-10T10:00:00Z'); // 07:00
      await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });

      await redis.restart();
      world.clock.set('2026-06-10T10:45:00Z'); // 07:45: the first sweep since
      await worker.runSweep();
      await waitFor(() => platform.to(ana.chatId).length === 1, 20_000, "that day's reminder");
      expect(platform.to(ana.chatId)[0]?.text).toContain('Read');
    } finally {
      await worker.close();
      await redis.stop();
    }
  });
});

describe('Redis wiped (FLUSHALL) while workers run', () => {
  it('given two workers and a FLUSHALL, then the next due reminder is still delivered within 2 minutes, exactly once', async () => {
    const redis = await startRedis();
    const platform = new RecordingNotifier();
    const { chats, userIds } = await givenReaders(1);
    const shared = {
      redisUrl: redis.url, database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
      notifiers: { telegram: platform }, limiter: null,
      // Configuration, not a mock: sweeps every second and a scheduler check every second.
      sweepEveryMs: 1000, schedulerCheckMs: 1000,
    } as const;
    const workers = [await startJobWorker(shared), await startJobWorker(shared)];
    const admin = createRedis(redis.url);
    const sweepQueue = new Queue(SWEEP_QUEUE, { connection: admin, prefix: 'habit-coach' });
    try {
      // The scheduler's sweeps plan the 07:30 reminder (06:00 local now).
      const planned = async () => (await world.db.handle.db.query.schedules.findFirst({
        where: (table, { and, eq }) => and(eq(table.userId, userIds[0]!), eq(table.kind, 'reminder')),
      }))?.slot === '20260610T0730';
      await waitFor(planned, 20_000, 'the reminder to be planned');
      expect(await admin.flushall()).toBe('OK');

      world.clock.set('2026-06-10T10:30:05Z'); // 07:30 local: due
      await waitFor(() => platform.to(chats[0]!).length >= 1, 120_000, 'the reminder after the wipe');
      // A few more sweeps by both workers change nothing.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(platform.to(chats[0]!)).toHaveLength(1);
      expect(await reminderStatuses(userIds)).toEqual(['sent']);
      expect(await sweepQueue.getJobScheduler(SWEEP_SCHEDULER_ID)).toMatchObject({ every: 1000 }); // put back
    } finally {
      await sweepQueue.close();
      admin.disconnect();
      await Promise.all(workers.map((worker) => worker.close()));
      await redis.stop();
    }
  }, 150_000);
});

describe('a worker process killed mid-delivery', () => {
  let telegram: FakeTelegram;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    telegram = await startFakeTelegram();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await telegram.close();
  });

  it('given the worker dies while its third message is on the wire, then the job is retried and nobody gets two', async () => {
    const redisUrl = inject('redisUrl');
    const prefix = `fault-${randomUUID()}`;
    const { chats, userIds } = await givenReaders(8);
    const shared = {
      redisUrl, prefix, database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
      sweeps: false, limiter: null, lockDurationMs: 2000, stalledIntervalMs: 1000,
    } as const;
    const sweeper = await startJobWorker({ ...shared, notifiers: { telegram: new RecordingNotifier() }, deliveries: false });
    await sweeper.runSweep();
    world.clock.set('2026-06-10T10:30:05Z');
    await sweeper.runSweep();
    await sweeper.close();

    // The third sendMessage reaches Telegram, which never answers: the worker is killed waiting.
    telegram.hold((index) => index === 2);
    const childScript = fileURLToPath(new URL('./support/worker-child.ts', import.meta.url));
    child = spawn(process.execPath, ['--import', 'tsx', childScript], {
      env: { ...process.env, DATABASE_URL: world.db.url!, REDIS_URL: redisUrl, JOBS_PREFIX: prefix, JOBS_NOW: world.clock.now().toISOString(), TELEGRAM_API_ROOT: telegram.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await waitFor(() => telegram.received.length >= 3, 30_000, 'the child worker to send three messages');
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    child = null;
    telegram.hold(() => false);

    // Another worker takes over: the killed job comes back when its lock runs out.
    const survivor = await startJobWorker({ ...shared, notifiers: { telegram: createTelegramNotifier({ token: '123456:fault-spec-token-abcdefghijkl', apiRoot: telegram.url }) } });
    try {
      await waitFor(async () => (await reminderStatuses(userIds)).length === chats.length, 30_000, 'every delivery settled');
      await waitFor(async () => Object.values(await survivor.pending()).every((count) => count === 0), 30_000, 'an idle queue');
      for (const chat of chats) {
        expect({ chat, messages: telegram.received.filter((message) => message.chatId === chat && !message.refused).length }).toEqual({ chat, messages: 1 });
      }
      expect(await reminderStatuses(userIds)).toEqual([...chats.slice(1).map(() => 'sent'), 'unconfirmed']);
    } finally {
      await survivor.close();
    }
  }, 90_000);
});
