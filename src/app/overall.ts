// The summary over all of a person's habits (core rules plus what /stats adds).
import { computeOverallStats, type HabitStats, type StreakUnit } from '../core/stats.js';
import type { Habit } from '../core/types.js';

export interface OverallStats {
  habitCount: number;
  /** Mean strength score of the habits, 0..1 (0 without habits). */
  averageScore: number;
  /** Mean success rate over the window, 0..1, of the habits with an ended day or period in it. */
  averageSuccessRate: number;
  totalDone: number;
  /** Habits due today, and of those, the ones done. */
  dueToday: number;
  doneToday: number;
  /** The habit with the longest current streak (weeks and months weighed as 7 and 30 days). */
  best: { habit: Habit; streak: number; unit: StreakUnit } | null;
}

export function overallOf(habits: { habit: Habit; stats: HabitStats }[]): OverallStats {
  const core = computeOverallStats(habits.map((item) => item.stats));
  const bestHabit = core.bestCurrentStreak ? habits[core.bestCurrentStreak.index]?.habit : undefined;
  return {
    habitCount: core.habitCount,
    averageScore: core.averageScore,
    averageSuccessRate: averageSuccess(habits.map((item) => item.stats)),
    totalDone: habits.reduce((sum, item) => sum + item.stats.totalDone, 0),
    dueToday: core.dueToday,
    doneToday: core.doneToday,
    best: core.bestCurrentStreak && bestHabit ? { habit: bestHabit, streak: core.bestCurrentStreak.streak, unit: core.bestCurrentStreak.unit } : null,
  };
}

/**
 * Success counts ended days and periods only: a habit with none yet (made this week, a weekly
 * habit in its first week) has no rate and is left out, rather than averaged in as 0%.
 */
function averageSuccess(stats: HabitStats[]): number {
  const judged = stats.filter((item) => item.successDecided > 0);
  return judged.length === 0 ? 0 : judged.reduce((sum, item) => sum + item.successRate, 0) / judged.length;
}
