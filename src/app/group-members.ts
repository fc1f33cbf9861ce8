// Members of a group: joining, leaving, being removed by an admin or leaving the chat, and
// the list of who is in it with what each one shares (and nothing else).
import type { Habit, Platform } from '../core/types.js';
import type { AppDeps } from './deps.js';
import type { ChatRef, Group, GroupMember } from './group-ports.js';

export type JoinOutcome =
  | { ok: true; group: Group; status: 'joined' | 'already' }
  /** Not a group's home chat (or not a group chat at all): nothing to join. */
  | { ok: false; error: 'no_group' }
  /** An admin removed them: only an admin lets them back in. */
  | { ok: false; error: 'removed' };

export async function joinGroup(deps: AppDeps, user: { id: string }, chat: ChatRef): Promise<JoinOutcome> {
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return { ok: false, error: 'no_group' };
  return joinById(deps, user, group);
}

async function joinById(deps: AppDeps, user: { id: string }, group: Group): Promise<JoinOutcome> {
  const status = await deps.repos.groups.join(group.id, user.id, deps.clock.now());
  return status === 'removed' ? { ok: false, error: 'removed' } : { ok: true, group, status };
}

/** The card's Join button names the group: it only works in that group's own home chat. */
export async function joinFromButton(deps: AppDeps, user: { id: string }, chat: ChatRef, groupId: string): Promise<JoinOutcome> {
  const group = await deps.repos.groups.findByChat(chat);
  if (!group || group.id !== groupId) return { ok: false, error: 'no_group' };
  return joinById(deps, user, group);
}

export type LeaveOutcome = { ok: true; group: Group } | { ok: false; error: 'no_group' | 'not_member' };

export async function leaveGroup(deps: AppDeps, user: { id: string }, chat: ChatRef): Promise<LeaveOutcome> {
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return { ok: false, error: 'no_group' };
  const left = await deps.repos.groups.markGone(group.id, user.id, 'left', deps.clock.now());
  return left ? { ok: true, group } : { ok: false, error: 'not_member' };
}

export type RemoveOutcome =
  | { ok: true; member: GroupMember }
  | { ok: false; error: 'not_admin' | 'no_group' | 'not_member' | 'oneself' };

/** An admin removes an active member (named by user id, as the card's buttons and /remove find them). */
export async function removeMember(deps: AppDeps, actor: { id: string; isAdmin: boolean }, chat: ChatRef, memberUserId: string): Promise<RemoveOutcome> {
  if (!actor.isAdmin) return { ok: false, error: 'not_admin' };
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return { ok: false, error: 'no_group' };
  if (memberUserId === actor.id) return { ok: false, error: 'oneself' };
  const member = await deps.repos.groups.member(group.id, memberUserId);
  if (!member || member.status !== 'active') return { ok: false, error: 'not_member' };
  const removed = await deps.repos.groups.markGone(group.id, memberUserId, 'removed', deps.clock.now());
  return removed ? { ok: true, member: { ...member, status: 'removed' } } : { ok: false, error: 'not_member' };
}

/**
 * The platform says someone left the chat (Telegram chat_member / left_chat_member, Discord
 * guildMemberRemove): they are out of the group. Unknown people and chats change nothing.
 */
export async function memberLeftChat(deps: AppDeps, event: { platform: Platform; chatId: string; userExternalId: string }): Promise<boolean> {
  const group = await deps.repos.groups.findByChat({ platform: event.platform, chatId: event.chatId });
  if (!group) return false;
  const user = await deps.repos.users.findByIdentity(event.platform, event.userExternalId);
  if (!user) return false;
  return deps.repos.groups.markGone(group.id, user.id, 'left', deps.clock.now());
}

export interface MemberWithShares {
  member: GroupMember;
  shared: Habit[];
}

/** Active members, each with the habits they share with this group: nothing else of theirs. */
export async function membersWithShares(deps: AppDeps, group: Group): Promise<MemberWithShares[]> {
  const [members, shared] = await Promise.all([deps.repos.groups.activeMembers(group.id), deps.repos.groupSharing.sharedHabits(group.id)]);
  return members.map((member) => ({ member, shared: shared.filter((row) => row.userId === member.userId).map((row) => row.habit) }));
}

/** Active members of a group (for BOARD and RECAP). */
export function activeMembers(deps: AppDeps, groupId: string): Promise<GroupMember[]> {
  return deps.repos.groups.activeMembers(groupId);
}

/** The ids of the habits a member shares with a group (for BOARD and RECAP). */
export function sharedHabitIds(deps: AppDeps, groupId: string, userId: string): Promise<string[]> {
  return deps.repos.groupSharing.sharedHabitIds(groupId, userId);
}
