// Reminders, snoozes and the evening nudge, end to end on PostgreSQL with a fixed clock: the
// sweep plans and claims, the same handlers BullMQ runs deliver (in-process here; the BullMQ
// runner has its own specs), and the person answers through the real conversation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { logEntry } from '../../src/app/logging.js';
import type { ScheduleKind } from '../../src/app/ports.js';
import { pause } from '../../src/app/pauses.js';
import { streaks } from '../../src/app/queries.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import type { User } from '../../src/core/types.js';
import { startInProcessJobs, type InProcessJobs } from '../../src/jobs/index.js';
import { RecordingNotifier } from './support/recording-notifier.js';
import { createJobsWorld, givenHabit, givenPerson, press, type JobsWorld } from './support/world.js';

let world: JobsWorld;
let platform: RecordingNotifier;
let jobs: InProcessJobs;

beforeAll(async () => {
  world = await createJobsWorld('2026-06-10T09:00:00Z');
});
afterAll(async () => {
  await world.close();
});
afterEach(async () => {
  await jobs.stop();
});

function startJobs(): InProcessJobs {
  platform = new RecordingNotifier();
  jobs = startInProcessJobs({
    database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
    notifiers: { telegram: platform }, autoStart: false,
  });
  return jobs;
}

/** Sweeps at each instant in turn, as the minute timer would. */
async function sweepAt(...instants: string[]): Promise<void> {
  for (const instant of instants) {
    world.clock.set(instant);
    await jobs.runOnce();
  }
}

async function deliveriesOf(userId: string, kind: ScheduleKind = 'reminder'): Promise<{ key: string; status: string; reason: string | null }[]> {
  const rows = await world.db.handle.db.query.deliveries.findMany({ where: (table, { and, eq }) => and(eq(table.userId, userId), eq(table.kind, kind)) });
  return rows.map((row) => ({ key: row.key, status: row.status, reason: row.reason })).sort((a, b) => a.key.localeCompare(b.key));
}

describe('a reminder at the person\'s local time', () => {
  it('given 07:30 in São Paulo, then it arrives at 07:30 local (10:30 UTC) once a day, with Done / Skip / Snooze', async () => {
    startJobs();
    world.clock.set('2026-06-10T09:00:00Z');
    const ana = await givenPerson(world, { timeZone: 'America/Sao_Paulo' });
    await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });

    await sweepAt('2026-06-10T09:00:00Z', '2026-06-10T10:29:00Z');
    expect(platform.to(ana.chatId)).toEqual([]);
    await sweepAt('2026-06-10T10:30:10Z', '2026-06-10T10:31:10Z', '2026-06-10T11:00:00Z');
    const [reminder, ...more] = platform.to(ana.chatId);
    expect(more).toEqual([]);
    expect(reminder?.text).toContain('**Read** · 07:30');
    expect((reminder?.buttons ?? []).flat().map((button) => button.label)).toEqual(['✅ Done', '⏭️ Skip today', '⏰ In 30 min']);

    await sweepAt('2026-06-11T10:29:59Z');
    expect(platform.to(ana.chatId)).toHaveLength(1);
    await sweepAt('2026-06-11T10:30:00Z');
    expect(platform.to(ana.chatId)).toHaveLength(2);
  });

  it('given 07:30 in Berlin across the spring-forward night, then 06:30 UTC on Saturday and 05:30 UTC on Sunday', async () => {
    startJobs();
    world.clock.set('2026-03-27T12:00:00Z');
    const max = await givenPerson(world, { timeZone: 'Europe/Berlin' });
    await givenHabit(world, max, { name: 'Stretch', startDate: '2026-03-01', reminderTimes: ['07:30'] });
    await sweepAt('2026-03-27T12:00:00Z', '2026-03-28T06:29:00Z');
    expect(platform.to(max.chatId)).toHaveLength(0);
    await sweepAt('2026-03-28T06:30:05Z');
    expect(platform.sent.filter((sent) => sent.target.chatId === max.chatId)).toHaveLength(1);
    // Sunday: the clocks went forward at 02:00, so 07:30 is an hour earlier in UTC.
    await sweepAt('2026-03-29T05:29:00Z');
    expect(platform.to(max.chatId)).toHaveLength(1);
    await sweepAt('2026-03-29T05:30:05Z', '2026-03-29T06:30:05Z');
    expect(platform.to(max.chatId)).toHaveLength(2);
  });

  it('given 02:30 in Berlin, then on the spring-forward day it fires at 03:00, and on the fall-back day only once', async () => {
    startJobs();
    world.clock.set('2026-03-28T12:00:00Z');
    const owl = await givenPerson(world, { timeZone: 'Europe/Berlin' });
    await givenHabit(world, owl, { name: 'Night shift log', startDate: '2026-03-01', reminderTimes: ['02:30'] });
    await sweepAt('2026-03-28T12:00:00Z', '2026-03-29T00:59:00Z');
    expect(platform.to(owl.chatId)).toHaveLength(0);
    await sweepAt('2026-03-29T01:00:05Z'); // 03:00 CEST, the moment the clock jumped over 02:30
    expect(platform.to(owl.chatId)).toHaveLength(1);

    world.clock.set('2026-10-24T12:00:00Z');
    await sweepAt('2026-10-24T12:00:00Z');
    platform.clear();
    await sweepAt('2026-10-25T00:30:05Z', '2026-10-25T01:00:00Z', '2026-10-25T01:30:05Z', '2026-10-25T02:00:00Z');
    expect(platform.to(owl.chatId)).toHaveLength(1); // 02:30 CEST; not again at 02:30 CET an hour later
  });
});

describe('when a reminder stays silent', () => {
  it('given the habit was done before its reminder, then nothing is sent and tomorrow\'s is planned', async () => {
    startJobs();
    world.clock.set('2026-06-10T09:00:00Z');
    const ana = await givenPerson(world);
    const read = await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });
    await sweepAt('2026-06-10T09:00:00Z');
    world.clock.set('2026-06-10T10:00:00Z');
    expect((await logEntry(world.deps, ana, { habitId: read.id })).ok).toBe(true);
    await sweepAt('2026-06-10T10:30:05Z');
    expect(platform.to(ana.chatId)).toEqual([]);
    expect(await deliveriesOf(ana.id)).toEqual([{ key: `reminder-${read.id}-20260610T0730`, status: 'skipped', reason: 'done' }]);
    await sweepAt('2026-06-11T10:30:05Z');
    expect(platform.to(ana.chatId)).toHaveLength(1);
  });

  it('given quiet hours 07:00-08:00, then the 07:30 reminder never fires and the 12:00 one does', async () => {
    startJobs();
    world.clock.set('2026-06-10T09:00:00Z');
    const ana = await givenPerson(world, { quietHours: { start: '07:00', end: '08:00' } });
    await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30', '12:00'] });
    await sweepAt('2026-06-10T09:00:00Z', '2026-06-10T10:30:05Z', '2026-06-10T11:00:00Z');
    expect(platform.to(ana.chatId)).toEqual([]);
    await sweepAt('2026-06-10T15:00:05Z');
    expect(platform.texts(ana.chatId)).toEqual([expect.stringContaining('**Read** · 12:00')]);
  });

  it('given quiet hours set after the reminder was planned, then it is skipped when due and the next one planned', async () => {
    startJobs();
    world.clock.set('2026-06-10T09:00:00Z');
    const ana = await givenPerson(world);
    await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30', '12:00'] });
    await sweepAt('2026-06-10T09:00:00Z');
    await world.db.repos.users.update(ana.id, { quietHours: { start: '07:00', end: '08:00' } });
    await sweepAt('2026-06-10T10:30:05Z', '2026-06-10T15:00:05Z');
    expect(platform.texts(ana.chatId)).toEqual([expect.stringContaining('· 12:00')]);
  });

  it('given a vacation pause, then no reminders while it lasts, and they come back after', async () => {
    startJobs();
    world.clock.set('2026-06-10T09:00:00Z');
    const ana = await givenPerson(world);
    const read = await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });
    expect((await pause(world.deps, ana, { until: '2026-06-11', reason: 'vacation' })).ok).toBe(true);
    await sweepAt('2026-06-10T09:00:00Z', '2026-06-10T10:30:05Z', '2026-06-11T10:30:05Z');
    expect(platform.to(ana.chatId)).toEqual([]);
    expect((await deliveriesOf(ana.id)).map((row) => row.reason)).toEqual(['paused', 'paused']);
    await sweepAt('2026-06-12T10:30:05Z');
    expect(platform.to(ana.chatId)).toHaveLength(1);
    expect(read.id).toBeTruthy();
  });
});

describe('the buttons under a reminder', () => {
  it('given Snooze pressed, then the reminder comes back 30 minutes later once, without Snooze; Done logs it', async () => {
    startJobs();
    world.clock.set('2026-06-10T09:00:00Z');
    const ana = await givenPerson(world);
    const read = await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });
    await sweepAt('2026-06-10T09:00:00Z', '2026-06-10T10:30:05Z');
    const [reminder] = platform.to(ana.chatId);

    world.clock.set('2026-06-10T10:31:00Z');
    expect((await press(world, ana.chatId, reminder!, 'In 30 min'))[0]?.text).toContain("I'll remind you about Read again at 08:01");
    expect((await press(world, ana.chatId, reminder!, 'In 30 min'))[0]?.text).toContain('already snoozed once');

    await sweepAt('2026-06-10T10:45:00Z');
    expect(platform.to(ana.chatId)).toHaveLength(1);
    await sweepAt('2026-06-10T11:01:05Z', '2026-06-10T11:30:00Z');
    const [, snoozed, ...rest] = platform.to(ana.chatId);
    expect(rest).toEqual([]);
    expect(snoozed?.text).toContain('**Read** (snoozed)');
    expect((snoozed?.buttons ?? []).flat().map((button) => button.label)).toEqual(['✅ Done', '⏭️ Skip today']);

    world.clock.set('2026-06-10T11:02:00Z');
    expect((await press(world, ana.chatId, snoozed!, 'Done'))[0]?.text).toContain('**Read** done');
    const entries = await world.db.repos.entries.listForHabit(ana.id, read.id);
    expect(entries.map((entry) => [entry.kind, entry.localDate])).toEqual([['done', '2026-06-10']]);
  });

  it('given a snooze and then Skip pressed, then the snoozed reminder stays silent', async () => {
    startJobs();
    world.clock.set('2026-06-10T09:00:00Z');
    const ana = await givenPerson(world);
    await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });
    await sweepAt('2026-06-10T09:00:00Z', '2026-06-10T10:30:05Z');
    const [reminder] = platform.to(ana.chatId);
    await press(world, ana.chatId, reminder!, 'In 30 min');
    await press(world, ana.chatId, reminder!, 'Skip today');
    await sweepAt('2026-06-10T11:01:00Z');
    expect(platform.to(ana.chatId)).toHaveLength(1);
  });
});

describe('the streak a reminder speaks of', () => {
  it('given a habit to break kept clean for 5 days, then its reminder says 5 days, not the stale cached 0', async () => {
    startJobs();
    world.clock.set('2026-06-10T09:00:00Z');
    // The coach's line is chosen by a hash of the person: take one whose line says the streak.
    const coach = createTemplateCoach(await loadPersonalities());
    const says = (user: User, name: string, streak: number) =>
      coach.render({ user, moment: 'reminder', habitId: null, vars: { habit: name, time: '07:30', streak } });
    let person = await givenPerson(world);
    for (let tries = 0; tries < 30 && !says(person, 'No smoking', 5).includes('5 days'); tries += 1) person = await givenPerson(world);
    const smoking = await givenHabit(world, person, { name: 'No smoking', kind: 'break', startDate: '2026-06-06', reminderTimes: ['07:30'] });
    expect((await world.db.repos.habits.get(person.id, smoking.id))?.currentStreak).toBe(0);
    const computed = (await streaks(world.deps, person)).streaks.find((line) => line.habit.id === smoking.id)?.current;
    expect(computed).toBe(5);

    await sweepAt('2026-06-10T09:00:00Z', '2026-06-10T10:30:10Z', '2026-06-10T10:31:10Z');
    const [reminder] = platform.to(person.chatId);
    expect(reminder?.text).toContain(says(person, 'No smoking', 5));
    expect(reminder?.text).toContain('5 days so far');
  });
});

describe('the evening streak-at-risk nudge', () => {
  it('given two streaks and one habit done today, then at 20:00 one message lists only the one at risk', async () => {
    startJobs();
    world.clock.set('2026-06-10T12:00:00Z');
    const ana = await givenPerson(world);
    const read = await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01' });
    const run = await givenHabit(world, ana, { name: 'Run', startDate: '2026-06-01' });
    for (const date of ['2026-06-08', '2026-06-09']) {
      await logEntry(world.deps, ana, { habitId: read.id, date });
      await logEntry(world.deps, ana, { habitId: run.id, date });
    }
    await logEntry(world.deps, ana, { habitId: run.id });
    await sweepAt('2026-06-10T12:00:00Z', '2026-06-10T22:59:00Z');
    expect(platform.to(ana.chatId)).toEqual([]);
    await sweepAt('2026-06-10T23:00:05Z', '2026-06-10T23:30:00Z'); // 20:00 in São Paulo
    const [nudge, ...more] = platform.to(ana.chatId);
    expect(more).toEqual([]);
    expect(nudge?.text).toContain('Streaks at risk tonight');
    expect(nudge?.text).toContain('Read: 2 days');
    expect(nudge?.text).not.toContain('Run');

    world.clock.set('2026-06-10T23:10:00Z');
    expect((await press(world, ana.chatId, nudge!, 'Read'))[0]?.text).toContain('**Read** done');
  });

  it('given a streak whose cached column says 0 (stale), then the nudge still comes and says the computed streak', async () => {
    startJobs();
    world.clock.set('2026-06-10T12:00:00Z');
    const ana = await givenPerson(world);
    const read = await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01' });
    for (const date of ['2026-06-07', '2026-06-08', '2026-06-09']) await logEntry(world.deps, ana, { habitId: read.id, date });
    await world.db.repos.habits.update(ana.id, read.id, { currentStreak: 0 });
    await sweepAt('2026-06-10T12:00:00Z', '2026-06-10T23:00:05Z', '2026-06-10T23:30:00Z');
    const [nudge, ...more] = platform.to(ana.chatId);
    expect(more).toEqual([]);
    expect(nudge?.text).toContain('Read: 3 days');
  });

  it('given a chosen nudge time and nothing at risk, then nothing is sent', async () => {
    startJobs();
    world.clock.set('2026-06-10T12:00:00Z');
    const bia = await givenPerson(world, { eveningNudgeTime: '21:30' });
    const read = await givenHabit(world, bia, { name: 'Read', startDate: '2026-06-01' });
    await logEntry(world.deps, bia, { habitId: read.id });
    await sweepAt('2026-06-10T12:00:00Z', '2026-06-11T00:30:05Z');
    expect(platform.to(bia.chatId)).toEqual([]);
    expect((await deliveriesOf(bia.id, 'nudge')).map((row) => [row.key.replace(bia.id, 'bia'), row.reason])).toEqual([['nudge-bia-20260610T2130', 'nothing_at_risk']]);
  });

  it('given one person turned the nudge off and another did not, then only the other gets it, and turning it back on brings it back', async () => {
    startJobs();
    world.clock.set('2026-06-10T12:00:00Z');
    const ana = await givenPerson(world);
    const cid = await givenPerson(world);
    const reads = [];
    for (const person of [ana, cid]) {
      const read = await givenHabit(world, person, { name: 'Read', startDate: '2026-06-01' });
      for (const date of ['2026-06-08', '2026-06-09']) await logEntry(world.deps, person, { habitId: read.id, date });
      reads.push(read);
    }
    const cidRead = reads[1]!;
    await sweepAt('2026-06-10T12:00:00Z');
    await world.db.repos.users.update(cid.id, { eveningNudgeEnabled: false });
    await sweepAt('2026-06-10T13:00:00Z', '2026-06-10T23:00:05Z', '2026-06-10T23:30:00Z');
    expect(platform.to(ana.chatId).map((sent) => sent.text)).toEqual([expect.stringContaining('Streaks at risk tonight')]);
    expect(platform.to(cid.chatId)).toEqual([]);
    expect(await deliveriesOf(cid.id, 'nudge')).toEqual([]);
    const cidRows = await world.db.handle.db.query.schedules.findMany({ where: (table, { eq }) => eq(table.userId, cid.id) });
    expect(cidRows.map((row) => row.kind).sort()).toEqual(['review']);

    // Back on: a streak still alive the next evening is nudged again.
    await logEntry(world.deps, cid, { habitId: cidRead.id, date: '2026-06-10' });
    await world.db.repos.users.update(cid.id, { eveningNudgeEnabled: true });
    await sweepAt('2026-06-11T12:00:00Z', '2026-06-11T23:00:05Z');
    expect(platform.to(cid.chatId).map((sent) => sent.text)).toEqual([expect.stringContaining('Streaks at risk tonight')]);
  });
});
