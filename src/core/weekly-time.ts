// The next moment of a weekly slot (a weekday and a local 'HH:mm') in a zone: when a group's
// proof prompt or recap comes next, as its card shows it. Pure (luxon only).
import { DateTime } from 'luxon';
import type { LocalDate, LocalTime, Weekday } from './types.js';

export interface WeeklySlot {
  date: LocalDate;
  weekday: Weekday;
  time: LocalTime;
}

/** The first slot at or after `now` in `zone` (a slot that falls in a DST gap moves forward, as luxon does). */
export function nextWeeklySlot(now: Date, zone: string, weekday: Weekday, time: LocalTime): WeeklySlot {
  const local = DateTime.fromJSDate(now, { zone });
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  let candidate = local.set({ hour, minute, second: 0, millisecond: 0 }).plus({ days: (weekday - local.weekday + 7) % 7 });
  if (candidate < local) candidate = candidate.plus({ weeks: 1 });
  return { date: candidate.toISODate()!, weekday, time };
}
