// The weekly group recap's body: each member's week on what they share, the leaderboard, the
// streaks, the group streak, and a line in the group coach's voice. The recap job calls
// composeGroupRecap at the group's recap time; it is written in the group's language.
//
// The coach line comes from the personality templates (prompts/), spoken for the group: the
// group is not a person, so the LLM coach (which keeps a per-person log and memory) is not asked.
import { groupStats } from '../app/board.js';
import type { AppDeps } from '../app/deps.js';
import type { CoachLineRequest, GroupRecapComposer } from '../app/ports.js';
import { weekStartDayNumber, fromDayNumber, parseDayNumber } from '../core/day-number.js';
import { addDays, dayBounds, localDateOf } from '../core/day.js';
import type { Locale } from '../core/languages.js';
import { leaderboardLines, streakWords } from './board-text.js';
import { formatDate, formatPercent, habitLabel } from './format.js';
import { createTranslator } from './i18n/index.js';
import type { Reply } from './messages.js';
import { reply } from './replies.js';

export interface GroupRecapDeps {
  app: AppDeps;
  /** The template coach (coach/template-coach.ts): render() speaks a moment in a personality. */
  templates: { render(request: CoachLineRequest): string };
}

export interface GroupRecap {
  locale: Locale;
  text: string;
}

/**
 * The recap of the group's week holding `at` (its numbers as of `at`), or null for an unknown
 * group. Only what members shared with the group is in it.
 */
export async function composeGroupRecap(deps: GroupRecapDeps, groupId: string, at: Date): Promise<GroupRecap | null> {
  const stats = await groupStats({ ...deps.app, clock: { now: () => new Date(at) } }, groupId);
  if (!stats) return null;
  const { group } = stats;
  const locale = group.locale;
  const t = createTranslator(locale);
  const groupToday = localDateOf(at, group.timeZone);
  const weekStart = fromDayNumber(weekStartDayNumber(parseDayNumber(groupToday), group.weekStart));
  const lines = [t('recap.title', { group: group.name, date: formatDate(locale, weekStart) }), ''];
  if (stats.sharedHabitCount === 0) return { locale, text: [...lines, t('board.empty')].join('\n') };

  lines.push(t('recap.week'));
  const byName = [...stats.weekRows].sort((a, b) => a.name.localeCompare(b.name, locale) || (a.memberId < b.memberId ? -1 : 1));
  for (const row of byName) {
    lines.push(row.decided === 0
      ? t('recap.member_nothing', { name: row.name })
      : t('recap.member', { name: row.name, met: row.met, due: row.decided, rate: formatPercent(row.rate ?? 0, locale) }));
  }
  lines.push('', t('recap.leaderboard'), ...leaderboardLines(t, locale, stats.weekRows));

  lines.push('', t('recap.streaks'));
  const streaks = stats.weekRows.filter((row) => row.streak !== null);
  for (const row of streaks) {
    const habit = stats.habits.get(row.streak!.habitId);
    if (habit) lines.push(t('recap.streak_line', { name: row.name, habit: habitLabel(habit), streak: streakWords(t, row.streak!.count, row.streak!.unit) }));
  }
  if (streaks.length === 0) lines.push(t('recap.no_streaks'));
  lines.push(t('board.group_streak', { count: stats.groupStreak }));

  const coachLine = deps.templates.render({
    user: { id: group.id, personality: group.personality, locale },
    moment: 'weekly_analysis',
    vars: stats.week.rate === null ? {} : { done: stats.week.met, due: stats.week.decided, rate: Math.round(stats.week.rate * 100) },
  });
  lines.push('', `💬 ${coachLine}`);
  return { locale, text: lines.join('\n') };
}

/**
 * The recap job's composer: the recap of the group's local week starting `week`, with its numbers
 * as of now, or as of the week's last moment when the job runs after the week ended (a retry).
 */
export function createGroupRecapComposer(deps: GroupRecapDeps): GroupRecapComposer<Reply> {
  return {
    async compose(groupId, week) {
      const group = await deps.app.repos.groups.get(groupId);
      if (!group) return null;
      const weekEnd = new Date(dayBounds(addDays(week, 7), group.timeZone).start.getTime() - 1);
      const now = deps.app.clock.now();
      const recap = await composeGroupRecap(deps, groupId, now < weekEnd ? now : weekEnd);
      return recap ? [reply(recap.text)] : null;
    },
  };
}
