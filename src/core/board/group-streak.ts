// The group's streak: the group's weeks in a row, up to the last one that ended, in which every
// active member kept all their shared commitments (no missed day, week or month of a shared
// habit ended in that week). Decided here:
// - a miss counts against the group only from the member's `countsFrom` day (joined, shared or
//   adopted): nobody breaks a streak from before they were in it;
// - the streak starts no earlier than the group's first week, nor before anything was shared;
// - the current week is not counted until it ends, but a miss in it already breaks the streak
//   (as a slip today breaks a personal streak);
// - a week in which a member had nothing due (a pause, a skip) does not break it: nothing was
//   asked of them.
// Weeks are the group's (its week start), each miss placed by the member's local day.
import { parseDayNumber, weekStartDayNumber } from '../day-number.js';
import type { LocalDate } from '../types.js';

export interface MemberMisses {
  /** Per shared habit: the end day (number) of its latest miss, and the day from which it counts. */
  habits: { lastMissEnd: number | null; countsFrom: LocalDate }[];
}

/** Weeks in a row kept by everyone, as of the group's `today`. */
export function groupStreakOf(members: readonly MemberMisses[], groupToday: LocalDate, groupWeekStart: 1 | 7, groupStart: LocalDate): number {
  const week = (day: number) => weekStartDayNumber(day, groupWeekStart);
  const currentWeek = week(parseDayNumber(groupToday));
  let earliestShared = Infinity;
  let latestMissWeek = -Infinity;
  for (const member of members) {
    for (const habit of member.habits) {
      const from = parseDayNumber(habit.countsFrom);
      earliestShared = Math.min(earliestShared, from);
      if (habit.lastMissEnd !== null && habit.lastMissEnd >= from) latestMissWeek = Math.max(latestMissWeek, week(habit.lastMissEnd));
    }
  }
  if (earliestShared === Infinity) return 0;
  const start = Math.max(week(parseDayNumber(groupStart)), week(earliestShared), latestMissWeek + 7);
  return Math.max(0, Math.floor((currentWeek - start) / 7));
}
