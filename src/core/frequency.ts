// The five frequency kinds: which days are due, which period a day belongs to, and how
// many completions a period needs.
//
// - daily, weekdays, every_n_days are judged day by day: each due day is met or not.
//   every_n_days is a flexible interval: due n days after the last completion, so which day
//   is due depends on the history (timeline.ts decides it); by the schedule alone any day may be.
// - per_week and per_month are judged per period (the week by the person's week start,
//   the calendar month): any day of the period may count; the period is met when enough
//   distinct days in it are met.
import { fromDayNumber, monthBoundsOfDayNumber, toDayNumber, weekdayOfDayNumber, weekStartDayNumber } from './day-number.js';
import type { Frequency, LocalDate } from './types.js';

export type PeriodUnit = 'day' | 'week' | 'month';

/** What decides due days: the frequency and, for every_n_days, the anchor date. */
export interface Schedule {
  frequency: Frequency;
  startDate: LocalDate;
}

/** An inclusive range of the person's dates. */
export interface Period {
  start: LocalDate;
  end: LocalDate;
}

/** Whether a frequency is well-formed (the database and zod schemas should agree). */
export function isValidFrequency(frequency: Frequency): boolean {
  switch (frequency.kind) {
    case 'daily':
      return true;
    case 'weekdays':
      return (
        frequency.days.length > 0 &&
        new Set(frequency.days).size === frequency.days.length &&
        frequency.days.every((day) => Number.isInteger(day) && day >= 1 && day <= 7)
      );
    case 'per_week':
      return Number.isInteger(frequency.times) && frequency.times >= 1 && frequency.times <= 7;
    case 'every_n_days':
      return Number.isInteger(frequency.n) && frequency.n >= 1 && frequency.n <= 366;
    case 'per_month':
      return Number.isInteger(frequency.times) && frequency.times >= 1 && frequency.times <= 31;
  }
}

/** The unit a frequency is judged (and its streak counted) in. */
export function periodUnitOf(frequency: Frequency): PeriodUnit {
  if (frequency.kind === 'per_week') return 'week';
  if (frequency.kind === 'per_month') return 'month';
  return 'day';
}

/** isDueOn on day numbers, for the hot loops. */
export function isDueOnDayNumber(frequency: Frequency, _anchorDay: number, day: number): boolean {
  switch (frequency.kind) {
    case 'daily':
    case 'per_week':
    case 'per_month':
    case 'every_n_days': // due n days after the last completion: only the history says which day (timeline.ts)
      return true;
    case 'weekdays':
      return frequency.days.includes(weekdayOfDayNumber(day));
  }
}

/**
 * Whether the schedule asks for the habit on `date`. per_week and per_month habits may be
 * done on any day of their period, so every day is a due day for them (whether the period
 * still needs a completion is a question for the history: see stats' dueToday).
 */
export function isDueOn(schedule: Schedule, date: LocalDate): boolean {
  return isDueOnDayNumber(schedule.frequency, toDayNumber(schedule.startDate), toDayNumber(date));
}

/** The first due date on or after `from`, or null when none comes within a year. */
export function nextDueDate(schedule: Schedule, from: LocalDate): LocalDate | null {
  const anchor = toDayNumber(schedule.startDate);
  const first = Math.max(toDayNumber(from), anchor);
  for (let day = first; day <= first + 366; day += 1) {
    if (isDueOnDayNumber(schedule.frequency, anchor, day)) return fromDayNumber(day);
  }
  return null;
}

/** periodOf on day numbers: inclusive bounds. */
export function periodBoundsOfDayNumber(unit: PeriodUnit, day: number, weekStart: 1 | 7): { start: number; end: number } {
  if (unit === 'week') {
    const start = weekStartDayNumber(day, weekStart);
    return { start, end: start + 6 };
  }
  if (unit === 'month') return monthBoundsOfDayNumber(day);
  return { start: day, end: day };
}

/** The period (day, week or month) that `date` belongs to for this frequency. */
export function periodOf(frequency: Frequency, date: LocalDate, weekStart: 1 | 7 = 1): Period {
  const bounds = periodBoundsOfDayNumber(periodUnitOf(frequency), toDayNumber(date), weekStart);
  return { start: fromDayNumber(bounds.start), end: fromDayNumber(bounds.end) };
}

/** Completions one full period asks for: per_week N, per_month N, otherwise 1 per due day. */
export function timesPerPeriod(frequency: Frequency): number {
  return frequency.kind === 'per_week' || frequency.kind === 'per_month' ? frequency.times : 1;
}

export interface PeriodAvailability {
  /** Days of the period the habit could be done on: on or after its start, not paused. */
  activeDays: number;
  /** Length of the whole period (7, or the month's 28..31). */
  periodDays: number;
  /** Days of the period the person skipped (and did not complete). */
  skips: number;
}

/**
 * How many met days a period needs: the quota scaled to the days the habit was available
 * (a week half on vacation asks for half, rounded up; so does a habit's first, partial
 * period), minus one for each skip (a skip excuses one completion). Never negative, and
 * never more than the available days.
 */
export function neededInPeriod(frequency: Frequency, availability: PeriodAvailability): number {
  const { activeDays, periodDays, skips } = availability;
  if (activeDays <= 0 || periodDays <= 0) return 0;
  const quota = Math.min(timesPerPeriod(frequency), periodDays);
  const scaled = Math.min(activeDays, Math.floor((quota * activeDays + periodDays - 1) / periodDays)); // integer ceil
  return Math.max(0, scaled - skips);
}

/**
 * A period is met when it has at least the needed met days and at least one: a period
 * excused entirely (needed 0) with nothing done is bridged, not met.
 */
export function isPeriodMet(done: number, needed: number): boolean {
  return done >= needed && done > 0;
}

/**
 * Expected completions per day (Loop's "frequency"): daily 1, weekdays k/7, per_week N/7,
 * every_n_days 1/n, per_month N/30.
 */
export function frequencyPerDay(frequency: Frequency): number {
  const { numerator, denominator } = frequencyFraction(frequency);
  return numerator / denominator;
}

/** Expected completions as a fraction: `numerator` in every `denominator` days. */
export function frequencyFraction(frequency: Frequency): { numerator: number; denominator: number } {
  switch (frequency.kind) {
    case 'daily':
      return { numerator: 1, denominator: 1 };
    case 'weekdays':
      return { numerator: new Set(frequency.days).size, denominator: 7 };
    case 'per_week':
      return { numerator: Math.min(frequency.times, 7), denominator: 7 };
    case 'every_n_days':
      return { numerator: 1, denominator: frequency.n };
    case 'per_month':
      return { numerator: Math.min(frequency.times, 30), denominator: 30 };
  }
}
