// /group: said in a group chat, makes it the home of a new group (named after the chat, or
// asked), or shows the group's card with a Join button. "/group settings ..." changes the
// group's settings (groups-settings.ts).
import { groupCard, openGroup } from '../../app/groups.js';
import type { Group } from '../../app/group-ports.js';
import { nextWeeklySlot } from '../../core/weekly-time.js';
import type { Weekday } from '../../core/types.js';
import { formatDate, formatFrequency } from '../format.js';
import { wordsOf } from '../i18n/words/index.js';
import type { Reply } from '../messages.js';
import { button, normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { groupBridgeCommand } from './groups-bridge.js';
import { chatOf, groupT, notInGroupChat } from './groups-common.js';
import { groupSettingsCommand } from './groups-settings.js';

export const GROUP_NAME_FLOW = 'group_name';
const SETTINGS_WORDS = wordsOf('groupSettings');
const BRIDGE_WORDS = wordsOf('groupBridge');

export async function groupCommand(turn: Turn, args: string): Promise<Reply[]> {
  const outside = notInGroupChat(turn, 'group');
  if (outside) return outside;
  const [first = '', ...rest] = args.split(/\s+/);
  if (SETTINGS_WORDS.has(normalizeAnswer(first))) return groupSettingsCommand(turn, rest.join(' '));
  if (BRIDGE_WORDS.has(normalizeAnswer(first))) return groupBridgeCommand(turn, rest.join(' '));
  const existing = await turn.repos.groups.findByChat(chatOf(turn));
  if (existing) return showCard(turn, existing);
  const name = args.trim() || turn.message.chat.title?.trim();
  if (!name) {
    await turn.setState(GROUP_NAME_FLOW, 'name');
    return [reply(turn.t('group.ask_name'))];
  }
  return createGroup(turn, name);
}

export async function createGroup(turn: Turn, name: string): Promise<Reply[]> {
  const outcome = await openGroup(turn.app, turn.user, {
    platform: turn.message.platform,
    chatId: turn.message.chat.id,
    chatKind: turn.message.chat.kind,
    name,
    title: turn.message.chat.title ?? null,
  });
  if (!outcome.ok) return [reply(outcome.error === 'not_a_group_chat' ? turn.t('group.console') : turn.t('group.bad_name'))];
  if (!outcome.created) return showCard(turn, outcome.group);
  const card = await showCard(turn, outcome.group);
  return [reply(groupT(outcome.group)('group.created', { name: outcome.group.name })), ...card];
}

function slotText(turn: Turn, group: Group, day: Weekday, time: string): string {
  const locale = group.locale;
  const slot = nextWeeklySlot(turn.now, group.timeZone, day, time);
  return `${formatDate(locale, slot.date)}, ${slot.time} (${group.timeZone})`;
}

/** The card, for everyone in the chat (so in the group's language): name, active members, commitments, next proof and recap times in the group's zone, and Join. */
export async function showCard(turn: Turn, group: Group): Promise<Reply[]> {
  const t = groupT(group);
  const card = await groupCard(turn.app, group);
  const lines = [`👥 **${group.name}**`, t('group.card.members', { count: card.memberCount })];
  if (card.commitments.length === 0) lines.push(t('group.card.no_commitments'));
  else {
    lines.push(t('group.card.commitments'));
    for (const { commitment, adopters } of card.commitments) {
      lines.push(`• **${commitment.title}** — ${formatFrequency(t, group.locale, commitment.frequency)} · ${t('group.card.adopted', { count: adopters })}`);
    }
  }
  lines.push(t('group.card.next_proof', { when: slotText(turn, group, group.proofDay, group.proofTime) }));
  lines.push(t('group.card.next_recap', { when: slotText(turn, group, group.recapDay, group.recapTime) }));
  return [reply(lines.join('\n'), [[button(t('button.group_join'), { action: 'group', op: 'join', id: group.id })]])];
}
