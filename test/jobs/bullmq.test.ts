// The BullMQ runner on a real Redis and PostgreSQL: the job scheduler sweeps, one job per due
// item with a deterministic id, the queue-wide limiter, per-chat pacing, a 429's retry_after,
// and a wiped Redis rebuilt from PostgreSQL by the next sweep.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startJobWorker, type JobWorker, type JobWorkerOptions } from '../../src/jobs/index.js';
import { FakeRateLimited, RecordingNotifier } from './support/recording-notifier.js';
import { maxPerSecond, waitFor } from './support/wait.js';
import { createJobsWorld, givenHabit, givenPerson, type JobsWorld } from './support/world.js';

let world: JobsWorld;
let platform: RecordingNotifier;
let worker: JobWorker | null = null;
const redisUrl = inject('redisUrl');

beforeAll(async () => {
  world = await createJobsWorld('2026-06-10T09:00:00Z');
});
afterAll(async () => {
  await world.close();
});
afterEach(async () => {
  await worker?.close();
  worker = null;
});

async function startWorker(options: Partial<JobWorkerOptions> = {}): Promise<JobWorker> {
  platform = new RecordingNotifier();
  worker = await startJobWorker({
    redisUrl,
    prefix: `test-${randomUUID()}`,
    database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
    notifiers: { telegram: platform },
    sweeps: false,
    limiter: null,
    ...options,
  });
  return worker;
}

/** People with a daily 07:30 reminder; the first sweep (at 06:00 local) plans them. */
async function givenReaders(count: number, habitsEach = 1): Promise<string[]> {
  world.clock.set('2026-06-10T09:00:00Z');
  const chats: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const person = await givenPerson(world);
    for (let h = 0; h < habitsEach; h += 1) await givenHabit(world, person, { name: `Read ${h}`, startDate: '2026-06-01', reminderTimes: ['07:30'] });
    chats.push(person.chatId);
  }
  return chats;
}

function expectEachOnce(chats: string[], perChat = 1): void {
  for (const chat of chats) expect({ chat, messages: platform.to(chat).length }).toEqual({ chat, messages: perChat });
}

async function settle(chats: string[], perChat = 1, timeoutMs = 20_000): Promise<void> {
  await waitFor(() => chats.every((chat) => platform.to(chat).length >= perChat), timeoutMs, 'every reminder delivered');
  await waitFor(async () => Object.values(await worker!.pending()).every((count) => count === 0), timeoutMs, 'an idle queue');
}

describe('the BullMQ runner', () => {
  it('given 40 people due at 07:30, then each gets one reminder, and sweeping again enqueues nothing twice', async () => {
    const chats = await givenReaders(40);
    const jobs = await startWorker({ concurrency: 20 });
    await jobs.runSweep();
    world.clock.set('2026-06-10T10:30:05Z');
    const first = await jobs.runSweep();
    expect(first.enqueued).toBeGreaterThanOrEqual(40);
    expect((await jobs.runSweep()).enqueued).toBe(0); // claimed: leased until their jobs finish
    await settle(chats);
    expectEachOnce(chats);
  });

  it('given the same due item enqueued twice, then its deterministic job id makes it one job and one message', async () => {
    const chats = await givenReaders(3);
    const jobs = await startWorker({ deliveries: false });
    await jobs.runSweep();
    world.clock.set('2026-06-10T10:30:05Z');
    await jobs.runSweep();
    await world.store.releaseLeases(); // as if the leases ran out before the jobs ran
    await jobs.runSweep();
    const waiting = await jobs.deliveries.getJobs(['waiting']);
    const ids = waiting.map((job) => job.id ?? '');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /^reminder-[0-9a-f-]{36}-20260610T0730$/.test(id)).length).toBeGreaterThanOrEqual(chats.length);
  });

  it('given the job scheduler, then sweeps run on their own and what is due is delivered', async () => {
    const chats = await givenReaders(2);
    const people = await Promise.all(chats.map((chat) => world.db.repos.users.findByIdentity('telegram', chat)));
    await startWorker({ sweeps: true, sweepEveryMs: 300 });
    const dueAt = new Date('2026-06-10T10:30:00Z');
    const planned = async () => (await world.db.handle.db.query.schedules.findMany({
      where: (table, { and, eq, inArray }) => and(eq(table.nextAt, dueAt), inArray(table.userId, people.map((person) => person!.id))),
    })).length === chats.length;
    await waitFor(planned, 20_000, 'a scheduled sweep to plan the reminders');
    world.clock.set('2026-06-10T10:30:05Z');
    await waitFor(() => chats.every((chat) => platform.to(chat).length === 1), 20_000, 'scheduled sweeps to deliver');
    expectEachOnce(chats);
  });

  it('given a send the platform never answers, then stopping gives up after the grace period instead of hanging', async () => {
    const chats = await givenReaders(1);
    let onTheWire = 0;
    const jobs = await startWorker({ notifiers: { telegram: { send: () => { onTheWire += 1; return new Promise<void>(() => undefined); } } } });
    await jobs.runSweep();
    world.clock.set('2026-06-10T10:30:05Z');
    await jobs.runSweep();
    await waitFor(() => onTheWire === chats.length, 20_000, 'the send on the wire');
    worker = null; // closed here; its send never finishes
    expect(await jobs.close({ graceMs: 300 })).toEqual({ drained: false });
  });

  it('given a limit of 5 a second, then no span of one second ever sees more than 5 sends', async () => {
    const chats = await givenReaders(15);
    const jobs = await startWorker({ limiter: { max: 5, duration: 1000 }, concurrency: 10 });
    await jobs.runSweep();
    world.clock.set('2026-06-10T10:30:05Z');
    await jobs.runSweep();
    await settle(chats, 1, 30_000);
    const times = platform.sent.map((sent) => sent.at);
    expect(maxPerSecond(times)).toBeLessThanOrEqual(5);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(2000); // 15 sends need three seconds' worth
  });

  it.each(['enqueue', 'redis'] as const)('given three habits of one person due at once, then the messages to that chat are at least a second apart (pacing: %s)', async (paceChats) => {
    const [chat] = await givenReaders(1, 3);
    const jobs = await startWorker({ concurrency: 10, paceChats });
    await jobs.runSweep();
    world.clock.set('2026-06-10T10:30:05Z');
    await jobs.runSweep();
    await settle([chat!], 3);
    const times = platform.sent.filter((sent) => sent.target.chatId === chat).map((sent) => sent.at).sort((a, b) => a - b);
    expect(times).toHaveLength(3);
    expect(maxPerSecond(times)).toBe(1);
  });

  it('given a 429 with retry_after 1, then the queue waits that long and every message still goes out once', async () => {
    const chats = await givenReaders(4);
    const jobs = await startWorker({ concurrency: 1 });
    await jobs.runSweep();
    platform.failNext(() => new FakeRateLimited(1));
    world.clock.set('2026-06-10T10:30:05Z');
    const asked = Date.now();
    await jobs.runSweep();
    await settle(chats);
    expectEachOnce(chats);
    expect(Math.min(...platform.sent.map((sent) => sent.at)) - asked).toBeGreaterThanOrEqual(950);
  });

  it('given Redis wiped after the sweep, then the next sweep rebuilds the queue from PostgreSQL and delivers once', async () => {
    const chats = await givenReaders(5);
    const prefix = `test-${randomUUID()}`;
    const sweeper = await startWorker({ deliveries: false, prefix });
    await sweeper.runSweep();
    world.clock.set('2026-06-10T10:30:05Z');
    await sweeper.runSweep();
    const redis = new Redis(redisUrl);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      await redis.del(...keys); // this test's slice of Redis, wiped
    } finally {
      redis.disconnect();
    }
    await sweeper.close();
    worker = null;
    const jobs = await startWorker({ prefix, concurrency: 5 });
    world.clock.set('2026-06-10T10:31:05Z');
    expect((await jobs.runSweep()).enqueued).toBeGreaterThanOrEqual(5);
    await settle(chats);
    expectEachOnce(chats);
  });
});
