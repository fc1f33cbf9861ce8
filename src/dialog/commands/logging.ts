// Writing logs from words and buttons, and taking them back. Every write is echoed with
// what was understood (habit, quantity, date) plus a coach line, and an Undo button.
import { correctLast, logMany, removeEntry, restoreEntry, undoLast, type LoggedEntry } from '../../app/logging.js';
import type { ParsedLog } from '../../core/parser/types.js';
import type { Entry, EntrySource, Habit, Pause } from '../../core/types.js';
import type { ButtonAction } from '../buttons.js';
import { formatDay, formatQuantity, habitLabel } from '../format.js';
import type { Button, Reply } from '../messages.js';
import { button, confirmButtons, reply } from '../replies.js';
import type { Turn } from '../turn.js';

export const CONFIRM_LOG = 'confirm_log';

export interface LogRequest {
  habitId: string;
  kind: ParsedLog['kind'];
  date: string;
  quantity: number | null;
  note: string | null;
}

const KIND_ICON = { done: '✅', skip: '⏭️', slip: '🔻' } as const;

/** "✅ **Pushups**: 20 reps, today" — what was understood, in the person's words. */
export function describeEntry(turn: Turn, habit: Habit, entry: Pick<Entry, 'kind' | 'quantity' | 'localDate' | 'note'>): string {
  const { t, user, today } = turn;
  const parts = [
    entry.quantity !== null ? formatQuantity(entry.quantity, habit.target?.unit, user.locale) : null,
    formatDay(t, user.locale, entry.localDate, today),
  ].filter(Boolean).join(', ');
  // A note is the person's own: never said in a group chat (an Undo pressed there, a correction).
  const note = entry.note && turn.message.chat.kind !== 'group' ? ` — _${entry.note}_` : '';
  // Word order lives in the catalog: Portuguese leads with the status ("Feito: Leitura"), so the
  // adjective never has to agree with the habit's gender.
  const echo = t('log.echo', { icon: KIND_ICON[entry.kind], habit: habitLabel(habit), what: t(`log.echo_kind.${entry.kind}`), details: parts });
  return `${echo}${note}`;
}

async function coachLineFor(turn: Turn, logged: LoggedEntry): Promise<string> {
  const { entry, habit, stats, milestone } = logged;
  const vars: Record<string, string | number> = { habit: habit.name };
  // The coach's {date} lines speak of another day ("Late report, but it counts"): only a backdated log gets them.
  if (entry.localDate !== turn.today) vars.date = formatDay(turn.t, turn.user.locale, entry.localDate, turn.today);
  // The coach's lines count a streak in days; a weekly or monthly streak would read "1 day in a row".
  if (stats.streakUnit === 'day') vars.streak = stats.currentStreak;
  if (entry.quantity !== null) vars.quantity = entry.quantity;
  if (habit.target?.unit) vars.unit = habit.target.unit;
  if (entry.note && entry.kind === 'skip') vars.reason = entry.note;
  const lines = [await turn.deps.coach.line({ user: turn.user, moment: entry.kind === 'done' ? 'completion' : entry.kind, habitId: habit.id, vars })];
  if (milestone) {
    lines.push(await turn.deps.coach.line({ user: turn.user, moment: 'milestone', habitId: habit.id, vars: { habit: habit.name, days: milestone.streak } }));
  }
  return lines.join('\n');
}

/**
 * "15 of 20 pushups, 5 to go today": a numeric day that is not met is said as it is, never as
 * done with a streak (the day counts for the streak only once the target is reached).
 */
function amountShort(turn: Turn, logged: LoggedEntry): string | null {
  const { amount, habit, entry } = logged;
  if (!amount || amount.outcome === 'met' || entry.kind !== 'done') return null;
  const { t, user } = turn;
  const unit = habit.target?.unit ?? null;
  const vars = {
    habit: habitLabel(habit),
    total: formatQuantity(amount.total, amount.outcome === 'over' ? unit : null, user.locale),
    target: formatQuantity(amount.target, unit, user.locale),
    left: formatQuantity(Math.abs(amount.target - amount.total), null, user.locale),
    date: formatDay(t, user.locale, entry.localDate, turn.today),
  };
  if (amount.outcome === 'over') return t('log.over_limit', vars);
  return t(entry.localDate === turn.today ? 'log.partial' : 'log.partial_on', vars);
}

function undoButton(turn: Turn, entry: Entry, habit: Habit, several: boolean): Button {
  const label = several ? turn.t('button.undo_habit', { habit: habit.name }) : turn.t('button.undo');
  return button(label, { action: 'undo', entryId: entry.id });
}

/**
 * Writes the logs (all or none) with this update's idempotency key. A date more than 7 days
 * back is not written yet: the person is asked to confirm with buttons first. `habits` and
 * `pauses`, when the caller has just read them, are not read again.
 */
export async function writeLogs(
  turn: Turn,
  logs: LogRequest[],
  options: { source: EntrySource; confirmed?: boolean; habits?: readonly Habit[]; pauses?: Pause[] },
): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await logMany(turn.app, turn.user, {
    logs: logs.map((log) => ({ habitId: log.habitId, kind: log.kind, date: log.date, quantity: log.quantity, note: log.note })),
    source: options.source,
    confirmed: options.confirmed ?? false,
    idempotencyKey: turn.idempotencyKey,
  }, { ...(options.habits ? { habits: options.habits } : {}), ...(options.pauses ? { pauses: options.pauses } : {}) });
  if (!outcome.ok) {
    switch (outcome.error) {
      case 'backdate_needs_confirmation':
        await turn.setState(CONFIRM_LOG, 'confirm', { logs, source: options.source });
        return [reply(t('log.confirm_backdate', { habit: outcome.habit.name, date: formatDay(t, turn.user.locale, outcome.date, turn.today), days: outcome.daysAgo }), confirmButtons(t('button.yes_log'), t('button.no')))];
      case 'future_date': return [reply(t('log.future', { habit: outcome.habit.name }))];
      case 'too_old': return [reply(t('log.too_old', { habit: outcome.habit.name }))];
      case 'habit_archived': return [reply(t('log.archived', { habit: outcome.habit.name }))];
      case 'slip_on_build_habit': return [reply(t('log.slip_on_build', { habit: outcome.habit.name }))];
      case 'done_on_break_habit': return [reply(t('log.done_on_break', { habit: outcome.habit.name }))];
      case 'unknown_habit': return [reply(t('log.unknown_habit'))];
      case 'invalid_input': return [reply(t('error.invalid', { issues: outcome.issues.join('; ') }))];
    }
  }
  const several = outcome.logged.length > 1;
  const lines: string[] = [];
  for (const logged of outcome.logged) {
    const short = amountShort(turn, logged);
    if (short) {
      lines.push(short);
      if (logged.replaced) lines.push(t(`log.replaced.${logged.replaced}`, { date: formatDay(t, turn.user.locale, logged.entry.localDate, turn.today) }));
      continue;
    }
    lines.push(describeEntry(turn, logged.habit, logged.entry));
    if (logged.replaced) lines.push(t(`log.replaced.${logged.replaced}`, { date: formatDay(t, turn.user.locale, logged.entry.localDate, turn.today) }));
    lines.push(await coachLineFor(turn, logged));
  }
  for (const { habit, entry } of outcome.alreadyDone) {
    lines.push(t('log.already_done', { habit: habit.name, date: formatDay(t, turn.user.locale, entry.localDate, turn.today) }));
  }
  const buttons = outcome.logged.map((logged) => [undoButton(turn, logged.entry, logged.habit, several)]);
  return [reply(lines.join('\n'), buttons)];
}

/** A habit button (from /today or an ambiguous message) was pressed. */
export async function logFromButton(turn: Turn, action: Extract<ButtonAction, { action: 'log' }>): Promise<Reply[]> {
  return writeLogs(turn, [{ habitId: action.habitId, kind: action.kind, date: action.date, quantity: action.quantity, note: null }], { source: 'button' });
}

function undone(turn: Turn, outcome: Awaited<ReturnType<typeof undoLast>>): Reply[] {
  if (!outcome.ok) return [reply(outcome.error === 'nothing_to_undo' ? turn.t('undo.nothing') : turn.t('button.invalid'))];
  return [reply(turn.t('undo.done', { what: describeEntry(turn, outcome.habit, outcome.removed) }))];
}

/** The Undo button under an echo: removes exactly that entry. */
export async function undoEntry(turn: Turn, entryId: string): Promise<Reply[]> {
  return undone(turn, await removeEntry(turn.app, turn.user, { entryId }));
}

/** "undo" / "desfaz": removes the latest entry. */
export async function undoLatest(turn: Turn): Promise<Reply[]> {
  return undone(turn, await undoLast(turn.app, turn.user));
}

/** "no, it was 30" / "actually yesterday": fixes the latest entry. */
export async function correctLatest(turn: Turn, fix: { quantity: number | null; date: string | null; habitId: string | null }): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await correctLast(turn.app, turn.user, { habitId: fix.habitId, quantity: fix.quantity, date: fix.date });
  if (outcome.ok) {
    const { entry } = outcome;
    const undo = button(t('button.undo'), { action: 'undo_correction', correctionId: outcome.correctionId });
    return [reply(t('correct.done', { what: describeEntry(turn, outcome.habit, entry) }), [[undo]])];
  }
  switch (outcome.error) {
    case 'nothing_to_correct': return [reply(t('correct.nothing'))];
    case 'already_done': return [reply(t('log.already_done', { habit: outcome.habit.name, date: formatDay(t, turn.user.locale, outcome.entry.localDate, turn.today) }))];
    case 'future_date': return [reply(t('log.future', { habit: outcome.habit.name }))];
    case 'backdate_needs_confirmation': return [reply(t('correct.too_old', { days: outcome.daysAgo }))];
    case 'invalid_input': return [reply(t('correct.nothing'))];
  }
}

/** The Undo under "Fixed: ...": the entry gets back the day and quantity it had. */
export async function undoCorrection(turn: Turn, action: Extract<ButtonAction, { action: 'undo_correction' }>): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await restoreEntry(turn.app, turn.user, { correctionId: action.correctionId });
  if (outcome.ok) return [reply(t('correct.undone', { what: describeEntry(turn, outcome.habit, outcome.entry) }))];
  switch (outcome.error) {
    case 'already_done': return [reply(t('log.already_done', { habit: outcome.habit.name, date: formatDay(t, turn.user.locale, outcome.entry.localDate, turn.today) }))];
    case 'future_date': return [reply(t('log.future', { habit: outcome.habit.name }))];
    case 'nothing_to_restore': return [reply(t('undo.nothing'))];
    case 'invalid_input': return [reply(t('button.invalid'))];
  }
}

