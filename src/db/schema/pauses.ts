// Vacation / sick pauses: they keep streaks and mute reminders. habit_id null = all habits.
import { sql } from 'drizzle-orm';
import { WRITTEN_AT } from './checks.js';
import { check, date, foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { habits } from './habits.js';
import { users } from './users.js';

export const pauses = pgTable(
  'pauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    habitId: uuid('habit_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    reason: text('reason', { enum: ['vacation', 'sick', 'other'] }).notNull().default('other'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [
    // The paused habit must be the same user's; deleting the habit deletes its pauses.
    foreignKey({ name: 'pauses_habit_fk', columns: [t.habitId, t.userId], foreignColumns: [habits.id, habits.userId] })
      .onDelete('cascade')
      .onUpdate('cascade'),
    index('pauses_user_id_idx').on(t.userId, t.startDate),
    index('pauses_habit_id_idx').on(t.habitId),
    check('pauses_reason_known', sql`${t.reason} in ('vacation', 'sick', 'other')`),
    check('pauses_end_not_before_start', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);
