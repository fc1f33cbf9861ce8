// /habits, /edit and /archive. A command that needs a habit takes its name ("/edit gym")
// or, without one, offers the habits as buttons.
import { archiveHabit, listHabits } from '../../app/habits.js';
import { currentStreaks } from '../../app/queries.js';
import { normalizeName } from '../../app/habit-input.js';
import type { Habit } from '../../core/types.js';
import { startConfirmation } from '../flows/confirm.js';
import { startEditHabit } from '../flows/habit-flow.js';
import { formatFrequency, habitLabel } from '../format.js';
import type { Reply } from '../messages.js';
import { button, reply, rows } from '../replies.js';
import type { Turn } from '../turn.js';
import { streakText } from './queries.js';

/** Finds a habit by its name or a taught word, forgiving case and accents. */
export function findHabitByName(habits: Habit[], text: string): Habit | undefined {
  const wanted = normalizeName(text);
  if (wanted === '') return undefined;
  const names = (habit: Habit) => [habit.name, ...habit.synonyms].map(normalizeName);
  return habits.find((habit) => names(habit).includes(wanted))
    ?? habits.find((habit) => names(habit).some((name) => name.startsWith(wanted) || wanted.startsWith(name)));
}

/** Buttons naming each habit; pressing one runs `command` for it (its answer replaces the question). */
export function habitPicker(habits: Habit[], command: string): Reply['buttons'] {
  return rows(habits.slice(0, 24).map((habit) => button(habitLabel(habit).slice(0, 60), { action: 'pick', command, habitId: habit.id, inPlace: true })), 2);
}

export async function showHabits(turn: Turn): Promise<Reply[]> {
  const { t, user } = turn;
  // Streaks are computed from the history when read, as /streaks computes them: a cached column
  // would go stale overnight (a break habit's clean days have no entries to refresh it). Only the
  // current streak is shown, so only the current runs are read.
  const view = await currentStreaks(turn.app, user);
  if (view.streaks.length === 0) return [reply(t('habits.none'))];
  const lines = [t('habits.title')];
  for (const { habit, current, unit } of view.streaks) {
    const paused = habit.status === 'paused' ? ` ⏸️` : '';
    lines.push(`• **${habitLabel(habit)}**${paused} — ${formatFrequency(t, user.locale, habit.frequency)} · 🔥 ${streakText(turn, current, unit)}`);
  }
  if (view.archivedCount > 0) lines.push('', t('habits.archived_count', { count: view.archivedCount }));
  lines.push('', t('habits.footer'));
  return [reply(lines.join('\n'))];
}

async function withHabit(turn: Turn, args: string, command: string, run: (habit: Habit) => Promise<Reply[]>): Promise<Reply[]> {
  const { t } = turn;
  const { habits } = await listHabits(turn.app, turn.user);
  if (habits.length === 0) return [reply(t('habits.none'))];
  if (args) {
    const habit = findHabitByName(habits, args);
    if (habit) return run(habit);
    return [reply(t('habits.not_found', { name: args }), habitPicker(habits, command))];
  }
  return [reply(t(`habits.pick.${command as 'edit' | 'archive'}`), habitPicker(habits, command))];
}

export function editCommand(turn: Turn, args: string): Promise<Reply[]> {
  return withHabit(turn, args, 'edit', (habit) => startEditHabit(turn, habit));
}

async function askArchive(turn: Turn, habit: Habit): Promise<Reply[]> {
  return startConfirmation(turn, 'archive', { habitId: habit.id }, turn.t('archive.confirm', { habit: habitLabel(habit) }), turn.t('button.archive'));
}

export function archiveCommand(turn: Turn, args: string): Promise<Reply[]> {
  return withHabit(turn, args, 'archive', (habit) => askArchive(turn, habit));
}

/** Runs after the person confirmed archiving. */
export async function archiveConfirmed(turn: Turn, habitId: string): Promise<Reply[]> {
  const outcome = await archiveHabit(turn.app, turn.user, { habitId });
  if (!outcome.ok) return [reply(turn.t('habits.gone'))];
  return [reply(turn.t('archive.done', { habit: habitLabel(outcome.habit) }))];
}

export async function pickForEdit(turn: Turn, habitId: string): Promise<Reply[]> {
  const habit = await turn.repos.habits.get(turn.user.id, habitId);
  return habit && habit.status !== 'archived' ? startEditHabit(turn, habit) : [reply(turn.t('habits.gone'))];
}

export async function pickForArchive(turn: Turn, habitId: string): Promise<Reply[]> {
  const habit = await turn.repos.habits.get(turn.user.id, habitId);
  return habit && habit.status !== 'archived' ? askArchive(turn, habit) : [reply(turn.t('habits.gone'))];
}
