// Habits and the categories that group them. The frequency is stored as a kind plus
// kind-specific columns; CHECKs make sure each kind carries exactly its own parameters.
import { sql } from 'drizzle-orm';
import {
  boolean, check, date, doublePrecision, foreignKey, index, integer, pgTable, smallint, text, timestamp, unique,
  uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { LOCAL_TIME_LIST_PATTERN, WEEKDAYS_ARRAY, WRITTEN_AT } from './checks.js';
import { users } from './users.js';

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    emoji: text('emoji'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [
    unique('categories_id_user_id_unique').on(t.id, t.userId),
    uniqueIndex('categories_user_id_lower_name_unique').on(t.userId, sql`lower(${t.name})`),
    check('categories_name_not_blank', sql`length(btrim(${t.name})) > 0`),
  ],
);

export const habits = pgTable(
  'habits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    emoji: text('emoji'),
    categoryId: uuid('category_id'),
    kind: text('kind', { enum: ['build', 'break'] }).notNull().default('build'),
    why: text('why'),
    identity: text('identity'),
    frequencyKind: text('frequency_kind', { enum: ['daily', 'weekdays', 'per_week', 'every_n_days', 'per_month'] })
      .notNull()
      .default('daily'),
    /** weekdays: ISO weekdays 1..7 */
    frequencyDays: smallint('frequency_days').array(),
    /** per_week (1..7) and per_month (1..31): how many times */
    frequencyTimes: smallint('frequency_times'),
    /** every_n_days: the interval */
    frequencyEveryN: smallint('frequency_every_n'),
    targetQuantity: doublePrecision('target_quantity'),
    targetUnit: text('target_unit'),
    targetDirection: text('target_direction', { enum: ['at_least', 'at_most'] }),
    twoMinuteVersion: text('two_minute_version'),
    implementationIntention: text('implementation_intention'),
    stackAnchor: text('stack_anchor'),
    reminderTimes: text('reminder_times').array().notNull().default(sql`'{}'::text[]`),
    reminderDays: smallint('reminder_days').array(),
    synonyms: text('synonyms').array().notNull().default(sql`'{}'::text[]`),
    multiplePerDay: boolean('multiple_per_day').notNull().default(false),
    status: text('status', { enum: ['active', 'paused', 'archived'] }).notNull().default('active'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    currentStreak: integer('current_streak').notNull().default(0),
    longestStreak: integer('longest_streak').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    // Targets of composite foreign keys: a child row always belongs to its habit's owner,
    // and entries carry the habit's once-a-day flag for their partial unique index.
    unique('habits_id_user_id_unique').on(t.id, t.userId),
    unique('habits_id_user_id_multiple_per_day_unique').on(t.id, t.userId, t.multiplePerDay),
    // A habit's category must belong to the same user; deleting it only clears category_id
    // (the migration narrows SET NULL to that column).
    foreignKey({
      name: 'habits_category_owner_fk',
      columns: [t.categoryId, t.userId],
      foreignColumns: [categories.id, categories.userId],
    })
      .onDelete('set null')
      .onUpdate('cascade'),
    index('habits_user_id_status_idx').on(t.userId, t.status),
    index('habits_category_id_idx').on(t.categoryId),
    check('habits_name_not_blank', sql`length(btrim(${t.name})) > 0`),
    check('habits_kind_known', sql`${t.kind} in ('build', 'break')`),
    check('habits_status_known', sql`${t.status} in ('active', 'paused', 'archived')`),
    check(
      'habits_frequency_params',
      // coalesce: a missing parameter makes the CASE null, which a CHECK would let through.
      sql`coalesce(case ${t.frequencyKind}
        when 'daily' then ${t.frequencyDays} is null and ${t.frequencyTimes} is null and ${t.frequencyEveryN} is null
        when 'weekdays' then ${t.frequencyDays} is not null and cardinality(${t.frequencyDays}) between 1 and 7
          and ${t.frequencyDays} <@ ${sql.raw(WEEKDAYS_ARRAY)} and array_position(${t.frequencyDays}, null) is null
          and ${t.frequencyTimes} is null and ${t.frequencyEveryN} is null
        when 'per_week' then ${t.frequencyTimes} between 1 and 7 and ${t.frequencyDays} is null and ${t.frequencyEveryN} is null
        when 'per_month' then ${t.frequencyTimes} between 1 and 31 and ${t.frequencyDays} is null and ${t.frequencyEveryN} is null
        when 'every_n_days' then ${t.frequencyEveryN} between 1 and 366 and ${t.frequencyDays} is null and ${t.frequencyTimes} is null
        else false end, false)`,
    ),
    check(
      'habits_target_complete',
      sql`coalesce((${t.targetQuantity} is null and ${t.targetUnit} is null and ${t.targetDirection} is null)
        or ((${t.targetQuantity} > 0 or (${t.targetQuantity} = 0 and ${t.targetDirection} = 'at_most'))
          and ${t.targetQuantity} < 'Infinity'::float8 and ${t.targetUnit} is not null
          and ${t.targetDirection} in ('at_least', 'at_most')), false)`,
    ),
    check('habits_reminder_times_format', sql`array_to_string(${t.reminderTimes}, ',') ~ ${sql.raw(LOCAL_TIME_LIST_PATTERN)}`),
    check(
      'habits_reminder_days_weekdays',
      sql`${t.reminderDays} <@ ${sql.raw(WEEKDAYS_ARRAY)} and array_position(${t.reminderDays}, null) is null`,
    ),
    check('habits_streaks_non_negative', sql`${t.currentStreak} >= 0 and ${t.longestStreak} >= 0`),
    check('habits_archived_at_when_archived', sql`${t.archivedAt} is null or ${t.status} = 'archived'`),
  ],
);
