// A habit described in words: what /habits, /edit and the end of /new show.
import type { Habit } from '../../core/types.js';
import { formatFrequency, formatQuantity, habitLabel } from '../format.js';
import type { Turn } from '../turn.js';

export function describeHabit(turn: Turn, habit: Habit): string {
  const { t, user } = turn;
  const lines = [`**${habitLabel(habit)}** — ${formatFrequency(t, user.locale, habit.frequency)}${habit.kind === 'break' ? ` · ${t('habit.break')}` : ''}`];
  if (habit.status === 'paused') lines.push(`⏸️ ${t('habit.paused')}`);
  if (habit.target) {
    const amount = formatQuantity(habit.target.quantity, habit.target.unit, user.locale);
    lines.push(`🎯 ${t(habit.target.direction === 'at_most' ? 'habit.target_at_most' : 'habit.target_at_least', { amount })}`);
  }
  if (habit.reminderTimes.length > 0) lines.push(`⏰ ${habit.reminderTimes.join(', ')}`);
  if (habit.why) lines.push(`💡 ${habit.why}`);
  if (habit.twoMinuteVersion) lines.push(`⏱️ ${habit.twoMinuteVersion}`);
  if (habit.implementationIntention) lines.push(`📍 ${habit.implementationIntention}`);
  if (habit.stackAnchor) lines.push(`🔗 ${t('habit.after', { anchor: habit.stackAnchor })}`);
  if (habit.synonyms.length > 0) lines.push(`🗣️ ${habit.synonyms.join(', ')}`);
  return lines.join('\n');
}
