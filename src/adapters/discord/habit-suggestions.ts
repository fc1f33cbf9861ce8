// Autocomplete for the habit option: the speaking person's own habits (never anyone
// else's), those starting with what they typed first, then those containing it,
// forgiving case and accents. Only reads; an unknown person simply gets no suggestions.
import { normalizeName } from '../../app/habit-input.js';
import type { Repositories } from '../../app/ports.js';
import type { Habit } from '../../core/types.js';
import { habitLabel } from '../../dialog/format.js';
import { truncateText } from '../../dialog/split-text.js';
import type { HabitChoice, HabitSuggestions } from './types.js';

const MAX_CHOICES = 25;

function rank(habit: Habit, wanted: string): number | null {
  if (wanted === '') return 2;
  const names = [habit.name, ...habit.synonyms].map(normalizeName);
  if (names.some((name) => name.startsWith(wanted))) return 0;
  if (names.some((name) => name.includes(wanted))) return 1;
  return null;
}

export function suggestHabits(habits: Habit[], typed: string): HabitChoice[] {
  const wanted = normalizeName(typed);
  return habits
    .filter((habit) => habit.status !== 'archived')
    .map((habit) => ({ habit, rank: rank(habit, wanted) }))
    .filter((candidate): candidate is { habit: Habit; rank: number } => candidate.rank !== null)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_CHOICES)
    .map(({ habit }) => ({ name: truncateText(habitLabel(habit), 100), value: truncateText(habit.name, 100) }));
}

export function createHabitSuggestions(repos: Pick<Repositories, 'users' | 'habits'>): HabitSuggestions {
  return async (person, typed) => {
    const user = await repos.users.findByIdentity(person.platform, person.externalId);
    if (!user) return [];
    return suggestHabits(await repos.habits.list(user.id), typed);
  };
}
