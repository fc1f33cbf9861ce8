// When the bot speaks first: the next reminder of a habit, the evening streak-at-risk
// nudge and the weekly review, as instants computed from the person's wall clock.
//
// A slot is a wall-clock time on a calendar date in the person's zone ("2026-03-29 02:30").
// Its instant is that wall time; when daylight saving skips the time (a spring-forward gap)
// it is the moment the clock jumps (02:30 fires at 03:00), and when the time happens twice
// (a fall-back overlap) it is the first of the two, so a slot fires exactly once.
// Slots are named by a key without ':' ('20260329T0230'): job ids and delivery keys use it.
import { IANAZone } from 'luxon';
import { addDays, localDateOf, weekdayOf } from './day.js';
import { isValidLocalDate, toDayNumber } from './day-number.js';
import { isDueOn, periodOf } from './frequency.js';
import type { HabitStats } from './stats.js';
import type { Frequency, HabitKind, LocalDate, LocalTime, QuietHours, Weekday } from './types.js';

/** The streak-at-risk nudge time of a person who did not choose one. */
export const DEFAULT_EVENING_NUDGE_TIME: LocalTime = '20:00';
/** The weekly review time of a person who did not choose one (the day: the last of their week). */
export const DEFAULT_REVIEW_TIME: LocalTime = '18:00';
/** A delivery more than this late is dropped and the next one planned (e.g. after Redis was down). */
export const LATE_LIMIT_MS = 2 * 60 * 60 * 1000;
/** Snooze re-delivers a reminder this much later, once. */
export const SNOOZE_MS = 30 * 60 * 1000;
/** Days of a habit's history before a reminder's date that decide it: the longest period (a month) and a day of zone slack. */
export const REMINDER_HISTORY_DAYS = 32;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far ahead a plan looks before concluding that nothing will ever fire. */
const HORIZON_DAYS = 400;

export interface Slot {
  /** The calendar date of the wall-clock time, in the person's zone. */
  date: LocalDate;
  time: LocalTime;
  /** 'YYYYMMDDTHHmm': unique per person and schedule, no ':' (BullMQ job ids refuse it). */
  key: string;
  /** When it fires. */
  at: Date;
}

/** A position to plan from: strictly after this instant, or at it with a later key. */
export interface After {
  at: Date;
  key?: string | null;
}

export function slotKey(date: LocalDate, time: LocalTime): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}`;
}

const SLOT_KEY = /^(\d{4})(\d{2})(\d{2})T([01]\d|2[0-3])([0-5]\d)$/;

export function parseSlotKey(key: string): { date: LocalDate; time: LocalTime } | null {
  const match = SLOT_KEY.exec(key);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  const date = `${year}-${month}-${day}`;
  return isValidLocalDate(date) ? { date, time: `${hour}:${minute}` } : null;
}

function minutesOf(time: LocalTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function zoneOf(zone: string): IANAZone {
  const iana = IANAZone.create(zone);
  if (!iana.isValid) throw new RangeError(`Unknown time zone: ${JSON.stringify(zone)}`);
  return iana;
}

/**
 * The instant of wall time `time` on `date` in `zone`: the first of two in an overlap, the
 * moment the clock jumps in a gap.
 */
export function wallTimeInstant(date: LocalDate, time: LocalTime, zone: string): Date {
  return new Date(placeWallTime(date, time, zoneOf(zone)).at);
}

/** wallTimeInstant, saying whether a gap moved it (its wall time is then later than asked). */
function placeWallTime(date: LocalDate, time: LocalTime, iana: IANAZone): { at: number; shifted: boolean } {
  const naive = toDayNumber(date) * DAY_MS + minutesOf(time) * MINUTE_MS; // the wall time read as UTC
  const before = iana.offset(naive - DAY_MS);
  const after = iana.offset(naive + DAY_MS);
  // No change of offset within a day either side (nearly always): the wall time exists once.
  if (before === after) return { at: naive - before * MINUTE_MS, shifted: false };
  const valid = [naive - before * MINUTE_MS, naive - after * MINUTE_MS].filter(
    (instant) => naive - iana.offset(instant) * MINUTE_MS === instant,
  );
  if (valid.length > 0) return { at: Math.min(...valid), shifted: false };
  // A gap: find the transition to the minute (every tz database change is on a whole minute).
  let low = naive - after * MINUTE_MS;
  let high = naive - before * MINUTE_MS;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (iana.offset(middle) === before) low = middle;
    else high = middle;
  }
  return { at: high, shifted: true };
}

/** The wall-clock time shown at `instant` in `zone`, 'HH:mm'. */
export function wallTimeAt(instant: Date, zone: string): LocalTime {
  const local = instant.getTime() + zoneOf(zone).offset(instant.getTime()) * MINUTE_MS;
  const minutes = Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Whether a wall-clock time falls inside quiet hours [start, end), which may wrap midnight (22:00-07:00). */
export function isQuietTime(time: LocalTime, quietHours: QuietHours | null): boolean {
  if (!quietHours || quietHours.start === quietHours.end) return false;
  const at = minutesOf(time);
  const start = minutesOf(quietHours.start);
  const end = minutesOf(quietHours.end);
  return start < end ? at >= start && at < end : at >= start || at < end;
}

/** Whether `instant` is inside the person's quiet hours. */
export function isQuietAt(instant: Date, zone: string, quietHours: QuietHours | null): boolean {
  return quietHours !== null && isQuietTime(wallTimeAt(instant, zone), quietHours);
}

/** What a rule needs to place slots on the person's clock. */
export interface ClockRule {
  zone: string;
  dayStartHour: number;
  quietHours: QuietHours | null;
  /** Wall-clock times of each allowed day. */
  times: LocalTime[];
  /** Whether slots may fire on this day of the person (their date, shifted by the day-start hour). */
  allowsDay(personDate: LocalDate): boolean;
}

function isLaterThan(slot: Slot, after: After): boolean {
  const difference = slot.at.getTime() - after.at.getTime();
  return difference > 0 || (difference === 0 && after.key != null && slot.key > after.key);
}

/**
 * The first slot after `after` on an allowed day and outside quiet hours, or null when none
 * comes within about a year (no times, or every one muted).
 */
export function nextSlot(rule: ClockRule, after: After): Slot | null {
  const times = [...new Set(rule.times)].sort();
  if (times.length === 0) return null;
  const iana = zoneOf(rule.zone);
  // Slots of earlier wall dates are all earlier instants: start on the wall date of `after`.
  const first = localDateOf(after.at, rule.zone);
  for (let offset = 0; offset <= HORIZON_DAYS; offset += 1) {
    const date = addDays(first, offset);
    for (const time of times) {
      const placed = placeWallTime(date, time, iana);
      const slot: Slot = { date, time, key: slotKey(date, time), at: new Date(placed.at) };
      if (!isLaterThan(slot, after)) continue;
      if (isQuietAt(slot.at, rule.zone, rule.quietHours)) continue;
      // The person's day: the wall date, or the day before when the time is before their day starts.
      const personDate = placed.shifted
        ? localDateOf(slot.at, rule.zone, rule.dayStartHour)
        : Number(time.slice(0, 2)) < rule.dayStartHour ? addDays(date, -1) : date;
      if (!rule.allowsDay(personDate)) continue;
      return slot;
    }
  }
  return null;
}

/** Everything about a habit and its owner that decides when its reminders fire. */
export interface ReminderPlan {
  zone: string;
  dayStartHour: number;
  quietHours: QuietHours | null;
  reminderTimes: LocalTime[];
  /** null: every day the habit is due. */
  reminderDays: Weekday[] | null;
  frequency: Frequency;
  startDate: LocalDate;
}

/**
 * The next reminder of a habit: one of its reminder times, on a day its frequency asks for it
 * (weekly and monthly habits: any day; whether the period still needs it is checked when it
 * fires), on its reminder weekdays, from its start date, outside quiet hours.
 */
export function nextReminderSlot(plan: ReminderPlan, after: After): Slot | null {
  const schedule = { frequency: plan.frequency, startDate: plan.startDate };
  return nextSlot(
    {
      zone: plan.zone,
      dayStartHour: plan.dayStartHour,
      quietHours: plan.quietHours,
      times: plan.reminderTimes,
      allowsDay: (date) =>
        date >= plan.startDate && (plan.reminderDays === null || plan.reminderDays.includes(weekdayOf(date))) && isDueOn(schedule, date),
    },
    after,
  );
}

export interface PersonClock {
  zone: string;
  dayStartHour: number;
  quietHours: QuietHours | null;
}

/** The next evening streak-at-risk nudge: every day at the person's nudge time (default 20:00). */
export function nextNudgeSlot(person: PersonClock & { eveningNudgeTime: LocalTime | null }, after: After): Slot | null {
  return nextSlot({ ...person, times: [person.eveningNudgeTime ?? DEFAULT_EVENING_NUDGE_TIME], allowsDay: () => true }, after);
}

/** The review day of a person who did not choose one: the last day of their week. */
export function reviewDayOf(person: { reviewDay: Weekday | null; weekStart: 1 | 7 }): Weekday {
  return person.reviewDay ?? (person.weekStart === 1 ? 7 : 6);
}

/** The next weekly review: the person's review day (default: the last of their week) at their review time (default 18:00). */
export function nextReviewSlot(
  person: PersonClock & { reviewDay: Weekday | null; reviewTime: LocalTime | null; weekStart: 1 | 7 },
  after: After,
): Slot | null {
  const day = reviewDayOf(person);
  return nextSlot({ ...person, times: [person.reviewTime ?? DEFAULT_REVIEW_TIME], allowsDay: (date) => weekdayOf(date) === day }, after);
}

/** A delivery due at `dueAt` is not sent at `now` when it is more than LATE_LIMIT_MS late. */
export function isTooLate(dueAt: Date, now: Date): boolean {
  return now.getTime() - dueAt.getTime() > LATE_LIMIT_MS;
}

/**
 * Whether not doing a habit today breaks its streak: it is due, not done, has a streak of at
 * least one, and today is its last chance. For daily-like habits every due day is; for weekly
 * and monthly ones only when the completions still needed fill every day left in the period.
 * Break habits are never at risk by inaction (a clean day counts by itself).
 */
export function isStreakAtRisk(
  habit: { kind: HabitKind; frequency: Frequency },
  stats: Pick<HabitStats, 'dueToday' | 'doneToday' | 'currentStreak' | 'periodProgress'>,
  today: LocalDate,
  weekStart: 1 | 7 = 1,
): boolean {
  if (habit.kind === 'break' || !stats.dueToday || stats.doneToday || stats.currentStreak < 1) return false;
  if (!stats.periodProgress) return true;
  const daysLeft = toDayNumber(periodOf(habit.frequency, today, weekStart).end) - toDayNumber(today) + 1;
  return stats.periodProgress.needed - stats.periodProgress.done >= daysLeft;
}

/**
 * Where to plan from once the slot `handled` was delivered or skipped at `now`: right after it,
 * so two slots at one instant both fire; but never from before the lateness limit, so after an
 * outage the slots already too late are passed over instead of fired (or skipped) one by one.
 */
export function positionAfter(handled: { at: Date; key: string }, now: Date): After {
  const oldestWorthSending = now.getTime() - LATE_LIMIT_MS;
  return handled.at.getTime() >= oldestWorthSending ? handled : { at: new Date(oldestWorthSending), key: null };
}
