// "/group bridge": an admin of a group's home chat gets a one-time code, privately (a code is a
// key to the group: whoever redeems it receives the group's posts). "/group bridge CODE", said
// by an admin of a Telegram group or Discord channel on the other platform, makes that chat the
// group's second home (src/app/group-bridge.ts). Every refusal says why and changes nothing.
import { BRIDGE_CODE_TTL_MS, createBridgeCode, redeemBridgeCode } from '../../app/group-bridge.js';
import { formatLinkCode } from '../../app/linking.js';
import type { Platform } from '../../core/types.js';
import type { Reply } from '../messages.js';
import { reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { chatOf, groupT, isChatAdmin } from './groups-common.js';
import { showCard } from './groups.js';

/** Product names, the same in every language. */
const PLATFORM_NAMES: Record<Platform, string> = { telegram: 'Telegram', discord: 'Discord', console: 'console' };

export async function groupBridgeCommand(turn: Turn, args: string): Promise<Reply[]> {
  return args.trim() ? redeem(turn, args.trim()) : makeCode(turn);
}

async function makeCode(turn: Turn): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await createBridgeCode(turn.app, { id: turn.user.id, isAdmin: await isChatAdmin(turn) }, chatOf(turn));
  if (!outcome.ok) {
    switch (outcome.error) {
      case 'no_group': return [reply(t('group.no_group'))];
      case 'not_admin': return [reply(t('group.bridge.not_admin'))];
      case 'already_bridged': return [reply(t('group.bridge.already', { group: outcome.group.name }))];
    }
  }
  const other: Platform = turn.message.platform === 'telegram' ? 'discord' : 'telegram';
  const text = t('group.bridge.code', {
    group: outcome.group.name,
    code: formatLinkCode(outcome.code),
    minutes: Math.round(BRIDGE_CODE_TTL_MS / 60_000),
    platform: PLATFORM_NAMES[other],
  });
  const code: Reply = { text, private: true, direct: true };
  // Discord shows it to the admin alone; Telegram sends it to their direct chat and the group hears only that.
  if (turn.message.audience === 'speaker') return [code];
  return [code, { text: t('group.bridge.sent_privately'), undelivered: t('group.bridge.open_private_chat') }];
}

async function redeem(turn: Turn, code: string): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await redeemBridgeCode(
    turn.app,
    { id: turn.user.id, isAdmin: await isChatAdmin(turn) },
    { ...chatOf(turn), chatKind: turn.message.chat.kind, title: turn.message.chat.title ?? null },
    { code },
  );
  if (outcome.ok) {
    const done = groupT(outcome.group)('group.bridge.done', { group: outcome.group.name, platform: PLATFORM_NAMES[outcome.otherPlatform] });
    return [reply(done), ...(await showCard(turn, outcome.group))];
  }
  switch (outcome.error) {
    case 'not_a_group_chat': return [reply(t('group.console'))];
    case 'not_admin': return [reply(t('group.bridge.not_admin'))];
    case 'chat_taken': return [reply(t('group.bridge.chat_taken', { group: outcome.group.name }))];
    case 'invalid_code': return [reply(t('group.bridge.invalid'))];
    case 'same_platform': return [reply(t('group.bridge.same_platform', { platform: PLATFORM_NAMES[turn.message.platform] }))];
    case 'too_many_attempts': return [reply(t('group.bridge.too_many'))];
    case 'invalid_input': return [reply(t('group.bridge.bad_code'))];
  }
}
