// The streak refresh after a log reads only a recent window; these check it always agrees with
// the whole-history computation /stats uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshHabitStats } from '../../src/app/habit-stats.js';
import { logEntry } from '../../src/app/logging.js';
import { statsFor } from '../../src/app/queries.js';
import { userToday } from '../../src/app/users.js';
import { addDays } from '../../src/core/day.js';
import type { Frequency } from '../../src/core/types.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenHabit, givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** A small deterministic random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FREQUENCIES: Frequency[] = [
  { kind: 'daily' }, { kind: 'weekdays', days: [1, 3, 5] }, { kind: 'per_week', times: 3 }, { kind: 'every_n_days', n: 2 }, { kind: 'per_month', times: 6 },
];

describe('the streak after a log', () => {
  it.each(FREQUENCIES.flatMap((frequency) => [1, 2].map((seed) => [frequency, seed] as const)))(
    'given %j with a random 3-year history (seed %i), then the logged streak equals the whole-history one',
    async (frequency, seed) => {
      const world = worldOf(db);
      const user = await givenUser(world);
      const next = random(seed * 7919);
      const start = '2022-03-01';
      const habit = await givenHabit(world, user, { name: 'Habit', frequency, startDate: start });
      const today = userToday(user, world.clock.now());
      // Long perfect stretches and gappy ones, so some runs cross the refresh window's edge.
      const rate = (day: number): number => (Math.floor(day / 150) % 2 === 0 ? 0.97 : 0.6);
      for (let day = 0; addDays(start, day) < today; day += 1) {
        if (next() < rate(day)) await db.repos.entries.add(user.id, { habitId: habit.id, kind: 'done', localDate: addDays(start, day), source: 'import' });
      }
      await refreshHabitStats(db.repos, user, habit, today);
      const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
      const whole = (await statsFor(world.deps, user)).habits[0]!.stats;
      expect([logged.stats.currentStreak, logged.stats.longestStreak]).toEqual([whole.currentStreak, whole.longestStreak]);
      expect(logged.habit).toMatchObject({ currentStreak: whole.currentStreak, longestStreak: whole.longestStreak });
    },
  );

  it('given a 200-day perfect streak, when today is logged, then it is 201 (the whole history is read)', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const start = addDays('2025-03-10', -200);
    const habit = await givenHabit(world, user, { name: 'Long', startDate: start });
    for (let day = 0; day < 200; day += 1) {
      await db.repos.entries.add(user.id, { habitId: habit.id, kind: 'done', localDate: addDays(start, day), source: 'import' });
    }
    await refreshHabitStats(db.repos, user, habit, '2025-03-09');
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(logged.stats).toMatchObject({ currentStreak: 201, longestStreak: 201 });
    expect(logged.milestone).toBeNull();
  });
});
