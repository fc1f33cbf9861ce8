// Read-side use cases: what is due today, stats, streaks. The dialog turns these into words.
import type { Standing } from '../core/standing.js';
import type { HabitStats, StreakUnit } from '../core/stats.js';
import type { Habit, LocalDate } from '../core/types.js';
import type { AppDeps } from './deps.js';
import type { HistoryEntry } from './ports.js';
import { loadUserHistory, statsForAll, type QueryUser } from './history.js';
import { standingsForAll } from './standings.js';
import { overallOf, type OverallStats } from './overall.js';
import type { DayOutcome } from '../core/evaluation.js';
import { entryQuantity } from '../core/timeline.js';
import { userToday } from './users.js';

export { week, howAmIDoing } from './week.js';
export { overallOf, type OverallStats } from './overall.js';
export type { WeekView, WeekRow, DayCell, HowAmIDoing } from './week.js';

export interface TodayItem {
  habit: Habit;
  /** Due today by its frequency (a per_week habit is due until its week is met). */
  due: boolean;
  done: boolean;
  skipped: boolean;
  slipped: boolean;
  /** A pause (of this habit or of everything) covers today. */
  paused: boolean;
  /** Today's evaluation (core/evaluation.ts): the one answer every view gives. */
  outcome: DayOutcome;
  /** Sum of today's done quantities, for habits with a numeric target. */
  quantityToday: number | null;
  /** per_week / per_month: done so far this period and how many are needed. */
  periodProgress: { done: number; needed: number } | null;
  /** The current run and today's standing (not the whole history's score and rates: /stats has those). */
  stats: Standing;
}

export interface TodayView {
  date: LocalDate;
  /** Every active habit, in creation order; the dialog shows the due ones and the done ones. */
  items: TodayItem[];
}

/**
 * What is due today, done or not, with the period progress of weekly and monthly habits. It reads
 * only as much history as the current runs need (standings.ts).
 */
export async function today(deps: AppDeps, user: QueryUser): Promise<TodayView> {
  const date = userToday(user, deps.clock.now());
  const items = (await standingsForAll(deps.repos, user, date)).standings.map(({ habit, standing: stats, todays }): TodayItem => {
    const outcome = stats.todayOutcome;
    return {
      habit,
      due: stats.dueToday,
      done: stats.doneToday,
      skipped: outcome === 'skipped',
      slipped: outcome === 'slipped',
      paused: outcome === 'paused' || (habit.kind === 'build' && habit.status === 'paused'),
      outcome,
      quantityToday: habit.target ? sumQuantity(habit, todays) : null,
      periodProgress: stats.periodProgress,
      stats,
    };
  });
  return { date, items };
}

/** Today's done amount; a done without an amount counts as the target, as everywhere (timeline.ts). */
function sumQuantity(habit: Habit, entries: HistoryEntry[]): number {
  return entries.filter((entry) => entry.kind === 'done').reduce((sum, entry) => sum + entryQuantity(habit.target, entry.quantity), 0);
}

export interface StatsView {
  date: LocalDate;
  habits: { habit: Habit; stats: HabitStats }[];
  overall: OverallStats;
}

/** Everything /stats shows: streaks, score, success rate and 66-day progress, per habit and overall. */
export async function statsFor(deps: AppDeps, user: QueryUser): Promise<StatsView> {
  const date = userToday(user, deps.clock.now());
  const habits = statsForAll(await loadUserHistory(deps.repos, user), date, user);
  return { date, habits, overall: overallOf(habits) };
}

export interface StreakLine {
  habit: Habit;
  current: number;
  longest: number;
  unit: StreakUnit;
}

/**
 * The current streak of every active and paused habit, in creation order, and how many are
 * archived: all /habits shows, read from recent history only.
 */
export async function currentStreaks(
  deps: AppDeps, user: QueryUser,
): Promise<{ date: LocalDate; streaks: Omit<StreakLine, 'longest'>[]; archivedCount: number }> {
  const date = userToday(user, deps.clock.now());
  const { standings, archivedCount } = await standingsForAll(deps.repos, user, date);
  return { date, archivedCount, streaks: standings.map(({ habit, standing }) => ({ habit, current: standing.currentStreak, unit: standing.streakUnit })) };
}

/** Current and longest streak of every active habit, longest current first (the longest needs the whole history). */
export async function streaks(deps: AppDeps, user: QueryUser): Promise<{ date: LocalDate; streaks: StreakLine[] }> {
  const date = userToday(user, deps.clock.now());
  const lines = statsForAll(await loadUserHistory(deps.repos, user), date, user).map(({ habit, stats }) => ({
    habit,
    current: stats.currentStreak,
    longest: stats.longestStreak,
    unit: stats.streakUnit,
  }));
  lines.sort((a, b) => b.current - a.current || b.longest - a.longest);
  return { date, streaks: lines };
}
