// The insert behind entries.add. `insert ... select` writes the row only if the habit is this
// user's, and copies the habit's once-a-day flag; nothing is inserted (no row back) when a unique
// key already holds one. A logged message's write is built once, and can read the habit's
// history in the same statement, so the streak refresh after it needs no second round trip.
import { sql } from 'drizzle-orm';
import type { NewEntry, HabitHistoryRead } from '../../app/ports.js';
import type { Entry, LocalDate } from '../../core/types.js';
import type { Database } from '../client.js';
import { entries, habits } from '../schema/index.js';
import { packedEntries, unpack } from './history.js';
import { rowFromJson } from './json-rows.js';
import { toEntry } from './mappers.js';
import { bound, preparedOnce } from './prepared.js';

export interface InsertedEntry {
  entry: Entry;
  history?: HabitHistoryRead;
}

export function createEntryInserts(db: Database) {
  // Columns in the table's order (drizzle lists them all); entries written now take clock_timestamp().
  const insertNowBuilder = () =>
    db
      .insert(entries)
      .select(
        sql`select gen_random_uuid(), ${habits.userId}, ${habits.id}, ${habits.multiplePerDay},
          ${bound('kind')}::text, ${bound('localDate')}::date, ${bound('quantity')}::float8, ${bound('note')}::text,
          ${bound('mood')}::smallint, ${bound('energy')}::smallint, ${bound('source')}::text,
          ${bound('idempotencyKey')}::text, clock_timestamp()
        from ${habits} where ${habits.id} = ${bound('habitId')} and ${habits.userId} = ${bound('userId')}`,
      )
      .onConflictDoNothing();
  const insertNow = preparedOnce(() => insertNowBuilder().returning().prepare('entries_insert_now'));
  const insertNowWithHistory = preparedOnce(() => {
    const inserted = db.$with('inserted').as(insertNowBuilder().returning());
    // The outer select sees the table as it was before the insert: the new row joins from the CTE.
    // A null day reads all of it; -infinity keeps the condition usable by the index.
    const from = sql`coalesce(${bound('from')}::date, '-infinity'::date)`;
    const history = sql`(select ${entries.localDate}, ${entries.kind}, ${entries.quantity}, ${entries.createdAt}, ${entries.id}
        from ${entries}
        where ${entries.userId} = ${bound('userId')} and ${entries.habitId} = ${bound('habitId')} and ${entries.localDate} >= ${from}
      union all
      select local_date, kind, quantity, created_at, id from ${inserted} where local_date >= ${from})`;
    return db.with(inserted).select({
      entry: sql<Record<string, unknown>>`row_to_json(${inserted})`,
      packed: sql<string | null>`(select ${packedEntries(sql`history`)} from ${history} as history)`,
    }).from(inserted).prepare('entries_insert_now_with_history');
  });

  function valuesOf(userId: string, input: NewEntry) {
    return {
      userId, habitId: input.habitId, kind: input.kind, localDate: input.localDate, quantity: input.quantity ?? null,
      note: input.note ?? null, mood: input.mood ?? null, energy: input.energy ?? null, source: input.source,
      idempotencyKey: input.idempotencyKey ?? null,
    };
  }

  /** An entry with its own creation time (imports, tests): built per call. */
  function insertDated(userId: string, input: NewEntry, createdAt: Date) {
    return db
      .insert(entries)
      .select(
        sql`select gen_random_uuid(), ${habits.userId}, ${habits.id}, ${habits.multiplePerDay},
          ${input.kind}::text, ${input.localDate}::date, ${input.quantity ?? null}::float8, ${input.note ?? null}::text,
          ${input.mood ?? null}::smallint, ${input.energy ?? null}::smallint, ${input.source}::text,
          ${input.idempotencyKey ?? null}::text, ${createdAt.toISOString()}::timestamptz
        from ${habits} where ${habits.id} = ${input.habitId} and ${habits.userId} = ${userId}`,
      )
      .onConflictDoNothing()
      .returning();
  }

  return {
    /** The entry written, or null when nothing was (not the user's habit, or a unique key holds a row). */
    async insert(userId: string, input: NewEntry, readHistory?: { from: LocalDate | null }): Promise<InsertedEntry | null> {
      if (input.createdAt) {
        const [row] = await insertDated(userId, input, input.createdAt);
        return row ? { entry: toEntry(row) } : null;
      }
      if (!readHistory) {
        const [row] = await insertNow().execute(valuesOf(userId, input));
        return row ? { entry: toEntry(row) } : null;
      }
      const [row] = await insertNowWithHistory().execute({ ...valuesOf(userId, input), from: readHistory.from });
      if (!row) return null;
      return {
        entry: toEntry(rowFromJson(entries, row.entry)),
        history: { from: readHistory.from, entries: row.packed ? unpack(row.packed) : [] },
      };
    },
  };
}
