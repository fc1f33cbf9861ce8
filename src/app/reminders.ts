// Use cases behind the messages the bot sends first: whether a reminder (or its snooze) should
// still go out, which habits' streaks are at risk tonight, snoozing, and when each scheduled
// item fires next. They decide with data; the jobs deliver and the dialog words it.
import { z } from 'zod';
import { addDays, localDateOf } from '../core/day.js';
import { periodOf } from '../core/frequency.js';
import {
  REMINDER_HISTORY_DAYS, SNOOZE_MS, isQuietAt, isStreakAtRisk, isTooLate, nextNudgeSlot, nextReminderSlot, nextReviewSlot, parseSlotKey,
  wallTimeInstant, type After,
} from '../core/reminders.js';
import type { StreakUnit } from '../core/stats.js';
import type { Habit, LocalDate, Pause, User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { pausesFor, statsOf } from './habit-stats.js';
import { parseInput, type InvalidInput } from './outcome.js';
import { isActiveOn } from './pauses.js';
import type { HistoryEntry, PersonScheduleKind, ScheduleKind } from './ports.js';
import { today } from './queries.js';

export type ReminderSkipReason =
  /** The habit was deleted, archived or paused, or lost its reminder times. */
  | 'gone'
  /** More than two hours late (e.g. the queue was down): dropped, the next one is planned. */
  | 'late'
  | 'quiet_hours'
  /** A vacation or sick pause covers the day. */
  | 'paused'
  /** Its frequency does not ask for it that day (a weekly habit whose week is already met). */
  | 'not_due'
  | 'done'
  /** The person already skipped it (or, for a habit to break, logged a slip) that day. */
  | 'skipped_today';

export type ReminderDecision =
  | { send: true; habit: Habit; /** The person's date the reminder is for (what its buttons log). */ date: LocalDate }
  | { send: false; reason: ReminderSkipReason };

type ReminderUser = Pick<User, 'id' | 'timeZone' | 'dayStartHour' | 'weekStart' | 'quietHours'>;

export interface ReminderFacts {
  habit: Habit | null;
  dueAt: Date;
  kind: Extract<ScheduleKind, 'reminder' | 'snooze'>;
  now: Date;
  /** The person's pauses (any habit's are ignored). */
  pauses: Pause[];
  /** The habit's entries, at least those of the period the reminder's day is in. */
  entries: HistoryEntry[];
}

/**
 * Whether the reminder of `habit` due at `dueAt` should be sent now: the habit is still reminded,
 * it is not too late, not quiet hours, not paused, due that day and neither done nor skipped.
 */
export function decideReminder(user: ReminderUser, facts: ReminderFacts): ReminderDecision {
  const { habit, dueAt, now } = facts;
  if (!habit || habit.status !== 'active' || (facts.kind === 'reminder' && habit.reminderTimes.length === 0)) {
    return { send: false, reason: 'gone' };
  }
  if (isTooLate(dueAt, now)) return { send: false, reason: 'late' };
  if (isQuietAt(now, user.timeZone, user.quietHours)) return { send: false, reason: 'quiet_hours' };
  const date = localDateOf(dueAt, user.timeZone, user.dayStartHour);
  const pauses = pausesFor(habit.id, facts.pauses);
  if (pauses.some((pause) => isActiveOn(pause, date))) return { send: false, reason: 'paused' };
  // Only the current period decides whether it is due and done: no need for the whole history.
  // Every N days is due N days after the last completion: that one must be in what is read.
  const period = periodOf(habit.frequency, date, user.weekStart);
  const from = habit.frequency.kind === 'every_n_days' ? addDays(date, -habit.frequency.n) : period.start;
  const entries = facts.entries.filter((entry) => entry.localDate >= from && entry.localDate <= date);
  const stats = statsOf(habit, entries, pauses, date, user);
  if (!stats.dueToday) return { send: false, reason: 'not_due' };
  if (stats.doneToday) return { send: false, reason: 'done' };
  if (entries.some((entry) => entry.localDate === date && (entry.kind === 'skip' || entry.kind === 'slip'))) {
    return { send: false, reason: 'skipped_today' };
  }
  return { send: true, habit, date };
}

/** decideReminder with the facts read from storage. */
export async function checkReminder(
  deps: AppDeps,
  user: ReminderUser,
  input: { habit: Habit | null; dueAt: Date; kind: Extract<ScheduleKind, 'reminder' | 'snooze'> },
): Promise<ReminderDecision> {
  const base = { ...input, now: deps.clock.now(), pauses: [] as Pause[], entries: [] as HistoryEntry[] };
  if (!input.habit) return decideReminder(user, base);
  const back = input.habit.frequency.kind === 'every_n_days' ? Math.max(REMINDER_HISTORY_DAYS, input.habit.frequency.n) : REMINDER_HISTORY_DAYS;
  const from = addDays(localDateOf(input.dueAt, user.timeZone, user.dayStartHour), -back);
  const [pauses, entries] = await Promise.all([
    deps.repos.pauses.list(user.id),
    deps.repos.entries.historyForHabit(user.id, input.habit.id, { from }),
  ]);
  return decideReminder(user, { ...base, pauses, entries });
}

export interface StreakAtRisk {
  habit: Habit;
  streak: number;
  unit: StreakUnit;
}

/** Habits due, not done, that would break a streak of at least one if today passes (the evening nudge). */
export async function streaksAtRisk(deps: AppDeps, user: Pick<User, 'id' | 'timeZone' | 'dayStartHour' | 'weekStart'>): Promise<{ date: LocalDate; atRisk: StreakAtRisk[] }> {
  const view = await today(deps, user);
  const atRisk = view.items
    .filter((item) => !item.paused && isStreakAtRisk(item.habit, item.stats, view.date, user.weekStart))
    .map((item) => ({ habit: item.habit, streak: item.stats.currentStreak, unit: item.stats.streakUnit }));
  return { date: view.date, atRisk };
}

/**
 * A habit's current streak as the views compute it, from its whole history: what a reminder says.
 * The cached column can be stale (a break habit has no entries on clean days; the day rolls over).
 * Read only for a reminder that is sent, with the pauses the delivery has already read.
 */
export async function currentStreakOf(deps: AppDeps, user: Pick<User, 'id' | 'weekStart'>, habit: Habit, date: LocalDate, pauses?: Pause[]): Promise<number> {
  const [entries, allPauses] = await Promise.all([
    deps.repos.entries.historyForHabit(user.id, habit.id),
    pauses ? Promise.resolve(pauses) : deps.repos.pauses.list(user.id),
  ]);
  return statsOf(habit, entries, allPauses, date, user).currentStreak;
}

export const snoozeSchema = z
  .object({
    habitId: z.string().min(1),
    /** The reminder's local slot, 'YYYYMMDDTHHmm'. */
    slot: z.string().refine((slot) => parseSlotKey(slot) !== null, 'expected a slot like 20260610T0730'),
  })
  .strict();
export type SnoozeInput = z.input<typeof snoozeSchema>;

export type SnoozeOutcome =
  | { ok: true; habit: Habit; at: Date }
  | { ok: false; error: 'unknown_habit' | 'already_snoozed' | 'expired' | 'habit_inactive' }
  | InvalidInput;

/**
 * Re-delivers a reminder SNOOZE_MS from now, once per reminder: a second snooze of the same
 * reminder is refused, and so is one for a reminder from more than two hours ago.
 */
export async function snoozeReminder(deps: AppDeps, user: Pick<User, 'id' | 'timeZone'>, input: SnoozeInput): Promise<SnoozeOutcome> {
  const parsed = parseInput(snoozeSchema, input);
  if (!parsed.ok) return parsed;
  const { habitId, slot } = parsed.value;
  const habit = await deps.repos.habits.get(user.id, habitId);
  if (!habit) return { ok: false, error: 'unknown_habit' };
  if (habit.status !== 'active') return { ok: false, error: 'habit_inactive' };
  const now = deps.clock.now();
  const { date, time } = parseSlotKey(slot)!;
  if (isTooLate(wallTimeInstant(date, time, user.timeZone), now)) return { ok: false, error: 'expired' };
  const at = new Date(now.getTime() + SNOOZE_MS);
  const result = await deps.repos.schedules.snooze(user.id, habit.id, slot, at);
  return result === 'snoozed' ? { ok: true, habit, at } : { ok: false, error: result };
}

type PlanningUser = Pick<
  User,
  'timeZone' | 'dayStartHour' | 'quietHours' | 'eveningNudgeEnabled' | 'eveningNudgeTime' | 'weeklyReviewEnabled' | 'reviewDay' | 'reviewTime' | 'weekStart'
>;

/**
 * When a scheduled item fires next, after `after`: a habit's next reminder, the next evening
 * nudge, the next weekly review. Snoozes fire once and never again (null); a nudge or review
 * the person turned off never fires.
 */
export function nextDelivery(kind: PersonScheduleKind, user: PlanningUser, habit: Habit | null, after: After): { at: Date; slot: string } | null {
  const person = { zone: user.timeZone, dayStartHour: user.dayStartHour, quietHours: user.quietHours };
  let slot;
  switch (kind) {
    case 'reminder':
      if (!habit || habit.status !== 'active') return null;
      slot = nextReminderSlot(
        { ...person, reminderTimes: habit.reminderTimes, reminderDays: habit.reminderDays, frequency: habit.frequency, startDate: habit.startDate },
        after,
      );
      break;
    case 'nudge':
      if (!user.eveningNudgeEnabled) return null;
      slot = nextNudgeSlot({ ...person, eveningNudgeTime: user.eveningNudgeTime }, after);
      break;
    case 'review':
      if (!user.weeklyReviewEnabled) return null;
      slot = nextReviewSlot({ ...person, reviewDay: user.reviewDay, reviewTime: user.reviewTime, weekStart: user.weekStart }, after);
      break;
    case 'snooze':
      return null;
  }
  return slot ? { at: slot.at, slot: slot.key } : null;
}
