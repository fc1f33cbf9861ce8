// The worker speaking to a Bot API over HTTP through the real Telegram notifier: a 429 with
// retry_after pauses the whole queue that long, and every message still arrives once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTelegramNotifier } from '../../src/adapters/telegram/notifier.js';
import { startJobWorker } from '../../src/jobs/index.js';
import { startFakeTelegram, type FakeTelegram } from './support/fake-telegram.js';
import { waitFor } from './support/wait.js';
import { createJobsWorld, givenHabit, givenPerson, type JobsWorld } from './support/world.js';

let world: JobsWorld;
let telegram: FakeTelegram;

beforeAll(async () => {
  world = await createJobsWorld('2026-06-10T09:00:00Z');
  telegram = await startFakeTelegram();
});
afterAll(async () => {
  await telegram.close();
  await world.close();
});

describe('delivering through Telegram', () => {
  it('given Telegram answers 429 retry_after 2, then nothing more is sent for 2 seconds and each person gets one reminder', async () => {
    const chats: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const person = await givenPerson(world);
      await givenHabit(world, person, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });
      chats.push(person.chatId);
    }
    // A notifier that reports every 429 at once (instead of waiting inside the call): the queue waits.
    const notifier = createTelegramNotifier({ token: '123456:spec-token-abcdefghijklmnop', apiRoot: telegram.url, retry: { maxDelaySeconds: 0 } });
    const worker = await startJobWorker({
      redisUrl: inject('redisUrl'), prefix: `telegram-${randomUUID()}`,
      database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
      notifiers: { telegram: notifier }, sweeps: false, concurrency: 1,
    });
    try {
      await worker.runSweep();
      telegram.tooManyRequests(2);
      world.clock.set('2026-06-10T10:30:05Z');
      await worker.runSweep();
      await waitFor(() => telegram.received.filter((message) => !message.refused).length === 4, 20_000, 'four reminders');
      const [refused, ...sent] = telegram.received;
      expect(refused?.refused).toBe(true);
      expect(Math.min(...sent.map((message) => message.at)) - refused!.at).toBeGreaterThanOrEqual(1900);
      expect(sent.map((message) => message.chatId).sort()).toEqual([...chats].sort());
      expect(sent[0]?.text).toContain('Read');
    } finally {
      await worker.close();
    }
  });
});
