// /today, /stats, /streaks, /week and "how am I doing?": answered from data, in words. In a
// group, the numbers are shown only for a member who shares them.
import { howAmIDoing, statsFor, streaks, today, week, type DayCell, type TodayItem } from '../../app/queries.js';
import type { StreakUnit } from '../../core/stats.js';
import { weekdayOf } from '../../core/day.js';
import { formatDate, formatNumber, formatPercent, formatQuantity, habitLabel } from '../format.js';
import type { Button, Reply } from '../messages.js';
import { button, reply, rows } from '../replies.js';
import type { Turn } from '../turn.js';

export function streakText(turn: Turn, count: number, unit: StreakUnit): string {
  return turn.t(`streak.${unit}`, { count });
}

/**
 * A group sees only what each member shares: a member who keeps their stats private
 * (User.shareStats false, the default) is told so, with where to see or share them, unless
 * the platform shows this answer to them alone or they asked to show it (InboundMessage.audience).
 */
function keptPrivate(turn: Turn): Reply[] | null {
  if (turn.message.chat.kind !== 'group' || turn.user.shareStats || turn.message.audience) return null;
  return [{ text: turn.t('stats.private_in_group', { name: turn.user.displayName }), private: true }];
}

function todayLine(turn: Turn, item: TodayItem): string {
  const { t, user } = turn;
  const label = `**${habitLabel(item.habit)}**`;
  if (item.paused) return `⏸️ ${label} ${t('today.paused')}`;
  if (item.habit.kind === 'break') return item.slipped ? `🔻 ${label} ${t('today.slipped')}` : `🛡️ ${label} ${t('today.clean')}`;
  const periodKey = item.habit.frequency.kind === 'per_month' ? 'today.period_month' : 'today.period_week';
  const quota = item.habit.frequency.kind === 'per_week' || item.habit.frequency.kind === 'per_month' ? item.habit.frequency.times : 0;
  // A period asking for less than the habit's quota (its first days, a pause, a skip) says so.
  const prorated = item.periodProgress && item.periodProgress.needed < quota ? t('today.prorated', { times: quota }) : '';
  const progress = item.periodProgress ? ` (${t(periodKey, { done: item.periodProgress.done, needed: item.periodProgress.needed })}${prorated})` : '';
  const quantity = item.habit.target && item.quantityToday !== null
    ? ` ${formatQuantity(item.quantityToday, null, user.locale)}/${formatQuantity(item.habit.target.quantity, item.habit.target.unit, user.locale)}`
    : '';
  if (item.done) return `✅ ${label}${quantity}${progress}`;
  if (item.skipped) return `⏭️ ${label} ${t('today.skipped')}`;
  if (item.outcome === 'partial') return `🟡 ${label}${quantity}${progress}`;
  return `⬜ ${label}${quantity}${progress}`;
}

/** The button that marks a due habit done. A numeric habit is topped up to its target. */
function markButton(turn: Turn, item: TodayItem): Button {
  const target = item.habit.target;
  const remaining = target && target.direction === 'at_least' ? Math.max(target.quantity - (item.quantityToday ?? 0), 0) : null;
  return button(`✅ ${item.habit.name}`.slice(0, 60), {
    action: 'log', habitId: item.habit.id, kind: 'done', date: turn.today, quantity: remaining && remaining > 0 ? remaining : null,
  });
}

export async function showToday(turn: Turn): Promise<Reply[]> {
  const { t } = turn;
  const view = await today(turn.app, turn.user);
  if (view.items.length === 0) return [reply(t('habits.none'))];
  const shown = view.items.filter((item) => item.due || item.done || item.skipped || item.habit.kind === 'break' || item.paused);
  const open = shown.filter((item) => item.due && !item.done && !item.skipped && !item.paused && item.habit.kind === 'build' && item.habit.status === 'active');
  const lines = [t('today.title', { date: formatDate(turn.user.locale, view.date, turn.today) }), ...shown.map((item) => todayLine(turn, item))];
  if (shown.length === 0) lines.push(t('today.nothing_due'));
  // A paused day is a paused day, not a done one.
  else if (shown.every((item) => item.paused)) lines.push('', t('today.all_paused'));
  else if (open.length === 0) lines.push('', t('today.all_done'));
  return [reply(lines.join('\n'), rows(open.slice(0, 12).map((item) => markButton(turn, item)), 2))];
}

export async function showStats(turn: Turn): Promise<Reply[]> {
  const hidden = keptPrivate(turn);
  if (hidden) return hidden;
  const { t, user } = turn;
  const view = await statsFor(turn.app, user);
  if (view.habits.length === 0) return [reply(t('habits.none'))];
  const lines = [t('stats.title')];
  for (const { habit, stats } of view.habits) {
    lines.push(`**${habitLabel(habit)}**`);
    lines.push(t('stats.habit', {
      streak: streakText(turn, stats.currentStreak, stats.streakUnit),
      best: streakText(turn, stats.longestStreak, stats.streakUnit),
      score: formatPercent(stats.score, user.locale),
      rate: formatPercent(stats.successRate, user.locale),
      days: stats.formationDays,
      done: stats.totalDone,
    }));
  }
  const overall = view.overall;
  lines.push('', t('stats.overall', {
    count: overall.habitCount,
    score: formatPercent(overall.averageScore, user.locale),
    rate: formatPercent(overall.averageSuccessRate, user.locale),
    done: overall.totalDone,
  }));
  if (overall.best) lines.push(t('stats.best', { habit: overall.best.habit.name, streak: streakText(turn, overall.best.streak, overall.best.unit) }));
  return [reply(lines.join('\n'))];
}

export async function showStreaks(turn: Turn): Promise<Reply[]> {
  const hidden = keptPrivate(turn);
  if (hidden) return hidden;
  const { t } = turn;
  const view = await streaks(turn.app, turn.user);
  if (view.streaks.length === 0) return [reply(t('habits.none'))];
  const lines = [t('streaks.title'), ...view.streaks.map((line) => t('streaks.line', {
    icon: line.current > 0 ? '🔥' : '▫️',
    habit: habitLabel(line.habit),
    streak: streakText(turn, line.current, line.unit),
    best: streakText(turn, line.longest, line.unit),
  }))];
  return [reply(lines.join('\n'))];
}

const CELL_ICON: Record<DayCell, string> = {
  done: '✅', kept: '🟢', partial: '🟡', skipped: '⏭️', slipped: '🔻', paused: '⏸️', missed: '❌', pending: '⬜', not_due: '➖', before_start: '  ',
};

export async function showWeek(turn: Turn): Promise<Reply[]> {
  const hidden = keptPrivate(turn);
  if (hidden) return hidden;
  const { t, user } = turn;
  const view = await week(turn.app, user);
  if (view.rows.length === 0) return [reply(t('habits.none'))];
  const heads = t('week.days').split(' ');
  const header = view.days.map((day) => heads[weekdayOf(day) - 1] ?? '  ').join(' ');
  const lines = [t('week.title'), `\`${header}\``];
  for (const row of view.rows) lines.push(`${row.cells.map((cell) => CELL_ICON[cell]).join(' ')}  ${habitLabel(row.habit)}`);
  lines.push('', t('week.legend'));
  return [reply(lines.join('\n'))];
}

export async function showHowAmIDoing(turn: Turn): Promise<Reply[]> {
  const hidden = keptPrivate(turn);
  if (hidden) return hidden;
  const { t, user } = turn;
  const summary = await howAmIDoing(turn.app, user);
  if (summary.habitCount === 0) return [reply(t('habits.none'))];
  const lines = [t('how.today', { done: summary.doneToday, due: summary.dueToday })];
  lines.push(t('how.week', { met: summary.last7.met, due: summary.last7.due, rate: formatPercent(summary.last7.rate, user.locale) }));
  lines.push(t('how.score', { score: formatPercent(summary.averageScore, user.locale) }));
  // "Best" and "needs attention" compare habits: the same habit is never both.
  const weakest = summary.needsAttention && summary.needsAttention.habit.id !== summary.best?.habit.id ? summary.needsAttention : null;
  if (summary.best) lines.push(t('how.best', { habit: summary.best.habit.name, streak: streakText(turn, summary.best.streak, summary.best.unit) }));
  if (weakest) lines.push(t('how.attention', { habit: weakest.habit.name, score: formatPercent(weakest.score, user.locale) }));
  const vars: Record<string, string | number> = {
    rate: formatNumber(Math.round(summary.last7.rate * 100), user.locale),
    done: summary.last7.met,
    due: summary.last7.due,
  };
  // The coach's lines compare a best and a worst habit; with one habit there is nothing to compare.
  if (summary.best && weakest) { vars.best = summary.best.habit.name; vars.worst = weakest.habit.name; }
  if (summary.best?.unit === 'day') vars.streak = summary.best.streak;
  lines.push('', await turn.deps.coach.line({ user, moment: 'weekly_analysis', vars }));
  return [reply(lines.join('\n'))];
}
