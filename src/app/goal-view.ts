// A goal as the dialog shows it: progress (core rules) and subtasks.
import { counterDays, subtaskProgress, targetGoalProgress, type TargetGoalProgress } from '../core/goals.js';
import type { Goal, GoalProgressEntry, LocalDate, Subtask } from '../core/types.js';
import type { Repositories } from './ports.js';

export type GoalProgressView =
  | ({ kind: 'target' } & TargetGoalProgress)
  | { kind: 'counter'; days: number; since: LocalDate };

export interface GoalView {
  goal: Goal;
  progress: GoalProgressView;
  subtasks: Subtask[];
  subtasksDone: { done: number; total: number };
}

export function progressOf(goal: Goal, entries: GoalProgressEntry[], today: LocalDate): GoalProgressView {
  if (goal.kind === 'counter') return { kind: 'counter', days: counterDays(goal, today), since: goal.lastResetDate ?? goal.startDate };
  return { kind: 'target', ...targetGoalProgress(goal, entries, today) };
}

export async function goalViewOf(repos: Repositories, userId: string, goal: Goal, today: LocalDate): Promise<GoalView> {
  const [entries, subtasks] = await Promise.all([repos.goals.listProgress(userId, goal.id), repos.goals.listSubtasks(userId, goal.id)]);
  return { goal, progress: progressOf(goal, entries, today), subtasks, subtasksDone: subtaskProgress(subtasks) };
}
