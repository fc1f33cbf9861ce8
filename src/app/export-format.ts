// The export file, version 1: its zod schema is the single definition (docs/export-format.md).
import { z } from 'zod';
import { isValidTimeZone } from '../core/day.js';
import { ENTRY_SOURCES, LOCALES, PERSONALITIES } from '../core/types.js';
import { frequencySchema } from './habit-input.js';
import { localDateSchema, localTimeSchema, uuidSchema, weekdaySchema } from './schemas.js';

export const EXPORT_FORMAT = 'habit-coach-export';
export const EXPORT_VERSION = 1;

/** Instants are ISO 8601 in UTC with milliseconds ("2025-03-01T08:00:00.000Z"). */
const instantSchema = z.iso.datetime({ offset: true });
const nullableText = z.string().max(2000).nullable();

export const profileSchema = z.object({
  displayName: z.string().trim().min(1).max(100),
  timeZone: z.string().min(1).max(64).refine(isValidTimeZone, 'unknown time zone'),
  locale: z.enum(LOCALES),
  dayStartHour: z.number().int().min(0).max(23),
  personality: z.enum(PERSONALITIES),
  quietHours: z.object({ start: localTimeSchema, end: localTimeSchema }).nullable(),
  weekStart: z.union([z.literal(1), z.literal(7)]),
  shareStats: z.boolean(),
  /** Added later: files written before it have no such field and import as on. */
  eveningNudgeEnabled: z.boolean().default(true),
  eveningNudgeTime: localTimeSchema.nullable(),
  /** Added later, like eveningNudgeEnabled: missing means on. */
  weeklyReviewEnabled: z.boolean().default(true),
  reviewDay: weekdaySchema.nullable(),
  reviewTime: localTimeSchema.nullable(),
  onboardedAt: instantSchema.nullable(),
});

export const categoryRowSchema = z.object({
  id: uuidSchema,
  name: z.string().trim().min(1).max(100),
  emoji: z.string().max(16).nullable(),
});

export const habitRowSchema = z.object({
  id: uuidSchema,
  name: z.string().trim().min(1).max(100),
  emoji: z.string().max(16).nullable(),
  categoryId: uuidSchema.nullable(),
  kind: z.enum(['build', 'break']),
  why: nullableText,
  identity: nullableText,
  frequency: frequencySchema,
  target: z
    .object({ quantity: z.number().positive().finite(), unit: z.string().min(1).max(30), direction: z.enum(['at_least', 'at_most']) })
    .nullable(),
  twoMinuteVersion: nullableText,
  implementationIntention: nullableText,
  stackAnchor: nullableText,
  reminderTimes: z.array(localTimeSchema).max(24),
  reminderDays: z.array(weekdaySchema).max(7).nullable(),
  synonyms: z.array(z.string().min(1).max(60)).max(100),
  multiplePerDay: z.boolean(),
  status: z.enum(['active', 'paused', 'archived']),
  startDate: localDateSchema,
  currentStreak: z.number().int().nonnegative(),
  longestStreak: z.number().int().nonnegative(),
  createdAt: instantSchema,
  archivedAt: instantSchema.nullable(),
});

export const entryRowSchema = z.object({
  id: uuidSchema,
  habitId: uuidSchema,
  kind: z.enum(['done', 'skip', 'slip']),
  localDate: localDateSchema,
  quantity: z.number().finite().nullable(),
  note: nullableText,
  mood: z.number().int().min(1).max(5).nullable(),
  energy: z.number().int().min(1).max(5).nullable(),
  source: z.enum(ENTRY_SOURCES),
  idempotencyKey: z.string().min(1).max(200).nullable(),
  createdAt: instantSchema,
});

export const pauseRowSchema = z.object({
  id: uuidSchema,
  habitId: uuidSchema.nullable(),
  startDate: localDateSchema,
  endDate: localDateSchema.nullable(),
  reason: z.enum(['vacation', 'sick', 'other']),
});

export const progressRowSchema = z.object({
  id: uuidSchema,
  amount: z.number().finite(),
  localDate: localDateSchema,
  note: nullableText,
  createdAt: instantSchema,
});

export const subtaskRowSchema = z.object({
  id: uuidSchema,
  title: z.string().trim().min(1).max(200),
  done: z.boolean(),
  position: z.number().int().nonnegative(),
});

export const goalRowSchema = z.object({
  id: uuidSchema,
  title: z.string().trim().min(1).max(200),
  kind: z.enum(['target', 'counter']),
  targetValue: z.number().positive().finite().nullable(),
  unit: z.string().max(30).nullable(),
  deadline: localDateSchema.nullable(),
  startDate: localDateSchema,
  lastResetDate: localDateSchema.nullable(),
  habitId: uuidSchema.nullable(),
  status: z.enum(['active', 'completed', 'archived']),
  createdAt: instantSchema,
  /**
   * Derived, for people reading the file; ignored on import. Only date-independent values, so
   * the round trip is exact on any day: target goals sum their progress, counters say since when.
   */
  progress: z.union([
    z.object({ kind: z.literal('target'), total: z.number(), target: z.number(), fraction: z.number() }),
    z.object({ kind: z.literal('counter'), since: localDateSchema }),
  ]),
  progressEntries: z.array(progressRowSchema),
  subtasks: z.array(subtaskRowSchema),
});

/**
 * The person's place in accountability groups: memberships, the habits they share with each
 * group, the commitments they adopted. Added later (files without it read as none); import
 * ignores it, since a group is other people's too and is not restored from one person's file.
 */
export const groupsDataSchema = z.object({
  memberships: z.array(z.object({
    groupId: uuidSchema, groupName: z.string().min(1).max(100), status: z.enum(['active', 'left', 'removed']), joinedAt: instantSchema, leftAt: instantSchema.nullable(),
  })),
  shares: z.array(z.object({ groupId: uuidSchema, habitId: uuidSchema, sharedAt: instantSchema })),
  adoptions: z.array(z.object({ commitmentId: uuidSchema, groupId: uuidSchema, commitmentTitle: z.string().min(1).max(100), habitId: uuidSchema, adoptedAt: instantSchema })),
  /** Accountability partnerships (asked or answered), with the partner's name as the group shows it; never the buttons' token. */
  partnerships: z.array(z.object({
    id: uuidSchema, groupId: uuidSchema, groupName: z.string().min(1).max(100), partnerName: z.string().min(1).max(200),
    askedBy: z.enum(['me', 'partner']), status: z.enum(['requested', 'active', 'declined', 'ended']),
    askedAt: instantSchema, answeredAt: instantSchema.nullable(), endedAt: instantSchema.nullable(),
  })).default([]),
});

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  profile: profileSchema,
  categories: z.array(categoryRowSchema),
  habits: z.array(habitRowSchema),
  entries: z.array(entryRowSchema),
  pauses: z.array(pauseRowSchema),
  goals: z.array(goalRowSchema),
  groups: groupsDataSchema.default({ memberships: [], shares: [], adoptions: [], partnerships: [] }),
});

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportedHabit = z.infer<typeof habitRowSchema>;
export type ExportedGoal = z.infer<typeof goalRowSchema>;
