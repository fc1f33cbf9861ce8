// Issue 15 figures: /habits and /today for a person with 50 daily habits x 5 years, computed
// from the history when read (no cached streak column), the way the commands read them:
// /habits lists the habits and computes every streak (app/queries streaks), /today evaluates
// today for every habit (app/queries today). Goal: <= 30 ms each.
import type { AppDeps } from '../../src/app/deps.js';
import { listHabits } from '../../src/app/habits.js';
import { streaks, today } from '../../src/app/queries.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { createTestDatabase } from '../../test/support/db.js';
import { FixedClock } from '../../test/support/clock.js';
import type { BenchContext } from '../run.js';
import { bulkInsertHistory, median, seedUser, timed } from './foundation.js';

const NOW = '2025-06-15T12:00:00Z';
const RUNS = 21;

export default async function views(context: BenchContext): Promise<void> {
  const database = await createTestDatabase(context.databaseUrl);
  try {
    const repos = createRepositories(database.handle);
    const deps: AppDeps = { repos, clock: new FixedClock(NOW) };
    const { user } = await seedUser(deps, 'views-veteran', true);
    await bulkInsertHistory((query) => database.handle.db.execute(query), user.id);
    const person = { ...user };

    const sample = async (work: () => Promise<unknown>): Promise<number> => {
      for (let i = 0; i < 3; i += 1) await work();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) times.push(await timed(work));
      return Math.round(median(times) * 100) / 100;
    };
    const habitsMs = await sample(() => Promise.all([listHabits(deps, person, { includeArchived: true }), streaks(deps, person)]));
    context.report({ name: 'habits_list_50_habits_5y', value: habitsMs, unit: 'ms', goal: '<= 30', cache: 'none', runs: RUNS });
    const todayMs = await sample(() => today(deps, person));
    // What of it is reading the history from PostgreSQL (the rest is the rules).
    const loadMs = await sample(() => repos.entries.historyForUser(user.id));
    context.report({ name: 'today_50_habits_5y', value: todayMs, unit: 'ms', goal: '<= 30', cache: 'none', runs: RUNS, load_history_ms: loadMs });
  } finally {
    await database.close();
  }
}
