// Strength score, 0..1: Loop Habit Tracker's exponential moving average, one step per day.
//
//   score = score * m + value * (1 - m),   m = 0.5 ^ (1 / halfLife),
//   halfLife = 13 / sqrt(f) days,  f = expected completions per day
//
// so a daily habit (f = 1) has a 13-day half-life (done every day from 0 it reaches 0.5 on
// day 13), 3 per week 19.9 days, once a week 34.4 days, once a month 71.2 days. This is
// Loop's `Score.compute` (multiplier 0.5^(sqrt(f)/13)).
//
// A day's value is also Loop's: the share of the quota met in a rolling window ending that
// day. The window is `denominator` days asking for `numerator` completions (daily 1 in 1,
// per_week N in 7, every_n_days 1 in n, weekdays k in 7, per_month N in 30), both doubled
// when f < 1 to smooth irregular schedules (a weekly habit done Monday, then Sunday).
// value = min(1, credits in the window / numerator), where a day's credit is its partial
// credit (1 when met; at_least min(sum/target, 1); at_most 1 within the limit, falling to 0
// at twice the limit; 0 when nothing was done), a skipped day counts as one completion
// (a skip excuses one), and a paused day or a day before the habit existed counts pro rata
// (numerator / denominator), so a window is only asked for what the habit could do.
//
// Days that are not scored (the score stays as it was): skipped or paused days that were
// not met, and today while it is still pending. Break habits are scored daily whatever
// their frequency: a day without a slip is worth 1, a day with a slip 0.
import { frequencyFraction } from './frequency.js';
import { dayStatus } from './occurrences.js';
import { fromDayNumber, parseDayNumber } from './day-number.js';
import { buildTimeline, type HistoryInput, type Timeline } from './timeline.js';
import type { Frequency, HabitKind, LocalDate } from './types.js';

export const DAILY_HALF_LIFE_DAYS = 13;

/** The rolling window a day's value is judged over (see the file comment). */
export function scoreWindow(frequency: Frequency, kind: HabitKind = 'build'): { numerator: number; denominator: number } {
  if (kind === 'break') return { numerator: 1, denominator: 1 };
  const { numerator, denominator } = frequencyFraction(frequency);
  return numerator < denominator ? { numerator: numerator * 2, denominator: denominator * 2 } : { numerator, denominator };
}

/** Half-life of the score in days: 13 / sqrt(expected completions per day). */
export function halfLifeDays(frequency: Frequency, kind: HabitKind = 'build'): number {
  const { numerator, denominator } = scoreWindow(frequency, kind);
  return DAILY_HALF_LIFE_DAYS / Math.sqrt(numerator / denominator);
}

/** The daily decay factor m = 0.5 ^ (1 / halfLife). */
export function scoreMultiplier(frequency: Frequency, kind: HabitKind = 'build'): number {
  return Math.pow(0.5, 1 / halfLifeDays(frequency, kind));
}

/** One day's step of the moving average. */
export function nextScore(previous: number, value: number, multiplier: number): number {
  return previous * multiplier + value * (1 - multiplier);
}

/**
 * Walk the timeline from its first day through today and return the final score.
 * `onDay` (optional) sees every day's score, for charts.
 */
export function scoreOfTimeline(timeline: Timeline, onDay?: (day: number, score: number) => void): number {
  const { first, today, met, credit, paused, skipped } = timeline;
  const days = today - first + 1;
  if (days <= 0) return 0;
  const { numerator, denominator } = scoreWindow(timeline.frequency, timeline.kind);
  const proRata = numerator / denominator;
  const multiplier = scoreMultiplier(timeline.frequency, timeline.kind);

  // prefix[i] = sum of window credits of days first .. first + i - 1
  const prefix = new Float64Array(days + 1);
  for (let at = 0; at < days; at += 1) {
    let windowCredit = credit[at] as number;
    if (met[at] !== 1) {
      if (paused[at] === 1) windowCredit = proRata;
      else if (skipped[at] === 1) windowCredit = 1;
    }
    prefix[at + 1] = (prefix[at] as number) + windowCredit;
  }

  let score = 0;
  for (let at = 0; at < days; at += 1) {
    const status = dayStatus(timeline, first + at);
    if (status === 'met' || status === 'missed') {
      const windowStart = at - denominator + 1;
      const beforeHistory = windowStart < 0 ? -windowStart * proRata : 0;
      const inWindow = (prefix[at + 1] as number) - (prefix[Math.max(0, windowStart)] as number) + beforeHistory;
      score = nextScore(score, Math.min(1, inWindow / numerator), multiplier);
    }
    onDay?.(first + at, score);
  }
  return score;
}

/** Strength score 0..1 of one habit as of `today`. */
export function computeScore(history: HistoryInput, today: LocalDate): number {
  return scoreOfTimeline(buildTimeline(history, today));
}

/** The score at the end of each of the last `days` days (oldest first; 0 before the habit). */
export function computeScoreSeries(history: HistoryInput, today: LocalDate, days: number): { date: LocalDate; score: number }[] {
  const todayNumber = parseDayNumber(today);
  const from = todayNumber - days + 1;
  const scores = new Float64Array(Math.max(0, days));
  scoreOfTimeline(buildTimeline(history, today), (day, score) => {
    if (day >= from) scores[day - from] = score;
  });
  return Array.from(scores, (score, index) => ({ date: fromDayNumber(from + index), score }));
}
