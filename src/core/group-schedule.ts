// When a group's own scheduled posts fire: the weekly recap (and, later, the proof prompt) at a
// weekday and wall-clock time in the GROUP's zone, whatever the zones of its members. The
// same slot rules as a person's (a DST gap fires when the clock jumps, an overlap fires once),
// and no day-start shift or quiet hours: a group has neither.
import { startOfWeek, weekdayOf } from './day.js';
import { nextSlot, parseSlotKey, type After, type Slot } from './reminders.js';
import type { LocalDate, LocalTime, Weekday } from './types.js';

/** A group that nobody spoke in for this long gets no posts until someone does. */
export const GROUP_DORMANT_AFTER_MS = 28 * 24 * 60 * 60 * 1000;

/** What a group's weekly post is planned from. */
export interface GroupWeeklyClock {
  zone: string;
  day: Weekday;
  time: LocalTime;
}

/** The next weekly slot of a group (its recap day at its recap time, in its zone) after `after`. */
export function nextGroupWeeklySlot(clock: GroupWeeklyClock, after: After): Slot | null {
  return nextSlot({ zone: clock.zone, dayStartHour: 0, quietHours: null, times: [clock.time], allowsDay: (date) => weekdayOf(date) === clock.day }, after);
}

/**
 * The group's local week a slot belongs to, named by its first day ('2026-10-19', weeks
 * starting on the group's week start): the recap's job id and delivery key carry it, so a
 * group gets one recap a week even when its admins move the recap time after it was posted.
 */
export function groupWeekKey(slotKey: string, weekStart: 1 | 7): LocalDate | null {
  const slot = parseSlotKey(slotKey);
  return slot ? startOfWeek(slot.date, weekStart) : null;
}

/** Nobody active in the group for four weeks before `now`. */
export function isGroupDormant(lastActiveAt: Date, now: Date): boolean {
  return now.getTime() - lastActiveAt.getTime() > GROUP_DORMANT_AFTER_MS;
}

/**
 * A weekly group post this late is not sent (its week is over for the group, or nearly): long
 * enough to ride out a worker or Redis outage of an evening, short of the next day's chatter.
 */
export const GROUP_POST_LATE_LIMIT_MS = 12 * 60 * 60 * 1000;

export function isGroupPostTooLate(dueAt: Date, now: Date): boolean {
  return now.getTime() - dueAt.getTime() > GROUP_POST_LATE_LIMIT_MS;
}

/** Where to plan a group's next post from once `handled` was posted or skipped at `now`. */
export function groupPositionAfter(handled: { at: Date; key: string }, now: Date): After {
  return isGroupPostTooLate(handled.at, now) ? { at: now, key: null } : handled;
}
