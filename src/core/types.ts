// Domain types shared by every layer. Pure data: no I/O, no library types.

import type { Locale } from './languages.js';

export { LOCALES, type Locale } from './languages.js';

export const PERSONALITIES = ['yoda', 'general', 'mentor'] as const;
export type Personality = (typeof PERSONALITIES)[number];

export const PLATFORMS = ['console', 'telegram', 'discord'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A calendar date in the owner's own day (zone + day-start hour), ISO 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A wall-clock time of day, 'HH:mm' (24h). */
export type LocalTime = string;
/** ISO weekday as luxon numbers it: 1 = Monday ... 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The five frequency kinds. */
export type Frequency =
  | { kind: 'daily' }
  | { kind: 'weekdays'; days: Weekday[] }
  | { kind: 'per_week'; times: number }
  | { kind: 'every_n_days'; n: number }
  | { kind: 'per_month'; times: number };
export type FrequencyKind = Frequency['kind'];

export type HabitKind = 'build' | 'break';
export type TargetDirection = 'at_least' | 'at_most';
export interface Target {
  quantity: number;
  unit: string;
  direction: TargetDirection;
}
export type HabitStatus = 'active' | 'paused' | 'archived';

export interface Habit {
  id: string;
  userId: string;
  name: string;
  emoji: string | null;
  categoryId: string | null;
  kind: HabitKind;
  why: string | null;
  identity: string | null;
  frequency: Frequency;
  target: Target | null;
  twoMinuteVersion: string | null;
  implementationIntention: string | null;
  stackAnchor: string | null;
  reminderTimes: LocalTime[];
  /** Weekdays the reminders apply to; null = every day the habit is due. */
  reminderDays: Weekday[] | null;
  /** Words the person taught the bot for this habit ("gym" for "workout"). */
  synonyms: string[];
  /** Several entries on one day (e.g. glasses of water); otherwise the database refuses a second. */
  multiplePerDay: boolean;
  status: HabitStatus;
  startDate: LocalDate;
  currentStreak: number;
  longestStreak: number;
  createdAt: Date;
  archivedAt: Date | null;
}

export type EntryKind = 'done' | 'skip' | 'slip';
export const ENTRY_SOURCES = ['chat', 'button', 'command', 'reminder', 'import', 'llm'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];

export interface Entry {
  id: string;
  userId: string;
  habitId: string;
  kind: EntryKind;
  localDate: LocalDate;
  quantity: number | null;
  note: string | null;
  /** 1..5 */
  mood: number | null;
  /** 1..5 */
  energy: number | null;
  source: EntrySource;
  idempotencyKey: string | null;
  createdAt: Date;
}

export type PauseReason = 'vacation' | 'sick' | 'other';
export interface Pause {
  id: string;
  userId: string;
  /** null = every habit of the user */
  habitId: string | null;
  startDate: LocalDate;
  /** inclusive; null = until resumed */
  endDate: LocalDate | null;
  reason: PauseReason;
}

export interface QuietHours {
  start: LocalTime;
  end: LocalTime;
}

export interface User {
  id: string;
  displayName: string;
  timeZone: string;
  locale: Locale;
  /** 0..23: the hour the person's day starts (night owls pick 3 or 4). */
  dayStartHour: number;
  personality: Personality;
  quietHours: QuietHours | null;
  weekStart: 1 | 7;
  /** Whether groups see this person's stats by default. */
  shareStats: boolean;
  /** False: no evening streak-at-risk nudge at all (the time is kept for when it is turned back on). */
  eveningNudgeEnabled: boolean;
  eveningNudgeTime: LocalTime | null;
  reviewDay: Weekday | null;
  reviewTime: LocalTime | null;
  /** False: no weekly review is started on its own (/review still works). */
  weeklyReviewEnabled: boolean;
  onboardedAt: Date | null;
  createdAt: Date;
}

export interface PlatformIdentity {
  platform: Platform;
  externalId: string;
  userId: string;
}

export interface Category {
  id: string;
  userId: string;
  name: string;
  emoji: string | null;
}

export type GoalKind = 'target' | 'counter';
export type GoalStatus = 'active' | 'completed' | 'archived';
export interface Goal {
  id: string;
  userId: string;
  title: string;
  kind: GoalKind;
  /** target goals: the value to reach; counters: null */
  targetValue: number | null;
  unit: string | null;
  deadline: LocalDate | null;
  startDate: LocalDate;
  /** counters: the day of the last reset, if any */
  lastResetDate: LocalDate | null;
  habitId: string | null;
  status: GoalStatus;
  createdAt: Date;
}

export interface GoalProgressEntry {
  id: string;
  goalId: string;
  userId: string;
  amount: number;
  localDate: LocalDate;
  note: string | null;
  createdAt: Date;
}

export interface Subtask {
  id: string;
  goalId: string;
  userId: string;
  title: string;
  done: boolean;
  position: number;
}
