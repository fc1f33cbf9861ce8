// The words of the messages the bot sends first: a habit's reminder (with Done / Skip / Snooze
// buttons that log directly), the evening streak-at-risk nudge, and the answer to Snooze.
// The jobs build these replies and hand them to a Notifier; the buttons come back through the
// conversation like any other button.
import type { Coach } from '../app/ports.js';
import { snoozeReminder, type StreakAtRisk } from '../app/reminders.js';
import { wallTimeAt } from '../core/reminders.js';
import type { Habit, LocalDate, LocalTime, User } from '../core/types.js';
import type { ButtonAction } from './buttons.js';
import { habitLabel } from './format.js';
import { createTranslator, type Translate } from './i18n/index.js';
import type { Reply } from './messages.js';
import { button, reply, rows } from './replies.js';
import type { Turn } from './turn.js';

/** Who speaks to whom: the person (their language) and the coach's voice. */
export interface Speaker {
  user: User;
  t: Translate;
  coach: Coach;
}

export function speakerFor(coach: Coach, user: User): Speaker {
  return { user, t: createTranslator(user.locale), coach };
}

const MAX_NUDGE_HABITS = 8;

export function streakText(t: Translate, streak: number, unit: StreakAtRisk['unit']): string {
  return t(`streak.${unit}`, { count: streak });
}

export interface ReminderContent {
  habit: Habit;
  /** The person's date the reminder is for: what Done and Skip log. */
  date: LocalDate;
  /** The reminder's local slot ('YYYYMMDDTHHmm'), for Snooze. */
  slot: string;
  time: LocalTime;
  /** A snoozed reminder comes back once, without another Snooze. */
  snoozed: boolean;
  /** The habit's current streak, computed (app/reminders currentStreakOf), never the cached column. */
  streak: number;
}

export async function reminderMessage(speaker: Speaker, content: ReminderContent): Promise<Reply> {
  const { t, user, coach } = speaker;
  const { habit, date } = content;
  const vars: Record<string, string | number> = { habit: habit.name, time: content.time, streak: content.streak };
  if (habit.implementationIntention) vars.intention = habit.implementationIntention;
  const lines = [
    content.snoozed ? t('reminder.snoozed_title', { habit: habitLabel(habit) }) : t('reminder.title', { habit: habitLabel(habit), time: content.time }),
    await coach.line({ user, moment: 'reminder', habitId: habit.id, vars }),
  ];
  if (habit.twoMinuteVersion) lines.push(t('reminder.two_minute', { version: habit.twoMinuteVersion }));
  const log = (kind: 'done' | 'skip'): ButtonAction => ({ action: 'log', habitId: habit.id, kind, date, quantity: null });
  // A habit to break is kept by not doing it: its reminder is a word of support, nothing to log.
  const buttons = habit.kind === 'build' ? [[button(t('reminder.button.done'), log('done')), button(t('reminder.button.skip'), log('skip'))]] : [];
  if (!content.snoozed) buttons.push([button(t('reminder.button.snooze'), { action: 'snooze', habitId: habit.id, slot: content.slot })]);
  return reply(lines.join('\n'), buttons);
}

/** One message listing the habits whose streak breaks tonight, with a Done button each. */
export async function nudgeMessage(speaker: Speaker, atRisk: StreakAtRisk[], date: LocalDate): Promise<Reply> {
  const { t, user, coach } = speaker;
  const shown = [...atRisk].sort((a, b) => b.streak - a.streak).slice(0, MAX_NUDGE_HABITS);
  const top = shown[0];
  const lines = [t('nudge.title'), ...shown.map((item) => `🔥 ${t('nudge.line', { habit: habitLabel(item.habit), streak: streakText(t, item.streak, item.unit) })}`)];
  if (top) lines.push('', await coach.line({ user, moment: 'streak_at_risk', habitId: top.habit.id, vars: { habit: top.habit.name, streak: top.streak } }));
  lines.push(t('nudge.footer'));
  const buttons = shown.map((item) => button(t('nudge.button', { habit: item.habit.name }), { action: 'log', habitId: item.habit.id, kind: 'done', date, quantity: null }));
  return reply(lines.join('\n'), rows(buttons, 2));
}

/** The Snooze button under a reminder. */
export async function snoozeFromButton(turn: Turn, action: Extract<ButtonAction, { action: 'snooze' }>): Promise<Reply[]> {
  const { t } = turn;
  const outcome = await snoozeReminder(turn.app, turn.user, { habitId: action.habitId, slot: action.slot });
  if (outcome.ok) return [reply(t('snooze.done', { habit: habitLabel(outcome.habit), time: wallTimeAt(outcome.at, turn.user.timeZone) }))];
  switch (outcome.error) {
    case 'already_snoozed': return [reply(t('snooze.already'))];
    case 'expired': return [reply(t('snooze.expired'))];
    case 'habit_inactive': {
      const habit = await turn.repos.habits.get(turn.user.id, action.habitId);
      return [reply(t('snooze.inactive', { habit: habit ? habitLabel(habit) : '' }))];
    }
    case 'unknown_habit': return [reply(t('habits.gone'))];
    case 'invalid_input': return [reply(t('button.invalid'))];
  }
}
