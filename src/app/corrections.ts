// Taking a log back (undo), fixing it (a wrong quantity or day) or taking a fix back, with the streak refreshed after.
import { z } from 'zod';
import type { HabitStats } from '../core/stats.js';
import type { Entry, Habit } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { refreshHabitStats } from './habit-stats.js';
import { daysBetween } from '../core/day.js';
import { checkDate, type LogRuleFailure } from './log-rules.js';
import type { LogUser } from './logging.js';
import { parseInput, type InvalidInput } from './outcome.js';
import { localDateSchema } from './schemas.js';
import { userToday } from './users.js';

export type UndoOutcome =
  | { ok: true; removed: Entry; habit: Habit; stats: HabitStats }
  | { ok: false; error: 'nothing_to_undo' }
  | InvalidInput;

/** Removes the person's most recently written entry and says what it was. */
export async function undoLast(deps: AppDeps, user: LogUser): Promise<UndoOutcome> {
  const latest = await deps.repos.entries.latest(user.id);
  if (!latest) return { ok: false, error: 'nothing_to_undo' };
  return removeAndRefresh(deps, user, latest);
}

/** Removes one entry by id (the Undo button under an echo names the entry it undoes). */
export async function removeEntry(deps: AppDeps, user: LogUser, input: { entryId: string }): Promise<UndoOutcome> {
  const parsed = parseInput(z.object({ entryId: z.string().min(1) }), input);
  if (!parsed.ok) return parsed;
  const entry = await deps.repos.entries.get(user.id, parsed.value.entryId);
  if (!entry) return { ok: false, error: 'nothing_to_undo' };
  return removeAndRefresh(deps, user, entry);
}

async function removeAndRefresh(deps: AppDeps, user: LogUser, entry: Entry): Promise<UndoOutcome> {
  const removed = await deps.repos.entries.remove(user.id, entry.id);
  const habit = await deps.repos.habits.get(user.id, entry.habitId);
  if (!removed || !habit) return { ok: false, error: 'nothing_to_undo' };
  const refreshed = await refreshHabitStats(deps.repos, user, habit, userToday(user, deps.clock.now()));
  return { ok: true, removed: entry, habit: refreshed.habit, stats: refreshed.stats };
}

export const correctLastSchema = z
  .object({
    /** Correct this habit's latest entry; default: the person's latest entry of any habit. */
    habitId: z.string().min(1).nullish(),
    quantity: z.number().finite().nonnegative().nullish(),
    date: localDateSchema.nullish(),
    note: z.string().trim().max(1000).nullish(),
    confirmed: z.boolean().default(false),
  })
  .strict()
  .refine((value) => value.quantity != null || value.date != null || value.note != null, 'nothing to correct: give a quantity, date or note');
export type CorrectLastInput = z.input<typeof correctLastSchema>;

export type CorrectLastOutcome =
  /** `correctionId` names what the entry was before, for restoreEntry (the Undo under the fix). */
  | { ok: true; before: Entry; entry: Entry; habit: Habit; stats: HabitStats; correctionId: string }
  | { ok: false; error: 'nothing_to_correct' }
  | { ok: false; error: 'already_done'; habit: Habit; entry: Entry }
  | Extract<LogRuleFailure, { error: 'future_date' | 'backdate_needs_confirmation' }>
  | InvalidInput;

/** Fixes the latest entry ("no, it was 30", "actually yesterday"): quantity, date or note. */
export async function correctLast(deps: AppDeps, user: LogUser, input: CorrectLastInput): Promise<CorrectLastOutcome> {
  const parsed = parseInput(correctLastSchema, input);
  if (!parsed.ok) return parsed;
  const { habitId, quantity, date, note, confirmed } = parsed.value;
  const before = await deps.repos.entries.latest(user.id, habitId ?? undefined);
  if (!before) return { ok: false, error: 'nothing_to_correct' };
  let habit = await deps.repos.habits.get(user.id, before.habitId);
  if (!habit) return { ok: false, error: 'nothing_to_correct' };
  const today = userToday(user, deps.clock.now());

  if (date && date !== before.localDate) {
    const refused = checkDate(habit, date, today, confirmed);
    if (refused && (refused.error === 'future_date' || refused.error === 'backdate_needs_confirmation')) return refused;
    if (!habit.multiplePerDay) {
      const sameDay = await deps.repos.entries.listForHabit(user.id, habit.id, { from: date, to: date });
      const clash = sameDay.find((entry) => entry.kind === before.kind);
      if (clash) return { ok: false, error: 'already_done', habit, entry: clash };
    }
    if (daysBetween(date, habit.startDate) > 0) {
      habit = (await deps.repos.habits.update(user.id, habit.id, { startDate: date })) ?? habit;
    }
  }
  const entry = await deps.repos.entries.update(user.id, before.id, {
    ...(quantity != null ? { quantity } : {}),
    ...(date ? { localDate: date } : {}),
    ...(note != null ? { note: note || null } : {}),
  });
  if (!entry) return { ok: false, error: 'nothing_to_correct' };
  const correctionId = await deps.repos.corrections.save(user.id, { entryId: before.id, previousDate: before.localDate, previousQuantity: before.quantity });
  const refreshed = await refreshHabitStats(deps.repos, user, habit, today);
  return { ok: true, before, entry, habit: refreshed.habit, stats: refreshed.stats, correctionId };
}

export const restoreEntrySchema = z
  .object({
    /** The correction to take back (correctLast's correctionId): the earlier values come from its stored row, never from the caller. */
    correctionId: z.uuid(),
  })
  .strict();
export type RestoreEntryInput = z.input<typeof restoreEntrySchema>;

export type RestoreEntryOutcome =
  | { ok: true; entry: Entry; habit: Habit; stats: HabitStats }
  | { ok: false; error: 'nothing_to_restore' }
  | { ok: false; error: 'already_done'; habit: Habit; entry: Entry }
  | Extract<LogRuleFailure, { error: 'future_date' }>
  | InvalidInput;

/**
 * Takes a correction back (the Undo under "Fixed: ..."): the entry gets its earlier day and
 * quantity again. The earlier day was accepted once, so it needs no backdating confirmation.
 */
export async function restoreEntry(deps: AppDeps, user: LogUser, input: RestoreEntryInput): Promise<RestoreEntryOutcome> {
  const parsed = parseInput(restoreEntrySchema, input);
  if (!parsed.ok) return parsed;
  const correction = await deps.repos.corrections.get(user.id, parsed.value.correctionId);
  if (!correction) return { ok: false, error: 'nothing_to_restore' };
  const { entryId, previousDate: localDate, previousQuantity: quantity } = correction;
  const current = await deps.repos.entries.get(user.id, entryId);
  const habit = current ? await deps.repos.habits.get(user.id, current.habitId) : null;
  if (!current || !habit) return { ok: false, error: 'nothing_to_restore' };
  const today = userToday(user, deps.clock.now());
  if (localDate !== current.localDate) {
    const refused = checkDate(habit, localDate, today, true);
    if (refused?.error === 'future_date') return refused;
    if (!habit.multiplePerDay) {
      const sameDay = await deps.repos.entries.listForHabit(user.id, habit.id, { from: localDate, to: localDate });
      const clash = sameDay.find((entry) => entry.kind === current.kind && entry.id !== current.id);
      if (clash) return { ok: false, error: 'already_done', habit, entry: clash };
    }
  }
  const entry = await deps.repos.entries.update(user.id, entryId, { localDate, quantity });
  if (!entry) return { ok: false, error: 'nothing_to_restore' };
  await deps.repos.corrections.remove(user.id, parsed.value.correctionId);
  const refreshed = await refreshHabitStats(deps.repos, user, habit, today);
  return { ok: true, entry, habit: refreshed.habit, stats: refreshed.stats };
}
