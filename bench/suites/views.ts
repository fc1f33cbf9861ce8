// Issue 15 figures: /habits and /today for a person with 50 daily habits x 5 years, computed
// from the history when read (no cached streak column), the way the commands read them:
// /habits lists the habits with every current streak (app/queries currentStreaks), /today
// evaluates today for every habit (app/queries today). Both read only the recent history the
// current runs need (app/standings.ts). Goal: <= 30 ms each.
//
// Same-run baselines, measured in turns with the figures so a busy stretch of the shared
// machine costs all alike: reading the whole history (what both read before) and /streaks
// (current and longest streak, which still needs the whole history). A second person whose 50
// habits were all done every day for 5 years shows the worst case: every run reaches back
// past the first reads, so the whole history is read.
import type { AppDeps } from '../../src/app/deps.js';
import { currentStreaks, streaks, today } from '../../src/app/queries.js';
import type { User } from '../../src/core/types.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { createTestDatabase } from '../../test/support/db.js';
import { FixedClock } from '../../test/support/clock.js';
import type { BenchContext } from '../run.js';
import { bulkInsertHistory, median, seedUser, timed } from './foundation.js';
import { sql } from 'drizzle-orm';

const NOW = '2025-06-15T12:00:00Z';
const RUNS = 21;
const round = (ms: number) => Math.round(ms * 100) / 100;

export default async function views(context: BenchContext): Promise<void> {
  const database = await createTestDatabase(context.databaseUrl);
  try {
    const repos = createRepositories(database.handle);
    const deps: AppDeps = { repos, clock: new FixedClock(NOW) };
    const raw = (query: ReturnType<typeof sql>) => database.handle.db.execute(query);
    const { user } = await seedUser(deps, 'views-veteran', true);
    await bulkInsertHistory(raw, user.id);
    const { user: unbroken } = await seedUser(deps, 'views-unbroken', true);
    await raw(sql`
      insert into entries (user_id, habit_id, habit_multiple_per_day, kind, local_date, source, created_at)
      select h.user_id, h.id, h.multiple_per_day, 'done', d::date, 'import', d + interval '20 hours'
      from habits h cross join generate_series(h.start_date, date '2025-06-14', interval '1 day') d
      where h.user_id = ${unbroken.id}`);
    await raw(sql`analyze entries`);

    const work: Record<string, (person: User) => Promise<unknown>> = {
      habits: (person) => currentStreaks(deps, person),
      today: (person) => today(deps, person),
      whole_history: (person) => repos.entries.historyForUser(person.id),
      streaks_with_longest: (person) => streaks(deps, person),
    };
    const times = new Map<string, number[]>();
    const people = { veteran: user, unbroken };
    for (let i = 0; i < RUNS + 3; i += 1) {
      for (const [who, person] of Object.entries(people)) {
        for (const [name, run] of Object.entries(work)) {
          const ms = await timed(() => run(person));
          if (i < 3) continue; // warm-up
          const key = `${who}:${name}`;
          times.set(key, [...(times.get(key) ?? []), ms]);
        }
      }
    }
    const figure = (who: string, name: string) => {
      const values = times.get(`${who}:${name}`) ?? [];
      return { median: round(median(values)), min: round(Math.min(...values)) };
    };
    const baselines = (who: string) => ({
      whole_history_read_ms: figure(who, 'whole_history').median,
      streaks_with_longest_ms: figure(who, 'streaks_with_longest').median,
    });
    for (const [who, suffix] of [['veteran', ''], ['unbroken', '_unbroken_runs']] as const) {
      const habits = figure(who, 'habits');
      const day = figure(who, 'today');
      context.report({ name: `habits_list_50_habits_5y${suffix}`, value: habits.median, min: habits.min, unit: 'ms', goal: '<= 30', cache: 'none', runs: RUNS, ...baselines(who) });
      context.report({ name: `today_50_habits_5y${suffix}`, value: day.median, min: day.min, unit: 'ms', goal: '<= 30', cache: 'none', runs: RUNS, ...baselines(who) });
    }
  } finally {
    await database.close();
  }
}
