// Loads a habit's history, computes its stats (core rules) and keeps the cached streaks fresh.
import { computeHabitStats, type HabitHistory, type HabitStats, type StreakUnit } from '../core/stats.js';
import type { Entry, Habit, LocalDate, Pause, User } from '../core/types.js';
import type { Repositories } from './ports.js';

export type StatsOwner = Pick<User, 'id' | 'weekStart'>;

/** The pauses that apply to a habit: its own and the person's all-habit pauses. */
export function pausesFor(habitId: string, pauses: Pause[]): Pause[] {
  return pauses.filter((pause) => pause.habitId === null || pause.habitId === habitId);
}

export function statsOf(habit: Habit, entries: Entry[], pauses: Pause[], today: LocalDate, user: StatsOwner): HabitStats {
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
 * on the habit (the cache lists and reminders read). `pauses` may be passed when already loaded.
 */
export async function refreshHabitStats(
  repos: Repositories,
  user: StatsOwner,
  habit: Habit,
  today: LocalDate,
  pauses?: Pause[],
): Promise<RefreshedStats> {
  const [entries, allPauses] = await Promise.all([
    repos.entries.listForHabit(user.id, habit.id),
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
