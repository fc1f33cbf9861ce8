// Finding a goal by (part of) its title, forgiving case and accents.
import { normalizeName } from '../../app/habit-input.js';
import type { Goal } from '../../core/types.js';

export function findByTitle(goals: Goal[], text: string): Goal | undefined {
  const wanted = normalizeName(text);
  if (wanted === '') return undefined;
  return goals.find((goal) => normalizeName(goal.title) === wanted)
    ?? goals.find((goal) => normalizeName(goal.title).includes(wanted));
}
