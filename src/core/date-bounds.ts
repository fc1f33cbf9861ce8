// The dates a person's records may carry. A habit's start and an entry fall on or after
// 2000-01-01 (and an entry on or after its habit's start), and on or before tomorrow in the
// person's zone: a day's margin for zones and day-start hours, and nothing further ahead.
// Shared by import validation, logging, habit creation and the computations, which ignore
// anything outside them, so a year-0001 row written around the checks can never make a
// computation walk two thousand years of days.
import { addDays, compareLocalDates } from './day.js';
import { parseDayNumber } from './day-number.js';
import type { LocalDate } from './types.js';

export const EARLIEST_LOCAL_DATE: LocalDate = '2000-01-01';
export const EARLIEST_DAY_NUMBER = parseDayNumber(EARLIEST_LOCAL_DATE);

/** The last local date a record may carry, given the person's today. */
export function latestLocalDate(today: LocalDate): LocalDate {
  return addDays(today, 1);
}

export type DateBoundProblem = 'before_2000' | 'before_habit_start' | 'after_tomorrow';

/** Why `date` is out of bounds, or null when it is fine. `notBefore` is the habit's start, for entries. */
export function dateBoundProblem(date: LocalDate, today: LocalDate, notBefore?: LocalDate): DateBoundProblem | null {
  if (compareLocalDates(date, EARLIEST_LOCAL_DATE) < 0) return 'before_2000';
  if (notBefore !== undefined && compareLocalDates(date, notBefore) < 0) return 'before_habit_start';
  if (compareLocalDates(date, latestLocalDate(today)) > 0) return 'after_tomorrow';
  return null;
}
