// `habit-coach worker` and `habit-coach all`: what they refuse, and that they start, sweep and
// stop cleanly against a Bot API stand-in, PostgreSQL and Redis.
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { runAll } from '../../src/cli/all.js';
import { runWorker } from '../../src/cli/worker.js';
import { loadConfig } from '../../src/config.js';
import { createHabit } from '../../src/app/habits.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../adapters/telegram/fake-api.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { waitFor } from '../jobs/support/wait.js';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
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
