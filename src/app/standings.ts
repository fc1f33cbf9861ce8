// Where every habit stands today (/today, /habits, streak-at-risk nudges), read from recent
// history only: a quarter's entries first, then, for the few habits whose current run reaches
// further back, their whole history (core/standing.ts decides when a read suffices). A middle
// read (two years) was tried: it made the worst case (every run years long) cost 2.7x the
// whole history read instead of 1.3x (bench/suites/views.ts).
// Nothing is cached: the answer is the whole history's, computed when read.
import { addDays } from '../core/day.js';
import { standingOf, type Standing } from '../core/standing.js';
import type { Habit, LocalDate, Pause } from '../core/types.js';
import { pausesFor } from './habit-stats.js';
import type { QueryUser } from './history.js';
import type { HistoryEntry, Repositories } from './ports.js';

/** How far back each read goes (null: the whole history). Most runs end within a quarter. */
const READS: readonly (number | null)[] = [92, null];

export interface HabitStanding {
  habit: Habit;
  standing: Standing;
  /** The habit's entries dated today, oldest first. */
  todays: HistoryEntry[];
}

function knownFromOf(today: LocalDate, days: number | null): LocalDate | null {
  return days === null ? null : addDays(today, -days);
}

export interface Standings {
  /** Active and paused habits (not archived), in creation order. */
  standings: HabitStanding[];
  /** How many habits are archived (read with the others: /habits mentions them). */
  archivedCount: number;
}

/** Every active and paused habit with its standing today, in three queries sent at once (more only for long runs). */
export async function standingsForAll(repos: Repositories, user: QueryUser, today: LocalDate): Promise<Standings> {
  const firstFrom = knownFromOf(today, READS[0] ?? null);
  const [allHabits, pauses, recent] = await Promise.all([
    repos.habits.list(user.id, { includeArchived: true }),
    repos.pauses.list(user.id),
    repos.entries.historyForUser(user.id, firstFrom === null ? undefined : { from: firstFrom }),
  ]);
  const habits = allHabits.filter((habit) => habit.status !== 'archived');
  const found = new Map<string, HabitStanding>();
  let pending = habits;
  let entriesByHabit = recent;
  for (let round = 0; ; round += 1) {
    const knownFrom = knownFromOf(today, READS[round] ?? null);
    pending = pending.filter((habit) => {
      const standing = standingFrom(habit, entriesByHabit.get(habit.id) ?? [], pauses, today, user, knownFrom);
      if (standing) found.set(habit.id, standing);
      return standing === null;
    });
    if (pending.length === 0 || knownFrom === null) break;
    const nextFrom = knownFromOf(today, READS[round + 1] ?? null);
    // Every habit still open: the plain read of everything, no list of ids to match.
    const ids = pending.length === habits.length ? undefined : pending.map((habit) => habit.id);
    entriesByHabit = await repos.entries.historyForUser(user.id, nextFrom === null ? undefined : { from: nextFrom }, ids);
  }
  return { standings: habits.map((habit) => found.get(habit.id) as HabitStanding), archivedCount: allHabits.length - habits.length };
}

function standingFrom(
  habit: Habit, entries: HistoryEntry[], pauses: Pause[], today: LocalDate, user: QueryUser, knownFrom: LocalDate | null,
): HabitStanding | null {
  const standing = standingOf({ habit, entries, pauses: pausesFor(habit.id, pauses) }, today, user.weekStart, knownFrom);
  if (!standing) return null;
  let from = entries.length;
  while (from > 0 && (entries[from - 1] as HistoryEntry).localDate >= today) from -= 1;
  return { habit, standing, todays: entries.slice(from).filter((entry) => entry.localDate === today) };
}
