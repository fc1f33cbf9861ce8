// Logs that wait for a yes/no before they are written: a date more than 7 days back, or a
// parse the rule parser is not sure of (a slip its words did not name, an amount out of range).
// The pending logs wait here (in Postgres) for the buttons. Typing yes/no works too; anything
// else drops the question. Yes writes, No writes nothing.
import { z } from 'zod';
import type { ParsedLog } from '../../core/parser/types.js';
import { ENTRY_SOURCES, type Habit } from '../../core/types.js';
import { CONFIRM_LOG, describeEntry, writeLogs, type LogRequest } from '../commands/logging.js';
import { formatQuantity, habitLabel } from '../format.js';
import type { DialogState } from '../../app/ports.js';
import type { Reply } from '../messages.js';
import { confirmButtons, normalizeAnswer, reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { NO_WORDS, YES_WORDS } from './confirm-words.js';
import type { Flow } from './flow.js';

const pendingSchema = z.object({
  logs: z.array(z.object({
    habitId: z.string(),
    kind: z.enum(['done', 'skip', 'slip']),
    date: z.string(),
    quantity: z.number().nullable(),
    note: z.string().nullable(),
  })).min(1),
  source: z.enum(ENTRY_SOURCES),
});

async function answer(turn: Turn, state: DialogState, yes: boolean): Promise<Reply[]> {
  await turn.clearState();
  const pending = pendingSchema.safeParse(state.data);
  if (!pending.success) return [reply(turn.t('button.expired'))];
  if (!yes) return [reply(turn.t('log.backdate_dropped'))];
  // A backdate was the question itself; after an unsure parse, a date far back is still asked about.
  return writeLogs(turn, pending.data.logs, { source: pending.data.source, confirmed: state.step !== UNSURE_STEP });
}

const UNSURE_STEP = 'unsure';

/** The question for one log: what is in doubt, or the plain echo when nothing is. */
function questionFor(turn: Turn, log: ParsedLog, habit: Habit): string {
  const vars = { habit: habitLabel(habit), quantity: log.quantity === null ? '' : formatQuantity(log.quantity, habit.target?.unit, turn.user.locale) };
  if (log.doubts.includes('negative_amount')) return turn.t('log.ask_negative', vars);
  if (log.doubts.includes('large_amount')) return turn.t('log.ask_large', vars);
  if (log.doubts.includes('slip_not_named')) return turn.t('log.ask_slip', vars);
  if (log.doubts.includes('skip_not_said')) return turn.t('log.ask_skip', vars);
  return describeEntry(turn, habit, { kind: log.kind, quantity: log.quantity, localDate: log.date, note: log.note ?? log.reason });
}

/** An unsure parse: asks "Log a slip on Não fumar?" with Yes / No, and keeps the logs until the answer. */
export async function askBeforeLogging(turn: Turn, logs: ParsedLog[], habits: readonly Habit[]): Promise<Reply[]> {
  const byId = new Map(habits.map((habit) => [habit.id, habit]));
  const known = logs.filter((log) => byId.has(log.habitId));
  if (known.length === 0) return [reply(turn.t('log.unknown_habit'))];
  const requests: LogRequest[] = known.map((log) => ({ habitId: log.habitId, kind: log.kind, date: log.date, quantity: log.quantity, note: log.note ?? log.reason }));
  await turn.setState(CONFIRM_LOG, UNSURE_STEP, { logs: requests, source: 'chat' });
  const lines = known.map((log) => questionFor(turn, log, byId.get(log.habitId) as Habit));
  return [reply(lines.join('\n'), confirmButtons(turn.t('button.yes_log'), turn.t('button.no')))];
}

export const confirmLogFlow: Flow = {
  name: CONFIRM_LOG,
  onConfirm: answer,
  async onText(turn, state, text) {
    const said = normalizeAnswer(text);
    if (YES_WORDS.has(said)) return answer(turn, state, true);
    if (NO_WORDS.has(said)) return answer(turn, state, false);
    return null;
  },
  onChoice: (turn) => Promise.resolve([reply(turn.t('button.expired'))]),
};
