// The insert behind entries.add. `insert ... select` writes the row only if the habit is this
// user's, and copies the habit's once-a-day flag; nothing is inserted (no row back) when a unique
// key already holds one. The statement is built once, and can read the habit's history in the
// same round trip, so the streak refresh after a log needs no second one. The same statement
// writes the entry.written event (event-writes.ts): the outbox costs no round trip.
import { sql } from 'drizzle-orm';
import type { NewEntry, HabitHistoryRead } from '../../app/ports.js';
import type { Entry, LocalDate } from '../../core/types.js';
import type { Database } from '../client.js';
import { entries, habits } from '../schema/index.js';
import { packedEntries, unpack } from './history.js';
import { rowFromJson } from './json-rows.js';
import { toEntry } from './mappers.js';
import { entryFacts, eventsFrom } from './event-writes.js';
import { bound, preparedOnce } from './prepared.js';

export interface InsertedEntry {
  entry: Entry;
  history?: HabitHistoryRead;
}

export function createEntryInserts(db: Database, outbox = true) {
  // Columns in the table's order (drizzle lists them all). An entry takes its creation time from
  // the caller (the app's clock, an import), or else clock_timestamp(); write_order is the
  // column's own sequence (bigserial), which breaks ties between entries of one instant.
  const insertBuilder = () =>
    db
      .insert(entries)
      .select(
        sql`select gen_random_uuid(), ${habits.userId}, ${habits.id}, ${habits.multiplePerDay},
          ${bound('kind')}::text, ${bound('localDate')}::date, ${bound('quantity')}::float8, ${bound('note')}::text,
          ${bound('mood')}::smallint, ${bound('energy')}::smallint, ${bound('source')}::text,
          ${bound('idempotencyKey')}::text, coalesce(${bound('createdAt')}::timestamptz, clock_timestamp()),
          nextval('entries_write_order_seq')
        from ${habits} where ${habits.id} = ${bound('habitId')} and ${habits.userId} = ${bound('userId')}`,
      )
      .onConflictDoNothing();
  // Without the outbox (bench only) the entry's own insert; with it, the insert as a CTE and the
  // event beside it, the row coming back as JSON.
  const written = () => eventsFrom(db, 'written', 'entry.written', 'inserted', entryFacts('inserted'));
  const insert = preparedOnce(() => {
    if (!outbox) return { plain: insertBuilder().returning().prepare('entries_insert'), withEvent: null };
    const inserted = db.$with('inserted').as(insertBuilder().returning());
    const withEvent = db.with(inserted, written())
      .select({ entry: sql<Record<string, unknown>>`row_to_json(${inserted})` })
      .from(inserted)
      .prepare('entries_insert_with_event');
    return { plain: null, withEvent };
  });
  const insertWithHistory = preparedOnce(() => {
    const inserted = db.$with('inserted').as(insertBuilder().returning());
    // The outer select sees the table as it was before the insert: the new row joins from the CTE.
    // A null day reads all of it; -infinity keeps the condition usable by the index.
    const from = sql`coalesce(${bound('from')}::date, '-infinity'::date)`;
    const history = sql`(select ${entries.localDate}, ${entries.kind}, ${entries.quantity}, ${entries.createdAt}, ${entries.writeOrder}
        from ${entries}
        where ${entries.userId} = ${bound('userId')} and ${entries.habitId} = ${bound('habitId')} and ${entries.localDate} >= ${from}
      union all
      select local_date, kind, quantity, created_at, write_order from ${inserted} where local_date >= ${from})`;
    return db.with(...(outbox ? [inserted, written()] : [inserted])).select({
      entry: sql<Record<string, unknown>>`row_to_json(${inserted})`,
      packed: sql<string | null>`(select ${packedEntries(sql`history`)} from ${history} as history)`,
    }).from(inserted).prepare(outbox ? 'entries_insert_with_history_event' : 'entries_insert_with_history');
  });

  function valuesOf(userId: string, input: NewEntry) {
    return {
      userId, habitId: input.habitId, kind: input.kind, localDate: input.localDate, quantity: input.quantity ?? null,
      note: input.note ?? null, mood: input.mood ?? null, energy: input.energy ?? null, source: input.source,
      idempotencyKey: input.idempotencyKey ?? null, createdAt: input.createdAt?.toISOString() ?? null,
    };
  }

  return {
    /** The entry written, or null when nothing was (not the user's habit, or a unique key holds a row). */
    async insert(userId: string, input: NewEntry, readHistory?: { from: LocalDate | null }): Promise<InsertedEntry | null> {
      if (!readHistory) {
        const { plain, withEvent } = insert();
        if (plain) {
          const [row] = await plain.execute(valuesOf(userId, input));
          return row ? { entry: toEntry(row) } : null;
        }
        const [row] = await withEvent.execute(valuesOf(userId, input));
        return row ? { entry: toEntry(rowFromJson(entries, row.entry)) } : null;
      }
      const [row] = await insertWithHistory().execute({ ...valuesOf(userId, input), from: readHistory.from });
      if (!row) return null;
      return {
        entry: toEntry(rowFromJson(entries, row.entry)),
        history: { from: readHistory.from, entries: row.packed ? unpack(row.packed) : [] },
      };
    },
  };
}
