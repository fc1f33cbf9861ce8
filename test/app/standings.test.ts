// /today and /habits read only as much history as each current run needs (app/standings.ts).
// On real PostgreSQL, with runs far longer than the first read (a quarter), a break habit with
// no entries for months and every frequency kind, they show exactly what the whole history
// gives (/stats and /streaks, which read all of it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentStreaks, statsFor, streaks, today } from '../../src/app/queries.js';
import { addDays, daysBetween, weekdayOf } from '../../src/core/day.js';
import type { EntryKind, Habit, User } from '../../src/core/types.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { givenHabit, givenUser, worldOf, type World } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const TODAY = '2025-03-10'; // the fixtures' Monday

async function logDays(world: World, user: User, habit: Habit, days: string[], kind: EntryKind = 'done', quantity: number | null = null) {
  for (let i = 0; i < days.length; i += 50) {
    await Promise.all(days.slice(i, i + 50).map(async (localDate) => {
      const added = await world.deps.repos.entries.add(user.id, { habitId: habit.id, kind, localDate, quantity, source: 'import' });
      expect(added.status).toBe('created');
    }));
  }
}

/** Every day from `from` up to yesterday that `keep` accepts. */
function daysFrom(from: string, keep: (day: string) => boolean = () => true): string[] {
  const days: string[] = [];
  for (let day = from; day < TODAY; day = addDays(day, 1)) if (keep(day)) days.push(day);
  return days;
}

describe('where each habit stands today, from recent history', () => {
  it('given runs longer than a quarter, a break habit clean for months and every frequency kind, then /today and /habits match the whole history', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const read = await givenHabit(world, user, { name: 'Read', startDate: '2024-06-01' });
    await logDays(world, user, read, daysFrom('2024-06-01'));
    const smoking = await givenHabit(world, user, { name: 'No smoking', kind: 'break', startDate: '2024-01-01' });
    await logDays(world, user, smoking, ['2024-08-01'], 'slip');
    const plants = await givenHabit(world, user, { name: 'Plants', frequency: { kind: 'every_n_days', n: 3 }, startDate: '2024-05-01' });
    await logDays(world, user, plants, daysFrom('2024-05-01', (day) => daysBetween('2024-05-01', day) % 3 === 2));
    const gym = await givenHabit(world, user, { name: 'Gym', frequency: { kind: 'per_week', times: 2 }, startDate: '2024-04-01' });
    await logDays(world, user, gym, daysFrom('2024-04-01', (day) => [1, 3].includes(weekdayOf(day))));
    const clean = await givenHabit(world, user, { name: 'Deep clean', frequency: { kind: 'per_month', times: 2 }, startDate: '2024-01-01' });
    await logDays(world, user, clean, daysFrom('2024-01-01', (day) => day.endsWith('-01') || day.endsWith('-02')));
    const piano = await givenHabit(world, user, { name: 'Piano', frequency: { kind: 'weekdays', days: [1, 3, 5] }, startDate: '2024-09-01' });
    await logDays(world, user, piano, daysFrom('2024-09-01', (day) => [1, 3, 5].includes(weekdayOf(day)) && day !== '2025-01-10'));
    const pushups = await givenHabit(world, user, { name: 'Pushups', target: { quantity: 20, unit: 'pushups', direction: 'at_least' }, startDate: '2024-10-01' });
    await logDays(world, user, pushups, daysFrom('2024-10-01', (day) => day !== '2025-02-01'), 'done', 20);
    await logDays(world, user, pushups, ['2025-02-01'], 'done', 15);
    await world.deps.repos.pauses.add(user.id, { habitId: null, startDate: '2024-12-20', endDate: '2024-12-27', reason: 'vacation' });

    const [view, current, whole, wholeStreaks] = await Promise.all([today(world.deps, user), currentStreaks(world.deps, user), statsFor(world.deps, user), streaks(world.deps, user)]);
    expect(view.date).toBe(TODAY);
    const standing = view.items.map(({ habit, stats }) => ({ name: habit.name, ...stats }));
    const expected = whole.habits.map(({ habit, stats }) => ({
      name: habit.name,
      currentStreak: stats.currentStreak,
      streakUnit: stats.streakUnit,
      dueToday: stats.dueToday,
      doneToday: stats.doneToday,
      periodProgress: stats.periodProgress,
      todayOutcome: stats.todayOutcome,
    }));
    expect(standing).toEqual(expected);
    const wholeCurrent = new Map(wholeStreaks.streaks.map((line) => [line.habit.name, line.current]));
    expect(current.streaks.map((line) => [line.habit.name, line.current])).toEqual(current.streaks.map((line) => [line.habit.name, wholeCurrent.get(line.habit.name)]));

    // The runs that reach back past the quarter are really there (the whole history was needed).
    const streakOf = Object.fromEntries(current.streaks.map((line) => [line.habit.name, line.current]));
    expect(streakOf.Read).toBeGreaterThan(200);
    expect(streakOf['No smoking']).toBeGreaterThan(200);
    expect(streakOf.Plants).toBeGreaterThan(40);
    expect(streakOf.Gym).toBeGreaterThan(30);
    expect(streakOf['Deep clean']).toBeGreaterThan(12);
    expect(streakOf.Piano).toBe(24); // Mon/Wed/Fri from 13 January to 7 March; today still open
    expect(streakOf.Pushups).toBe(36); // 2 February to 9 March, after the 15 of 20
  });
});
