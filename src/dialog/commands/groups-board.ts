// The group's numbers: /leaderboard [week|month|all] ranks members by the share of their shared
// due periods met; /stats in a group's home chat shows the group's numbers, and /stats me the
// speaker's shared ones. Only what members shared with this group is ever counted or named.
import { groupLeaderboard, groupStats, memberSharedStats, type BoardPeriod } from '../../app/board.js';
import { groupStatsText, leaderboardText, memberSharedStatsText } from '../board-text.js';
import { entriesOf, wordsOf } from '../i18n/words/index.js';
import type { Reply } from '../messages.js';
import { normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { chatOf, homeGroup } from './groups-common.js';
import { showStats } from './queries.js';

const PERIODS = entriesOf('boardPeriods');
const ME = wordsOf('me');

export async function leaderboardCommand(turn: Turn, args: string): Promise<Reply[]> {
  const home = await homeGroup(turn, 'leaderboard');
  if ('replies' in home) return home.replies;
  const said = normalizeAnswer(args);
  const period: BoardPeriod | undefined = said === '' ? 'week' : PERIODS[said];
  if (!period) return [reply(turn.t('board.unknown_period', { text: args.trim() }))];
  const board = await groupLeaderboard(turn.app, home.group.id, period);
  return [reply(board ? leaderboardText(turn.t, turn.user.locale, board) : turn.t('group.no_group'))];
}

/** /stats: in a group's home chat the group's numbers (or the speaker's shared ones); elsewhere the person's own. */
export async function statsCommand(turn: Turn, args: string): Promise<Reply[]> {
  if (turn.message.chat.kind !== 'group' || turn.message.platform === 'console') return showStats(turn);
  const group = await turn.repos.groups.findByChat(chatOf(turn));
  if (!group) return showStats(turn);
  if (ME.has(normalizeAnswer(args))) {
    const shared = await memberSharedStats(turn.app, group.id, turn.user.id);
    return [reply(shared ? memberSharedStatsText(turn.t, turn.user.locale, turn.user.displayName, shared) : turn.t('stats_me.none'))];
  }
  const stats = await groupStats(turn.app, group.id);
  return [reply(stats ? groupStatsText(turn.t, turn.user.locale, stats) : turn.t('group.no_group'))];
}
