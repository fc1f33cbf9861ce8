// Pauses (vacation, sick): streaks are kept and reminders muted while one is active.
import { z } from 'zod';
import type { Habit, LocalDate, Pause, User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { addDays, daysBetween } from '../core/day.js';
import { parseInput, type InvalidInput } from './outcome.js';
import { localDateSchema } from './schemas.js';
import { userToday } from './users.js';

type PauseUser = Pick<User, 'id' | 'timeZone' | 'dayStartHour'>;

export function isActiveOn(pause: Pause, date: LocalDate): boolean {
  return pause.startDate <= date && (pause.endDate === null || pause.endDate >= date);
}

export const pauseSchema = z
  .object({
    /** One habit; null or absent = every habit. */
    habitId: z.string().min(1).nullish(),
    /** Last paused day, inclusive; absent = until resumed. */
    until: localDateSchema.nullish(),
    reason: z.enum(['vacation', 'sick', 'other']).default('other'),
  })
  .strict();
export type PauseInput = z.input<typeof pauseSchema>;

export type PauseOutcome =
  | { ok: true; pause: Pause; habit: Habit | null; /** An active pause of the same scope was extended. */ extended: boolean }
  | { ok: false; error: 'unknown_habit' }
  | { ok: false; error: 'habit_archived'; habit: Habit }
  | { ok: false; error: 'end_before_start'; today: LocalDate; until: LocalDate }
  | InvalidInput;

/**
 * Pauses one habit or everything from today until `until` (inclusive) or until resumed.
 * Pausing again what is already paused replaces the end date and keeps the original start.
 */
export async function pause(deps: AppDeps, user: PauseUser, input: PauseInput): Promise<PauseOutcome> {
  const parsed = parseInput(pauseSchema, input);
  if (!parsed.ok) return parsed;
  const { habitId, until, reason } = parsed.value;
  const today = userToday(user, deps.clock.now());
  let habit: Habit | null = null;
  if (habitId) {
    habit = await deps.repos.habits.get(user.id, habitId);
    if (!habit) return { ok: false, error: 'unknown_habit' };
    if (habit.status === 'archived') return { ok: false, error: 'habit_archived', habit };
  }
  if (until && daysBetween(today, until) < 0) return { ok: false, error: 'end_before_start', today, until };
  const scope = habit?.id ?? null;
  return deps.repos.transaction(async (repos) => {
    const current = (await repos.pauses.list(user.id)).find((p) => p.habitId === scope && isActiveOn(p, today));
    if (current) await repos.pauses.remove(user.id, current.id);
    const created = await repos.pauses.add(user.id, {
      habitId: scope,
      startDate: current?.startDate ?? today,
      endDate: until ?? null,
      reason,
    });
    return { ok: true, pause: created, habit, extended: current !== undefined };
  });
}

export type ResumeOutcome =
  | { ok: true; ended: Pause[] }
  | { ok: false; error: 'unknown_habit' }
  /** Nothing of that scope was paused (a habit under an all-habits pause is resumed with no habitId). */
  | { ok: false; error: 'not_paused' }
  | InvalidInput;

/**
 * Ends active pauses so that today is active again: the last paused day is yesterday, and a
 * pause that began today is taken back whole. With a habitId only that habit's pause ends;
 * without one, every active pause of the person ends.
 */
export async function resume(deps: AppDeps, user: PauseUser, input: { habitId?: string | null } = {}): Promise<ResumeOutcome> {
  const parsed = parseInput(z.object({ habitId: z.string().min(1).nullish() }).strict(), input);
  if (!parsed.ok) return parsed;
  const { habitId } = parsed.value;
  if (habitId && !(await deps.repos.habits.get(user.id, habitId))) return { ok: false, error: 'unknown_habit' };
  const today = userToday(user, deps.clock.now());
  const active = (await deps.repos.pauses.list(user.id)).filter(
    (p) => isActiveOn(p, today) && (!habitId || p.habitId === habitId),
  );
  if (active.length === 0) return { ok: false, error: 'not_paused' };
  const ended: Pause[] = [];
  const yesterday = addDays(today, -1);
  for (const current of active) {
    if (current.startDate >= today) {
      if (await deps.repos.pauses.remove(user.id, current.id)) ended.push({ ...current, endDate: yesterday });
      continue;
    }
    const done = await deps.repos.pauses.end(user.id, current.id, yesterday);
    if (done) ended.push(done);
  }
  return { ok: true, ended };
}

/** The pauses in effect on the person's today. */
export async function activePauses(deps: AppDeps, user: PauseUser): Promise<{ today: LocalDate; pauses: Pause[] }> {
  const today = userToday(user, deps.clock.now());
  const pauses = (await deps.repos.pauses.list(user.id)).filter((p) => isActiveOn(p, today));
  return { today, pauses };
}
