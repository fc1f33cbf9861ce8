// `habit-coach worker` and `habit-coach all`: what they refuse, and that they start, sweep and
// stop cleanly against a Bot API stand-in, PostgreSQL and Redis, and that a worker given SIGTERM
// mid-delivery finishes its sends in flight, each exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { runAll } from '../../src/cli/all.js';
import { runWorker } from '../../src/cli/worker.js';
import { loadConfig } from '../../src/config.js';
import { createHabit } from '../../src/app/habits.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../adapters/telegram/fake-api.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { startJobWorker, type JobWorker } from '../../src/jobs/index.js';
import { startFakeTelegram, type FakeTelegram } from '../jobs/support/fake-telegram.js';
import { RecordingNotifier } from '../jobs/support/recording-notifier.js';
import { waitFor } from '../jobs/support/wait.js';
import { createJobsWorld, givenHabit, givenPerson, type JobsWorld } from '../jobs/support/world.js';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let db: TestDatabase;
let telegram: FakeTelegramApi;

beforeAll(async () => {
  db = await createTestDatabase();
  telegram = await startFakeTelegramApi();
});
afterAll(async () => {
  await telegram.close();
  await db.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function captureStderr(): string[] {
  const errors: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    errors.push(String(chunk));
    return true;
  });
  return errors;
}

const env = (extra: Record<string, string> = {}) => loadConfig({
  DATABASE_URL: db.url!, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.url, LOG_LEVEL: 'silent', ...extra,
});

describe('habit-coach worker', () => {
  it('given no REDIS_URL, then it says what it needs and exits 2', async () => {
    const errors = captureStderr();
    expect(await runWorker([], env())).toBe(2);
    expect(errors.join('')).toContain('worker needs REDIS_URL');
  });

  it('given no platform token, then it exits 2', async () => {
    const errors = captureStderr();
    expect(await runWorker([], loadConfig({ DATABASE_URL: db.url!, REDIS_URL: inject('redisUrl') }))).toBe(2);
    expect(errors.join('')).toContain('no platform to deliver to');
  });

  it('given Redis and a Telegram token, then it keeps the sweep scheduler and stops cleanly on a signal', async () => {
    let stop: () => void = () => undefined;
    const running = runWorker([], env({ REDIS_URL: inject('redisUrl') }), () => new Promise<void>((resolve) => { stop = resolve; }));
    const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
    const sweeps = new Queue('habit-coach-sweep', { connection: redis, prefix: 'habit-coach' });
    try {
      await waitFor(async () => (await sweeps.getJobScheduler('sweep')) !== undefined, 20_000, 'the sweep scheduler');
      stop();
      expect(await running).toBe(0);
    } finally {
      await sweeps.close();
      redis.disconnect();
    }
  });
});

describe('habit-coach all', () => {
  it('given no platform token, then it exits 2', async () => {
    const errors = captureStderr();
    expect(await runAll([], loadConfig({ DATABASE_URL: db.url! }))).toBe(2);
    expect(errors.join('')).toContain('no chat platform configured');
  });

  it('given a Telegram token and no Redis, then the bot serves and the in-process jobs plan reminders', async () => {
    const user = await db.repos.users.create({ platform: 'telegram', externalId: '4242' }, { displayName: 'Ana', onboardedAt: new Date() });
    const created = await createHabit({ repos: db.repos, clock: { now: () => new Date() } }, user, { name: 'Read', reminderTimes: ['07:30'] });
    expect(created.ok).toBe(true);
    let stop: () => void = () => undefined;
    const running = runAll([], env(), () => new Promise<void>((resolve) => { stop = resolve; }));
    const planned = async () => (await db.handle.db.query.schedules.findMany({ where: (table, { eq }) => eq(table.userId, user.id) }))
      .some((row) => row.kind === 'reminder' && row.nextAt !== null);
    await waitFor(planned, 20_000, 'the first in-process sweep');
    await waitFor(() => telegram.of('getUpdates').length > 0, 20_000, 'the bot polling');
    stop();
    expect(await running).toBe(0);
  });
});

const hhmm = (date: Date) => `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;

/** People in UTC with a reminder three minutes ago, swept (claimed and enqueued) on the CLI's queue. */
async function givenDueReminders(world: JobsWorld, count: number): Promise<{ chats: string[]; userIds: string[] }> {
  const now = new Date();
  const due = new Date(now.getTime() - 3 * 60_000);
  world.clock.set(new Date(now.getTime() - 5 * 60_000));
  const chats: string[] = [];
  const userIds: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const person = await givenPerson(world, { timeZone: 'UTC' });
    await givenHabit(world, person, { name: 'Read', startDate: '2026-01-01', reminderTimes: [hhmm(due)] });
    chats.push(person.chatId);
    userIds.push(person.id);
  }
  const sweeper = await startJobWorker({
    redisUrl: inject('redisUrl'), database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
    notifiers: { telegram: new RecordingNotifier() }, sweeps: false, deliveries: false,
  });
  try {
    await sweeper.runSweep(); // plans
    world.clock.set(now);
    await sweeper.runSweep(); // claims and enqueues
  } finally {
    await sweeper.close();
  }
  return { chats, userIds };
}

async function reminderStatuses(world: JobsWorld, userIds: string[]): Promise<string[]> {
  const rows = await world.db.handle.db.query.deliveries.findMany({
    where: (table, { and, eq, inArray }) => and(inArray(table.userId, userIds), eq(table.kind, 'reminder')),
  });
  return rows.map((row) => row.status);
}

// Stopped the way an orchestrator stops it (SIGTERM: a rolling restart, a scale-down): the real
// CLI in a process of its own, sending to a stand-in Bot API that holds its answers, so the
// signal arrives while every send is on the wire. Here, not in a file of its own, because the
// CLI's queue prefix is fixed: two files would take each other's jobs.
describe('habit-coach worker stopped with SIGTERM mid-delivery', () => {
  let world: JobsWorld;
  let drainTelegram: FakeTelegram;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    world = await createJobsWorld(new Date().toISOString());
    drainTelegram = await startFakeTelegram();
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await drainTelegram.close();
    await world.close();
  });

  it('given five reminders on the wire when SIGTERM arrives, then it takes no new job, finishes those five, each once, and exits 0', async () => {
    const { chats, userIds } = await givenDueReminders(world, 5);
    drainTelegram.hold(() => true); // every sendMessage reaches the platform and waits for its answer
    child = spawn(process.execPath, ['bin/habit-coach.js', 'worker'], {
      cwd: repoRoot,
      env: {
        ...process.env, HABIT_COACH_RUN: 'source', DATABASE_URL: world.db.url!, REDIS_URL: inject('redisUrl'),
        TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: drainTelegram.url, DISCORD_TOKEN: '', OPENAI_API_KEY: '',
        LOG_LEVEL: 'warn', WORKER_GRACE_SECONDS: '60',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const mine = (chatId: string) => chats.includes(chatId);
    await waitFor(() => drainTelegram.received.filter((message) => mine(message.chatId)).length >= chats.length, 60_000, 'all five sends on the wire');

    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(child.exitCode).toBeNull(); // still waiting for the platform's answers, not gone

    // A job that arrives while it drains is left for the other workers.
    const late: JobWorker = await startJobWorker({
      redisUrl: inject('redisUrl'), database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
      notifiers: { telegram: new RecordingNotifier() }, sweeps: false, deliveries: false,
    });
    const lateId = `reminder-${randomUUID()}-20260101T0000`;
    try {
      await late.deliveries.add('reminder', {
        scheduleId: randomUUID(), userId: randomUUID(), habitId: randomUUID(), kind: 'reminder', slot: '20260101T0000', dueAt: new Date().toISOString(),
      }, { jobId: lateId });
      await new Promise((resolve) => setTimeout(resolve, 1000));

      drainTelegram.release();
      expect(await exited).toBe(0);
      child = null;

      expect(await late.deliveries.getJobState(lateId)).toBe('waiting');
      for (const chat of chats) {
        expect({ chat, messages: drainTelegram.received.filter((message) => message.chatId === chat).length }).toEqual({ chat, messages: 1 });
      }
      expect(await reminderStatuses(world, userIds)).toEqual(chats.map(() => 'sent'));
    } finally {
      await late.deliveries.remove(lateId).catch(() => undefined);
      await late.close();
    }
  }, 120_000);
});
