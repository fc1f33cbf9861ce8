import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logEntry } from '../../src/app/logging.js';
import { pause } from '../../src/app/pauses.js';
import { checkReminder, nextDelivery, snoozeReminder, streaksAtRisk } from '../../src/app/reminders.js';
import { archiveHabit } from '../../src/app/habits.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenHabit, givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

// Wednesday 10 June 2026 in São Paulo (UTC-3): 07:30 local is 10:30 UTC.
const REMINDER_AT = new Date('2026-06-10T10:30:00Z');

async function saoPauloReader(settings: Parameters<typeof givenUser>[1] = {}) {
  const world = worldOf(db, '2026-06-10T10:30:00Z');
  const user = await givenUser(world, { timeZone: 'America/Sao_Paulo', ...settings });
  const habit = await givenHabit(world, user, { name: 'Read', startDate: '2026-06-01', reminderTimes: ['07:30'] });
  return { world, user, habit };
}

describe('whether a reminder still goes out', () => {
  it('given a daily habit not done yet, then the 07:30 reminder is sent, for today', async () => {
    const { world, user, habit } = await saoPauloReader();
    expect(await checkReminder(world.deps, user, { habit, dueAt: REMINDER_AT, kind: 'reminder' })).toMatchObject({ send: true, date: '2026-06-10' });
  });

  it('given the habit was done before its reminder, then nothing is sent', async () => {
    const { world, user, habit } = await saoPauloReader();
    world.clock.set('2026-06-10T09:00:00Z');
    expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    world.clock.set('2026-06-10T10:30:00Z');
    expect(await checkReminder(world.deps, user, { habit, dueAt: REMINDER_AT, kind: 'reminder' })).toEqual({ send: false, reason: 'done' });
  });

  it('given an every-3-days habit, then the reminder goes out 3 days after the last completion, not on a day counted from the start', async () => {
    const world = worldOf(db, '2026-06-10T10:30:00Z');
    const user = await givenUser(world, { timeZone: 'America/Sao_Paulo' });
    const habit = await givenHabit(world, user, { name: 'Water', startDate: '2026-06-01', frequency: { kind: 'every_n_days', n: 3 }, reminderTimes: ['07:30'] });
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2026-06-08' }));
    expect(await checkReminder(world.deps, user, { habit, dueAt: REMINDER_AT, kind: 'reminder' })).toEqual({ send: false, reason: 'not_due' });
    const nextDue = new Date('2026-06-11T10:30:00Z');
    world.clock.set(nextDue);
    expect(await checkReminder(world.deps, user, { habit, dueAt: nextDue, kind: 'reminder' })).toMatchObject({ send: true, date: '2026-06-11' });
  });

  it('given the person skipped it today, then nothing is sent', async () => {
    const { world, user, habit } = await saoPauloReader();
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, kind: 'skip', note: 'sick' }));
    expect(await checkReminder(world.deps, user, { habit, dueAt: REMINDER_AT, kind: 'reminder' })).toEqual({ send: false, reason: 'skipped_today' });
  });

  it('given a pause covering today, then nothing is sent', async () => {
    const { world, user, habit } = await saoPauloReader();
    expectOk(await pause(world.deps, user, { until: '2026-06-12', reason: 'vacation' }));
    expect(await checkReminder(world.deps, user, { habit, dueAt: REMINDER_AT, kind: 'reminder' })).toEqual({ send: false, reason: 'paused' });
  });

  it('given quiet hours at the moment it would go out, then nothing is sent', async () => {
    const { world, user, habit } = await saoPauloReader({ quietHours: { start: '07:00', end: '09:00' } });
    expect(await checkReminder(world.deps, user, { habit, dueAt: REMINDER_AT, kind: 'reminder' })).toEqual({ send: false, reason: 'quiet_hours' });
  });

  it('given it is more than two hours late, then it is dropped', async () => {
    const { world, user, habit } = await saoPauloReader();
    world.clock.set('2026-06-10T12:31:00Z');
    expect(await checkReminder(world.deps, user, { habit, dueAt: REMINDER_AT, kind: 'reminder' })).toEqual({ send: false, reason: 'late' });
  });

  it('given a 2-times-a-week habit already met this week, then it is not due', async () => {
    const world = worldOf(db, '2026-06-10T10:30:00Z');
    const user = await givenUser(world, { timeZone: 'America/Sao_Paulo' });
    const habit = await givenHabit(world, user, { name: 'Gym', startDate: '2026-06-01', frequency: { kind: 'per_week', times: 2 }, reminderTimes: ['07:30'] });
    for (const date of ['2026-06-08', '2026-06-09']) expectOk(await logEntry(world.deps, user, { habitId: habit.id, date }));
    expect(await checkReminder(world.deps, user, { habit, dueAt: REMINDER_AT, kind: 'reminder' })).toEqual({ send: false, reason: 'not_due' });
  });

  it('given the habit was archived, then its reminder is gone', async () => {
    const { world, user, habit } = await saoPauloReader();
    const archived = expectOk(await archiveHabit(world.deps, user, { habitId: habit.id }));
    expect(await checkReminder(world.deps, user, { habit: archived.habit, dueAt: REMINDER_AT, kind: 'reminder' })).toEqual({ send: false, reason: 'gone' });
  });
});

describe('snooze', () => {
  it('given a reminder just sent, when snoozed, then it comes back in 30 minutes, and only once', async () => {
    const { world, user, habit } = await saoPauloReader();
    const snoozed = expectOk(await snoozeReminder(world.deps, user, { habitId: habit.id, slot: '20260610T0730' }));
    expect(snoozed.at.toISOString()).toBe('2026-06-10T11:00:00.000Z');
    expect(await snoozeReminder(world.deps, user, { habitId: habit.id, slot: '20260610T0730' })).toEqual({ ok: false, error: 'already_snoozed' });
  });

  it('given a reminder from yesterday, then it can no longer be snoozed', async () => {
    const { world, user, habit } = await saoPauloReader();
    expect(await snoozeReminder(world.deps, user, { habitId: habit.id, slot: '20260609T0730' })).toEqual({ ok: false, error: 'expired' });
  });

  it('given a malformed slot or someone else\'s habit, then a clear refusal and nothing changes', async () => {
    const { world, user } = await saoPauloReader();
    const other = await saoPauloReader();
    expect(await snoozeReminder(world.deps, user, { habitId: other.habit.id, slot: '20260610T0730' })).toEqual({ ok: false, error: 'unknown_habit' });
    expect(await snoozeReminder(world.deps, user, { habitId: other.habit.id, slot: '2026-06-10 07:30' })).toMatchObject({ ok: false, error: 'invalid_input' });
  });
});

describe('streaks at risk tonight', () => {
  it('given two daily habits with streaks, one done today, and a new one, then only the undone one with a streak is listed', async () => {
    const world = worldOf(db, '2026-06-10T12:00:00Z');
    const user = await givenUser(world, { timeZone: 'America/Sao_Paulo' });
    const read = await givenHabit(world, user, { name: 'Read', startDate: '2026-06-01' });
    const run = await givenHabit(world, user, { name: 'Run', startDate: '2026-06-01' });
    await givenHabit(world, user, { name: 'Floss', startDate: '2026-06-10' });
    for (const date of ['2026-06-08', '2026-06-09']) {
      expectOk(await logEntry(world.deps, user, { habitId: read.id, date }));
      expectOk(await logEntry(world.deps, user, { habitId: run.id, date }));
    }
    expectOk(await logEntry(world.deps, user, { habitId: run.id }));
    world.clock.set('2026-06-10T23:00:00Z'); // 20:00 in São Paulo
    const { atRisk } = await streaksAtRisk(world.deps, user);
    expect(atRisk.map((item) => ({ habit: item.habit.name, streak: item.streak }))).toEqual([{ habit: 'Read', streak: 2 }]);
  });
});

describe('when each scheduled item fires next', () => {
  it('given a habit reminder, the evening nudge and the review, then each at its local time', async () => {
    const { user, habit } = await saoPauloReader({ eveningNudgeTime: '21:00', reviewDay: 7, reviewTime: '10:00' });
    const after = { at: new Date('2026-06-10T12:00:00Z') };
    expect(nextDelivery('reminder', user, habit, after)).toEqual({ at: new Date('2026-06-11T10:30:00Z'), slot: '20260611T0730' });
    expect(nextDelivery('nudge', user, null, after)).toEqual({ at: new Date('2026-06-11T00:00:00Z'), slot: '20260610T2100' });
    expect(nextDelivery('review', user, null, after)).toEqual({ at: new Date('2026-06-14T13:00:00Z'), slot: '20260614T1000' });
    expect(nextDelivery('snooze', user, habit, after)).toBeNull();
  });
});
