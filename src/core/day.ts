// The person's day: their IANA zone plus a day-start hour (night owls say their day
// starts at 04:00, so 02:00 still belongs to yesterday), and date arithmetic on LocalDates.
// Zone work goes through luxon; date arithmetic is plain integer day numbers (exact, fast).
import { DateTime, IANAZone } from 'luxon';
import {
  fromDayNumber,
  monthBoundsOfDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  weekStartDayNumber,
} from './day-number.js';
import type { LocalDate, Weekday } from './types.js';

export { isValidLocalDate } from './day-number.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Whether `zone` is an IANA time zone this runtime knows ('Europe/Berlin', 'UTC'). */
export function isValidTimeZone(zone: string): boolean {
  // IANAZone.create caches per zone; isValidZone builds a new Intl.DateTimeFormat every call.
  return typeof zone === 'string' && zone.length > 0 && IANAZone.create(zone).isValid;
}

function zoneOf(zone: string): IANAZone {
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(zone)}`);
  return IANAZone.create(zone);
}

function checkDayStartHour(dayStartHour: number): void {
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`Day-start hour must be an integer 0..23, got ${dayStartHour}`);
  }
}

/**
 * The person's date at `instant`: the wall-clock date in `zone`, minus one day when the
 * wall-clock hour is before `dayStartHour` (dayStartHour 4: 02:00 on the 10th is the 9th).
 */
export function localDateOf(instant: Date, zone: string, dayStartHour = 0): LocalDate {
  checkDayStartHour(dayStartHour);
  const ms = instant.getTime();
  // Since mid-1972 every zone's offset is a whole number of minutes, so a person's date can only
  // change on a minute boundary: within one minute, one answer per zone and day start. Messages,
  // sweeps and reminders ask this again and again for the same few zones and the same minute.
  if (ms >= WHOLE_MINUTE_OFFSETS_SINCE && ms < MAX_CACHED_INSTANT) {
    const key = `${zone}|${dayStartHour}|${Math.floor(ms / MINUTE_MS)}`;
    let date = recentLocalDates.get(key);
    if (date === undefined) {
      date = computeLocalDate(instant, zone, dayStartHour);
      if (recentLocalDates.size >= 4096) recentLocalDates.clear();
      recentLocalDates.set(key, date);
    }
    return date;
  }
  return computeLocalDate(instant, zone, dayStartHour);
}

const WHOLE_MINUTE_OFFSETS_SINCE = Date.UTC(1972, 6, 1);
const MAX_CACHED_INSTANT = Date.UTC(9999, 0, 1);
const recentLocalDates = new Map<string, LocalDate>();

function computeLocalDate(instant: Date, zone: string, dayStartHour: number): LocalDate {
  const wall = DateTime.fromJSDate(instant, { zone: zoneOf(zone) });
  if (!wall.isValid) throw new RangeError('Invalid instant');
  const date = wall.toISODate();
  return wall.hour < dayStartHour ? addDays(date, -1) : date;
}

/**
 * The first instant whose wall-clock time in `zone` is at or after date + hour:00.
 * Usually that instant shows exactly hour:00. In a DST gap (the hour does not exist) it is
 * the transition itself; in a DST overlap (the hour happens twice) it is the first time.
 */
function firstInstantAtOrAfter(date: LocalDate, hour: number, zone: IANAZone): number {
  const naive = toDayNumber(date) * DAY_MS + hour * 3_600_000; // wall time read as if UTC
  // At most one offset change near any moment: the offsets a day either side cover both.
  const before = zone.offset(naive - DAY_MS);
  const after = zone.offset(naive + DAY_MS);
  const candidates = [naive - before * MINUTE_MS, naive - after * MINUTE_MS].filter(
    (instant) => naive - zone.offset(instant) * MINUTE_MS === instant,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  // A gap: the wall clock jumps over `hour`. Find the transition instant (to the minute;
  // every zone in the tz database changes on a whole minute).
  let low = naive - after * MINUTE_MS; // before the transition
  let high = naive - before * MINUTE_MS; // after it
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zone.offset(middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

/**
 * The instants the person's day `date` spans: [start, end). A DST day is 23 or 25 hours
 * long; a day-start hour that falls in a DST gap starts the day when the clock jumps.
 */
export function dayBounds(date: LocalDate, zone: string, dayStartHour = 0): { start: Date; end: Date } {
  checkDayStartHour(dayStartHour);
  const ianaZone = zoneOf(zone);
  return {
    start: new Date(firstInstantAtOrAfter(date, dayStartHour, ianaZone)),
    end: new Date(firstInstantAtOrAfter(addDays(date, 1), dayStartHour, ianaZone)),
  };
}

/**
 * What a change of zone does to "today". The same instant maps to the new zone's date;
 * entries already logged keep the local date they were logged with (nothing is rewritten),
 * so a jump east can land on a later date (dayShift > 0) and a jump west on an earlier one.
 */
export function zoneChange(
  instant: Date,
  fromZone: string,
  toZone: string,
  dayStartHour = 0,
): { fromDate: LocalDate; toDate: LocalDate; dayShift: number } {
  const fromDate = localDateOf(instant, fromZone, dayStartHour);
  const toDate = localDateOf(instant, toZone, dayStartHour);
  return { fromDate, toDate, dayShift: daysBetween(fromDate, toDate) };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function weekdayOf(date: LocalDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** First day of the week containing `date`, weeks starting Monday (1) or Sunday (7). */
export function startOfWeek(date: LocalDate, weekStart: 1 | 7 = 1): LocalDate {
  return fromDayNumber(weekStartDayNumber(toDayNumber(date), weekStart));
}

export function startOfMonth(date: LocalDate): LocalDate {
  return fromDayNumber(monthBoundsOfDayNumber(toDayNumber(date)).start);
}

export function endOfMonth(date: LocalDate): LocalDate {
  return fromDayNumber(monthBoundsOfDayNumber(toDayNumber(date)).end);
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function minLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareLocalDates(a, b) <= 0 ? a : b;
}

export function maxLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareLocalDates(a, b) >= 0 ? a : b;
}
