// Goal subtasks, archiving and the /goals list.
import { z } from 'zod';
import type { Goal, GoalProgressEntry, LocalDate, Subtask, User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import type { GoalOutcome } from './goals.js';
import { goalViewOf, type GoalView } from './goal-view.js';
import { parseInput, type InvalidInput } from './outcome.js';
import { userToday } from './users.js';

type GoalUser = Pick<User, 'id' | 'timeZone' | 'dayStartHour'>;

export type SubtaskOutcome =
  | { ok: true; subtask: Subtask; goal: Goal; subtasksDone: { done: number; total: number } }
  | { ok: false; error: 'unknown_goal' | 'unknown_subtask' }
  | InvalidInput;

const addSubtaskSchema = z.object({ goalId: z.string().min(1), title: z.string().trim().min(1).max(200) }).strict();

export async function addSubtask(deps: AppDeps, user: GoalUser, input: { goalId: string; title: string }): Promise<SubtaskOutcome> {
  const parsed = parseInput(addSubtaskSchema, input);
  if (!parsed.ok) return parsed;
  const goal = await deps.repos.goals.get(user.id, parsed.value.goalId);
  if (!goal) return { ok: false, error: 'unknown_goal' };
  const subtask = await deps.repos.goals.addSubtask(user.id, goal.id, parsed.value.title);
  if (!subtask) return { ok: false, error: 'unknown_goal' };
  return { ok: true, subtask, goal, subtasksDone: await doneCount(deps, user, goal.id) };
}

const completeSubtaskSchema = z.object({ subtaskId: z.string().min(1), done: z.boolean().default(true) }).strict();

/** Ticks a subtask (or unticks it with `done: false`). */
export async function completeSubtask(
  deps: AppDeps,
  user: GoalUser,
  input: { subtaskId: string; done?: boolean },
): Promise<SubtaskOutcome> {
  const parsed = parseInput(completeSubtaskSchema, input);
  if (!parsed.ok) return parsed;
  const subtask = await deps.repos.goals.setSubtaskDone(user.id, parsed.value.subtaskId, parsed.value.done);
  if (!subtask) return { ok: false, error: 'unknown_subtask' };
  const goal = await deps.repos.goals.get(user.id, subtask.goalId);
  if (!goal) return { ok: false, error: 'unknown_goal' };
  return { ok: true, subtask, goal, subtasksDone: await doneCount(deps, user, goal.id) };
}

async function doneCount(deps: AppDeps, user: GoalUser, goalId: string): Promise<{ done: number; total: number }> {
  const subtasks = await deps.repos.goals.listSubtasks(user.id, goalId);
  return { done: subtasks.filter((subtask) => subtask.done).length, total: subtasks.length };
}

/** Archives a goal: it leaves /goals but stays in the export. */
export async function archiveGoal(deps: AppDeps, user: GoalUser, input: { goalId: string }): Promise<GoalOutcome> {
  const parsed = parseInput(z.object({ goalId: z.string().min(1) }).strict(), input);
  if (!parsed.ok) return parsed;
  const goal = await deps.repos.goals.update(user.id, parsed.value.goalId, { status: 'archived' });
  if (!goal) return { ok: false, error: 'unknown_goal' };
  return { ok: true, view: await goalViewOf(deps.repos, user.id, goal, userToday(user, deps.clock.now())) };
}

/** The person's goals with progress (sums, pace to the deadline, counter days) and subtasks. */
export async function listGoals(
  deps: AppDeps,
  user: GoalUser,
  options: { includeArchived?: boolean } = {},
): Promise<{ date: LocalDate; goals: GoalView[] }> {
  const date = userToday(user, deps.clock.now());
  const goals = await deps.repos.goals.list(user.id, { includeArchived: options.includeArchived ?? false });
  return { date, goals: await Promise.all(goals.map((goal) => goalViewOf(deps.repos, user.id, goal, date))) };
}

export type RemoveGoalProgressOutcome =
  | { ok: true; removed: GoalProgressEntry; view: GoalView }
  | { ok: false; error: 'nothing_to_undo' }
  | InvalidInput;

/**
 * Takes back one progress entry (the Undo button under a "saved 250" echo); a goal that drops
 * below its target becomes active again.
 */
export async function removeGoalProgress(deps: AppDeps, user: GoalUser, input: { progressId: string }): Promise<RemoveGoalProgressOutcome> {
  const parsed = parseInput(z.object({ progressId: z.string().min(1) }).strict(), input);
  if (!parsed.ok) return parsed;
  const { progressId } = parsed.value;
  return deps.repos.transaction(async (repos): Promise<RemoveGoalProgressOutcome> => {
    for (const goal of await repos.goals.list(user.id, { includeArchived: true })) {
      const removed = (await repos.goals.listProgress(user.id, goal.id)).find((row) => row.id === progressId);
      if (!removed) continue;
      if (!(await repos.goals.removeProgress(user.id, progressId))) break;
      let view = await goalViewOf(repos, user.id, goal, userToday(user, deps.clock.now()));
      const reached = view.progress.kind === 'target' && view.progress.reached;
      if (goal.status !== 'archived' && reached !== (goal.status === 'completed')) {
        const updated = await repos.goals.update(user.id, goal.id, { status: reached ? 'completed' : 'active' });
        if (updated) view = { ...view, goal: updated };
      }
      return { ok: true, removed, view };
    }
    return { ok: false, error: 'nothing_to_undo' };
  });
}
