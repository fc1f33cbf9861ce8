// Goals by conversation: /goals lists them with progress in words, "saved 250" adds
// progress (with an Undo button), /reset restarts a counter ("days without sugar").
import { addProgress, listGoals, removeGoalProgress, resetCounter, type GoalView } from '../../app/goals.js';
import type { Goal } from '../../core/types.js';
import { formatDate, formatNumber, formatQuantity } from '../format.js';
import type { Reply } from '../messages.js';
import { button, reply, rows } from '../replies.js';
import type { Turn } from '../turn.js';
import { findByTitle } from './goal-names.js';

export function describeGoal(turn: Turn, view: GoalView): string {
  const { t, user } = turn;
  const { goal, progress } = view;
  const lines: string[] = [];
  if (progress.kind === 'counter') {
    lines.push(`🔢 **${goal.title}** — ${t('goal.counter_days', { count: progress.days, since: formatDate(user.locale, progress.since, turn.today) })}`);
  } else {
    const amount = `${formatNumber(progress.current, user.locale)}/${formatQuantity(progress.target, goal.unit, user.locale)}`;
    const done = progress.reached ? ' ✅' : '';
    lines.push(`🎯 **${goal.title}** — ${amount} (${progress.percent}%)${done}`);
    if (!progress.reached && progress.daysLeft !== null) {
      if (progress.overdue) lines.push(`   ${t('goal.overdue')}`);
      else {
        const pace = progress.neededPerDay !== null ? formatQuantity(Math.ceil(progress.neededPerDay * 100) / 100, goal.unit, user.locale) : null;
        lines.push(`   ${t('goal.deadline', { count: progress.daysLeft, date: formatDate(user.locale, goal.deadline ?? turn.today, turn.today) })}${pace ? ` · ${t('goal.pace', { pace })}` : ''}${progress.onTrack === false ? ` · ${t('goal.behind')}` : ''}`);
      }
    }
  }
  if (view.subtasksDone.total > 0) lines.push(`   ☑️ ${view.subtasksDone.done}/${view.subtasksDone.total}`);
  return lines.join('\n');
}

export async function showGoals(turn: Turn): Promise<Reply[]> {
  const { t } = turn;
  const { goals } = await listGoals(turn.app, turn.user);
  if (goals.length === 0) return [reply(t('goals.none'))];
  const counters = goals.filter((view) => view.goal.kind === 'counter');
  const buttons = counters.map((view) => button(t('button.reset', { goal: view.goal.title }).slice(0, 60), { action: 'pick', command: 'reset', habitId: view.goal.id }));
  return [reply([t('goals.title'), ...goals.map((view) => describeGoal(turn, view)), '', t('goals.footer')].join('\n'), rows(buttons, 2))];
}

/** "saved 250" / "poupei 250": progress on a target goal, echoed with an Undo button. */
export async function logGoalProgress(turn: Turn, progress: { goalId: string; amount: number; date: string; note: string | null }): Promise<Reply[]> {
  const { t, user } = turn;
  const outcome = await addProgress(turn.app, user, {
    goalId: progress.goalId, amount: progress.amount, date: progress.date, note: progress.note, idempotencyKey: turn.idempotencyKey,
  });
  if (!outcome.ok) {
    switch (outcome.error) {
      case 'not_a_target_goal': return [reply(t('goal.is_counter', { goal: outcome.goal.title }))];
      case 'goal_archived': return [reply(t('goal.archived', { goal: outcome.goal.title }))];
      case 'future_date': return [reply(t('goal.future'))];
      default: return [reply(t('goal.unknown'))];
    }
  }
  const { view, entry } = outcome;
  const goal = view.goal;
  const lines = [`💰 ${t('goal.progress_echo', { goal: goal.title, amount: formatQuantity(entry.amount, goal.unit, user.locale) })}`, describeGoal(turn, view)];
  if (view.progress.kind === 'target') {
    const vars: Record<string, string | number> = {
      goal: goal.title, amount: entry.amount, progress: view.progress.current, target: view.progress.target,
      remaining: view.progress.remaining, percent: view.progress.percent,
    };
    if (goal.unit) vars.unit = goal.unit;
    lines.push(await turn.deps.coach.line({ user, moment: outcome.completedNow ? 'goal_completed' : 'goal_progress', goalId: goal.id, vars }));
  }
  return [reply(lines.join('\n'), [[button(t('button.undo'), { action: 'undo_progress', progressId: entry.id })]])];
}

export async function undoGoalProgress(turn: Turn, progressId: string): Promise<Reply[]> {
  const outcome = await removeGoalProgress(turn.app, turn.user, { progressId });
  if (!outcome.ok) return [reply(turn.t('undo.nothing'))];
  return [reply(turn.t('undo.done', { what: describeGoal(turn, outcome.view) }))];
}

async function reset(turn: Turn, goal: Goal): Promise<Reply[]> {
  const outcome = await resetCounter(turn.app, turn.user, { goalId: goal.id });
  if (!outcome.ok) return [reply(outcome.error === 'not_a_counter' ? turn.t('goal.not_counter', { goal: goal.title }) : turn.t('goal.unknown'))];
  return [reply(turn.t('goal.reset_done', { goal: goal.title, count: outcome.previousDays }))];
}

/** "/reset sugar": restarts a counter. Without a name, offers the counters as buttons. */
export async function resetCommand(turn: Turn, args: string): Promise<Reply[]> {
  const { goals } = await listGoals(turn.app, turn.user);
  const counters = goals.map((view) => view.goal).filter((goal) => goal.kind === 'counter');
  if (counters.length === 0) return [reply(turn.t('goal.no_counters'))];
  const goal = args ? findByTitle(counters, args) : counters.length === 1 ? counters[0] : undefined;
  if (goal) return reset(turn, goal);
  const buttons = counters.map((counter) => button(turn.t('button.reset', { goal: counter.title }).slice(0, 60), { action: 'pick', command: 'reset', habitId: counter.id, inPlace: true }));
  return [reply(turn.t('goal.pick_reset'), rows(buttons, 2))];
}

export async function pickForReset(turn: Turn, goalId: string): Promise<Reply[]> {
  const goal = await turn.repos.goals.get(turn.user.id, goalId);
  return goal ? reset(turn, goal) : [reply(turn.t('goal.unknown'))];
}
