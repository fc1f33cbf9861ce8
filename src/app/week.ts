// The last seven local days as a grid, and the small summary behind "how am I doing?".
import { addDays } from '../core/day.js';
import type { StreakUnit } from '../core/stats.js';
import type { Habit, LocalDate } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { statsOf } from './habit-stats.js';
import { habitEntries, loadUserHistory, statsForAll, type QueryUser, type UserHistory } from './history.js';
import { overallOf } from './overall.js';
import { isActiveOn } from './pauses.js';
import { userToday } from './users.js';

/**
 * One habit on one day. `kept`: a break habit's day without a slip. `pending`: due today and not
 * done yet. `not_due`: the frequency does not ask for it that day (or the period is already met).
 */
export type DayCell = 'done' | 'kept' | 'skipped' | 'slipped' | 'paused' | 'missed' | 'pending' | 'not_due' | 'before_start';

export interface WeekRow {
  habit: Habit;
  /** One cell per day of `WeekView.days`. */
  cells: DayCell[];
}

export interface WeekView {
  /** The last seven local days, oldest first, ending today. */
  days: LocalDate[];
  rows: WeekRow[];
}

export function lastDays(today: LocalDate, count: number): LocalDate[] {
  return Array.from({ length: count }, (_, index) => addDays(today, index - (count - 1)));
}

function cellFor(history: UserHistory, habit: Habit, day: LocalDate, today: LocalDate, user: QueryUser): DayCell {
  if (day < habit.startDate) return 'before_start';
  const upToDay = habitEntries(history, habit.id).filter((entry) => entry.localDate <= day);
  const onDay = upToDay.filter((entry) => entry.localDate === day);
  if (onDay.some((entry) => entry.kind === 'slip')) return 'slipped';
  if (onDay.some((entry) => entry.kind === 'done')) return 'done';
  if (onDay.some((entry) => entry.kind === 'skip')) return 'skipped';
  if (history.pauses.some((p) => (p.habitId === null || p.habitId === habit.id) && isActiveOn(p, day))) return 'paused';
  if (habit.kind === 'break') return day === today ? 'pending' : 'kept';
  // "3 times a week" asks for no day in particular: a past day without an entry is open, not
  // missed (the week or month as a whole is what can be missed, and /streaks says so).
  const periodBased = habit.frequency.kind === 'per_week' || habit.frequency.kind === 'per_month';
  if (periodBased && day !== today) return 'not_due';
  const stats = statsOf(habit, upToDay, history.pauses, day, user);
  if (!stats.dueToday) return 'not_due';
  return day === today ? 'pending' : 'missed';
}

function weekOf(history: UserHistory, today: LocalDate, user: QueryUser): WeekView {
  const days = lastDays(today, 7);
  const rows = history.habits.map((habit) => ({ habit, cells: days.map((day) => cellFor(history, habit, day, today, user)) }));
  return { days, rows };
}

/** A grid of the last seven local days per active habit. */
export async function week(deps: AppDeps, user: QueryUser): Promise<WeekView> {
  const date = userToday(user, deps.clock.now());
  return weekOf(await loadUserHistory(deps.repos, user), date, user);
}

export interface HowAmIDoing {
  date: LocalDate;
  habitCount: number;
  dueToday: number;
  doneToday: number;
  /** Over the last seven days: due days met, and due days in all (done + missed, today if done). */
  last7: { met: number; due: number; rate: number };
  /** Mean strength score, 0..1. */
  averageScore: number;
  /** The habit with the longest current streak. */
  best: { habit: Habit; streak: number; unit: StreakUnit } | null;
  /** The weakest habit by score, when it is clearly behind (score under 0.5). */
  needsAttention: { habit: Habit; score: number } | null;
}

/** A small, honest summary from data; the dialog phrases it in the coach's voice. */
export async function howAmIDoing(deps: AppDeps, user: QueryUser): Promise<HowAmIDoing> {
  const date = userToday(user, deps.clock.now());
  const history = await loadUserHistory(deps.repos, user);
  const stats = statsForAll(history, date, user);
  const grid = weekOf(history, date, user);
  const cells = grid.rows.flatMap((row) => row.cells);
  const met = cells.filter((cell) => cell === 'done' || cell === 'kept').length;
  const due = met + cells.filter((cell) => cell === 'missed' || cell === 'slipped').length;

  const overall = overallOf(stats);
  let weakest: HowAmIDoing['needsAttention'] = null;
  for (const { habit, stats: habitStats } of stats) {
    if (habitStats.score < 0.5 && (!weakest || habitStats.score < weakest.score)) weakest = { habit, score: habitStats.score };
  }
  return {
    date,
    habitCount: overall.habitCount,
    dueToday: overall.dueToday,
    doneToday: overall.doneToday,
    last7: { met, due, rate: due === 0 ? 0 : met / due },
    averageScore: overall.averageScore,
    best: overall.best,
    needsAttention: weakest,
  };
}
