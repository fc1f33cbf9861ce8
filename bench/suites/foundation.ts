// Issue 2 figures: (a) streak + score of one habit over 10 years of daily entries, in µs (was
// also a timed assertion in test/core/stats.test.ts, asserting < 5 ms, moved here);
// (b) the full /stats of a user with 50 habits x 5 years, loaded from PostgreSQL and computed;
// (c) logging one entry (the app's logEntry, streak cache refresh included) for a user with
// no history vs one with 5 years, and their ratio; (d) the core's overall stats of 50 habits x
// 5 years, in memory.
import { sql, type SQL } from 'drizzle-orm';
import type { AppDeps } from '../../src/app/deps.js';
import { logEntry } from '../../src/app/logging.js';
import { statsFor } from '../../src/app/queries.js';
import { addDays } from '../../src/core/day.js';
import { computeHabitStats, computeOverallStats, type HabitHistory } from '../../src/core/stats.js';
import type { Frequency, Habit, User } from '../../src/core/types.js';
import { rowsOf } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { createTestDatabase } from '../../test/support/db.js';
import { FixedClock } from '../../test/support/clock.js';
import type { BenchContext } from '../run.js';

const NOW = '2025-06-15T12:00:00Z';
const TODAY = '2025-06-15';
const HABITS = 50;
const FIVE_YEARS_DAYS = 5 * 365 + 1;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function streakAndScoreOverTenYears(context: BenchContext): void {
  const days = 3653;
  const start = addDays(TODAY, -days + 1);
  const history: HabitHistory = {
    habit: { id: 'h', kind: 'build', frequency: { kind: 'daily' }, target: null, startDate: start, multiplePerDay: false, status: 'active' },
    // Most days done, some missed, so streaks break and the score moves.
    entries: Array.from({ length: days }, (_, i) => i)
      .filter((i) => i % 17 !== 5)
      .map((i) => ({ kind: 'done' as const, localDate: addDays(start, i), quantity: null })),
    pauses: [],
  };
  for (let i = 0; i < 50; i += 1) computeHabitStats(history, TODAY);
  const batches: number[] = [];
  for (let batch = 0; batch < 15; batch += 1) {
    const runs = 40;
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i += 1) computeHabitStats(history, TODAY);
    batches.push(Number(process.hrtime.bigint() - started) / 1e3 / runs);
  }
  context.report({ name: 'streak_and_score_10y_daily', value: Math.round(median(batches)), unit: 'µs', entries: history.entries.length });
}

/**
 * The core alone: the overall stats of 50 habits (five frequencies) with 5 years of entries
 * each, histories already in memory. Was a timed assertion in test/core/stats.test.ts (goal:
 * well under 100 ms; it asserted 50 ms and failed under load).
 */
function overallStatsOf50HabitsIn5Years(context: BenchContext): void {
  const frequencies: Frequency[] = [
    { kind: 'daily' }, { kind: 'weekdays', days: [1, 2, 3, 4, 5] }, { kind: 'per_week', times: 3 }, { kind: 'every_n_days', n: 2 }, { kind: 'per_month', times: 10 },
  ];
  const start = '2020-01-01';
  const days = Math.round(5 * 365.25);
  const histories: HabitHistory[] = Array.from({ length: HABITS }, (_, seed) => ({
    habit: { id: `h${seed}`, kind: 'build', frequency: frequencies[seed % 5]!, target: null, startDate: start, multiplePerDay: false, status: 'active' },
    entries: Array.from({ length: days }, (_, i) => i)
      .filter((i) => (i * 7919 + seed) % 10 !== 0)
      .map((i) => ({ kind: 'done' as const, localDate: addDays(start, i), quantity: (i % 5) + 1 })),
    pauses: [{ habitId: null, startDate: '2021-06-01', endDate: '2021-06-14' }],
  }));
  const today = '2024-12-31';
  const run = () => computeOverallStats(histories.map((history) => computeHabitStats(history, today)));
  run();
  const times = Array.from({ length: 15 }, () => {
    const started = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - started) / 1e6;
  });
  context.report({ name: 'overall_stats_50_habits_5y_core', value: round(median(times)), unit: 'ms', goal: '< 100', runs: times.length });
}

/** A user with 50 daily habits, started 5 years ago (or today). */
export async function seedUser(deps: AppDeps, externalId: string, withHistory: boolean): Promise<{ user: User; habits: Habit[] }> {
  const { repos } = deps;
  const user = await repos.users.create({ platform: 'console', externalId }, { displayName: externalId, timeZone: 'UTC', locale: 'en' });
  const start = addDays(TODAY, -FIVE_YEARS_DAYS);
  const habits: Habit[] = [];
  for (let i = 0; i < HABITS; i += 1) {
    habits.push(await repos.habits.create(user.id, { name: `Habit ${i}`, startDate: withHistory ? start : TODAY }));
  }
  return { user, habits };
}

/** 5 years of entries up to yesterday for each of the user's habits (about 6% of days missed), in one statement. */
export async function bulkInsertHistory(raw: (query: SQL) => Promise<unknown>, userId: string): Promise<void> {
  const start = addDays(TODAY, -FIVE_YEARS_DAYS);
  const yesterday = addDays(TODAY, -1);
  await raw(sql`
    insert into entries (user_id, habit_id, habit_multiple_per_day, kind, local_date, source, created_at)
    select h.user_id, h.id, h.multiple_per_day, 'done', d::date, 'import', d + interval '20 hours'
    from habits h cross join generate_series(${start}::date, ${yesterday}::date, interval '1 day') d
    where h.user_id = ${userId} and random() > 0.06`);
  await raw(sql`analyze entries`);
}

export default async function foundation(context: BenchContext): Promise<void> {
  streakAndScoreOverTenYears(context);
  overallStatsOf50HabitsIn5Years(context);

  const database = await createTestDatabase(context.databaseUrl);
  try {
    const repos = createRepositories(database.handle);
    const deps: AppDeps = { repos, clock: new FixedClock(NOW) };
    const raw = (query: SQL) => database.handle.db.execute(query);

    const veteran = await seedUser(deps, 'veteran', true);
    const newcomer = await seedUser(deps, 'newcomer', false);
    await bulkInsertHistory(raw, veteran.user.id);
    const [count] = rowsOf<{ n: number }>(await raw(sql`select count(*)::int as n from entries where user_id = ${veteran.user.id}`));

    // (b) /stats the way the app computes it (statsFor: habits, pauses and the packed history
    // from entries.historyForUser, then the core rules per habit and overall).
    const sample = async (runs: number, work: () => Promise<unknown>): Promise<number> => {
      for (let i = 0; i < 3; i += 1) await work();
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) times.push(await timed(work));
      return median(times);
    };
    const statsMs = await sample(21, () => statsFor(deps, veteran.user));
    const historyMs = await sample(21, () => repos.entries.historyForUser(veteran.user.id));
    const rowsMs = await sample(5, () => repos.entries.listForUser(veteran.user.id));
    context.report({
      name: 'full_stats_50_habits_5y', value: round(statsMs), unit: 'ms', goal: '<= 100', entries: count?.n, runs: 21,
      load_history_ms: round(historyMs), load_full_rows_ms: round(rowsMs),
    });

    // (c) one log: done today on one of the 50 habits, then undone (untimed) so it can be logged again.
    // The two people take turns, round by round, so a slower stretch of the machine costs both alike.
    interface LogTimes { app: number[]; repo: number[] }
    async function logOnce(owner: { user: User; habits: Habit[] }, i: number, times: LogTimes): Promise<void> {
      const habit = owner.habits[i % owner.habits.length]!;
      let entryId = '';
      times.app.push(await timed(async () => {
        const outcome = await logEntry(deps, owner.user, { habitId: habit.id, kind: 'done', source: 'chat' });
        if (!outcome.ok) throw new Error(`log failed: ${JSON.stringify(outcome)}`);
        entryId = outcome.entry.id;
      }));
      await repos.entries.remove(owner.user.id, entryId);
      times.repo.push(await timed(async () => {
        const added = await repos.entries.add(owner.user.id, { habitId: habit.id, kind: 'done', localDate: TODAY, source: 'chat' });
        if (added.status !== 'created') throw new Error(`add failed: ${added.status}`);
        entryId = added.entry.id;
      }));
      await repos.entries.remove(owner.user.id, entryId);
    }
    async function logCosts(rounds: number) {
      const times = { newcomer: { app: [], repo: [] } as LogTimes, veteran: { app: [], repo: [] } as LogTimes };
      for (let i = 0; i < rounds; i += 1) {
        await logOnce(newcomer, i, times.newcomer);
        await logOnce(veteran, i, times.veteran);
      }
      const medians = (t: LogTimes) => ({ app: median(t.app), repo: median(t.repo) });
      return { empty: medians(times.newcomer), history: medians(times.veteran) };
    }
    await logCosts(20);
    const { empty, history } = await logCosts(200);
    context.report({ name: 'log_entry_empty_history', value: round(empty.app), unit: 'ms', repository_add_ms: round(empty.repo) });
    context.report({ name: 'log_entry_5y_history', value: round(history.app), unit: 'ms', repository_add_ms: round(history.repo) });
    context.report({
      name: 'log_entry_history_ratio', value: round(history.app / empty.app), unit: 'x', goal: '<= 1.3',
      repository_add_ratio: round(history.repo / empty.repo),
    });
  } finally {
    await database.close();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
