// Goal progress.
//
// Target goals ("save 5000 by Dec 31"): progress is the sum of the increments logged on or
// before today. The plan is a straight line from 0 on the start date to the target on the
// deadline (inclusive); by the start of today the plan expects target * elapsed / total,
// where elapsed = days before today since the start and total = days from start through
// the deadline. On track = at or above that line (or already reached). The pace needed is
// what remains spread over the days left, today included (per week = 7 x per day).
//
// Continuous counters ("days without alcohol"): whole days since the start or the last
// reset (reset yesterday: 1; started today: 0).
import { daysBetween } from './day.js';
import { parseDayNumber } from './day-number.js';
import type { Goal, GoalProgressEntry, LocalDate, Subtask } from './types.js';

export interface TargetGoalProgress {
  current: number;
  target: number;
  /** current / target, 0..1 (capped; 1 once reached) */
  fraction: number;
  /** whole percent, 0..100 (rounded down, so 100 means reached) */
  percent: number;
  remaining: number;
  reached: boolean;
  /** Days left through the deadline, today included; null without a deadline; 0 once it passed. */
  daysLeft: number | null;
  /** Needed per day / per week from today to meet the deadline; null when reached, overdue or no deadline. */
  neededPerDay: number | null;
  neededPerWeek: number | null;
  /** Where the straight-line plan says progress should be by the start of today; null without a deadline. */
  expectedByToday: number | null;
  /** At or ahead of the plan (or reached); null without a deadline. */
  onTrack: boolean | null;
  /** The deadline passed without reaching the target. */
  overdue: boolean;
}

export function targetGoalProgress(
  goal: Pick<Goal, 'targetValue' | 'startDate' | 'deadline'>,
  progress: readonly Pick<GoalProgressEntry, 'amount' | 'localDate'>[],
  today: LocalDate,
): TargetGoalProgress {
  const target = goal.targetValue ?? 0;
  const todayNumber = parseDayNumber(today);
  let current = 0;
  for (const entry of progress) if (parseDayNumber(entry.localDate) <= todayNumber) current += entry.amount;

  const reached = current >= target;
  const remaining = Math.max(0, target - current);
  const fraction = target > 0 ? Math.min(1, Math.max(0, current / target)) : reached ? 1 : 0;
  const percent = Math.floor(fraction * 100 + 1e-9);
  const base = { current, target, fraction, percent, remaining, reached };
  if (goal.deadline === null) {
    return { ...base, daysLeft: null, neededPerDay: null, neededPerWeek: null, expectedByToday: null, onTrack: null, overdue: false };
  }

  const totalDays = Math.max(1, daysBetween(goal.startDate, goal.deadline) + 1);
  const elapsed = Math.min(totalDays, Math.max(0, daysBetween(goal.startDate, today)));
  const daysLeft = Math.max(0, daysBetween(today, goal.deadline) + 1);
  const expectedByToday = (target * elapsed) / totalDays;
  const overdue = daysLeft === 0 && !reached;
  const neededPerDay = reached || daysLeft === 0 ? null : remaining / daysLeft;
  return {
    ...base,
    daysLeft,
    neededPerDay,
    neededPerWeek: neededPerDay === null ? null : neededPerDay * 7,
    expectedByToday,
    onTrack: reached || (!overdue && current >= expectedByToday - 1e-9),
    overdue,
  };
}

/** Whole days a continuous counter has run: since its last reset, or its start. Never negative. */
export function counterDays(goal: Pick<Goal, 'startDate' | 'lastResetDate'>, today: LocalDate): number {
  return Math.max(0, daysBetween(goal.lastResetDate ?? goal.startDate, today));
}

/** Subtasks done out of all. */
export function subtaskProgress(subtasks: readonly Pick<Subtask, 'done'>[]): { done: number; total: number } {
  return { done: subtasks.filter((subtask) => subtask.done).length, total: subtasks.length };
}
