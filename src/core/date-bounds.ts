// The dates the product accepts: nothing before 2000-01-01, nothing before the habit's start,
// nothing after the person's tomorrow (a log just after midnight in a zone ahead of the server
// still fits). Logging, habit creation and import validate against these; the rules ignore
// anything outside them, so a row written around the checks can't make a computation walk
// centuries of empty days.
import { parseDayNumber } from './day-number.js';
import type { LocalDate } from './types.js';

export const MIN_LOCAL_DATE: LocalDate = '2000-01-01';
export const MIN_DAY_NUMBER = parseDayNumber(MIN_LOCAL_DATE);

/** Whether `localDate` is on or after 2000-01-01 and the habit's start (when given), and not after `tomorrow`. */
export function isWithinBounds(localDate: LocalDate, habitStart: LocalDate | null, tomorrow: LocalDate): boolean {
  const day = parseDayNumber(localDate);
  if (day < MIN_DAY_NUMBER || day > parseDayNumber(tomorrow)) return false;
  return habitStart === null || day >= parseDayNumber(habitStart);
}
