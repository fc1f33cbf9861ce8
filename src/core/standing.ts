// Where a habit stands today (current streak, due, done, period progress, today's outcome),
// from only its recent history. /today and /habits show nothing older than the current run,
// so they need not read five years of entries: a run ends at its last miss, and whatever came
// before that miss cannot change the run or today.
//
// The history is cut at `knownFrom` (the habit is treated as starting there, and only entries
// from then on are passed). The answer is the whole history's answer when the last miss lies
// inside the cut, on an occurrence the cut cannot have changed:
// - days (daily, weekdays, break habits): each day's status reads only that day;
// - weeks and months: a period that starts on or after the cut's first day is not clipped;
// - every N days: which days are due depends on the last completion, so the due days agree
//   only after the first completion inside the cut.
// Otherwise (the run reaches back to the cut, or no completion to anchor an interval) the
// answer is null and the caller reads further back.
import { parseDayNumber } from './day-number.js';
import { evaluateDay } from './evaluation.js';
import { periodUnitOf } from './frequency.js';
import { occurrencesOf, type Occurrence } from './occurrences.js';
import { streaksOf } from './streaks.js';
import { todayFacts, type HabitHistory, type HabitStats } from './stats.js';
import { buildTimeline, type Timeline } from './timeline.js';
import type { LocalDate } from './types.js';

/** The part of HabitStats that reads only the current run and today. */
export type Standing = Pick<HabitStats, 'currentStreak' | 'streakUnit' | 'dueToday' | 'doneToday' | 'periodProgress' | 'todayOutcome'>;

/**
 * The habit's standing today. `knownFrom` null: `history.entries` is the whole history (always
 * answered). Otherwise it holds the entries from `knownFrom` on, and the answer is null when
 * older ones could change it.
 */
export function standingOf(history: HabitHistory, today: LocalDate, weekStart: 1 | 7, knownFrom: LocalDate | null): Standing | null {
  const cut = knownFrom !== null && knownFrom > history.habit.startDate
    ? { ...history, habit: { ...history.habit, startDate: knownFrom } }
    : history;
  const timeline = buildTimeline(cut, today, weekStart);
  const occurrences = occurrencesOf(timeline);
  if (knownFrom !== null && !lastMissIsSettled(timeline, occurrences, parseDayNumber(knownFrom))) return null;
  return {
    currentStreak: streaksOf(occurrences).current,
    streakUnit: history.habit.kind === 'break' ? 'day' : periodUnitOf(history.habit.frequency),
    ...todayFacts(cut, timeline, occurrences),
    todayOutcome: evaluateDay(timeline, timeline.today, occurrences.at(-1)?.status === 'pending'),
  };
}

/** Whether the run's last miss lies where the cut at `known` changes nothing (see the header). */
function lastMissIsSettled(timeline: Timeline, occurrences: readonly Occurrence[], known: number): boolean {
  let settledFrom = Math.max(timeline.first, known);
  if (timeline.kind === 'build' && timeline.frequency.kind === 'every_n_days') {
    const firstMet = timeline.met.indexOf(1, Math.max(0, settledFrom - timeline.first));
    if (firstMet < 0 || timeline.first + firstMet > timeline.today) return false;
    settledFrom = timeline.first + firstMet + 1;
  }
  for (let index = occurrences.length - 1; index >= 0; index -= 1) {
    const occurrence = occurrences[index] as Occurrence;
    if (occurrence.status === 'missed') return occurrence.start >= settledFrom;
  }
  return false;
}
