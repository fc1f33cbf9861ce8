// Words the stand-in weekly group recap: the group, the week and its active members, in the
// group's language. A real GroupRecapComposer: the jobs post whatever one returns. The
// integrator replaces it with BOARD's recap (numbers, leaderboard, streaks, coach line).
import { weekRoster } from '../app/group-recap.js';
import type { GroupRecapComposer, GroupRosterRepository } from '../app/ports.js';
import { formatDate } from './format.js';
import { createTranslator } from './i18n/index.js';
import type { Reply } from './messages.js';
import { reply } from './replies.js';

export function createRosterRecapComposer(deps: { groupRoster: GroupRosterRepository }): GroupRecapComposer<Reply> {
  return {
    async compose(groupId, week) {
      const roster = await weekRoster(deps, groupId, week);
      if (!roster) return null;
      const t = createTranslator(roster.locale);
      const lines = [
        t('group_recap.title', { group: roster.group, week: formatDate(roster.locale, roster.week) }),
        t('group_recap.members', { members: roster.members.join(', ') }),
      ];
      return [reply(lines.join('\n'))];
    },
  };
}
