// The words of a group's numbers: the leaderboard, the group's /stats, a member's shared /stats
// (`/stats me`) and the weekly recap's body. Built only from what members shared with the group
// (app/board.ts reads nothing else); a rate is a locale-formatted percentage, a streak says its
// unit. These take a translator and a locale rather than a turn, so a job can use them too.
import type { BoardRow, GroupBoard, GroupStats, MemberSharedStats } from '../app/board.js';
import type { BoardHabit } from '../app/board-ports.js';
import type { Locale } from '../core/languages.js';
import type { StreakUnit } from '../core/stats.js';
import { formatPercent, habitLabel } from './format.js';
import type { Translate } from './i18n/index.js';

export function streakWords(t: Translate, count: number, unit: StreakUnit): string {
  return t(`streak.${unit}`, { count });
}

function rate(ratio: number | null, locale: Locale): string {
  return formatPercent(ratio ?? 0, locale);
}

/** One ranked line per member; members with nothing due yet last, without a rank. */
export function leaderboardLines(t: Translate, locale: Locale, rows: readonly BoardRow[]): string[] {
  return rows.map((row) => {
    if (row.rank === null) return t('board.row_unranked', { name: row.name });
    const vars = { rank: row.rank, name: row.name, rate: rate(row.rate, locale), met: row.met, due: row.decided };
    return row.streak
      ? t('board.row_streak', { ...vars, streak: streakWords(t, row.streak.count, row.streak.unit) })
      : t('board.row', vars);
  });
}

/** /leaderboard [week|month|all]. */
export function leaderboardText(t: Translate, locale: Locale, board: GroupBoard): string {
  if (board.habits.size === 0) return t('board.empty');
  return [
    t(`board.title_${board.period}`, { group: board.group.name }),
    ...leaderboardLines(t, locale, board.rows),
    '',
    t('board.group_streak', { count: board.groupStreak }),
    t('board.how'),
  ].join('\n');
}

function bestStreakLine(t: Translate, best: { row: BoardRow; habit: BoardHabit } | null): string | null {
  if (!best?.row.streak) return null;
  return t('group_stats.best', { name: best.row.name, habit: habitLabel(best.habit), streak: streakWords(t, best.row.streak.count, best.row.streak.unit) });
}

/** /stats in a group: the group's own numbers. */
export function groupStatsText(t: Translate, locale: Locale, stats: GroupStats): string {
  const lines = [
    t('group_stats.title', { group: stats.group.name }),
    t('group_stats.members', { members: stats.memberCount, habits: stats.sharedHabitCount }),
  ];
  if (stats.sharedHabitCount === 0) return [...lines, t('board.empty')].join('\n');
  lines.push(stats.week.rate === null
    ? t('group_stats.nothing_due')
    : t('group_stats.week', { rate: rate(stats.week.rate, locale), met: stats.week.met, due: stats.week.decided }));
  if (stats.month.rate !== null) lines.push(t('group_stats.month', { rate: rate(stats.month.rate, locale), met: stats.month.met, due: stats.month.decided }));
  lines.push(t('board.group_streak', { count: stats.groupStreak }));
  const best = bestStreakLine(t, stats.bestStreak);
  if (best) lines.push(best);
  return lines.join('\n');
}

/** /stats me in a group: the speaker's /stats lines, for the habits they share with it only. */
export function memberSharedStatsText(t: Translate, locale: Locale, name: string, shared: MemberSharedStats): string {
  const { habits } = shared.stats;
  if (habits.length === 0) return t('stats_me.none');
  const lines = [t('stats_me.title', { name, group: shared.group.name })];
  for (const { habit, stats } of habits) {
    lines.push(`**${habitLabel(habit)}**`, t('stats.habit', {
      streak: streakWords(t, stats.currentStreak, stats.streakUnit),
      best: streakWords(t, stats.longestStreak, stats.streakUnit),
      score: formatPercent(stats.score, locale),
      rate: formatPercent(stats.successRate, locale),
      days: stats.formationDays,
      done: stats.totalDone,
    }));
  }
  const row = shared.weekRow;
  if (row?.rank) lines.push('', t('stats_me.place', { rank: row.rank, rate: rate(row.rate, locale) }));
  return lines.join('\n');
}
