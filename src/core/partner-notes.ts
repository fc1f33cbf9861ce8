// When a partner hears about the other (pure rules; luxon only).
//
// A miss note: a day of a shared habit counts as missed when the one evaluation of a period
// (core/evaluation.ts) says 'missed' for it, which it says only once that person's local day
// (shifted by their day-start hour) has ended, the habit was due, and the day was neither done,
// nor skipped, nor paused (nor before the habit began). Only ended days are looked at: the days
// from the partnership's start up to yesterday in the missing person's zone, at most MISS_LOOKBACK_DAYS
// back, so a note held by the receiver's quiet hours (or an outage) is still sent afterwards.
//
// A weekly note: at the group's recap time (its weekday and local time, in the group's zone),
// the moment the group's week closes for everyone; a receiver in quiet hours then gets it when
// they end, within WEEKLY_NOTE_WINDOW_MS.
import { DateTime } from 'luxon';
import { addDays, daysBetween } from './day.js';
import type { LocalDate, LocalTime, Weekday } from './types.js';

export const MISS_LOOKBACK_DAYS = 3;
export const WEEKLY_NOTE_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** The ended local days a miss is looked for on: oldest first, none before `since`. */
export function missWindow(today: LocalDate, since: LocalDate): LocalDate[] {
  const first = daysBetween(since, addDays(today, -MISS_LOOKBACK_DAYS)) > 0 ? addDays(today, -MISS_LOOKBACK_DAYS) : since;
  const count = daysBetween(first, today);
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(first, index));
}

/**
 * The latest weekly slot (weekday and local time in `zone`) at or before `now`, if it is less
 * than WEEKLY_NOTE_WINDOW_MS ago: its local date names the week. Null otherwise.
 */
export function recentWeeklySlot(now: Date, zone: string, weekday: Weekday, time: LocalTime): { date: LocalDate; at: Date } | null {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const local = DateTime.fromJSDate(now, { zone });
  let slot = local.set({ hour, minute, second: 0, millisecond: 0 }).minus({ days: (local.weekday - weekday + 7) % 7 });
  if (slot > local) slot = slot.minus({ weeks: 1 });
  const at = slot.toJSDate();
  if (now.getTime() - at.getTime() >= WEEKLY_NOTE_WINDOW_MS) return null;
  return { date: slot.toISODate()!, at };
}
