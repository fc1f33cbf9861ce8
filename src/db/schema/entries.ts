// One row per completion, skip or slip. The database itself refuses a second 'done' (or
// 'skip') on one local day for a once-a-day habit: entries copy the habit's
// multiple_per_day flag through a composite foreign key (kept in step by ON UPDATE
// CASCADE) and a partial unique index covers the once-a-day rows.
import { sql } from 'drizzle-orm';
import { WRITTEN_AT } from './checks.js';
import {
  bigserial, boolean, check, date, doublePrecision, foreignKey, index, pgTable, smallint, text, timestamp, unique, uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { habits } from './habits.js';
import { users } from './users.js';

export const entries = pgTable(
  'entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    habitId: uuid('habit_id').notNull(),
    /** Copy of habits.multiple_per_day, enforced by the composite foreign key. */
    habitMultiplePerDay: boolean('habit_multiple_per_day').notNull(),
    kind: text('kind', { enum: ['done', 'skip', 'slip'] }).notNull(),
    localDate: date('local_date', { mode: 'string' }).notNull(),
    quantity: doublePrecision('quantity'),
    note: text('note'),
    mood: smallint('mood'),
    energy: smallint('energy'),
    source: text('source', { enum: ['chat', 'button', 'command', 'reminder', 'import', 'llm'] }).notNull(),
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
    /**
     * The order rows were written in. created_at comes from the app's clock, and two entries can
     * share an instant (a fixed clock, an import): "the latest entry" is the latest created_at,
     * then the highest write_order.
     */
    writeOrder: bigserial('write_order', { mode: 'number' }).notNull(),
  },
  (t) => [
    foreignKey({
      name: 'entries_habit_fk',
      columns: [t.habitId, t.userId, t.habitMultiplePerDay],
      foreignColumns: [habits.id, habits.userId, habits.multiplePerDay],
    })
      .onDelete('cascade')
      .onUpdate('cascade'),
    uniqueIndex('entries_once_a_day_unique')
      .on(t.habitId, t.localDate, t.kind)
      .where(sql`not ${t.habitMultiplePerDay} and ${t.kind} in ('done', 'skip')`),
    unique('entries_user_id_idempotency_key_unique').on(t.userId, t.idempotencyKey),
    index('entries_user_habit_date_idx').on(t.userId, t.habitId, t.localDate),
    index('entries_user_created_at_idx').on(t.userId, t.createdAt, t.writeOrder),
    /** The export's order, so a streamed export reads page by page without sorting everything. */
    index('entries_user_export_order_idx').on(t.userId, t.localDate, t.createdAt, t.writeOrder),
    check('entries_kind_known', sql`${t.kind} in ('done', 'skip', 'slip')`),
    check('entries_source_known', sql`${t.source} in ('chat', 'button', 'command', 'reminder', 'import', 'llm')`),
    check('entries_mood_range', sql`${t.mood} between 1 and 5`),
    check('entries_energy_range', sql`${t.energy} between 1 and 5`),
    check('entries_quantity_finite_non_negative', sql`${t.quantity} >= 0 and ${t.quantity} < 'Infinity'::float8`),
    check('entries_idempotency_key_not_blank', sql`length(${t.idempotencyKey}) > 0`),
  ],
);

/**
 * What an entry was before a correction ("actually yesterday"), for the Undo under the fix.
 * The button names this row (owned by the person), never the day or amount itself.
 */
export const entryCorrections = pgTable(
  'entry_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => entries.id, { onDelete: 'cascade' }),
    previousDate: date('previous_date', { mode: 'string' }).notNull(),
    previousQuantity: doublePrecision('previous_quantity'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('entry_corrections_user_id_idx').on(t.userId), index('entry_corrections_entry_id_idx').on(t.entryId)],
);
