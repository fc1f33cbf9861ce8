// What the bot will say first, and what it already said. One `schedules` row per thing that
// fires on its own clock (a habit's reminder, its snooze, a person's evening nudge, their
// weekly review, a group's weekly recap), keyed by (user or group, habit?, kind): a table rather than next_*_at columns on
// habits and users, so the sweep reads one partial index on next_at for every kind, claims
// rows without locking people or habits, and new kinds need no new columns.
// `deliveries` is the idempotency log at the notifier boundary: a key is claimed before a
// message is sent, so a retried or duplicated job never sends twice.
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { DELIVERY_KINDS, GROUP_SCHEDULE_KINDS, SCHEDULE_KINDS } from '../../app/ports.js';
import { groups } from './groups.js';
import { habits } from './habits.js';
import { users } from './users.js';

const KINDS_SQL = sql.raw(SCHEDULE_KINDS.map((kind) => `'${kind}'`).join(', '));
const DELIVERY_KINDS_SQL = sql.raw(DELIVERY_KINDS.map((kind) => `'${kind}'`).join(', '));
const GROUP_KINDS_SQL = sql.raw(GROUP_SCHEDULE_KINDS.map((kind) => `'${kind}'`).join(', '));
const SLOT_PATTERN = sql.raw(`'^[0-9]{8}T[0-9]{4}$'`);

export const schedules = pgTable(
  'schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The person whose private chat it goes to; null for a group's kinds. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** The group whose home chat(s) it goes to; null for a person's kinds. */
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    /** Reminders and snoozes: the habit; nudges and reviews: null. */
    habitId: uuid('habit_id').references(() => habits.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SCHEDULE_KINDS }).notNull(),
    /** The inputs the plan was computed from (zone, times, days, quiet hours...); a change replans. */
    fingerprint: text('fingerprint').notNull().default(''),
    /** New row or changed inputs: the sweep computes next_at (in the person's zone) before claiming. */
    planNeeded: boolean('plan_needed').notNull().default(true),
    /** Marked rows: plan the next slot after this (when the sweep before the one that marked it started). */
    planFrom: timestamp('plan_from', { withTimezone: true }),
    /** When it fires next; null: nothing planned. */
    nextAt: timestamp('next_at', { withTimezone: true }),
    /** The local slot next_at stands for ('YYYYMMDDTHHmm'), or the last one handled. */
    slot: text('slot'),
    /** Claimed by a sweep until then: its delivery job is queued. A lost job is claimed again after it. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('schedules_target_habit_id_kind_unique').on(t.userId, t.groupId, t.habitId, t.kind).nullsNotDistinct(),
    index('schedules_group_id_idx').on(t.groupId).where(sql`${t.groupId} is not null`),
    index('schedules_next_at_idx').on(t.nextAt).where(sql`${t.nextAt} is not null`),
    index('schedules_plan_needed_idx').on(t.id).where(sql`${t.planNeeded}`),
    index('schedules_habit_id_idx').on(t.habitId),
    check('schedules_kind_known', sql`${t.kind} in (${KINDS_SQL})`),
    check('schedules_one_target', sql`(${t.userId} is null) <> (${t.groupId} is null)`),
    check('schedules_group_for_group_kinds', sql`(${t.groupId} is not null) = (${t.kind} in (${GROUP_KINDS_SQL}))`),
    check('schedules_habit_for_habit_kinds', sql`(${t.habitId} is not null) = (${t.kind} in ('reminder', 'snooze'))`),
    check('schedules_slot_format', sql`${t.slot} ~ ${SLOT_PATTERN}`),
    check('schedules_next_at_has_slot', sql`${t.nextAt} is null or ${t.slot} is not null`),
  ],
);

/** When each sweep started, by name (one row: 'sweep'): changes since are planned from then. */
export const sweepRuns = pgTable('sweep_runs', {
  name: text('name').primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
});

export const deliveries = pgTable(
  'deliveries',
  {
    /** '<kind>-<item id>-<local slot>' (a group's: '<kind>-<group>-<local week>[-<platform>]'): the job id. */
    key: text('key').primaryKey(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DELIVERY_KINDS }).notNull(),
    /** sending: claimed, the send started; sent; skipped (reason says why); unconfirmed: a worker died mid-send; failed. */
    status: text('status', { enum: ['sending', 'sent', 'skipped', 'unconfirmed', 'failed'] }).notNull(),
    reason: text('reason'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('deliveries_user_id_idx').on(t.userId),
    index('deliveries_group_id_idx').on(t.groupId).where(sql`${t.groupId} is not null`),
    check('deliveries_one_target', sql`(${t.userId} is null) <> (${t.groupId} is null)`),
    index('deliveries_updated_at_idx').on(t.updatedAt),
    check('deliveries_kind_known', sql`${t.kind} in (${DELIVERY_KINDS_SQL})`),
    check('deliveries_status_known', sql`${t.status} in ('sending', 'sent', 'skipped', 'unconfirmed', 'failed')`),
  ],
);
