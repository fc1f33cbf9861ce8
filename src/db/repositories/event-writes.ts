// The outbox half of a write: an `insert into events` CTE that rides in the same statement as
// the change (a data-modifying CTE), reading the changed rows from the change's own CTE. One
// statement means no extra round trip on the log path, and the event commits or rolls back with
// the change. Data-modifying CTEs run whether or not the outer query reads them.
import { sql, type SQL } from 'drizzle-orm';
import type { EventKind } from '../../app/events.js';
import type { Database } from '../client.js';

/** Writes options of the repositories: the outbox is on unless a bench turns it off. */
export interface OutboxOption {
  /** false only in bench/ (the same run with and without the outbox); default true. */
  outbox?: boolean;
}

/** The facts of an entry row of CTE `from` (column names), as app/events.ts EntryFacts. */
export function entryFacts(from: string): SQL {
  const row = sql.raw(from);
  return sql`jsonb_build_object('entryId', ${row}.id, 'userId', ${row}.user_id, 'habitId', ${row}.habit_id,
    'localDate', ${row}.local_date, 'kind', ${row}.kind, 'quantity', ${row}.quantity, 'source', ${row}.source)`;
}

/**
 * CTE `alias`: one `kind` event per row of CTE `from` (which has a user_id column), with the
 * payload `payload` built from that row. Include it in `db.with(...)` after `from`.
 */
export function eventsFrom(db: Database, alias: string, kind: EventKind, from: string, payload: SQL, join?: SQL) {
  return db.$with(alias, { eventId: sql<number>`id` }).as(
    sql`insert into events (kind, user_id, payload) select ${sql.raw(`'${kind}'`)}, ${sql.raw(from)}.user_id, ${payload}
      from ${sql.raw(from)} ${join ?? sql``} returning id`,
  );
}
