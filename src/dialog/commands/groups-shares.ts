// /share HABIT and /unshare HABIT: one of the speaker's own habits, found by its name as other
// commands find it. An unknown name is said clearly and nothing is written.
import { listHabits } from '../../app/habits.js';
import { shareHabit, unshareHabit, type ShareOutcome } from '../../app/group-shares.js';
import type { Habit } from '../../core/types.js';
import { habitLabel } from '../format.js';
import type { Reply } from '../messages.js';
import { reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { chatOf, homeGroup } from './groups-common.js';
import { findHabitByName, habitPicker } from './habits.js';

type ShareCommand = 'share' | 'unshare';

function answer(turn: Turn, command: ShareCommand, outcome: ShareOutcome, name: string): Reply[] {
  const { t } = turn;
  if (outcome.ok) return [reply(t(command === 'share' ? 'group.share.done' : 'group.share.undone', { habit: habitLabel(outcome.habit), group: outcome.group.name }))];
  switch (outcome.error) {
    case 'no_group': return [reply(t('group.no_group'))];
    case 'not_member': return [reply(t('group.share.not_member'))];
    case 'unknown_habit': return [reply(t('group.share.unknown_habit', { name }))];
  }
}

async function run(turn: Turn, command: ShareCommand, habit: Habit): Promise<Reply[]> {
  const work = command === 'share' ? shareHabit : unshareHabit;
  return answer(turn, command, await work(turn.app, turn.user, chatOf(turn), habit.id), habit.name);
}

async function withOwnHabit(turn: Turn, command: ShareCommand, args: string): Promise<Reply[]> {
  const { t } = turn;
  const home = await homeGroup(turn, command);
  if ('replies' in home) return home.replies;
  const { habits } = await listHabits(turn.app, turn.user);
  const name = args.trim();
  if (!name) return habits.length > 0 ? [reply(t('group.share.ask', { command }), habitPicker(habits, command))] : [reply(t('habits.none'))];
  const habit = findHabitByName(habits, name);
  if (!habit) return [reply(t('group.share.unknown_habit', { name }))];
  return run(turn, command, habit);
}

export const shareCommand = (turn: Turn, args: string): Promise<Reply[]> => withOwnHabit(turn, 'share', args);
export const unshareCommand = (turn: Turn, args: string): Promise<Reply[]> => withOwnHabit(turn, 'unshare', args);

/** The picker's buttons: the habit is looked up among the presser's own (someone else's is "gone"). */
async function pickFor(turn: Turn, command: ShareCommand, habitId: string): Promise<Reply[]> {
  if (turn.message.chat.kind !== 'group') return [reply(turn.t('button.invalid'))];
  const habit = await turn.repos.habits.get(turn.user.id, habitId);
  return habit && habit.status !== 'archived' ? run(turn, command, habit) : [reply(turn.t('habits.gone'))];
}

export const pickForShare = (turn: Turn, habitId: string): Promise<Reply[]> => pickFor(turn, 'share', habitId);
export const pickForUnshare = (turn: Turn, habitId: string): Promise<Reply[]> => pickFor(turn, 'unshare', habitId);
