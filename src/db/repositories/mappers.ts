// Rows <-> domain types. The only place that knows how a Frequency or a Target is
// spread over columns.
import type {
  Category, Entry, Frequency, Goal, GoalProgressEntry, Habit, Pause, PlatformIdentity, Subtask, Target, User, Weekday,
} from '../../core/types.js';
import type { DialogState } from '../../app/ports.js';
import type { categories, dialogState, entries, goalProgress, goals, habits, pauses, platformIdentities, subtasks, users } from '../schema/index.js';

type UserRow = typeof users.$inferSelect;
type HabitRow = typeof habits.$inferSelect;
type EntryRow = typeof entries.$inferSelect;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    displayName: row.displayName,
    timeZone: row.timeZone,
    locale: row.locale,
    dayStartHour: row.dayStartHour,
    personality: row.personality,
    quietHours: row.quietHoursStart && row.quietHoursEnd ? { start: row.quietHoursStart, end: row.quietHoursEnd } : null,
    weekStart: row.weekStart === 7 ? 7 : 1,
    shareStats: row.shareStats,
    eveningNudgeEnabled: row.eveningNudgeEnabled,
    eveningNudgeTime: row.eveningNudgeTime,
    reviewDay: row.reviewDay as Weekday | null,
    reviewTime: row.reviewTime,
    weeklyReviewEnabled: row.weeklyReviewEnabled,
    onboardedAt: row.onboardedAt,
    createdAt: row.createdAt,
  };
}

export function toIdentity(row: typeof platformIdentities.$inferSelect): PlatformIdentity {
  return { platform: row.platform, externalId: row.externalId, userId: row.userId };
}

export function toFrequency(row: Pick<HabitRow, 'frequencyKind' | 'frequencyDays' | 'frequencyTimes' | 'frequencyEveryN'>): Frequency {
  switch (row.frequencyKind) {
    case 'daily':
      return { kind: 'daily' };
    case 'weekdays':
      return { kind: 'weekdays', days: (row.frequencyDays ?? []) as Weekday[] };
    case 'per_week':
      return { kind: 'per_week', times: row.frequencyTimes ?? 1 };
    case 'per_month':
      return { kind: 'per_month', times: row.frequencyTimes ?? 1 };
    case 'every_n_days':
      return { kind: 'every_n_days', n: row.frequencyEveryN ?? 1 };
  }
}

export function frequencyColumns(frequency: Frequency): Pick<HabitRow, 'frequencyKind' | 'frequencyDays' | 'frequencyTimes' | 'frequencyEveryN'> {
  const none = { frequencyDays: null, frequencyTimes: null, frequencyEveryN: null };
  switch (frequency.kind) {
    case 'daily':
      return { frequencyKind: 'daily', ...none };
    case 'weekdays':
      return { frequencyKind: 'weekdays', ...none, frequencyDays: [...new Set(frequency.days)].sort((a, b) => a - b) };
    case 'per_week':
      return { frequencyKind: 'per_week', ...none, frequencyTimes: frequency.times };
    case 'per_month':
      return { frequencyKind: 'per_month', ...none, frequencyTimes: frequency.times };
    case 'every_n_days':
      return { frequencyKind: 'every_n_days', ...none, frequencyEveryN: frequency.n };
  }
}

export function targetColumns(target: Target | null): Pick<HabitRow, 'targetQuantity' | 'targetUnit' | 'targetDirection'> {
  if (!target) return { targetQuantity: null, targetUnit: null, targetDirection: null };
  return { targetQuantity: target.quantity, targetUnit: target.unit, targetDirection: target.direction };
}

export function toHabit(row: HabitRow): Habit {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    emoji: row.emoji,
    categoryId: row.categoryId,
    kind: row.kind,
    why: row.why,
    identity: row.identity,
    frequency: toFrequency(row),
    target:
      row.targetQuantity !== null && row.targetUnit !== null && row.targetDirection !== null
        ? { quantity: row.targetQuantity, unit: row.targetUnit, direction: row.targetDirection }
        : null,
    twoMinuteVersion: row.twoMinuteVersion,
    implementationIntention: row.implementationIntention,
    stackAnchor: row.stackAnchor,
    reminderTimes: row.reminderTimes,
    reminderDays: row.reminderDays as Weekday[] | null,
    synonyms: row.synonyms,
    multiplePerDay: row.multiplePerDay,
    status: row.status,
    startDate: row.startDate,
    currentStreak: row.currentStreak,
    longestStreak: row.longestStreak,
    createdAt: row.createdAt,
    archivedAt: row.archivedAt,
  };
}

export function toEntry(row: EntryRow): Entry {
  return {
    id: row.id,
    userId: row.userId,
    habitId: row.habitId,
    kind: row.kind,
    localDate: row.localDate,
    quantity: row.quantity,
    note: row.note,
    mood: row.mood,
    energy: row.energy,
    source: row.source,
    idempotencyKey: row.idempotencyKey,
    createdAt: row.createdAt,
  };
}

export function toPause(row: typeof pauses.$inferSelect): Pause {
  return { id: row.id, userId: row.userId, habitId: row.habitId, startDate: row.startDate, endDate: row.endDate, reason: row.reason };
}

export function toCategory(row: typeof categories.$inferSelect): Category {
  return { id: row.id, userId: row.userId, name: row.name, emoji: row.emoji };
}

export function toGoal(row: typeof goals.$inferSelect): Goal {
  return {
    id: row.id,
    userId: row.userId,
    title: row.title,
    kind: row.kind,
    targetValue: row.targetValue,
    unit: row.unit,
    deadline: row.deadline,
    startDate: row.startDate,
    lastResetDate: row.lastResetDate,
    habitId: row.habitId,
    status: row.status,
    createdAt: row.createdAt,
  };
}

export function toGoalProgress(row: typeof goalProgress.$inferSelect): GoalProgressEntry {
  return {
    id: row.id,
    goalId: row.goalId,
    userId: row.userId,
    amount: row.amount,
    localDate: row.localDate,
    note: row.note,
    createdAt: row.createdAt,
  };
}

export function toSubtask(row: typeof subtasks.$inferSelect): Subtask {
  return { id: row.id, goalId: row.goalId, userId: row.userId, title: row.title, done: row.done, position: row.position };
}

export function toDialogState(row: typeof dialogState.$inferSelect): DialogState {
  return { flow: row.flow, step: row.step, data: row.data, token: row.token, updatedAt: row.updatedAt };
}
