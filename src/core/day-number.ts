// Calendar dates as integer day numbers (days since 1970-01-01), for the hot loops.
// Streaks and scores walk years of days; doing it on integers instead of luxon DateTimes
// keeps a 10-year history in microseconds. Pure proleptic-Gregorian arithmetic
// (Howard Hinnant's days_from_civil / civil_from_days), no zones: a LocalDate already is
// the person's own day.
import type { LocalDate, Weekday } from './types.js';

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a civil date (month 1..12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The civil date of a day number. */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether a string is a real calendar date written 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isValidLocalDate(value: string): boolean {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Day number of a LocalDate. Throws on anything that is not a real 'YYYY-MM-DD' date,
 * so a malformed date never silently becomes a wrong streak.
 */
export function toDayNumber(date: LocalDate): number {
  if (!isValidLocalDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * toDayNumber without the regular expression: the hot loops read thousands of entry dates.
 * Same checks (digits, dashes, a real day of the month), same error.
 */
export function parseDayNumber(date: LocalDate): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return toDayNumber(date);
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return toDayNumber(date);
  return daysFromCivil(year, month, day);
}

/** The number written in date[from, to), or -1 if any character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** The LocalDate of a day number. */
export function fromDayNumber(dayNumber: number): LocalDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as Weekday;
}

/** First day number of the week containing dayNumber; weeks start on Monday (1) or Sunday (7). */
export function weekStartDayNumber(dayNumber: number, weekStart: 1 | 7): number {
  const weekday = weekdayOfDayNumber(dayNumber);
  const offset = weekStart === 1 ? weekday - 1 : weekday % 7;
  return dayNumber - offset;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** First and last day numbers (inclusive) of the month containing dayNumber. */
export function monthBoundsOfDayNumber(dayNumber: number): { start: number; end: number } {
  const { year, month, day } = civilFromDays(dayNumber);
  const start = dayNumber - day + 1;
  return { start, end: start + daysInMonth(year, month) - 1 };
}
