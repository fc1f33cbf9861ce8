// The weekly group recap on BullMQ, real Redis and PostgreSQL: posted at the group's local
// recap time (through a DST change, whatever its members' zones), once per group and week
// even when Redis is wiped or the time is moved, never to a group quiet for four weeks, to
// both home chats of a bridged group, and delayed (not dropped) by Telegram's 20 a minute per group.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { noteGroupActivity } from '../../src/app/group-schedules.js';
import type { User } from '../../src/core/types.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createGroupActivityRepository } from '../../src/db/repositories/group-recap.js';
import { deliveries } from '../../src/db/schema/index.js';
import { createGroupRecapComposer } from '../../src/dialog/group-recap.js';
import type { GroupRecapComposer } from '../../src/app/ports.js';
import type { Reply } from '../../src/dialog/messages.js';
import { startInProcessJobs, startJobWorker, type JobWorker, type JobWorkerOptions } from '../../src/jobs/index.js';
import { changeGroup, givenGroup } from './support/groups.js';
import { RecordingNotifier } from './support/recording-notifier.js';
import { waitFor } from './support/wait.js';
import { createJobsWorld, type JobsWorld } from './support/world.js';

let world: JobsWorld;
let telegram: RecordingNotifier;
let discord: RecordingNotifier;
let worker: JobWorker | null = null;
let recaps: GroupRecapComposer<Reply>;
const redisUrl = inject('redisUrl');

beforeAll(async () => {
  world = await createJobsWorld('2026-10-01T09:00:00Z');
  recaps = createGroupRecapComposer({ app: world.deps, templates: createTemplateCoach(await loadPersonalities()) });
});
afterAll(async () => {
  await world.close();
});
afterEach(async () => {
  await worker?.close();
  worker = null;
});

async function startWorker(options: Partial<JobWorkerOptions> = {}): Promise<JobWorker> {
  telegram = new RecordingNotifier();
  discord = new RecordingNotifier();
  worker = await startJobWorker({
    redisUrl,
    prefix: `test-${randomUUID()}`,
    database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
    notifiers: { telegram, discord },
    groupRecap: recaps,
    sweeps: false,
    limiter: null,
    ...options,
  });
  return worker;
}

let people = 0;
async function member(displayName: string, timeZone = 'America/Sao_Paulo'): Promise<User> {
  return world.db.repos.users.create({ platform: 'telegram', externalId: String(800_000 + ++people) }, { displayName, locale: 'en', timeZone, onboardedAt: world.clock.now() });
}

/** Sweeps at `iso` and waits for what it enqueued to be delivered. */
async function sweepAt(iso: string, jobs: JobWorker = worker!): Promise<void> {
  world.clock.set(iso);
  await jobs.runSweep();
  await waitFor(async () => Object.values(await jobs.pending()).every((count) => count === 0), 20_000, 'an idle queue');
}

async function recordsOf(groupId: string): Promise<{ key: string; status: string; reason: string | null }[]> {
  return world.db.handle.db.select({ key: deliveries.key, status: deliveries.status, reason: deliveries.reason })
    .from(deliveries).where(eq(deliveries.groupId, groupId)).orderBy(deliveries.key);
}

describe('the weekly group recap', () => {
  it('given a Berlin group with a Sunday 18:00 recap, then it is posted at 18:00 Berlin time on both sides of the clocks going back', async () => {
    await startWorker();
    world.clock.set('2026-10-18T12:00:00Z');
    const group = await givenGroup(world, { name: 'Berlin runners', timeZone: 'Europe/Berlin', members: [await member('Ana')] });
    const chat = group.chats[0]!.chatId;
    await sweepAt('2026-10-18T12:00:00Z');
    await sweepAt('2026-10-18T15:59:00Z'); // 17:59 summer time
    expect(telegram.texts(chat)).toEqual([]);
    await sweepAt('2026-10-18T16:00:05Z'); // 18:00 summer time
    expect(telegram.texts(chat)).toHaveLength(1);
    expect(telegram.texts(chat)[0]).toContain('Berlin runners');
    await sweepAt('2026-10-25T16:00:05Z'); // the clocks went back: 17:00 on the wall
    expect(telegram.texts(chat)).toHaveLength(1);
    await sweepAt('2026-10-25T17:00:05Z'); // 18:00 winter time
    expect(telegram.texts(chat)).toHaveLength(2);
    expect((await recordsOf(group.id)).filter((record) => !record.key.endsWith('-telegram'))).toEqual([
      { key: `group_recap-${group.id}-2026-10-12`, status: 'sent', reason: null },
      { key: `group_recap-${group.id}-2026-10-19`, status: 'sent', reason: null },
    ]);
  });

  it("given a Tokyo group whose members live in São Paulo, then the recap follows the group's clock, not the members'", async () => {
    await startWorker();
    world.clock.set('2026-11-08T00:00:00Z');
    const group = await givenGroup(world, { name: 'Tokyo readers', timeZone: 'Asia/Tokyo', members: [await member('Bia'), await member('Caio')] });
    const chat = group.chats[0]!.chatId;
    await sweepAt('2026-11-08T00:00:00Z');
    await sweepAt('2026-11-15T08:59:00Z');
    expect(telegram.texts(chat)).toEqual([]);
    await sweepAt('2026-11-15T09:00:05Z'); // Sunday 18:00 in Tokyo, 06:00 in São Paulo
    // The group's week (Monday 9 November in Tokyo), whatever day it still is in São Paulo.
    expect(telegram.texts(chat)).toEqual([expect.stringContaining('Tokyo readers: the week of Mon 9 Nov')]);
    await sweepAt('2026-11-15T21:00:05Z'); // Sunday 18:00 in São Paulo: nothing more
    expect(telegram.texts(chat)).toHaveLength(1);
  });

  it('given Redis wiped after the sweep enqueued the recap, then the next sweep enqueues it again and the group gets it once', async () => {
    const prefix = `test-${randomUUID()}`;
    const sweeper = await startWorker({ deliveries: false, prefix });
    world.clock.set('2026-11-22T12:00:00Z');
    const group = await givenGroup(world, { members: [await member('Duda')] });
    const chat = group.chats[0]!.chatId;
    world.clock.set('2026-11-22T12:00:00Z');
    await sweeper.runSweep();
    world.clock.set('2026-11-22T17:00:05Z'); // Sunday 18:00 in Berlin
    await sweeper.runSweep();
    expect(await sweeper.deliveries.getJob(`group_recap-${group.id}-2026-11-16`)).toBeDefined();
    const redis = new Redis(redisUrl);
    try {
      await redis.del(...(await redis.keys(`${prefix}:*`))); // this test's slice of Redis, wiped
    } finally {
      redis.disconnect();
    }
    await sweeper.close();
    worker = null;
    const jobs = await startWorker({ prefix });
    await sweepAt('2026-11-22T17:01:05Z', jobs);
    await sweepAt('2026-11-22T17:02:05Z', jobs);
    expect(telegram.texts(chat)).toHaveLength(1);
  });

  it('given the admins move the recap later on the day it went out, then the group still gets one recap that week, and the next week at the new time', async () => {
    await startWorker();
    world.clock.set('2026-11-29T12:00:00Z');
    const group = await givenGroup(world, { members: [await member('Edu')] });
    const chat = group.chats[0]!.chatId;
    await sweepAt('2026-11-29T12:00:00Z');
    await sweepAt('2026-11-29T17:00:05Z');
    expect(telegram.texts(chat)).toHaveLength(1);
    await changeGroup(world, group.id, { recapTime: '20:00' });
    await sweepAt('2026-11-29T17:30:00Z');
    await sweepAt('2026-11-29T19:00:05Z'); // 20:00 in Berlin, same week
    expect(telegram.texts(chat)).toHaveLength(1);
    await sweepAt('2026-12-06T19:00:05Z');
    expect(telegram.texts(chat)).toHaveLength(2);
  });

  it('given a group where nobody spoke for five weeks, then it gets no recap until someone speaks, and the next one after that', async () => {
    await startWorker();
    const group = await givenGroup(world, { lastActiveAt: new Date('2026-09-01T12:00:00Z'), members: [await member('Fia')] });
    const chat = group.chats[0]!;
    await sweepAt('2026-10-11T12:00:00Z');
    await sweepAt('2026-10-11T16:00:05Z');
    expect(telegram.texts(chat.chatId)).toEqual([]);
    expect(await recordsOf(group.id)).toEqual([{ key: `group_recap-${group.id}-2026-10-05`, status: 'skipped', reason: 'dormant' }]);
    world.clock.set('2026-10-13T08:00:00Z');
    expect(await noteGroupActivity({ groupActivity: createGroupActivityRepository(world.db.handle.db), clock: world.clock }, chat)).toBe(true);
    await sweepAt('2026-10-18T16:00:05Z');
    expect(telegram.texts(chat.chatId)).toHaveLength(1);
  });

  it('given a group bridged between Telegram and Discord, then both home chats get the same recap, once each', async () => {
    await startWorker();
    world.clock.set('2026-12-06T12:00:00Z');
    const chats = [{ platform: 'telegram' as const, chatId: '-100777001' }, { platform: 'discord' as const, chatId: '1300000000000000001' }];
    const group = await givenGroup(world, { chats, members: [await member('Gabi'), await member('Hugo', 'Europe/Lisbon')] });
    await sweepAt('2026-12-06T12:00:00Z');
    await sweepAt('2026-12-06T17:00:05Z');
    await sweepAt('2026-12-06T17:01:05Z');
    expect(telegram.texts('-100777001')).toHaveLength(1);
    expect(discord.texts('1300000000000000001')).toEqual(telegram.texts('-100777001'));
    expect((await recordsOf(group.id)).map((record) => [record.key.replace(`group_recap-${group.id}-`, ''), record.status])).toEqual([
      ['2026-11-30', 'sent'], ['2026-11-30-discord', 'sent'], ['2026-11-30-telegram', 'sent'],
    ]);
  });

  it('given the Discord post failing once in a bridged group, then the retry posts to Discord only, and Telegram still has one recap', async () => {
    await startWorker();
    world.clock.set('2026-12-20T12:00:00Z');
    const chats = [{ platform: 'telegram' as const, chatId: '-100777003' }, { platform: 'discord' as const, chatId: '1300000000000000003' }];
    await givenGroup(world, { chats, members: [await member('Jo')] });
    await sweepAt('2026-12-20T12:00:00Z');
    discord.failNext(() => new Error('Discord had a moment'));
    await sweepAt('2026-12-20T17:00:05Z');
    await waitFor(() => discord.texts('1300000000000000003').length > 0, 20_000, 'the retried Discord post');
    expect(telegram.texts('-100777003')).toHaveLength(1);
    expect(discord.texts('1300000000000000003')).toEqual(telegram.texts('-100777003'));
  });

  it('given a Telegram group that had its 20 messages this minute, then its recap waits for room instead of being dropped, and the bridged Discord chat is not posted twice', async () => {
    const prefix = `test-${randomUUID()}`;
    await startWorker({ prefix });
    world.clock.set('2026-12-13T12:00:00Z');
    const chats = [{ platform: 'discord' as const, chatId: '1300000000000000002' }, { platform: 'telegram' as const, chatId: '-100777002' }];
    await givenGroup(world, { chats, members: [await member('Iris')] });
    await sweepAt('2026-12-13T12:00:00Z');
    // 20 messages sent to the Telegram group 61.5 s ago (the guard counts 63 s): room again in about 1.5 s.
    const redis = new Redis(redisUrl);
    let asked = 0;
    try {
      const [seconds, micros] = await redis.time();
      asked = Date.now();
      const then = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000) - 61_500;
      const key = `${prefix}:group-rate:telegram:-100777002`;
      await redis.zadd(key, ...Array.from({ length: 20 }, (_, index) => [then, `earlier-${index}`]).flat());
      await redis.pexpire(key, 60_000);
    } finally {
      redis.disconnect();
    }
    await sweepAt('2026-12-13T17:00:05Z');
    expect(discord.texts('1300000000000000002')).toHaveLength(1);
    expect(telegram.texts('-100777002')).toHaveLength(1);
    const postedAt = (notifier: RecordingNotifier, chatId: string) => notifier.sent.find((sent) => sent.target.chatId === chatId)!.at;
    expect(postedAt(telegram, '-100777002') - asked).toBeGreaterThanOrEqual(1000);
    expect(postedAt(discord, '1300000000000000002')).toBeLessThan(postedAt(telegram, '-100777002'));
  });
});

describe('the weekly group recap without Redis', () => {
  it('given the in-process runner (the embedded default), then the recap is posted at the group\'s time, once', async () => {
    const chat = new RecordingNotifier();
    world.clock.set('2027-01-03T12:00:00Z');
    const group = await givenGroup(world, { name: 'Embedded', members: [await member('Kai')] });
    const jobs = startInProcessJobs({
      database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach, notifiers: { telegram: chat },
      groupRecap: recaps, autoStart: false,
    });
    try {
      await jobs.runOnce();
      world.clock.set('2027-01-03T17:00:05Z');
      await jobs.runOnce();
      await jobs.runOnce();
    } finally {
      await jobs.stop();
    }
    expect(chat.texts(group.chats[0]!.chatId)).toEqual([expect.stringContaining('Embedded')]);
  });
});
