// Connects the LLM coach's free chat to the conversation: what the rule parser could not
// read goes to the model. Every write it made gets its own Undo button (each answers below
// the reply, so the others stay usable); writes held back by the per-turn limits are offered
// as buttons that write one on a tap.
import { undoHabitCreation } from '../app/habits.js';
import type { CoachChat, CoachChatOutcome } from '../app/ports.js';
import type { User } from '../core/types.js';
import type { FreeTextHandler } from './deps.js';
import { formatDay, formatQuantity } from './format.js';
import { createTranslator, type Translate } from './i18n/index.js';
import type { Button, Reply } from './messages.js';
import { button, reply } from './replies.js';
import type { Turn } from './turn.js';

const BUTTONS_PER_ROW = 3;

function rows(buttons: Button[]): Button[][] {
  const grouped: Button[][] = [];
  for (let index = 0; index < buttons.length; index += BUTTONS_PER_ROW) grouped.push(buttons.slice(index, index + BUTTONS_PER_ROW));
  return grouped;
}

function undoButtons(t: Translate, outcome: CoachChatOutcome): Button[] {
  return outcome.writes.flatMap((write) => {
    if (write.kind === 'entry') return [button(t('button.undo_habit', { habit: write.habit.name }), { action: 'undo_coach', target: 'entry', id: write.entry.id })];
    if (write.kind === 'habit_created') return [button(t('button.undo_new_habit', { habit: write.habit.name }), { action: 'undo_coach', target: 'habit', id: write.habit.id })];
    return [];
  });
}

function askButtons(t: Translate, user: User, outcome: CoachChatOutcome): Button[] {
  const deferred = outcome.deferred;
  if (!deferred) return [];
  return deferred.entries.map((held) => {
    const amount = held.quantity === null ? '' : ` ${formatQuantity(held.quantity, null, user.locale)}`;
    const what = `${held.habitName}${amount} · ${formatDay(t, user.locale, held.date, deferred.today)}`;
    return button(t('button.coach_log', { what }), { action: 'log', habitId: held.habitId, kind: held.kind, date: held.date, quantity: held.quantity });
  });
}

export function freeTextFromCoachChat(chat: CoachChat): FreeTextHandler {
  return async (user, text, options) => {
    const outcome = await chat.chat(user, text, { idempotencyKey: options.idempotencyKey });
    const t = createTranslator(user.locale);
    const buttons = [...rows(undoButtons(t, outcome)), ...rows(askButtons(t, user, outcome))];
    return [buttons.length > 0 ? reply(outcome.text, buttons) : reply(outcome.text)];
  };
}

/** The Undo under a habit the coach created: removes it while it is new. */
export async function undoCoachHabit(turn: Turn, habitId: string): Promise<Reply[]> {
  const outcome = await undoHabitCreation(turn.app, turn.user, { habitId });
  if (outcome.ok) return [reply(turn.t('undo.new_habit_done', { habit: outcome.habit.name }))];
  if (outcome.error === 'too_old') return [reply(turn.t('undo.new_habit_too_old', { habit: outcome.habit.name }))];
  return [reply(outcome.error === 'unknown_habit' ? turn.t('undo.nothing') : turn.t('button.invalid'))];
}
