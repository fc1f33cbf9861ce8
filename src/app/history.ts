// Loads everything the read-side queries need about a person's habits in three queries.
import type { HabitStats } from '../core/stats.js';
import type { Habit, LocalDate, Pause, User } from '../core/types.js';
import { statsOf } from './habit-stats.js';
import type { HistoryEntry, Repositories } from './ports.js';

export type QueryUser = Pick<User, 'id' | 'timeZone' | 'dayStartHour' | 'weekStart'>;

export interface UserHistory {
  habits: Habit[];
  /** What the rules read of each entry (kind, local date, quantity), oldest first. */
  entriesByHabit: Map<string, HistoryEntry[]>;
  pauses: Pause[];
}

/** Active and paused habits (not archived) with all their entries and the person's pauses. */
export async function loadUserHistory(repos: Repositories, user: QueryUser): Promise<UserHistory> {
  const [habits, entriesByHabit, pauses] = await Promise.all([
    repos.habits.list(user.id),
    repos.entries.historyForUser(user.id),
    repos.pauses.list(user.id),
  ]);
  return { habits, entriesByHabit, pauses };
}

export function habitEntries(history: UserHistory, habitId: string): HistoryEntry[] {
  return history.entriesByHabit.get(habitId) ?? [];
}

export function statsForAll(history: UserHistory, today: LocalDate, user: QueryUser): { habit: Habit; stats: HabitStats }[] {
  return history.habits.map((habit) => ({
    habit,
    stats: statsOf(habit, habitEntries(history, habit.id), history.pauses, today, user),
  }));
}
