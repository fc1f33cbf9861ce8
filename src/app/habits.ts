// Habits: create, edit, archive, list, and the words a person teaches for them.
import { DateTime } from 'luxon';
import { z } from 'zod';
import { dateBoundProblem, EARLIEST_LOCAL_DATE, latestLocalDate } from '../core/date-bounds.js';
import type { Category, Habit, LocalDate, User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import {
  createHabitSchema, editHabitSchema, normalizeName, type CreateHabitInput, type EditHabitInput,
} from './habit-input.js';
import { parseInput, type InvalidInput } from './outcome.js';
import type { HabitPatch, Repositories } from './ports.js';
import { userToday } from './users.js';

export type { CreateHabitInput, EditHabitInput } from './habit-input.js';

type HabitOwner = Pick<User, 'id' | 'timeZone' | 'dayStartHour'>;

export type HabitOutcome =
  | { ok: true; habit: Habit }
  | { ok: false; error: 'unknown_habit' }
  /** Another active habit already has this name (case and accents ignored). */
  | { ok: false; error: 'duplicate_name'; existing: Habit }
  | InvalidInput;

async function findByName(repos: Repositories, userId: string, name: string, exceptId?: string): Promise<Habit | undefined> {
  const wanted = normalizeName(name);
  const habits = await repos.habits.list(userId);
  return habits.find((habit) => habit.id !== exceptId && normalizeName(habit.name) === wanted);
}

async function categoryIdFor(repos: Repositories, userId: string, name: string | null): Promise<string | null> {
  return name ? (await repos.categories.ensure(userId, name)).id : null;
}

/** A start date before 2000-01-01 or after the person's tomorrow is refused (date-bounds.ts). */
function startOutOfBounds(deps: AppDeps, user: Pick<User, 'timeZone' | 'dayStartHour'>, startDate: LocalDate | undefined): InvalidInput | null {
  if (startDate === undefined) return null;
  const today = userToday(user, deps.clock.now());
  if (dateBoundProblem(startDate, today) === null) return null;
  return { ok: false, error: 'invalid_input', issues: [`startDate: must be between ${EARLIEST_LOCAL_DATE} and ${latestLocalDate(today)}`] };
}

/**
 * Creates a habit. Unset fields get sensible defaults: daily, build, starting today, and
 * several entries a day only for habits with a numeric target (glasses of water add up).
 */
export async function createHabit(deps: AppDeps, user: HabitOwner, input: CreateHabitInput): Promise<HabitOutcome> {
  const parsed = parseInput(createHabitSchema, input);
  if (!parsed.ok) return parsed;
  const { category, synonyms, ...fields } = parsed.value;
  const outOfBounds = startOutOfBounds(deps, user, fields.startDate);
  if (outOfBounds) return outOfBounds;
  const existing = await findByName(deps.repos, user.id, fields.name);
  if (existing) return { ok: false, error: 'duplicate_name', existing };
  const target = fields.target ?? null;
  const habit = await deps.repos.habits.create(user.id, {
    ...fields,
    kind: fields.kind ?? 'build',
    frequency: fields.frequency ?? { kind: 'daily' },
    target,
    multiplePerDay: fields.multiplePerDay ?? target !== null,
    synonyms: uniqueWords(synonyms ?? []),
    categoryId: await categoryIdFor(deps.repos, user.id, category ?? null),
    startDate: fields.startDate ?? userToday(user, deps.clock.now()),
    status: 'active',
  });
  return { ok: true, habit };
}

/** Changes any field of a habit; an invalid value or a taken name changes nothing. */
export async function editHabit(deps: AppDeps, user: HabitOwner, input: EditHabitInput): Promise<HabitOutcome> {
  const parsed = parseInput(editHabitSchema, input);
  if (!parsed.ok) return parsed;
  const { habitId, category, synonyms, ...fields } = parsed.value;
  const outOfBounds = startOutOfBounds(deps, user, fields.startDate);
  if (outOfBounds) return outOfBounds;
  const habit = await deps.repos.habits.get(user.id, habitId);
  if (!habit) return { ok: false, error: 'unknown_habit' };
  if (fields.name !== undefined) {
    const existing = await findByName(deps.repos, user.id, fields.name, habit.id);
    if (existing) return { ok: false, error: 'duplicate_name', existing };
  }
  const patch: HabitPatch = { ...fields };
  if (synonyms !== undefined) patch.synonyms = uniqueWords(synonyms);
  if (category !== undefined) patch.categoryId = await categoryIdFor(deps.repos, user.id, category);
  const updated = await deps.repos.habits.update(user.id, habit.id, patch);
  return updated ? { ok: true, habit: updated } : { ok: false, error: 'unknown_habit' };
}

const habitIdSchema = z.object({ habitId: z.string().min(1) });

/** Archives a habit: its history stays (and is exported), it stops being due, listed or logged. */
export async function archiveHabit(deps: AppDeps, user: Pick<User, 'id'>, input: { habitId: string }): Promise<HabitOutcome> {
  const parsed = parseInput(habitIdSchema, input);
  if (!parsed.ok) return parsed;
  const habit = await deps.repos.habits.get(user.id, parsed.value.habitId);
  if (!habit) return { ok: false, error: 'unknown_habit' };
  if (habit.status === 'archived') return { ok: true, habit };
  const updated = await deps.repos.habits.update(user.id, habit.id, { status: 'archived', archivedAt: deps.clock.now() });
  return updated ? { ok: true, habit: updated } : { ok: false, error: 'unknown_habit' };
}

/**
 * The Undo under a habit the coach just created: removes it (its entries go with it). Only a
 * habit that started today or yesterday, so an old or forged Undo cannot wipe a habit's history
 * (a habit's entries never predate its start).
 */
export async function undoHabitCreation(deps: AppDeps, user: HabitOwner, input: { habitId: string }): Promise<HabitOutcome | { ok: false; error: 'too_old'; habit: Habit }> {
  const parsed = parseInput(habitIdSchema, input);
  if (!parsed.ok) return parsed;
  const habit = await deps.repos.habits.get(user.id, parsed.value.habitId);
  if (!habit) return { ok: false, error: 'unknown_habit' };
  const today = DateTime.fromISO(userToday(user, deps.clock.now()));
  if (DateTime.fromISO(habit.startDate) < today.minus({ days: 1 })) return { ok: false, error: 'too_old', habit };
  return (await deps.repos.habits.delete(user.id, habit.id)) ? { ok: true, habit } : { ok: false, error: 'unknown_habit' };
}

export interface HabitList {
  habits: Habit[];
  /** Every category of the person, to name `habit.categoryId`. */
  categories: Category[];
}

/** The person's habits, oldest first; archived ones only when asked. */
export async function listHabits(deps: AppDeps, user: Pick<User, 'id'>, options: { includeArchived?: boolean } = {}): Promise<HabitList> {
  const [habits, categories] = await Promise.all([
    deps.repos.habits.list(user.id, { includeArchived: options.includeArchived ?? false }),
    deps.repos.categories.list(user.id),
  ]);
  return { habits, categories };
}

const teachSynonymSchema = z.object({ habitId: z.string().min(1), synonym: z.string().trim().min(1).max(60) }).strict();

export type TeachSynonymOutcome =
  | { ok: true; habit: Habit }
  | { ok: false; error: 'unknown_habit' }
  /** The word already names or means another habit. */
  | { ok: false; error: 'synonym_taken'; other: Habit }
  | InvalidInput;

/** Teaches the bot a word for a habit ("gym" for "workout"). */
export async function teachSynonym(
  deps: AppDeps,
  user: Pick<User, 'id'>,
  input: { habitId: string; synonym: string },
): Promise<TeachSynonymOutcome> {
  const parsed = parseInput(teachSynonymSchema, input);
  if (!parsed.ok) return parsed;
  const habits = await deps.repos.habits.list(user.id);
  const habit = habits.find((candidate) => candidate.id === parsed.value.habitId);
  if (!habit) return { ok: false, error: 'unknown_habit' };
  const word = normalizeName(parsed.value.synonym);
  const other = habits.find(
    (candidate) => candidate.id !== habit.id && [candidate.name, ...candidate.synonyms].some((name) => normalizeName(name) === word),
  );
  if (other) return { ok: false, error: 'synonym_taken', other };
  if ([habit.name, ...habit.synonyms].some((name) => normalizeName(name) === word)) return { ok: true, habit };
  const updated = await deps.repos.habits.update(user.id, habit.id, { synonyms: [...habit.synonyms, parsed.value.synonym] });
  return updated ? { ok: true, habit: updated } : { ok: false, error: 'unknown_habit' };
}

function uniqueWords(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = normalizeName(word);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
