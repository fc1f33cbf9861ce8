// /join (and the card's Join button), /leave, /members and an admin's /remove. Said outside a
// group's home chat they answer clearly and write nothing.
import { joinFromButton, joinGroup, leaveGroup, membersWithShares, removeMember, type JoinOutcome } from '../../app/group-members.js';
import type { GroupMember } from '../../app/group-ports.js';
import { normalizeName } from '../../app/habit-input.js';
import { habitLabel } from '../format.js';
import type { Reply } from '../messages.js';
import { button, reply, rows } from '../replies.js';
import type { Turn } from '../turn.js';
import { chatOf, groupT, homeGroup, isChatAdmin, notInGroupChat } from './groups-common.js';

function joined(turn: Turn, outcome: JoinOutcome): Reply[] {
  const { t } = turn;
  const name = turn.user.displayName;
  if (!outcome.ok) return [reply(outcome.error === 'removed' ? t('group.join.removed') : t('group.no_group'))];
  // A welcome is for the whole group (its language); "you're already in" is for the speaker.
  if (outcome.status === 'joined') return [reply(groupT(outcome.group)('group.join.done', { group: outcome.group.name, name }))];
  return [reply(t('group.join.already', { group: outcome.group.name, name }))];
}

export async function joinCommand(turn: Turn): Promise<Reply[]> {
  const outside = notInGroupChat(turn, 'join');
  if (outside) return outside;
  return joined(turn, await joinGroup(turn.app, turn.user, chatOf(turn)));
}

/** The card's Join button: it joins the presser, and only to the group of the chat it was pressed in. */
export async function joinButton(turn: Turn, groupId: string): Promise<Reply[]> {
  if (turn.message.chat.kind !== 'group') return [reply(turn.t('button.invalid'))];
  const outcome = await joinFromButton(turn.app, turn.user, chatOf(turn), groupId);
  if (!outcome.ok && outcome.error === 'no_group') return [reply(turn.t('button.invalid'))];
  return joined(turn, outcome);
}

export async function leaveCommand(turn: Turn): Promise<Reply[]> {
  const outside = notInGroupChat(turn, 'leave');
  if (outside) return outside;
  const outcome = await leaveGroup(turn.app, turn.user, chatOf(turn));
  if (!outcome.ok) return [reply(outcome.error === 'no_group' ? turn.t('group.no_group') : turn.t('group.not_member'))];
  return [reply(groupT(outcome.group)('group.leave.done', { group: outcome.group.name, name: turn.user.displayName }))];
}

/** Each active member with the habits they share here: nothing else of theirs. For everyone, in the group's language. */
export async function membersCommand(turn: Turn): Promise<Reply[]> {
  const home = await homeGroup(turn, 'members');
  if ('replies' in home) return home.replies;
  const t = groupT(home.group);
  const members = await membersWithShares(turn.app, home.group);
  if (members.length === 0) return [reply(t('group.members.none'))];
  const lines = [t('group.members.title', { group: home.group.name })];
  for (const { member, shared } of members) {
    const habits = shared.length > 0 ? shared.map((habit) => habitLabel(habit)).join(', ') : t('group.members.nothing_shared');
    lines.push(`• **${member.displayName}** — ${habits}`);
  }
  return [reply(lines.join('\n'))];
}

function findMember(members: GroupMember[], text: string): GroupMember | undefined {
  const wanted = normalizeName(text.replace(/^@/, ''));
  return members.find((member) => normalizeName(member.displayName) === wanted);
}

/** "/remove Bia" (or "/remove @Bia"); without a name, the members as buttons. Admins only. */
export async function removeCommand(turn: Turn, args: string): Promise<Reply[]> {
  const { t } = turn;
  const home = await homeGroup(turn, 'remove');
  if ('replies' in home) return home.replies;
  if (!(await isChatAdmin(turn))) return [reply(t('group.remove.not_admin'))];
  const members = (await turn.repos.groups.activeMembers(home.group.id)).filter((member) => member.userId !== turn.user.id);
  if (!args.trim()) {
    if (members.length === 0) return [reply(t('group.members.none'))];
    const buttons = members.slice(0, 24).map((member) => button(member.displayName.slice(0, 60), { action: 'group', op: 'remove', id: member.userId }));
    return [reply(t('group.remove.pick', { group: home.group.name }), rows(buttons, 2))];
  }
  const member = findMember(members, args);
  if (!member) return [reply(t('group.remove.not_member', { name: args.trim() }))];
  return removed(turn, member.userId);
}

/** The remove button: the presser must be an admin of the chat it was pressed in, every time. */
export function removeButton(turn: Turn, userId: string): Promise<Reply[]> {
  if (turn.message.chat.kind !== 'group') return Promise.resolve([reply(turn.t('button.invalid'))]);
  return removed(turn, userId);
}

async function removed(turn: Turn, userId: string): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await removeMember(turn.app, { id: turn.user.id, isAdmin: await isChatAdmin(turn) }, chatOf(turn), userId);
  if (outcome.ok) {
    // Said to the whole group: in its language.
    const group = await turn.repos.groups.findByChat(chatOf(turn));
    return [reply((group ? groupT(group) : t)('group.remove.done', { name: outcome.member.displayName }))];
  }
  switch (outcome.error) {
    case 'not_admin': return [reply(t('group.remove.not_admin'))];
    case 'no_group': return [reply(t('group.no_group'))];
    case 'oneself': return [reply(t('group.remove.oneself'))];
    case 'not_member': return [reply(t('button.invalid'))];
  }
}
