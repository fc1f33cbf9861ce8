// The last seven local days as a grid, and the small summary behind "how am I doing?".
import { addDays } from '../core/day.js';
import type { StreakUnit } from '../core/stats.js';
import type { Habit, LocalDate } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { evaluateDays, type DayOutcome } from '../core/evaluation.js';
import type { Pause } from '../core/types.js';
import type { HistoryEntry } from './ports.js';
import { pausesFor } from './habit-stats.js';
import { habitEntries, loadUserHistory, statsForAll, type QueryUser, type UserHistory } from './history.js';
import { overallOf } from './overall.js';
import { userToday } from './users.js';

/**
 * One habit on one day, as core/evaluation.ts decides it. `done` and `kept` are a met day of a
 * build and of a break habit; `partial` an amount below the target; `pending` due today and not
 * done yet; `not_due` the schedule asks nothing that day.
 */
export type DayCell = 'done' | 'kept' | 'partial' | 'skipped' | 'slipped' | 'paused' | 'missed' | 'pending' | 'not_due' | 'before_start';

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

export function cellOf(habit: Pick<Habit, 'kind'>, outcome: DayOutcome): DayCell {
  if (outcome === 'met') return habit.kind === 'break' ? 'kept' : 'done';
  return outcome;
}

/** The cells of one habit over `days`, from one evaluation of its history as of `today`. */
export function habitCells(habit: Habit, entries: HistoryEntry[], pauses: Pause[], days: readonly LocalDate[], today: LocalDate, weekStart: 1 | 7): DayCell[] {
  const outcomes = evaluateDays({ habit, entries, pauses: pausesFor(habit.id, pauses) }, days, today, weekStart);
  return outcomes.map((outcome) => cellOf(habit, outcome));
}

function weekOf(history: UserHistory, today: LocalDate, user: QueryUser): WeekView {
  const days = lastDays(today, 7);
  const rows = history.habits.map((habit) => ({
    habit,
    cells: habitCells(habit, habitEntries(history, habit.id), history.pauses, days, today, user.weekStart),
  }));
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
  const { met, due } = countCells(grid.rows.flatMap((row) => row.cells));

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

/** Cells that count as met, and as asked for and decided (a pending today is neither). */
export const MET_CELLS: readonly DayCell[] = ['done', 'kept'];
export const DUE_CELLS: readonly DayCell[] = ['done', 'kept', 'partial', 'missed', 'slipped'];

/** Met and due cells, the one count /week's summary, "how am I doing?" and the review share. */
export function countCells(cells: readonly DayCell[]): { met: number; due: number } {
  return {
    met: cells.filter((cell) => MET_CELLS.includes(cell)).length,
    due: cells.filter((cell) => DUE_CELLS.includes(cell)).length,
  };
}
