import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logEntry } from '../../src/app/logging.js';
import { activePauses, pause, resume } from '../../src/app/pauses.js';
import { today } from '../../src/app/queries.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenHabit, givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('pause and resume', () => {
  it('given a 3-day streak, when everything is paused for three days and then resumed, then the streak is kept', async () => {
    const world = worldOf(db, '2025-03-07T12:00:00Z');
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Meditate', startDate: '2025-03-05' });
    for (const date of ['2025-03-05', '2025-03-06', '2025-03-07']) expectOk(await logEntry(world.deps, user, { habitId: habit.id, date }));

    world.clock.set('2025-03-08T12:00:00Z');
    const paused = expectOk(await pause(world.deps, user, { until: '2025-03-10', reason: 'sick' }));
    expect(paused.pause).toMatchObject({ habitId: null, startDate: '2025-03-08', endDate: '2025-03-10', reason: 'sick' });

    world.clock.set('2025-03-10T12:00:00Z');
    const during = await today(world.deps, user);
    expect(during.items[0]).toMatchObject({ paused: true, due: false });

    world.clock.set('2025-03-11T12:00:00Z');
    const back = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(back.stats.currentStreak).toBe(4);
  });

  it('given one habit paused until resumed, when resumed later, then the days between are kept and today is active again', async () => {
    const world = worldOf(db, '2025-03-05T12:00:00Z');
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Gym', startDate: '2025-03-04' });
    const other = await givenHabit(world, user, { name: 'Read', startDate: '2025-03-04' });
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-04' }));
    expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expectOk(await pause(world.deps, user, { habitId: habit.id, reason: 'vacation' }));

    world.clock.set('2025-03-09T12:00:00Z');
    const active = await activePauses(world.deps, user);
    expect(active.pauses).toHaveLength(1);
    const view = await today(world.deps, user);
    expect(view.items.find((item) => item.habit.id === other.id)).toMatchObject({ paused: false, due: true });

    const resumed = expectOk(await resume(world.deps, user, { habitId: habit.id }));
    expect(resumed.ended[0]).toMatchObject({ startDate: '2025-03-05', endDate: '2025-03-08' });
    expect((await activePauses(world.deps, user)).pauses).toHaveLength(0); // /resume makes today active
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(logged.stats.currentStreak).toBe(3);
    world.clock.set('2025-03-10T12:00:00Z');
    expect((await activePauses(world.deps, user)).pauses).toHaveLength(0);
  });

  it('given an active pause, when paused again with a new end, then it is extended from the same start', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    expectOk(await pause(world.deps, user, { until: '2025-03-12' }));
    world.clock.advanceDays(1);
    const extended = expectOk(await pause(world.deps, user, { until: '2025-03-14' }));
    expect(extended.extended).toBe(true);
    expect(extended.pause).toMatchObject({ startDate: '2025-03-10', endDate: '2025-03-14' });
    expect(await db.repos.pauses.list(user.id)).toHaveLength(1);
  });

  it('given nothing paused, then resume says so; given a past end date or a stranger habit, then pause refuses', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const stranger = await givenUser(world);
    const theirs = await givenHabit(world, stranger, { name: 'Theirs' });
    expect(await resume(world.deps, user)).toEqual({ ok: false, error: 'not_paused' });
    expect(await pause(world.deps, user, { until: '2025-03-09' })).toMatchObject({ ok: false, error: 'end_before_start' });
    expect(await pause(world.deps, user, { habitId: theirs.id })).toEqual({ ok: false, error: 'unknown_habit' });
    expect(await db.repos.pauses.list(user.id)).toHaveLength(0);
  });
});
