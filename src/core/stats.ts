// Facade over the pure rules: everything /stats shows for one habit, in one pass.
// CONTRACT (implementation pending): the signatures below are what src/app codes against.
import type { Entry, Habit, LocalDate, Pause } from './types.js';

export interface HabitHistory {
  habit: Pick<Habit, 'id' | 'kind' | 'frequency' | 'target' | 'startDate' | 'multiplePerDay' | 'status'>;
  entries: Pick<Entry, 'kind' | 'localDate' | 'quantity'>[];
  /** Pauses of this habit and the user's all-habit pauses (habitId null). */
  pauses: Pick<Pause, 'habitId' | 'startDate' | 'endDate'>[];
}

export type StreakUnit = 'day' | 'week' | 'month';

export interface HabitStats {
  currentStreak: number;
  longestStreak: number;
  /** daily, weekdays, every_n_days and break habits count days; per_week weeks; per_month months. */
  streakUnit: StreakUnit;
  /** Strength score 0..1 (Loop-style exponential moving average). */
  score: number;
  /** Share of due days/periods met in the window (default last 30 days), 0..1. */
  successRate: number;
  /** Days counted towards the 66-day formation, 0..66. */
  formationDays: number;
  /** formationDays / 66 */
  formationProgress: number;
  totalDone: number;
  dueToday: boolean;
  doneToday: boolean;
  /** For per_week / per_month: completions so far in the current period and how many are needed. */
  periodProgress: { done: number; needed: number } | null;
}

export interface StatsOptions {
  weekStart?: 1 | 7;
  windowDays?: number;
}

export declare function computeHabitStats(history: HabitHistory, today: LocalDate, options?: StatsOptions): HabitStats;
