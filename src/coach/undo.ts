// Takes back what one coach reply wrote: the entries it logged and the habits it created,
// each through the app's own use cases for that person only.
import type { AppDeps } from '../app/deps.js';
import { undoHabitCreation } from '../app/habits.js';
import { removeEntry, type LogUser } from '../app/logging.js';
import type { CoachChatOutcome } from '../app/ports.js';
import type { Entry, Habit } from '../core/types.js';

export interface UndoneWrites {
  entries: Entry[];
  habits: Habit[];
}

export async function undoCoachWrites(deps: AppDeps, user: LogUser, undo: NonNullable<CoachChatOutcome['undo']>): Promise<UndoneWrites> {
  const entries: Entry[] = [];
  for (const entryId of undo.entryIds) {
    const outcome = await removeEntry(deps, user, { entryId });
    if (outcome.ok) entries.push(outcome.removed);
  }
  const habits: Habit[] = [];
  for (const habitId of undo.habitIds) {
    const outcome = await undoHabitCreation(deps, user, { habitId });
    if (outcome.ok) habits.push(outcome.habit);
  }
  return { entries, habits };
}
