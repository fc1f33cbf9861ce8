// The rules a log must pass before anything is written: which kinds fit which habit, and which dates.
import { daysBetween } from '../core/day.js';
import { EARLIEST_LOCAL_DATE } from '../core/date-bounds.js';
import type { EntryKind, Habit, LocalDate } from '../core/types.js';

/** Whole days from `from` to `to` (re-exported for callers that already import the log rules). */
export { daysBetween };

/** Older than this many days, a backdated log needs the person to confirm it. */
export const BACKDATE_DAYS_WITHOUT_CONFIRMATION = 7;

export type LogRuleFailure =
  | { ok: false; error: 'habit_archived'; habit: Habit }
  /** A slip is the lapse of a habit being broken; a build habit has none. */
  | { ok: false; error: 'slip_on_build_habit'; habit: Habit }
  /** A break habit is kept by not slipping, so there is nothing to mark done (log a slip, or nothing). */
  | { ok: false; error: 'done_on_break_habit'; habit: Habit }
  | { ok: false; error: 'future_date'; habit: Habit; date: LocalDate; today: LocalDate }
  /** Before 2000-01-01 (date-bounds.ts): nothing is tracked that far back. */
  | { ok: false; error: 'too_old'; habit: Habit; date: LocalDate }
  | { ok: false; error: 'backdate_needs_confirmation'; habit: Habit; date: LocalDate; daysAgo: number };

/** Whether `kind` may be logged for `habit` on `date`; null when it may. */
export function checkLog(
  habit: Habit,
  kind: EntryKind,
  date: LocalDate,
  today: LocalDate,
  confirmed: boolean,
): LogRuleFailure | null {
  if (habit.status === 'archived') return { ok: false, error: 'habit_archived', habit };
  if (kind === 'slip' && habit.kind === 'build') return { ok: false, error: 'slip_on_build_habit', habit };
  if (kind === 'done' && habit.kind === 'break') return { ok: false, error: 'done_on_break_habit', habit };
  return checkDate(habit, date, today, confirmed);
}

export function checkDate(habit: Habit, date: LocalDate, today: LocalDate, confirmed: boolean): LogRuleFailure | null {
  const daysAgo = daysBetween(date, today);
  if (daysAgo < 0) return { ok: false, error: 'future_date', habit, date, today };
  if (date < EARLIEST_LOCAL_DATE) return { ok: false, error: 'too_old', habit, date };
  if (daysAgo > BACKDATE_DAYS_WITHOUT_CONFIRMATION && !confirmed) {
    return { ok: false, error: 'backdate_needs_confirmation', habit, date, daysAgo };
  }
  return null;
}
