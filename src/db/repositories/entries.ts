// Entries: completions, skips and slips. `add` writes in one statement that also checks
// the habit belongs to the user; the unique indexes (idempotency key, once-a-day) decide
// duplicates and conflicts, so concurrent deliveries cannot both win. Each write (add, remove,
// update) writes its domain event (app/events.ts) in the same statement.
import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { AddEntryResult, DateRange, EntryRepository, NewEntry } from '../../app/ports.js';
import type { Entry } from '../../core/types.js';
import type { Database } from '../client.js';
import { entries, habits } from '../schema/index.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode } from './errors.js';
import { createEntryInserts } from './entry-inserts.js';
import { entryFacts, eventsFrom, type OutboxOption } from './event-writes.js';
import { historyByHabit, historyOfHabit, recentHistoryOfHabit } from './history.js';
import { isUuid } from './ids.js';
import { rowFromJson } from './json-rows.js';
import { toEntry } from './mappers.js';

function dateRange(range: DateRange | undefined): SQL[] {
  const conditions: SQL[] = [];
  if (range?.from) conditions.push(gte(entries.localDate, range.from));
  if (range?.to) conditions.push(lte(entries.localDate, range.to));
  return conditions;
}

export function createEntryRepository(db: Database, options: OutboxOption = {}): EntryRepository {
  const outbox = options.outbox ?? true;
  const recentHistory = recentHistoryOfHabit(db);
  const inserts = createEntryInserts(db, outbox);

  /** Why nothing was inserted: the habit is not the user's, or a unique key already holds a row. */
  async function explainNoInsert(userId: string, input: NewEntry): Promise<AddEntryResult | null> {
    const [habit] = await db
      .select({ multiplePerDay: habits.multiplePerDay })
      .from(habits)
      .where(and(eq(habits.id, input.habitId), eq(habits.userId, userId)));
    if (!habit) return { status: 'unknown_habit' };
    if (input.idempotencyKey) {
      const [earlier] = await db
        .select()
        .from(entries)
        .where(and(eq(entries.userId, userId), eq(entries.idempotencyKey, input.idempotencyKey)));
      if (earlier) return { status: 'duplicate', entry: toEntry(earlier) };
    }
    if (!habit.multiplePerDay && input.kind !== 'slip') {
      const [existing] = await db
        .select()
        .from(entries)
        .where(
          and(
            eq(entries.habitId, input.habitId),
            eq(entries.userId, userId),
            eq(entries.localDate, input.localDate),
            eq(entries.kind, input.kind),
          ),
        )
        .orderBy(asc(entries.createdAt), asc(entries.writeOrder))
        .limit(1);
      if (existing) return { status: 'conflict', existing: toEntry(existing) };
    }
    return null;
  }

  async function get(userId: string, entryId: string): Promise<Entry | null> {
    if (!isUuid(entryId)) return null;
    const [row] = await db.select().from(entries).where(and(eq(entries.id, entryId), eq(entries.userId, userId)));
    return row ? toEntry(row) : null;
  }

  return {
    async add(userId, input, options) {
      if (!isUuid(input.habitId)) return { status: 'unknown_habit' };
      // A conflicting row can vanish between the insert and the explanation (an undo racing
      // a redelivery); then the insert is simply tried again.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        try {
          const created = await inserts.insert(userId, input, options?.readHistory);
          if (created) return { status: 'created', ...created };
        } catch (error) {
          // The habit was deleted (or its once-a-day flag flipped) between select and insert.
          if (pgErrorCode(error) !== FOREIGN_KEY_VIOLATION) throw error;
        }
        const explained = await explainNoInsert(userId, input);
        if (explained) return explained;
      }
      throw new Error('entries.add: could not insert nor explain why (concurrent changes)');
    },

    get,

    async remove(userId, entryId) {
      if (!isUuid(entryId)) return false;
      const deletion = db.delete(entries).where(and(eq(entries.id, entryId), eq(entries.userId, userId)));
      if (!outbox) return (await deletion.returning({ id: entries.id })).length > 0;
      const removed = db.$with('removed').as(deletion.returning());
      const undone = eventsFrom(db, 'undone', 'entry.undone', 'removed', entryFacts('removed'));
      const rows = await db.with(removed, undone).select({ id: removed.id }).from(removed);
      return rows.length > 0;
    },

    /** Moving a once-a-day entry onto a day that already has one is refused by the database (throws). */
    async update(userId, entryId, patch) {
      if (!isUuid(entryId)) return null;
      const columns: Partial<typeof entries.$inferInsert> = {};
      if (patch.quantity !== undefined) columns.quantity = patch.quantity;
      if (patch.note !== undefined) columns.note = patch.note;
      if (patch.localDate !== undefined) columns.localDate = patch.localDate;
      if (patch.mood !== undefined) columns.mood = patch.mood;
      if (patch.energy !== undefined) columns.energy = patch.energy;
      if (Object.keys(columns).length === 0) return get(userId, entryId);
      const mine = and(eq(entries.id, entryId), eq(entries.userId, userId));
      const change = db.update(entries).set(columns).where(mine);
      if (!outbox) {
        const [row] = await change.returning();
        return row ? toEntry(row) : null;
      }
      // Every part of one statement sees the rows as they were before it: `before` is the old row.
      const before = db.$with('before').as(db.select({ id: entries.id, localDate: entries.localDate, quantity: entries.quantity }).from(entries).where(mine));
      const updated = db.$with('updated').as(change.returning());
      const corrected = eventsFrom(db, 'corrected', 'entry.corrected', 'updated',
        sql`${entryFacts('updated')} || jsonb_build_object('before', jsonb_build_object('localDate', before.local_date, 'quantity', before.quantity))`,
        sql`join before on before.id = updated.id`);
      const [row] = await db.with(before, updated, corrected).select({ entry: sql<Record<string, unknown>>`row_to_json(updated)` }).from(updated);
      return row ? toEntry(rowFromJson(entries, row.entry)) : null;
    },

    async latest(userId, habitId) {
      if (habitId !== undefined && !isUuid(habitId)) return null;
      const [row] = await db
        .select()
        .from(entries)
        .where(and(eq(entries.userId, userId), habitId === undefined ? undefined : eq(entries.habitId, habitId)))
        .orderBy(desc(entries.createdAt), desc(entries.writeOrder))
        .limit(1);
      return row ? toEntry(row) : null;
    },

    async listForHabit(userId, habitId, range) {
      if (!isUuid(habitId)) return [];
      const rows = await db
        .select()
        .from(entries)
        .where(and(eq(entries.userId, userId), eq(entries.habitId, habitId), ...dateRange(range)))
        .orderBy(asc(entries.localDate), asc(entries.createdAt), asc(entries.writeOrder));
      return rows.map(toEntry);
    },

    async listForUser(userId, range) {
      const rows = await db
        .select()
        .from(entries)
        .where(and(eq(entries.userId, userId), ...dateRange(range)))
        // The export's order, the one pageForUser pages in: ties of one instant in write order.
        .orderBy(asc(entries.localDate), asc(entries.createdAt), asc(entries.writeOrder));
      return rows.map(toEntry);
    },

    async pageForUser(userId, after, limit) {
      // Keyset paging on (local_date, created_at, write_order), served by entries_user_export_order_idx.
      // Entries of one instant keep their write order, which an import writes back in file order.
      // created_at travels as text so the cursor keeps PostgreSQL's microseconds.
      const rows = await db
        .select({ entry: entries, cursorAt: sql<string>`${entries.createdAt}::text` })
        .from(entries)
        .where(and(
          eq(entries.userId, userId),
          after ? sql`(${entries.localDate}, ${entries.createdAt}, ${entries.writeOrder}) > (${after.localDate}::date, ${after.createdAt}::timestamptz, ${after.writeOrder}::bigint)` : undefined,
        ))
        .orderBy(asc(entries.localDate), asc(entries.createdAt), asc(entries.writeOrder))
        .limit(limit);
      const last = rows.at(-1);
      return {
        entries: rows.map((row) => toEntry(row.entry)),
        next: last && rows.length === limit ? { localDate: last.entry.localDate, createdAt: last.cursorAt, writeOrder: last.entry.writeOrder } : null,
      };
    },

    historyForUser: (userId, range, habitIds) => historyByHabit(db, userId, range, habitIds),

    historyForHabit: (userId, habitId, range) =>
      range?.from && !range.to ? recentHistory(userId, habitId, range.from) : historyOfHabit(db, userId, habitId, range),
  };
}

