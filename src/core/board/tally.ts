// One shared habit's numbers for a group: met and due periods in a window, its current streak and
// its latest miss, folded from the same occurrences /stats folds (core/occurrences.ts), so a
// leaderboard can never disagree with a member's own /stats.
//
// A long history need not be read whole. A summary folds the occurrences that ended before a cut
// day (met, decided, the run reaching the cut, the latest miss); the tally then reads only the
// entries from the cut on, treating the habit as starting there. That is exact when nothing
// before the cut can change an occurrence after it, which the cut is chosen for (cutOf):
// - days (daily, weekdays, break habits): a day's status reads only that day;
// - weeks and months: the cut is a period start (the member's own week start), so no period is
//   clipped;
// - every N days: the due days depend on the last completion, so the cut is the day the
//   interval running on the wanted day started; nothing is due between it and that day.
// The summary also keeps which of the 64 days before its cut ended a met or a missed occurrence
// (each occurrence ends on its own day), so a window may start up to 64 days before the cut:
// the cut can then sit at today, and a read needs only the days since.
// A summary is valid while no entry or pause dated before its cut, and nothing of the habit's
// rules, changes (the database drops it then: see db/schema/board.ts).
import { parseDayNumber, fromDayNumber } from '../day-number.js';
import { periodBoundsOfDayNumber, periodUnitOf } from '../frequency.js';
import { occurrencesOf, type Occurrence } from '../occurrences.js';
import type { HabitHistory, StreakUnit } from '../stats.js';
import { buildTimeline } from '../timeline.js';
import type { LocalDate } from '../types.js';

/** The occurrences that ended before `cut`, folded. */
export interface HabitSummary {
  cut: LocalDate;
  met: number;
  decided: number;
  /** The run of met occurrences reaching the cut (0 if the last decided one was missed). */
  run: number;
  /** Day number of the end of the latest missed occurrence before the cut, or null. */
  lastMissEnd: number | null;
  /** Bit i: an occurrence ending on the day i + 1 days before the cut was met (i < 64). */
  recentMet: bigint;
  /** Bit i: one was missed. */
  recentMissed: bigint;
}

/** How many days before a summary's cut its bits cover. */
export const RECENT_DAYS = 64;
const RECENT_MASK = (1n << BigInt(RECENT_DAYS)) - 1n;

function bitCount(bits: bigint): number {
  let count = 0;
  for (let rest = bits; rest > 0n; rest &= rest - 1n) count += 1;
  return count;
}

export interface HabitTally {
  /** Met and decided (met or missed) occurrences overlapping the window (as /stats' success rate counts them). */
  met: number;
  decided: number;
  /** The current streak, as /stats and /streaks give it. */
  currentStreak: number;
  streakUnit: StreakUnit;
  /** Day number of the end of the latest missed occurrence (today's, if today can no longer be met), or null. */
  lastMissEnd: number | null;
}

function streakUnitOf(habit: HabitHistory['habit']): StreakUnit {
  return habit.kind === 'break' ? 'day' : periodUnitOf(habit.frequency);
}

type Fold = Omit<HabitSummary, 'cut'> & { missed: boolean };

/** Summary fold of `occurrences` (oldest first) that end in [fromDay, cutDay). */
function foldBetween(occurrences: readonly Occurrence[], fromDay: number, cutDay: number): Fold {
  const fold: Fold = { met: 0, decided: 0, run: 0, lastMissEnd: null, recentMet: 0n, recentMissed: 0n, missed: false };
  for (const occurrence of occurrences) {
    if (occurrence.end >= cutDay) break;
    if (occurrence.end < fromDay) continue;
    const back = cutDay - 1 - occurrence.end;
    const bit = back < RECENT_DAYS ? 1n << BigInt(back) : 0n;
    if (occurrence.status === 'met') {
      fold.met += 1;
      fold.decided += 1;
      fold.run += 1;
      fold.recentMet |= bit;
    } else if (occurrence.status === 'missed') {
      fold.decided += 1;
      fold.run = 0;
      fold.missed = true;
      fold.lastMissEnd = occurrence.end;
      fold.recentMissed |= bit;
    }
  }
  return fold;
}

/**
 * The summary of the whole `history` before about `wanted` (moved back to a period start or an
 * interval start: see the header), or null when there is nothing before it to fold. With
 * `previous`, `history.entries` need hold only the entries from its cut on, and the answer is
 * `previous` carried forward (never moved back: a wanted day before its cut gives it unchanged).
 */
export function summarize(
  history: HabitHistory, today: LocalDate, weekStart: 1 | 7, wanted: LocalDate, previous: HabitSummary | null = null,
): HabitSummary | null {
  if (previous && wanted <= previous.cut) return previous;
  const timeline = buildTimeline(cutAt(history, previous), today, weekStart);
  let cutDay = Math.min(parseDayNumber(wanted), timeline.today);
  const unit = periodUnitOf(timeline.frequency);
  if (timeline.kind === 'build' && unit !== 'day') cutDay = periodBoundsOfDayNumber(unit, cutDay, weekStart).start;
  else if (timeline.kind === 'build' && timeline.frequency.kind === 'every_n_days') {
    let intervalStart = timeline.first;
    for (let day = timeline.first; day < cutDay; day += 1) if (timeline.due[day - timeline.first] === 1) intervalStart = day + 1;
    cutDay = intervalStart;
  }
  if (cutDay <= timeline.first) return previous;
  const fromDay = previous ? parseDayNumber(previous.cut) : -Infinity;
  const fold = foldBetween(occurrencesOf(timeline), fromDay, cutDay);
  if (!previous) return { cut: fromDayNumber(cutDay), met: fold.met, decided: fold.decided, run: fold.run, lastMissEnd: fold.lastMissEnd, recentMet: fold.recentMet, recentMissed: fold.recentMissed };
  const shift = BigInt(Math.min(cutDay - fromDay, RECENT_DAYS));
  return {
    cut: fromDayNumber(cutDay),
    met: previous.met + fold.met,
    decided: previous.decided + fold.decided,
    run: fold.missed ? fold.run : previous.run + fold.run,
    lastMissEnd: fold.missed ? fold.lastMissEnd : previous.lastMissEnd,
    recentMet: ((previous.recentMet << shift) | fold.recentMet) & RECENT_MASK,
    recentMissed: ((previous.recentMissed << shift) | fold.recentMissed) & RECENT_MASK,
  };
}

/** The history as if it started at the summary's cut (only its entries from then on). */
function cutAt(history: HabitHistory, summary: HabitSummary | null): HabitHistory {
  if (!summary) return history;
  return { ...history, habit: { ...history.habit, startDate: summary.cut }, entries: history.entries.filter((entry) => entry.localDate >= summary.cut) };
}

/**
 * The tally over occurrences overlapping [windowStart, today]. With a summary, `history.entries`
 * need hold only the entries from its cut on (older ones are ignored), and `windowStart` is either
 * -Infinity (all time) or at most RECENT_DAYS before the cut.
 */
export function tallyHabit(
  history: HabitHistory, today: LocalDate, weekStart: 1 | 7, windowStart: number, summary: HabitSummary | null = null,
): HabitTally {
  const usable = summary;
  const cutDay = usable ? parseDayNumber(usable.cut) : -Infinity;
  if (windowStart < cutDay - RECENT_DAYS && windowStart !== -Infinity) throw new RangeError('a window that far before the summary cut needs the whole history');
  const from = Math.max(windowStart, cutDay);
  const occurrences = occurrencesOf(buildTimeline(cutAt(history, usable), today, weekStart));
  let met = 0;
  let decided = 0;
  let run = 0;
  let missedInTail = false;
  let lastMissEnd: number | null = null;
  for (const occurrence of occurrences) {
    // The cut history starts at the cut: anything before it is the summary's.
    if (occurrence.end < cutDay) continue;
    const counted = occurrence.end >= from;
    if (occurrence.status === 'met') {
      run += 1;
      if (counted) { met += 1; decided += 1; }
    } else if (occurrence.status === 'missed') {
      run = 0;
      missedInTail = true;
      lastMissEnd = occurrence.end;
      if (counted) decided += 1;
    }
  }
  if (usable) {
    if (windowStart === -Infinity) {
      met += usable.met;
      decided += usable.decided;
    } else if (windowStart < cutDay) {
      const bits = (1n << BigInt(cutDay - windowStart)) - 1n;
      met += bitCount(usable.recentMet & bits);
      decided += bitCount(usable.recentMet & bits) + bitCount(usable.recentMissed & bits);
    }
    if (!missedInTail) {
      run += usable.run;
      lastMissEnd = usable.lastMissEnd;
    }
  }
  return { met, decided, currentStreak: run, streakUnit: streakUnitOf(history.habit), lastMissEnd };
}
