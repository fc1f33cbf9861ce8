// Goals: a target to reach (optionally by a deadline) through progress entries, or a counter
// of days since a start or last reset ("days without sugar"); both may have subtasks.
import { z } from 'zod';
import { daysBetween } from '../core/day.js';
import { counterDays } from '../core/goals.js';
import type { Goal, GoalProgressEntry, LocalDate, User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { parseInput, type InvalidInput } from './outcome.js';
import { goalViewOf as viewOf, type GoalView } from './goal-view.js';
import { localDateSchema } from './schemas.js';
import { userToday } from './users.js';

type GoalUser = Pick<User, 'id' | 'timeZone' | 'dayStartHour'>;

export const createGoalSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    /** Default: 'target' when a targetValue is given, otherwise 'counter'. */
    kind: z.enum(['target', 'counter']).optional(),
    targetValue: z.number().positive().finite().nullish(),
    unit: z.string().trim().min(1).max(30).nullish(),
    deadline: localDateSchema.nullish(),
    habitId: z.string().min(1).nullish(),
    subtasks: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  })
  .strict()
  .refine((goal) => (goal.kind ?? (goal.targetValue != null ? 'target' : 'counter')) === 'counter' || goal.targetValue != null, {
    message: 'a target goal needs a targetValue',
    path: ['targetValue'],
  })
  .refine((goal) => goal.kind !== 'counter' || (goal.targetValue == null && goal.deadline == null), {
    message: 'a counter has no target or deadline',
    path: ['kind'],
  });
export type CreateGoalInput = z.input<typeof createGoalSchema>;

export type GoalOutcome =
  | { ok: true; view: GoalView }
  | { ok: false; error: 'unknown_goal' | 'unknown_habit' }
  | { ok: false; error: 'deadline_in_past'; today: LocalDate }
  | InvalidInput;

/** Creates a target goal ("save 5000 by 2025-12-31") or a counter ("days without sugar"), from today. */
export async function createGoal(deps: AppDeps, user: GoalUser, input: CreateGoalInput): Promise<GoalOutcome> {
  const parsed = parseInput(createGoalSchema, input);
  if (!parsed.ok) return parsed;
  const { title, targetValue, unit, deadline, habitId, subtasks } = parsed.value;
  const kind = parsed.value.kind ?? (targetValue != null ? 'target' : 'counter');
  const today = userToday(user, deps.clock.now());
  if (deadline && daysBetween(today, deadline) < 0) return { ok: false, error: 'deadline_in_past', today };
  if (habitId && !(await deps.repos.habits.get(user.id, habitId))) return { ok: false, error: 'unknown_habit' };
  const goal = await deps.repos.transaction(async (repos) => {
    const created = await repos.goals.create(user.id, {
      title, kind, targetValue: targetValue ?? null, unit: unit ?? null, deadline: deadline ?? null,
      habitId: habitId ?? null, startDate: today, status: 'active',
    });
    for (const subtask of subtasks ?? []) await repos.goals.addSubtask(user.id, created.id, subtask);
    return created;
  });
  return { ok: true, view: await viewOf(deps.repos, user.id, goal, today) };
}

export const addProgressSchema = z
  .object({
    goalId: z.string().min(1),
    /** Negative amounts correct an earlier overstatement. */
    amount: z.number().finite().refine((amount) => amount !== 0, 'amount must not be 0'),
    date: localDateSchema.optional(),
    note: z.string().trim().max(1000).nullish(),
    /** The platform update id (or similar): the same key twice adds progress once. */
    idempotencyKey: z.string().min(1).max(200).nullish(),
  })
  .strict();
export type AddProgressInput = z.input<typeof addProgressSchema>;

export type AddProgressOutcome =
  | { ok: true; view: GoalView; entry: GoalProgressEntry; /** This progress just reached the target. */ completedNow: boolean }
  | { ok: false; error: 'unknown_goal' }
  /** Counters count days; they take resets, not amounts. */
  | { ok: false; error: 'not_a_target_goal'; goal: Goal }
  | { ok: false; error: 'goal_archived'; goal: Goal }
  | { ok: false; error: 'future_date'; today: LocalDate }
  | InvalidInput;

/** Adds progress to a target goal ("saved 250"); reaching the target marks the goal completed. */
export async function addProgress(deps: AppDeps, user: GoalUser, input: AddProgressInput): Promise<AddProgressOutcome> {
  const parsed = parseInput(addProgressSchema, input);
  if (!parsed.ok) return parsed;
  const today = userToday(user, deps.clock.now());
  const date = parsed.value.date ?? today;
  if (daysBetween(date, today) < 0) return { ok: false, error: 'future_date', today };
  return deps.repos.transaction(async (repos): Promise<AddProgressOutcome> => {
    const goal = await repos.goals.get(user.id, parsed.value.goalId);
    if (!goal) return { ok: false, error: 'unknown_goal' };
    if (goal.kind !== 'target') return { ok: false, error: 'not_a_target_goal', goal };
    if (goal.status === 'archived') return { ok: false, error: 'goal_archived', goal };
    const entry = await repos.goals.addProgress(user.id, goal.id, {
      amount: parsed.value.amount, localDate: date, note: parsed.value.note || null, idempotencyKey: parsed.value.idempotencyKey ?? null,
    });
    if (!entry) return { ok: false, error: 'unknown_goal' };
    let view = await viewOf(repos, user.id, goal, today);
    const reached = view.progress.kind === 'target' && view.progress.reached;
    const completedNow = reached && goal.status === 'active';
    if (reached !== (goal.status === 'completed')) {
      const updated = await repos.goals.update(user.id, goal.id, { status: reached ? 'completed' : 'active' });
      if (updated) view = { ...view, goal: updated };
    }
    return { ok: true, view, entry, completedNow };
  });
}

export type ResetCounterOutcome =
  | { ok: true; view: GoalView; /** The run that just ended, in days. */ previousDays: number }
  | { ok: false; error: 'unknown_goal' }
  | { ok: false; error: 'not_a_counter'; goal: Goal }
  | InvalidInput;

/** Resets a counter to zero today ("I had sugar today"). */
export async function resetCounter(deps: AppDeps, user: GoalUser, input: { goalId: string }): Promise<ResetCounterOutcome> {
  const parsed = parseInput(z.object({ goalId: z.string().min(1) }).strict(), input);
  if (!parsed.ok) return parsed;
  const goal = await deps.repos.goals.get(user.id, parsed.value.goalId);
  if (!goal) return { ok: false, error: 'unknown_goal' };
  if (goal.kind !== 'counter') return { ok: false, error: 'not_a_counter', goal };
  const today = userToday(user, deps.clock.now());
  const previousDays = counterDays(goal, today);
  const updated = await deps.repos.goals.update(user.id, goal.id, { lastResetDate: today });
  if (!updated) return { ok: false, error: 'unknown_goal' };
  return { ok: true, view: await viewOf(deps.repos, user.id, updated, today), previousDays };
}

export { addSubtask, completeSubtask, archiveGoal, listGoals, removeGoalProgress } from './goal-items.js';
export type { SubtaskOutcome, RemoveGoalProgressOutcome } from './goal-items.js';
export { progressOf, goalViewOf, type GoalView, type GoalProgressView } from './goal-view.js';
