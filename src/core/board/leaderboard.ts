// A group's leaderboard and streak, from each member's shared habits (core/board/tally.ts).
//
// Calendars, decided here:
// - A member's days are their own: each habit is evaluated in the member's zone, day-start hour
//   and own week start, exactly as their /stats evaluates it (so the numbers agree).
// - The windows are the group's: "this week" starts on the group's week start, "this month" on
//   the 1st, both read on the member's own calendar (their today). "All time" is everything.
// - The group streak counts the group's weeks (its week start), each miss placed in the week
//   that holds the member's local day the missed period ended on.
//
// Rank by rate, not counts: a member's rate is their met periods over their decided periods
// (met or missed, as /stats' success rate counts them: skips and pauses are left out, a period
// not ended yet counts only once met, or once it can no longer be), pooled over their shared
// habits, so one daily habit and five compete fairly. Rates are compared exactly (cross-multiplied),
// ties share a rank (1, 1, 3), and a member with nothing decided yet has no rate and no rank.
import { monthBoundsOfDayNumber, parseDayNumber, weekStartDayNumber } from '../day-number.js';
import type { HabitHistory, StreakUnit } from '../stats.js';
import type { LocalDate } from '../types.js';
import { tallyHabit, type HabitSummary, type HabitTally } from './tally.js';

export type BoardPeriod = 'week' | 'month' | 'all';

export interface SharedHabitInput {
  history: HabitHistory;
  /** Closed periods folded (db: habit_summaries), with `history.entries` from its cut on; null: the whole history. */
  summary: HabitSummary | null;
  /** The member's local day from which a miss counts against the group (joined, shared or adopted, or the habit began: the latest). */
  countsFrom: LocalDate;
}

export interface MemberInput {
  memberId: string;
  name: string;
  /** The member's own today and week start (their /stats). */
  today: LocalDate;
  weekStart: 1 | 7;
  habits: SharedHabitInput[];
}

export interface MemberHabitTally extends HabitTally { habitId: string }

export interface BoardRow {
  memberId: string;
  name: string;
  /** 1-based competition rank (1, 1, 3); null without a rate. */
  rank: number | null;
  /** met / decided, 0..1; null when nothing is decided yet. */
  rate: number | null;
  met: number;
  decided: number;
  /** The longest current streak among the shared habits (weeks and months weighed as 7 and 30 days). */
  streak: { habitId: string; count: number; unit: StreakUnit } | null;
  habits: MemberHabitTally[];
}

const UNIT_DAYS: Record<StreakUnit, number> = { day: 1, week: 7, month: 30 };

/** The first day (number) of `period` on a member's calendar, with the group's week start. */
export function windowStartOf(period: BoardPeriod, today: LocalDate, groupWeekStart: 1 | 7): number {
  const day = parseDayNumber(today);
  if (period === 'week') return weekStartDayNumber(day, groupWeekStart);
  if (period === 'month') return monthBoundsOfDayNumber(day).start;
  return -Infinity;
}

function bestStreak(habits: readonly MemberHabitTally[]): BoardRow['streak'] {
  let best: BoardRow['streak'] = null;
  for (const habit of habits) {
    if (habit.currentStreak === 0) continue;
    if (!best || habit.currentStreak * UNIT_DAYS[habit.streakUnit] > best.count * UNIT_DAYS[best.unit]) {
      best = { habitId: habit.habitId, count: habit.currentStreak, unit: habit.streakUnit };
    }
  }
  return best;
}

/** One member's row, unranked. */
export function memberRow(member: MemberInput, period: BoardPeriod, groupWeekStart: 1 | 7): BoardRow {
  const windowStart = windowStartOf(period, member.today, groupWeekStart);
  const habits = member.habits.map(({ history, summary }): MemberHabitTally => ({
    habitId: history.habit.id,
    ...tallyHabit(history, member.today, member.weekStart, windowStart, summary),
  }));
  const met = habits.reduce((sum, habit) => sum + habit.met, 0);
  const decided = habits.reduce((sum, habit) => sum + habit.decided, 0);
  return { memberId: member.memberId, name: member.name, rank: null, rate: decided === 0 ? null : met / decided, met, decided, streak: bestStreak(habits), habits };
}

/** Higher rate first (exactly: a/b against c/d by a*d against c*b); no rate last. */
function compareRates(a: BoardRow, b: BoardRow): number {
  if (a.decided === 0 || b.decided === 0) return (a.decided === 0 ? 1 : 0) - (b.decided === 0 ? 1 : 0);
  return b.met * a.decided - a.met * b.decided;
}

/** Rows by rate, ties sharing a rank and shown by name; the order of `rows` makes no difference. */
export function rankRows(rows: readonly BoardRow[]): BoardRow[] {
  const sorted = [...rows].sort((a, b) => compareRates(a, b) || a.name.localeCompare(b.name) || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  let rank = 0;
  return sorted.map((row, index) => {
    if (row.decided === 0) return { ...row, rank: null };
    if (index === 0 || compareRates(sorted[index - 1] as BoardRow, row) !== 0) rank = index + 1;
    return { ...row, rank };
  });
}

export function leaderboardOf(members: readonly MemberInput[], period: BoardPeriod, groupWeekStart: 1 | 7): BoardRow[] {
  return rankRows(members.map((member) => memberRow(member, period, groupWeekStart)));
}
