import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logEntry } from '../../src/app/logging.js';
import { howAmIDoing, statsFor, streaks, today, week } from '../../src/app/queries.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenHabit, givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('today', () => {
  it('given daily, weekday and weekly habits, then it says what is due, what is done and the week progress', async () => {
    // Monday 10 March 2025.
    const world = worldOf(db);
    const user = await givenUser(world);
    const floss = await givenHabit(world, user, { name: 'Floss', startDate: '2025-03-01' });
    const tuesdays = await givenHabit(world, user, { name: 'Piano', frequency: { kind: 'weekdays', days: [2] }, startDate: '2025-03-01' });
    const gym = await givenHabit(world, user, { name: 'Gym', frequency: { kind: 'per_week', times: 3 }, startDate: '2025-03-01' });
    expectOk(await logEntry(world.deps, user, { habitId: floss.id }));
    expectOk(await logEntry(world.deps, user, { habitId: gym.id }));

    const view = await today(world.deps, user);
    expect(view.date).toBe('2025-03-10');
    const byName = Object.fromEntries(view.items.map((item) => [item.habit.name, item]));
    expect(byName.Floss).toMatchObject({ due: true, done: true });
    expect(byName.Piano).toMatchObject({ due: false, done: false });
    expect(byName.Gym).toMatchObject({ done: true, periodProgress: { done: 1, needed: 3 } });
    expect(view.items.map((item) => item.habit.id)).toEqual([floss.id, tuesdays.id, gym.id]);
  });

  it('given a numeric habit logged twice today, then today shows the sum', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const water = await givenHabit(world, user, { name: 'Water', target: { quantity: 8, unit: 'glasses', direction: 'at_least' } });
    expectOk(await logEntry(world.deps, user, { habitId: water.id, quantity: 3 }));
    expectOk(await logEntry(world.deps, user, { habitId: water.id, quantity: 2 }));
    expect((await today(world.deps, user)).items[0]?.quantityToday).toBe(5);
  });
});

describe('statsFor and streaks', () => {
  it('given a week of history, then stats per habit and overall come from the core rules', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const read = await givenHabit(world, user, { name: 'Read', startDate: '2025-03-04' });
    const walk = await givenHabit(world, user, { name: 'Walk', startDate: '2025-03-04' });
    for (const date of ['2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10']) {
      expectOk(await logEntry(world.deps, user, { habitId: read.id, date }));
    }
    expectOk(await logEntry(world.deps, user, { habitId: walk.id, date: '2025-03-09' }));

    const stats = await statsFor(world.deps, user);
    const readStats = stats.habits.find((item) => item.habit.id === read.id)?.stats;
    expect(readStats).toMatchObject({ currentStreak: 7, longestStreak: 7, totalDone: 7, doneToday: true, streakUnit: 'day' });
    expect(readStats?.score).toBeGreaterThan(0);
    expect(readStats?.formationDays).toBe(7);
    expect(stats.overall).toMatchObject({ habitCount: 2, totalDone: 8, dueToday: 2, doneToday: 1, best: { habit: { id: read.id }, streak: 7 } });

    const lines = (await streaks(world.deps, user)).streaks;
    expect(lines.map((line) => [line.habit.name, line.current, line.longest])).toEqual([['Read', 7, 7], ['Walk', 1, 1]]);
  });
});

describe('week', () => {
  it('given a mixed week, then each day of the grid says done, skipped, missed, not due or pending', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const read = await givenHabit(world, user, { name: 'Read', startDate: '2025-03-05' });
    const quit = await givenHabit(world, user, { name: 'Sugar', kind: 'break', startDate: '2025-03-04' });
    const piano = await givenHabit(world, user, { name: 'Piano', frequency: { kind: 'weekdays', days: [2, 4] }, startDate: '2025-03-04' });
    const gym = await givenHabit(world, user, { name: 'Gym', frequency: { kind: 'per_week', times: 3 }, startDate: '2025-03-04' });
    expectOk(await logEntry(world.deps, user, { habitId: gym.id, date: '2025-03-05' }));
    expectOk(await logEntry(world.deps, user, { habitId: read.id, date: '2025-03-05' }));
    expectOk(await logEntry(world.deps, user, { habitId: read.id, date: '2025-03-06', kind: 'skip' }));
    expectOk(await logEntry(world.deps, user, { habitId: read.id, date: '2025-03-08' }));
    expectOk(await logEntry(world.deps, user, { habitId: quit.id, date: '2025-03-07', kind: 'slip' }));
    expectOk(await logEntry(world.deps, user, { habitId: piano.id, date: '2025-03-06' }));

    const grid = await week(world.deps, user);
    expect(grid.days).toEqual(['2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10']);
    const rows = Object.fromEntries(grid.rows.map((row) => [row.habit.name, row.cells]));
    expect(rows.Read).toEqual(['before_start', 'done', 'skipped', 'missed', 'done', 'missed', 'pending']);
    // A break habit's today without a slip is clean so far: kept, as /streaks counts it.
    expect(rows.Sugar).toEqual(['kept', 'kept', 'kept', 'slipped', 'kept', 'kept', 'kept']);
    expect(rows.Piano).toEqual(['missed', 'not_due', 'done', 'not_due', 'not_due', 'not_due', 'not_due']);
    // A weekly quota asks for no day in particular: the days between are open, not missed.
    expect(rows.Gym).toEqual(['not_due', 'done', 'not_due', 'not_due', 'not_due', 'not_due', 'pending']);
  });
});

describe('howAmIDoing', () => {
  it('given some history, then the summary names the best streak and the habit that needs attention', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const read = await givenHabit(world, user, { name: 'Read', startDate: '2025-03-04' });
    const walk = await givenHabit(world, user, { name: 'Walk', startDate: '2025-03-04' });
    for (const date of ['2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10']) {
      expectOk(await logEntry(world.deps, user, { habitId: read.id, date }));
    }
    const summary = await howAmIDoing(world.deps, user);
    expect(summary).toMatchObject({
      date: '2025-03-10', habitCount: 2, dueToday: 2, doneToday: 1,
      best: { habit: { id: read.id }, streak: 5, unit: 'day' },
      needsAttention: { habit: { id: walk.id } },
    });
    // Read: 5 of 7 days met; Walk: 0 of 6 past days (today is still pending).
    expect(summary.last7).toMatchObject({ met: 5, due: 13 });
  });

  it('given no habits, then the summary is empty, not an error', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    expect(await howAmIDoing(world.deps, user)).toMatchObject({ habitCount: 0, last7: { met: 0, due: 0, rate: 0 }, best: null });
  });
});
