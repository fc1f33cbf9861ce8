// Partner notes on BullMQ, real Redis and PostgreSQL: a partner hears once per missed due day
// of a habit the other shares with their group, never during their own quiet hours (held to
// their end), never about an unshared habit, never twice after Redis is wiped; and once a week,
// at the group's recap time, how the other did.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createGroupRecapComposer } from '../../src/dialog/group-recap.js';
import { startJobWorker, type JobWorker, type JobWorkerOptions } from '../../src/jobs/index.js';
import { givenGroup } from './support/groups.js';
import { RecordingNotifier } from './support/recording-notifier.js';
import { waitFor } from './support/wait.js';
import type { NewUser } from '../../src/app/ports.js';
import { createJobsWorld, givenHabit, say, type JobsWorld } from './support/world.js';

let world: JobsWorld;
let telegram: RecordingNotifier;
let worker: JobWorker | null = null;
const redisUrl = inject('redisUrl');

beforeAll(async () => {
  world = await createJobsWorld('2026-11-23T12:00:00Z');
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
  worker = await startJobWorker({
    redisUrl,
    prefix: `test-${randomUUID()}`,
    database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
    notifiers: { telegram },
    groupRecap: createGroupRecapComposer({ app: world.deps, templates: createTemplateCoach(await loadPersonalities()) }),
    sweeps: false,
    limiter: null,
    ...options,
  });
  return worker;
}

async function sweepAt(iso: string, jobs: JobWorker = worker!): Promise<void> {
  world.clock.set(iso);
  await jobs.runSweep();
  await waitFor(async () => Object.values(await jobs.pending()).every((count) => count === 0), 20_000, 'an idle queue');
}

/**
 * Monday 23 Nov 2026: Ana (São Paulo, quiet 19:00-08:00) and Bia (Berlin) become partners in a
 * Berlin group. Bia shares Read (daily) with it and keeps Journal (daily) to herself; on Monday
 * she reads and journals, then does nothing more.
 */
async function partnersAnaAndBia() {
  world.clock.set('2026-11-23T12:00:00Z');
  const ana = await person('Ana', { timeZone: 'America/Sao_Paulo', quietHours: { start: '19:00', end: '08:00' } });
  const bia = await person('Bia', { timeZone: 'Europe/Berlin' });
  const group = await givenGroup(world, { name: 'Runners', timeZone: 'Europe/Berlin', members: [ana, bia] });
  const read = await givenHabit(world, bia, { name: 'Read', frequency: { kind: 'daily' } });
  await givenHabit(world, bia, { name: 'Journal', frequency: { kind: 'daily' } });
  expect(await world.db.repos.groupSharing.share(group.id, bia.id, read.id, world.clock.now())).toBe(true);
  const asked = await world.db.repos.partnerships.request({ groupId: group.id, requesterId: ana.id, partnerId: bia.id, token: randomUUID(), at: world.clock.now() });
  if (typeof asked === 'string') throw new Error(asked);
  expect(await world.db.repos.partnerships.answer(asked.token, bia.id, 'active', world.clock.now())).not.toBeNull();
  await say(world, bia.chatId, 'did read');
  await say(world, bia.chatId, 'journal done');
  return { ana, bia, group };
}

let people = 0;
/** A person on Telegram (their private chat id is their user id). */
async function person(displayName: string, settings: Omit<NewUser, 'displayName'>) {
  const chatId = String(910_000 + ++people);
  const user = await world.db.repos.users.create({ platform: 'telegram', externalId: chatId }, { displayName, locale: 'en', onboardedAt: world.clock.now(), ...settings });
  return { ...user, chatId };
}

const partnerTexts = (chatId: string) => telegram.texts(chatId).filter((text) => text.includes('partner'));

describe('partner notes', () => {
  it('given Bia misses Tuesday\'s Read, then Ana hears once, after her quiet hours end, and never about the unshared Journal', async () => {
    await startWorker();
    const { ana, bia } = await partnersAnaAndBia();
    await sweepAt('2026-11-24T20:00:00Z'); // Tuesday 21:00 in Berlin: Bia's day is not over
    expect(partnerTexts(ana.chatId)).toEqual([]);
    await sweepAt('2026-11-24T23:05:00Z'); // Wednesday 00:05 in Berlin; 20:05 in São Paulo, Ana's quiet hours
    expect(partnerTexts(ana.chatId)).toEqual([]);
    await sweepAt('2026-11-25T10:55:00Z'); // 07:55 in São Paulo: still quiet
    expect(partnerTexts(ana.chatId)).toEqual([]);
    await sweepAt('2026-11-25T11:01:00Z'); // 08:01 in São Paulo
    expect(partnerTexts(ana.chatId)).toEqual(['👀 Your partner Bia missed **Read** on Tue 24 Nov. A kind word from you might help.']);
    await sweepAt('2026-11-25T11:02:00Z');
    await sweepAt('2026-11-25T15:00:00Z');
    expect(partnerTexts(ana.chatId)).toHaveLength(1);
    // Bia hears nothing about Ana, who shares nothing; nothing names Journal anywhere.
    expect(partnerTexts(bia.chatId)).toEqual([]);
    expect(telegram.texts().join('\n')).not.toContain('Journal');
  });

  it('given Redis wiped after a miss note went out, then the next sweeps do not send it again', async () => {
    const prefix = `test-${randomUUID()}`;
    await startWorker({ prefix });
    const { ana } = await partnersAnaAndBia();
    await sweepAt('2026-11-25T12:00:00Z'); // 09:00 in São Paulo: Tuesday's miss
    expect(partnerTexts(ana.chatId)).toHaveLength(1);
    const redis = new Redis(redisUrl);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys); // this test's slice of Redis, wiped
    } finally {
      redis.disconnect();
    }
    const sentBefore = partnerTexts(ana.chatId);
    await worker!.close();
    worker = null;
    await startWorker({ prefix });
    await sweepAt('2026-11-25T12:01:00Z');
    await sweepAt('2026-11-25T12:02:00Z');
    expect(partnerTexts(ana.chatId)).toEqual([]); // the new worker's notifier heard nothing more
    expect(sentBefore).toHaveLength(1);
  });

  it('given Bia unshares Read before her day ends, then her miss of it is never told', async () => {
    await startWorker();
    const { ana, bia, group } = await partnersAnaAndBia();
    const read = (await world.db.repos.habits.list(bia.id)).find((habit) => habit.name === 'Read')!;
    await world.db.repos.groupSharing.unshare(group.id, bia.id, read.id);
    await sweepAt('2026-11-25T12:00:00Z');
    await sweepAt('2026-11-26T12:00:00Z');
    expect(partnerTexts(ana.chatId)).toEqual([]);
  });

  it('given a partner shares nothing, then no miss of theirs is ever told', async () => {
    await startWorker();
    const { ana, bia } = await partnersAnaAndBia();
    // Ana has a habit of her own she never shared, and misses it all week.
    await givenHabit(world, ana, { name: 'Meditate', frequency: { kind: 'daily' } });
    await sweepAt('2026-11-26T12:00:00Z');
    expect(telegram.texts(bia.chatId).join('\n')).not.toContain('Meditate');
    expect(partnerTexts(bia.chatId)).toEqual([]);
  });

  it('given the group\'s Sunday 18:00 recap, then each partner gets the other\'s week then, once', async () => {
    await startWorker();
    const { ana, bia } = await partnersAnaAndBia();
    await sweepAt('2026-11-29T16:55:00Z');
    const before = partnerTexts(ana.chatId).filter((text) => text.includes('this week'));
    expect(before).toEqual([]);
    await sweepAt('2026-11-29T17:00:05Z'); // Sunday 18:00 in Berlin; 14:00 in São Paulo
    await sweepAt('2026-11-29T17:01:05Z');
    expect(partnerTexts(ana.chatId).filter((text) => text.includes('this week'))).toEqual([
      '🗓️ How your partner Bia did this week (Runners):\n  • Read: 1/6 due days this week · 🔥 0',
    ]);
    expect(partnerTexts(bia.chatId)).toEqual(['🗓️ Your partner Ana shares no habits with Runners yet, so there is no week to show.']);
  });
});
