// /partner: in a group's home chat, "/partner @Bia" (or "/partner Bia") asks another active
// member to be accountability partners; the request is posted with Accept / Decline buttons that
// carry its token and work only for Bia. "/partner end @Bia" (or the End button) ends it. In a
// direct chat, /partner lists the person's partners with what each shares, this week.
import { normalizeName } from '../../app/habit-input.js';
import type { GroupMember } from '../../app/group-ports.js';
import { partnerCards, type PartnerCard } from '../../app/partner-view.js';
import { answerPartner, endPartnership, requestPartner } from '../../app/partners.js';
import type { ButtonAction } from '../buttons.js';
import { habitLabel } from '../format.js';
import { wordsOf } from '../i18n/words/index.js';
import type { Reply } from '../messages.js';
import { button, normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { chatOf, homeGroup } from './groups-common.js';

const END_WORDS = wordsOf('partnerEnd');

const sameName = (name: string, text: string): boolean => normalizeName(name) === normalizeName(text.trim().replace(/^@/, ''));

export async function partnerCommand(turn: Turn, args: string): Promise<Reply[]> {
  const [first = '', ...rest] = args.trim().split(/\s+/);
  if (END_WORDS.has(normalizeAnswer(first)) && rest.length > 0) return endByName(turn, rest.join(' '));
  if (turn.message.chat.kind === 'private') {
    return args.trim() ? [reply(turn.t('partner.ask_in_group'))] : partnerList(turn);
  }
  return ask(turn, args.trim());
}

async function ask(turn: Turn, name: string): Promise<Reply[]> {
  const { t } = turn;
  const home = await homeGroup(turn, 'partner');
  if ('replies' in home) return home.replies;
  if (!name) return [reply(t('partner.usage'))];
  const members = await turn.repos.groups.activeMembers(home.group.id);
  const member: GroupMember | undefined = members.find((candidate) => sameName(candidate.displayName, name));
  const cleanName = name.replace(/^@/, '');
  if (member?.userId === turn.user.id) return [reply(t('partner.oneself'))];
  if (!member) return [reply(t('partner.not_member', { name: cleanName }))];
  const outcome = await requestPartner(turn.app, turn.user, chatOf(turn), member.userId);
  if (!outcome.ok) {
    switch (outcome.error) {
      case 'no_group': return [reply(t('group.no_group'))];
      case 'not_member': return [reply(t('group.not_member'))];
      case 'oneself': return [reply(t('partner.oneself'))];
      case 'partner_not_member': return [reply(t('partner.not_member', { name: cleanName }))];
      case 'duplicate': return [reply(t('partner.duplicate', { name: member.displayName }))];
    }
  }
  const { token } = outcome.partnership;
  return [reply(
    t('partner.asked', { name: turn.user.displayName, other: member.displayName, group: outcome.group.name }),
    [[
      button(t('button.partner_accept'), { action: 'partner', op: 'accept', id: token }),
      button(t('button.partner_decline'), { action: 'partner', op: 'decline', id: token }),
    ]],
  )];
}

async function endByName(turn: Turn, name: string): Promise<Reply[]> {
  const open = await turn.repos.partnerships.openOf(turn.user.id);
  const group = turn.message.chat.kind === 'group' ? await turn.repos.groups.findByChat(chatOf(turn)) : null;
  const found = open.find((candidate) => sameName(candidate.other.displayName, name) && (!group || candidate.partnership.groupId === group.id));
  if (!found) return [reply(turn.t('partner.end_unknown', { name: name.trim().replace(/^@/, '') }))];
  return ended(turn, found.partnership.id);
}

async function ended(turn: Turn, partnershipId: string): Promise<Reply[]> {
  const partnership = await endPartnership(turn.app, turn.user, partnershipId);
  if (!partnership) return [reply(turn.t('button.invalid'))];
  const otherId = partnership.requesterId === turn.user.id ? partnership.partnerId : partnership.requesterId;
  const other = await turn.repos.users.get(otherId);
  return [reply(turn.t('partner.ended', { name: turn.user.displayName, other: other?.displayName ?? '?' }))];
}

/** Accept / Decline work only for the asked person with the request's live token; End only for one of the two. */
export async function partnerButton(turn: Turn, action: Extract<ButtonAction, { action: 'partner' }>): Promise<Reply[]> {
  const { t } = turn;
  if (action.op === 'end') return ended(turn, action.id);
  const partnership = await answerPartner(turn.app, turn.user, action.id, action.op === 'accept');
  if (!partnership) return [reply(t('button.invalid'))];
  if (partnership.status === 'declined') return [{ ...reply(t('partner.declined', { name: turn.user.displayName })), editsPrevious: true }];
  const requester = await turn.repos.users.get(partnership.requesterId);
  return [{ ...reply(t('partner.accepted', { name: requester?.displayName ?? '?', other: turn.user.displayName })), editsPrevious: true }];
}

function cardLines(turn: Turn, card: PartnerCard): string[] {
  const { t } = turn;
  const vars = { name: card.partner.other.displayName, group: card.partner.groupName };
  if (card.partner.partnership.status !== 'active') return [t('partner.list.waiting', vars)];
  const lines = [t('partner.list.partner', vars)];
  if (card.leftGroup) lines.push(t('partner.list.left_group', vars));
  else if (card.habits.length === 0) lines.push(t('partner.list.nothing_shared', vars));
  for (const week of card.habits) {
    lines.push(t('partner.list.habit', { habit: habitLabel(week.habit), met: week.met, due: week.due, streak: week.streak }));
  }
  return lines;
}

/** The person's partners, each with the habits they share with the partnership's group. */
async function partnerList(turn: Turn): Promise<Reply[]> {
  const { t } = turn;
  const cards = await partnerCards(turn.app, turn.user);
  if (cards.length === 0) return [reply(t('partner.none'))];
  const lines = [t('partner.list.title'), ...cards.flatMap((card) => cardLines(turn, card))];
  const buttons = cards.slice(0, 10).map((card) => [button(t('button.partner_end', { name: card.partner.other.displayName.slice(0, 40) }), { action: 'partner', op: 'end', id: card.partner.partnership.id })]);
  return [reply(lines.join('\n'), buttons)];
}
