// What a member shows a group: one of their own habits at a time, by their consent.
import type { Habit } from '../core/types.js';
import type { AppDeps } from './deps.js';
import type { ChatRef, Group } from './group-ports.js';

export type ShareOutcome =
  | { ok: true; group: Group; habit: Habit }
  | { ok: false; error: 'no_group' | 'not_member' | 'unknown_habit' };

async function memberGroup(deps: AppDeps, userId: string, chat: ChatRef): Promise<Group | 'no_group' | 'not_member'> {
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return 'no_group';
  const member = await deps.repos.groups.member(group.id, userId);
  return member?.status === 'active' ? group : 'not_member';
}

/** Shares the person's own habit (looked up among their habits only) with the group of this chat. */
export async function shareHabit(deps: AppDeps, user: { id: string }, chat: ChatRef, habitId: string): Promise<ShareOutcome> {
  const group = await memberGroup(deps, user.id, chat);
  if (typeof group === 'string') return { ok: false, error: group };
  const habit = await deps.repos.habits.get(user.id, habitId);
  if (!habit || habit.status === 'archived') return { ok: false, error: 'unknown_habit' };
  const shared = await deps.repos.groupSharing.share(group.id, user.id, habit.id, deps.clock.now());
  return shared ? { ok: true, group, habit } : { ok: false, error: 'not_member' };
}

export async function unshareHabit(deps: AppDeps, user: { id: string }, chat: ChatRef, habitId: string): Promise<ShareOutcome> {
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return { ok: false, error: 'no_group' };
  const habit = await deps.repos.habits.get(user.id, habitId);
  if (!habit) return { ok: false, error: 'unknown_habit' };
  await deps.repos.groupSharing.unshare(group.id, user.id, habit.id);
  return { ok: true, group, habit };
}

/** Whether this habit is visible to the group of this chat: what decides if a check-in is said in public. */
export async function isSharedWithChat(deps: AppDeps, userId: string, chat: ChatRef, habitId: string): Promise<boolean> {
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return false;
  const member = await deps.repos.groups.member(group.id, userId);
  if (member?.status !== 'active') return false;
  return (await deps.repos.groupSharing.sharedHabitIds(group.id, userId)).includes(habitId);
}
