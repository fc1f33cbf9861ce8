// Check-ins said in a group ("@bot did 20 pushups", a reply to the bot, /log). The log is read
// and written exactly as in a direct chat; what the group hears depends on consent: a short
// acknowledgement when every habit logged is shared with this group, otherwise the whole answer
// goes to the person privately (private-data.ts) and the group learns nothing of it.
import { isSharedWithChat } from '../app/group-shares.js';
import type { ParseResult } from '../core/parser/types.js';
import type { Habit } from '../core/types.js';
import { decodeButton } from './buttons.js';
import { chatOf } from './commands/groups-common.js';
import { formatQuantity, habitLabel } from './format.js';
import type { Button, Reply } from './messages.js';
import { answerPrivately } from './private-data.js';
import { reply } from './replies.js';
import type { Turn } from './turn.js';

/** What the parser read that writes or talks about the person's entries. */
const ABOUT_ENTRIES: ReadonlySet<ParseResult['kind']> = new Set(['log', 'undo', 'correction', 'goal_progress', 'ambiguous']);

const KIND_ICON = { done: '✅', skip: '⏭️', slip: '❌' } as const;

async function allShared(turn: Turn, habitIds: string[]): Promise<boolean> {
  for (const habitId of new Set(habitIds)) {
    if (!(await isSharedWithChat(turn.app, turn.user.id, chatOf(turn), habitId))) return false;
  }
  return habitIds.length > 0;
}

/** The short public line: who, which habits, how much. Never a note, a reason or a mood. */
function acknowledgement(turn: Turn, logs: Extract<ParseResult, { kind: 'log' }>['logs'], habits: Habit[]): string {
  const byId = new Map(habits.map((habit) => [habit.id, habit]));
  const parts = logs.map((log) => {
    const habit = byId.get(log.habitId);
    const amount = log.quantity !== null && log.quantity !== undefined ? ` · ${formatQuantity(log.quantity, habit?.target?.unit, turn.user.locale)}` : '';
    return `${KIND_ICON[log.kind]} ${habit ? habitLabel(habit) : ''}${amount}`;
  });
  return turn.t('group.checkin.ack', { name: turn.user.displayName, logs: parts.join(', ') });
}

/**
 * Answers free text said in a group. `work` is the direct chat's own handling of the text, run
 * in whichever chat the answer belongs to.
 */
export async function checkInFromGroup(
  turn: Turn,
  result: ParseResult,
  habits: Habit[],
  work: (where: Turn) => Promise<Reply[]>,
): Promise<Reply[]> {
  if (!ABOUT_ENTRIES.has(result.kind)) return work(turn);
  if (result.kind === 'log' && result.confidence !== 'unsure' && (await allShared(turn, result.logs.map((log) => log.habitId)))) {
    const replies = await work(turn);
    const undo: Button[] = replies.flatMap((answer) => (answer.buttons ?? []).flat()).filter((button) => decodeButton(button.data)?.action === 'undo');
    // Nothing was written (already logged today, a day too far back): that answer is the person's alone.
    if (undo.length === 0) return replies.map((answer) => ({ ...answer, private: true }));
    return [reply(acknowledgement(turn, result.logs, habits), [undo])];
  }
  return answerPrivately(turn, work);
}
