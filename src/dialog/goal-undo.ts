// The Undo button under a goal progress echo. The app layer has no use case for taking
// progress back yet, so this small helper does it: remove the row, then bring the goal's
// completed/active status in line with the new total.
import type { AppDeps } from '../app/deps.js';
import { goalViewOf, type GoalView } from '../app/goals.js';
import { userToday } from '../app/users.js';
import type { User } from '../core/types.js';

export async function removeGoalProgress(deps: AppDeps, user: Pick<User, 'id' | 'timeZone' | 'dayStartHour'>, progressId: string): Promise<GoalView | null> {
  const goals = await deps.repos.goals.list(user.id, { includeArchived: true });
  for (const goal of goals) {
    const rows = await deps.repos.goals.listProgress(user.id, goal.id);
    if (!rows.some((row) => row.id === progressId)) continue;
    if (!(await deps.repos.goals.removeProgress(user.id, progressId))) return null;
    const today = userToday(user, deps.clock.now());
    let view = await goalViewOf(deps.repos, user.id, goal, today);
    const reached = view.progress.kind === 'target' && view.progress.reached;
    if (goal.status !== 'archived' && reached !== (goal.status === 'completed')) {
      const updated = await deps.repos.goals.update(user.id, goal.id, { status: reached ? 'completed' : 'active' });
      if (updated) view = { ...view, goal: updated };
    }
    return view;
  }
  return null;
}
