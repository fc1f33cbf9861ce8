// A timeline cut into the things a streak counts: each due day (daily, weekdays,
// every_n_days), each day (break habits) or each period (per_week, per_month), with what
// became of it. Streaks, success rate and formation are simple folds over this list.
//
// Statuses:
// - met: done (build) / clean (break);
// - bridged: excused by a skip or a pause; neither breaks a streak nor adds to it
//   (Loop's and the Streaks app's convention: a skip or a vacation bridges the gap);
// - pending: today (or the current week/month) is not met yet but is not over either;
// - missed: breaks the streak.
import { neededInPeriod, isPeriodMet, periodBoundsOfDayNumber, periodUnitOf } from './frequency.js';
import type { Timeline } from './timeline.js';

export type OccurrenceStatus = 'met' | 'missed' | 'bridged' | 'pending';

export interface Occurrence {
  /** Day numbers, inclusive (one day for day-judged habits). */
  start: number;
  end: number;
  status: OccurrenceStatus;
  /** Met days inside it (0 or 1 for a day). */
  metDays: number;
  /** Met days it needs (1 for a day; the scaled quota for a period). */
  needed: number;
}

/** What became of one day of a day-judged or break habit. */
export function dayStatus(timeline: Timeline, day: number): OccurrenceStatus {
  const at = day - timeline.first;
  const excused = timeline.paused[at] === 1 || timeline.skipped[at] === 1;
  if (timeline.kind === 'break') {
    if (timeline.slipped[at] === 1) return 'missed';
    return excused ? 'bridged' : 'met';
  }
  if (timeline.met[at] === 1) return 'met';
  if (excused) return 'bridged';
  // Today is not over: not done yet is not a miss, unless it can no longer be met.
  if (day === timeline.today && !timeline.todayFailed) return 'pending';
  return 'missed';
}

function dayOccurrences(timeline: Timeline): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (let day = timeline.first; day <= timeline.today; day += 1) {
    if (timeline.due[day - timeline.first] !== 1) continue;
    const status = dayStatus(timeline, day);
    occurrences.push({ start: day, end: day, status, metDays: status === 'met' ? 1 : 0, needed: 1 });
  }
  return occurrences;
}

/** One week or month of a per_week / per_month habit, clipped to the tracked days. */
export function periodOccurrence(timeline: Timeline, periodStart: number, periodEnd: number): Occurrence {
  const { first, today, met, paused, skipped } = timeline;
  let activeDays = 0;
  let skips = 0;
  let metDays = 0;
  for (let day = Math.max(periodStart, first); day <= periodEnd; day += 1) {
    const at = day - first;
    const isPaused = paused[at] === 1;
    if (!isPaused) activeDays += 1;
    if (day > today) continue;
    if (met[at] === 1) metDays += 1;
    else if (skipped[at] === 1 && !isPaused) skips += 1;
  }
  const needed = neededInPeriod(timeline.frequency, { activeDays, periodDays: periodEnd - periodStart + 1, skips });
  let status: OccurrenceStatus;
  if (isPeriodMet(metDays, needed)) status = 'met';
  else if (needed === 0) status = 'bridged';
  else if (periodEnd >= today) status = 'pending';
  else status = 'missed';
  return { start: periodStart, end: periodEnd, status, metDays, needed };
}

function periodOccurrences(timeline: Timeline): Occurrence[] {
  const unit = periodUnitOf(timeline.frequency);
  const occurrences: Occurrence[] = [];
  let start = periodBoundsOfDayNumber(unit, timeline.first, timeline.weekStart).start;
  while (start <= timeline.today) {
    const { end } = periodBoundsOfDayNumber(unit, start, timeline.weekStart);
    occurrences.push(periodOccurrence(timeline, start, end));
    start = end + 1;
  }
  return occurrences;
}

/** Every occurrence from the first tracked day through today, oldest first. */
export function occurrencesOf(timeline: Timeline): Occurrence[] {
  if (timeline.first > timeline.today) return [];
  if (timeline.kind === 'build' && periodUnitOf(timeline.frequency) !== 'day') return periodOccurrences(timeline);
  return dayOccurrences(timeline);
}
