// Facade over the pure rules: everything /stats shows for one habit, from one parse of its
// history (timeline.ts) and one cut into occurrences; each rule is then a linear fold, so a
// habit costs O(days + entries) with no luxon in the loops.
import { periodUnitOf } from './frequency.js';
import { evaluateDay, type DayOutcome } from './evaluation.js';
import { occurrencesOf, type Occurrence } from './occurrences.js';
import { DEFAULT_WINDOW_DAYS, decidedIn, formationOf } from './rates.js';
import { scoreOfTimeline } from './score.js';
import { streaksOf } from './streaks.js';
import { buildTimeline, type Timeline } from './timeline.js';
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
  /** Share of due days/periods met in the window (default last 30 days), 0..1; only ended ones count. */
  successRate: number;
  /** How many ended days/periods the success rate is over (0: nothing to judge yet, the rate says nothing). */
  successDecided: number;
  /** Days counted towards the 66-day formation, 0..66. */
  formationDays: number;
  /** formationDays / 66 */
  formationProgress: number;
  /** Days met so far (a day counts once however many entries it has; break habits: clean days). */
  totalDone: number;
  /** The habit asks for something today (per_week/per_month: the period still needed a completion this morning). */
  dueToday: boolean;
  /** Today is met (break habits: a done check-in today and no slip). */
  doneToday: boolean;
  /** For per_week / per_month: completions so far in the current period and how many are needed. */
  periodProgress: { done: number; needed: number } | null;
  /** Today's evaluation (evaluation.ts), from the same timeline. */
  todayOutcome: DayOutcome;
}

export interface StatsOptions {
  weekStart?: 1 | 7;
  windowDays?: number;
}

function streakUnitOf(history: HabitHistory): StreakUnit {
  return history.habit.kind === 'break' ? 'day' : periodUnitOf(history.habit.frequency);
}

export function todayFacts(history: HabitHistory, timeline: Timeline, occurrences: readonly Occurrence[]) {
  const { today, first } = timeline;
  const at = today - first;
  const lived = at >= 0;
  const metToday = lived && timeline.met[at] === 1;
  const doneToday =
    timeline.kind === 'break' ? lived && timeline.done[at] === 1 && timeline.slipped[at] !== 1 : metToday;
  const current = occurrences.at(-1);
  const isPeriodHabit = timeline.kind === 'build' && periodUnitOf(timeline.frequency) !== 'day';
  const periodProgress = isPeriodHabit && current ? { done: current.metDays, needed: current.needed } : null;

  let dueToday = lived && history.habit.status === 'active' && timeline.paused[at] !== 1;
  if (dueToday && timeline.kind === 'build') {
    dueToday = periodProgress
      ? periodProgress.done - (metToday ? 1 : 0) < periodProgress.needed
      : timeline.due[at] === 1;
  }
  return { dueToday, doneToday, periodProgress };
}

function successOf(occurrences: readonly Occurrence[], windowStart: number): { successRate: number; successDecided: number } {
  const { rate, decided } = decidedIn(occurrences, windowStart);
  return { successRate: rate, successDecided: decided };
}

export function computeHabitStats(history: HabitHistory, today: LocalDate, options: StatsOptions = {}): HabitStats {
  const weekStart = options.weekStart ?? 1;
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const timeline = buildTimeline(history, today, weekStart);
  const occurrences = occurrencesOf(timeline);
  const { current, longest } = streaksOf(occurrences);
  const formation = formationOf(occurrences);
  return {
    currentStreak: current,
    longestStreak: longest,
    streakUnit: streakUnitOf(history),
    score: scoreOfTimeline(timeline),
    ...successOf(occurrences, timeline.today - windowDays + 1),
    formationDays: formation.days,
    formationProgress: formation.progress,
    totalDone: timeline.metDayCount,
    ...todayFacts(history, timeline, occurrences),
    todayOutcome: evaluateDay(timeline, timeline.today, occurrences.at(-1)?.status === 'pending'),
  };
}

export interface OverallStats {
  habitCount: number;
  /** Mean strength score of the habits, 0..1 (0 with no habits). */
  averageScore: number;
  /** Habits due today. */
  dueToday: number;
  /** Of the habits due today, those done. */
  doneToday: number;
  /** The longest current streak (weeks and months compared as 7 and 30 days); null if none runs. */
  bestCurrentStreak: { index: number; streak: number; unit: StreakUnit } | null;
}

const UNIT_DAYS: Record<StreakUnit, number> = { day: 1, week: 7, month: 30 };

/** A summary of several habits' stats (`index` points into `perHabit`). */
export function computeOverallStats(perHabit: readonly HabitStats[]): OverallStats {
  let scoreSum = 0;
  let dueToday = 0;
  let doneToday = 0;
  let best: OverallStats['bestCurrentStreak'] = null;
  perHabit.forEach((stats, index) => {
    scoreSum += stats.score;
    if (stats.dueToday) {
      dueToday += 1;
      if (stats.doneToday) doneToday += 1;
    }
    const length = stats.currentStreak * UNIT_DAYS[stats.streakUnit];
    if (stats.currentStreak > 0 && (!best || length > best.streak * UNIT_DAYS[best.unit])) {
      best = { index, streak: stats.currentStreak, unit: stats.streakUnit };
    }
  });
  return {
    habitCount: perHabit.length,
    averageScore: perHabit.length === 0 ? 0 : scoreSum / perHabit.length,
    dueToday,
    doneToday,
    bestCurrentStreak: best,
  };
}
