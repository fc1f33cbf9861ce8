// Loads a habit's history, computes its stats (core rules) and keeps the cached streaks fresh.
import { computeHabitStats, type HabitHistory, type HabitStats, type StreakUnit } from '../core/stats.js';
import { addDays, daysBetween } from '../core/day.js';
import { periodUnitOf } from '../core/frequency.js';
import type { EntryKind, Habit, LocalDate, Pause, User } from '../core/types.js';
import type { HabitHistoryRead, HistoryEntry, Repositories } from './ports.js';

export type StatsOwner = Pick<User, 'id' | 'weekStart'>;

/** The pauses that apply to a habit: its own and the person's all-habit pauses. */
export function pausesFor(habitId: string, pauses: Pause[]): Pause[] {
  return pauses.filter((pause) => pause.habitId === null || pause.habitId === habitId);
}

export function statsOf(habit: Habit, entries: HistoryEntry[], pauses: Pause[], today: LocalDate, user: StatsOwner): HabitStats {
  const history: HabitHistory = { habit, entries, pauses: pausesFor(habit.id, pauses) };
  return computeHabitStats(history, today, { weekStart: user.weekStart });
}

export interface Milestone {
  /** The streak length just reached: 7, 21, 30, 66, 100, then every 100. */
  streak: number;
  unit: StreakUnit;
}

export function isMilestone(streak: number): boolean {
  return [7, 21, 30, 66, 100].includes(streak) || (streak > 100 && streak % 100 === 0);
}

/** The highest milestone passed going from `before` to `after` (a backdated entry can jump several days). */
export function milestoneReached(before: number, after: number, unit: StreakUnit): Milestone | null {
  for (let streak = after; streak > before; streak -= 1) {
    if (isMilestone(streak)) return { streak, unit };
  }
  return null;
}

export interface RefreshedStats {
  habit: Habit;
  stats: HabitStats;
  /** The cached current streak before this refresh (as of the previous write). */
  previousStreak: number;
}

/**
 * Recomputes a habit's stats from its whole history and stores the current and longest streak
 * on the habit (the cache lists and reminders read). `pauses` and the whole `history` may be
 * passed when already loaded.
 */
export async function refreshHabitStats(
  repos: Repositories,
  user: StatsOwner,
  habit: Habit,
  today: LocalDate,
  pauses?: Pause[],
  history?: HistoryEntry[],
): Promise<RefreshedStats> {
  const [entries, allPauses] = await Promise.all([
    history ? Promise.resolve(history) : repos.entries.historyForHabit(user.id, habit.id),
    pauses ? Promise.resolve(pauses) : repos.pauses.list(user.id),
  ]);
  const stats = statsOf(habit, entries, allPauses, today, user);
  const previousStreak = habit.currentStreak;
  if (stats.currentStreak === habit.currentStreak && stats.longestStreak === habit.longestStreak) {
    return { habit, stats, previousStreak };
  }
  const updated = await repos.habits.update(user.id, habit.id, {
    currentStreak: stats.currentStreak,
    longestStreak: stats.longestStreak,
  });
  return { habit: updated ?? habit, stats, previousStreak };
}

/**
 * What a log answers with: the streak and today's standing, exact. (Score, rates and totals
 * need the whole history: /stats computes those.)
 */
export type LogStats = Pick<HabitStats, 'currentStreak' | 'longestStreak' | 'streakUnit' | 'dueToday' | 'doneToday' | 'periodProgress'>;

export interface RefreshedLogStats {
  habit: Habit;
  stats: LogStats;
  previousStreak: number;
}

/** How far back a log's refresh reads, by streak unit: far beyond any period that can still change. */
const WINDOW_DAYS: Record<StreakUnit, number> = { day: 120, week: 371, month: 1100 };
const UNIT_DAYS: Record<StreakUnit, number> = { day: 1, week: 7, month: 31 };

type WrittenEntry = { kind: EntryKind; localDate: LocalDate; quantity: number | null };

/**
 * The first day of the recent window a refresh after `written` may read, or null when it must read
 * the whole history: the entry can shorten a run (a slip, a quantity on an at-most habit, a day
 * far back), or the habit is younger than the window anyway.
 */
export function recentWindowOf(habit: Habit, today: LocalDate, written: WrittenEntry): LocalDate | null {
  const onlyLengthens =
    (written.kind === 'skip' || (written.kind === 'done' && habit.kind === 'build')) &&
    !(habit.target?.direction === 'at_most' && written.quantity !== null) &&
    daysBetween(written.localDate, today) <= 7;
  const windowStart = addDays(today, -WINDOW_DAYS[streakUnitOf(habit)]);
  return onlyLengthens && daysBetween(habit.startDate, windowStart) > 0 ? windowStart : null;
}

function streakUnitOf(habit: Habit): StreakUnit {
  return habit.kind === 'break' ? 'day' : periodUnitOf(habit.frequency);
}

/**
 * Refreshes the cached streaks after one new entry, reading only a recent window so logging
 * costs the same with 5 years of history as with none. It is exact because a new done or skip
 * on a recent day can only lengthen runs that reach into the window: when the current or the
 * longest run found fills the window, or recentWindowOf says no window, the whole history is read
 * instead. `read`, the history the write read with it, is used when it is the one needed.
 */
export async function refreshAfterLog(
  repos: Repositories,
  user: StatsOwner,
  habit: Habit,
  today: LocalDate,
  written: WrittenEntry,
  pauses?: Pause[],
  read?: HabitHistoryRead,
): Promise<RefreshedLogStats> {
  const windowStart = recentWindowOf(habit, today, written);
  const readAlready = read && read.from === windowStart ? read.entries : undefined;
  if (windowStart === null) return refreshHabitStats(repos, user, habit, today, pauses, readAlready);
  const unit = streakUnitOf(habit);

  const [entries, allPauses] = await Promise.all([
    readAlready ? Promise.resolve(readAlready) : repos.entries.historyForHabit(user.id, habit.id, { from: windowStart }),
    pauses ? Promise.resolve(pauses) : repos.pauses.list(user.id),
  ]);
  // Days before the window look missed, so runs found are never longer than the real ones; a run
  // with the new entry that is cut by the window's start is at least this long, and sends us to
  // the whole history.
  const windowed = statsOf(habit, entries, allPauses, today, user);
  const edge = (WINDOW_DAYS[unit] - 8 - 2 * UNIT_DAYS[unit]) / UNIT_DAYS[unit];
  if (windowed.currentStreak >= edge || windowed.longestStreak >= edge) return refreshHabitStats(repos, user, habit, today, allPauses);

  const stats: LogStats = { ...pickLogStats(windowed), longestStreak: Math.max(habit.longestStreak, windowed.longestStreak) };
  const previousStreak = habit.currentStreak;
  if (stats.currentStreak === habit.currentStreak && stats.longestStreak === habit.longestStreak) return { habit, stats, previousStreak };
  const updated = await repos.habits.update(user.id, habit.id, { currentStreak: stats.currentStreak, longestStreak: stats.longestStreak });
  return { habit: updated ?? habit, stats, previousStreak };
}

function pickLogStats(stats: HabitStats): LogStats {
  const { currentStreak, longestStreak, streakUnit, dueToday, doneToday, periodProgress } = stats;
  return { currentStreak, longestStreak, streakUnit, dueToday, doneToday, periodProgress };
}
