// One habit's history laid out day by day (typed arrays indexed by day number - first):
// what happened on each of the person's dates. Streaks, score, rates and formation all
// read this, so a history is parsed once and every rule stays O(days + entries).
//
// Conventions decided here:
// - History starts at the earlier of the habit's start date and its first entry dated on or
//   before today: a backdated entry before the start date still counts.
// - A day is met (build habits) when it has a done entry and the day's summed quantity
//   satisfies the target: at_least sum >= quantity, at_most sum <= quantity. A done entry
//   without a quantity counts as "done as planned": the target for at_least, 0 for at_most.
//   Without a target one done entry meets the day.
// - A break habit's day is met (clean) unless it has a slip entry.
// - Today is still open (pending) unless it is met or can no longer be: a slip was logged,
//   or an at-most limit is already exceeded (more entries can only add to the sum).
// - Entries dated after today are ignored (nobody has lived that day yet).
// - A habit whose status is 'paused' is treated as paused from today on.
// - "Every N days" is a flexible interval (Loop's and Habitify's): a completion is due N days
//   after the last one (a completion earlier than that counts and restarts the interval); the
//   start date anchors only the first one, as if the habit had been done the day before it
//   started. A due day that passes without a completion (missed, skipped or paused) starts the
//   next interval from itself. `due` marks the days an occurrence falls on.
// - No day before EARLIEST_LOCAL_DATE is tracked: the work is bounded by the data that can be
//   written (see date-bounds.ts), whatever a row in the database says.
import { EARLIEST_DAY_NUMBER } from './date-bounds.js';
import { parseDayNumber } from './day-number.js';
import { isDueOnDayNumber, periodBoundsOfDayNumber, periodUnitOf } from './frequency.js';
import type { Entry, Frequency, Habit, HabitKind, LocalDate, Pause, Target } from './types.js';

/** Exactly the parts of a habit's history the rules read (same shape as stats' HabitHistory). */
export interface HistoryInput {
  habit: Pick<Habit, 'kind' | 'frequency' | 'target' | 'startDate' | 'status'>;
  entries: Pick<Entry, 'kind' | 'localDate' | 'quantity'>[];
  pauses: Pick<Pause, 'startDate' | 'endDate'>[];
}

export interface Timeline {
  kind: HabitKind;
  frequency: Frequency;
  target: Target | null;
  weekStart: 1 | 7;
  /** Day number of the habit's start date (every_n_days anchor). */
  anchor: number;
  /** First tracked day; `today` - `first` + 1 days of history (may be 0 if it starts later). */
  first: number;
  today: number;
  /** Last day the arrays cover: today, or the end of today's week/month for period habits. */
  last: number;
  /** Per day (index day - first): the day is met (build) or clean (break). */
  met: Uint8Array;
  /** Per day: partial credit 0..1 for the score (see dayCredit). */
  credit: Float64Array;
  /** Per day: a done entry was logged. */
  done: Uint8Array;
  /** Per day: summed done quantity (a done without one counts as planned: see entryQuantity). */
  quantity: Float64Array;
  /**
   * Per day, day-judged build habits: an occurrence falls on it (a due day; for every_n_days a
   * completion or the last day of an interval). Break habits: every day. Period habits: every day.
   */
  due: Uint8Array;
  skipped: Uint8Array;
  slipped: Uint8Array;
  paused: Uint8Array;
  /** Days met in [first, today] (break habits: clean days that were neither paused nor skipped). */
  metDayCount: number;
  /** Today can no longer be met: a slip is logged, or an at-most limit is already exceeded. */
  todayFailed: boolean;
}

/**
 * Score credit of one day's done entries, 0..1. Without a target: 1 if done. at_least:
 * min(sum / target, 1) (half the pushups is half a day). at_most: 1 within the limit, then
 * falling linearly to 0 at twice the limit (Loop's rule); a limit of 0 gives 0 once exceeded.
 */
export function dayCredit(target: Target | null, hasDone: boolean, quantitySum: number): number {
  if (!hasDone) return 0;
  if (!target) return 1;
  const limit = target.quantity;
  if (target.direction === 'at_least') return limit > 0 ? Math.min(1, Math.max(0, quantitySum / limit)) : 1;
  if (quantitySum <= limit) return 1;
  return limit > 0 ? Math.max(0, 1 - (quantitySum - limit) / limit) : 0;
}

/** Whether a day with done entries summing to `quantitySum` meets the target. */
export function isDayMet(target: Target | null, hasDone: boolean, quantitySum: number): boolean {
  if (!hasDone) return false;
  if (!target) return true;
  return target.direction === 'at_least' ? quantitySum >= target.quantity : quantitySum <= target.quantity;
}

/** A done entry's contribution to the day's sum: its quantity, or "as planned" if it has none. */
export function entryQuantity(target: Target | null, quantity: number | null): number {
  if (quantity !== null && Number.isFinite(quantity)) return quantity;
  if (!target) return 0;
  return target.direction === 'at_least' ? target.quantity : 0;
}

export function buildTimeline(history: HistoryInput, today: LocalDate, weekStart: 1 | 7 = 1): Timeline {
  const { habit, entries, pauses } = history;
  const todayNumber = parseDayNumber(today);
  const anchor = Math.max(parseDayNumber(habit.startDate), EARLIEST_DAY_NUMBER);

  const entryDays = new Int32Array(entries.length);
  let first = anchor;
  for (let index = 0; index < entries.length; index += 1) {
    const day = parseDayNumber((entries[index] as HistoryInput['entries'][number]).localDate);
    entryDays[index] = day;
    if (day < first && day <= todayNumber && day >= EARLIEST_DAY_NUMBER) first = day;
  }
  const unit = periodUnitOf(habit.frequency);
  const last = habit.kind === 'build' && unit !== 'day' ? periodBoundsOfDayNumber(unit, todayNumber, weekStart).end : todayNumber;
  const length = Math.max(0, last - first + 1);

  const quantity = new Float64Array(length);
  const done = new Uint8Array(length);
  const skipped = new Uint8Array(length);
  const slipped = new Uint8Array(length);
  for (let index = 0; index < entries.length; index += 1) {
    const day = entryDays[index] as number;
    if (day > todayNumber || day < first) continue;
    const entry = entries[index] as HistoryInput['entries'][number];
    const at = day - first;
    if (entry.kind === 'done') {
      done[at] = 1;
      quantity[at] = (quantity[at] as number) + entryQuantity(habit.target, entry.quantity);
    } else if (entry.kind === 'skip') skipped[at] = 1;
    else slipped[at] = 1;
  }

  const paused = new Uint8Array(length);
  for (const pause of pauses) {
    const from = Math.max(parseDayNumber(pause.startDate), first);
    const to = Math.min(pause.endDate === null ? last : parseDayNumber(pause.endDate), last);
    for (let day = from; day <= to; day += 1) paused[day - first] = 1;
  }
  if (habit.status === 'paused') for (let day = Math.max(todayNumber, first); day <= last; day += 1) paused[day - first] = 1;

  const met = new Uint8Array(length);
  const credit = new Float64Array(length);
  let metDayCount = 0;
  let todayFailed = false;
  const lastLived = Math.min(todayNumber, last) - first;
  for (let at = 0; at <= lastLived; at += 1) {
    if (habit.kind === 'break') {
      met[at] = slipped[at] ? 0 : 1;
      credit[at] = met[at] as number;
    } else {
      const hasDone = done[at] === 1;
      met[at] = isDayMet(habit.target, hasDone, quantity[at] as number) ? 1 : 0;
      credit[at] = dayCredit(habit.target, hasDone, quantity[at] as number);
      if (first + at === todayNumber) {
        const overLimit = hasDone && habit.target?.direction === 'at_most' && met[at] === 0;
        todayFailed = slipped[at] === 1 || overLimit;
      }
    }
    metDayCount += habit.kind === 'break' && (paused[at] === 1 || skipped[at] === 1) ? 0 : (met[at] as number);
  }
  const due = dueDays(habit, first, lastLived, anchor, met, length);

  return {
    kind: habit.kind,
    frequency: habit.frequency,
    target: habit.target,
    weekStart,
    anchor,
    first,
    today: todayNumber,
    last,
    met,
    credit,
    done,
    quantity,
    due,
    skipped,
    slipped,
    paused,
    metDayCount,
    todayFailed,
  };
}

/** The `due` array (see Timeline.due): day-judged build habits by their frequency, others every day. */
function dueDays(habit: HistoryInput['habit'], first: number, lastLived: number, anchor: number, met: Uint8Array, length: number): Uint8Array {
  const due = new Uint8Array(length);
  const { frequency } = habit;
  if (habit.kind === 'break' || periodUnitOf(frequency) !== 'day') return due.fill(1);
  if (frequency.kind !== 'every_n_days') {
    for (let at = 0; at <= lastLived; at += 1) due[at] = isDueOnDayNumber(frequency, anchor, first + at) ? 1 : 0;
    return due;
  }
  // The interval starts at the habit's start (or its first backdated entry), then after each
  // completion or each due day that passed.
  let intervalStart = first;
  for (let at = 0; at <= lastLived; at += 1) {
    if (met[at] === 1 || first + at === intervalStart + frequency.n - 1) {
      due[at] = 1;
      intervalStart = first + at + 1;
    }
  }
  return due;
}
