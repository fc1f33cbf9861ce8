// Goals: target-based (a value by a deadline, reached through progress entries) and
// continuous counters (days since start or last reset), with subtasks.
import { sql } from 'drizzle-orm';
import { WRITTEN_AT } from './checks.js';
import {
  boolean, check, date, doublePrecision, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid,
} from 'drizzle-orm/pg-core';
import { habits } from './habits.js';
import { users } from './users.js';

export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['target', 'counter'] }).notNull(),
    targetValue: doublePrecision('target_value'),
    unit: text('unit'),
    deadline: date('deadline', { mode: 'string' }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    lastResetDate: date('last_reset_date', { mode: 'string' }),
    habitId: uuid('habit_id'),
    status: text('status', { enum: ['active', 'completed', 'archived'] }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [
    unique('goals_id_user_id_unique').on(t.id, t.userId),
    // The linked habit must be the same user's; deleting the habit only clears habit_id
    // (the migration narrows SET NULL to that column).
    foreignKey({ name: 'goals_habit_fk', columns: [t.habitId, t.userId], foreignColumns: [habits.id, habits.userId] })
      .onDelete('set null')
      .onUpdate('cascade'),
    index('goals_user_id_status_idx').on(t.userId, t.status),
    index('goals_habit_id_idx').on(t.habitId),
    check('goals_title_not_blank', sql`length(btrim(${t.title})) > 0`),
    check('goals_kind_known', sql`${t.kind} in ('target', 'counter')`),
    check('goals_status_known', sql`${t.status} in ('active', 'completed', 'archived')`),
    check(
      'goals_target_value_by_kind',
      sql`case ${t.kind}
        when 'target' then ${t.targetValue} is not null and ${t.targetValue} > 0 and ${t.targetValue} < 'Infinity'::float8
        else ${t.targetValue} is null end`,
    ),
    check('goals_reset_only_counters', sql`${t.lastResetDate} is null or ${t.kind} = 'counter'`),
    check('goals_deadline_not_before_start', sql`${t.deadline} is null or ${t.deadline} >= ${t.startDate}`),
    check('goals_reset_not_before_start', sql`${t.lastResetDate} is null or ${t.lastResetDate} >= ${t.startDate}`),
  ],
);

export const goalProgress = pgTable(
  'goal_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    amount: doublePrecision('amount').notNull(),
    localDate: date('local_date', { mode: 'string' }).notNull(),
    note: text('note'),
    /** The platform update that wrote it: a redelivered update ("saved 250" again) adds nothing. */
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [
    foreignKey({ name: 'goal_progress_goal_fk', columns: [t.goalId, t.userId], foreignColumns: [goals.id, goals.userId] })
      .onDelete('cascade')
      .onUpdate('cascade'),
    index('goal_progress_goal_date_idx').on(t.goalId, t.localDate),
    index('goal_progress_user_id_idx').on(t.userId),
    unique('goal_progress_user_id_idempotency_key_unique').on(t.userId, t.idempotencyKey),
    check('goal_progress_amount_finite', sql`${t.amount} > '-Infinity'::float8 and ${t.amount} < 'Infinity'::float8`),
    check('goal_progress_idempotency_key_not_blank', sql`length(${t.idempotencyKey}) > 0`),
  ],
);

export const subtasks = pgTable(
  'subtasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    done: boolean('done').notNull().default(false),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [
    foreignKey({ name: 'subtasks_goal_fk', columns: [t.goalId, t.userId], foreignColumns: [goals.id, goals.userId] })
      .onDelete('cascade')
      .onUpdate('cascade'),
    index('subtasks_goal_position_idx').on(t.goalId, t.position),
    index('subtasks_user_id_idx').on(t.userId),
    check('subtasks_title_not_blank', sql`length(btrim(${t.title})) > 0`),
    check('subtasks_position_non_negative', sql`${t.position} >= 0`),
  ],
);
