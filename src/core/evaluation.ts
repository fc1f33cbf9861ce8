// One evaluation of a habit's day: what happened on it. Every view reads this (/today, /week,
// /stats, /streaks, /habits, the review, "how am I doing?", reminders and nudges), so no view
// counts by itself and they cannot disagree.
//
// - met: done as asked (break habits: a day without a slip, today included while clean);
// - partial: done, but an at-least amount below the target (15 of 20 pushups). It gets partial
//   credit in the strength score (amount/target, capped at 1, as Loop does) and does not count
//   for the streak: once the day is over it breaks the streak like a miss (Loop's rule for
//   numeric habits; on an every-N-days habit only the interval's due day can break it). A bare
//   "done" without an amount counts as the target (see timeline.ts); a done over an at-most
//   limit is a miss on a due day;
// - skipped, slipped, paused: as logged (a pause covers the day);
// - not_due: the schedule asks nothing that day (another weekday; a day of a weekly or monthly
//   habit with nothing logged, unless it is today and the period still needs it; a day inside
//   an every-N-days interval; a future day);
// - pending: due today, not done yet, still possible;
// - missed: due, over, not done;
// - before_start: before the habit's first tracked day.
import { parseDayNumber } from './day-number.js';
import { periodUnitOf } from './frequency.js';
import { occurrencesOf } from './occurrences.js';
import { buildTimeline, type HistoryInput, type Timeline } from './timeline.js';
import type { LocalDate } from './types.js';

export type DayOutcome = 'met' | 'partial' | 'skipped' | 'slipped' | 'paused' | 'not_due' | 'pending' | 'missed' | 'before_start';

/** Outcomes that count as done in every view (break habits: clean days). */
export const MET_OUTCOMES: readonly DayOutcome[] = ['met'];
/** Outcomes that were asked for and are decided: met, partial, missed, slipped. */
export const DECIDED_OUTCOMES: readonly DayOutcome[] = ['met', 'partial', 'missed', 'slipped'];

/** Whether a period habit's current period (the one holding today) still needs a completion. */
function periodStillOpen(timeline: Timeline): boolean {
  const current = occurrencesOf(timeline).at(-1);
  return current !== undefined && current.status === 'pending';
}

/** What happened on `day` (a day number), by the timeline's rules. */
export function evaluateDay(timeline: Timeline, day: number, periodOpen?: boolean): DayOutcome {
  if (day < timeline.first) return 'before_start';
  if (day > timeline.today) return 'not_due';
  const at = day - timeline.first;
  const isPaused = timeline.paused[at] === 1;
  if (timeline.kind === 'break') {
    if (timeline.slipped[at] === 1) return 'slipped';
    if (isPaused) return 'paused';
    if (timeline.skipped[at] === 1) return 'skipped';
    return 'met';
  }
  if (timeline.met[at] === 1) return 'met';
  // A skip or a pause excuses the day, whatever was done short of the target.
  if (timeline.skipped[at] === 1) return 'skipped';
  if (isPaused) return 'paused';
  if (timeline.done[at] === 1) {
    // Below an at-least target: partial. Over an at-most limit: that day is lost (today too).
    if (timeline.target?.direction === 'at_least') return 'partial';
    return timeline.due[at] === 1 ? 'missed' : 'not_due';
  }
  const isToday = day === timeline.today;
  if (periodUnitOf(timeline.frequency) !== 'day') {
    return isToday && (periodOpen ?? periodStillOpen(timeline)) ? 'pending' : 'not_due';
  }
  if (timeline.due[at] !== 1) return 'not_due';
  return isToday && !timeline.todayFailed ? 'pending' : 'missed';
}

/** The outcome of each of `days` for one habit, from one timeline as of `today`. */
export function evaluateDays(history: HistoryInput, days: readonly LocalDate[], today: LocalDate, weekStart: 1 | 7 = 1): DayOutcome[] {
  const timeline = buildTimeline(history, today, weekStart);
  const periodOpen = periodUnitOf(timeline.frequency) !== 'day' && timeline.kind === 'build' ? periodStillOpen(timeline) : false;
  return days.map((day) => evaluateDay(timeline, parseDayNumber(day), periodOpen));
}
