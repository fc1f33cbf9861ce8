// The outbox as the event dispatcher reads it (app/events.ts EventOutbox). Claims are leases
// taken in one statement under FOR UPDATE SKIP LOCKED: dispatchers racing for the same rows
// (several workers) each get different ones and never wait for each other; a dispatcher that
// dies holding a claim loses it when the lease runs out. Times come from the dispatcher's clock.
import { and, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { ClaimedEvent, EventKind, EventOutbox } from '../../app/events.js';
import { rowsOf, type Database } from '../client.js';
import { eventDeliveries, events } from '../schema/index.js';

interface ClaimedRow {
  id: string | number;
  kind: EventKind;
  user_id: string | null;
  payload: unknown;
  occurred_at: string | Date;
  attempts: number;
  delivered: string[] | null;
}

export function createEventOutbox(db: Database): EventOutbox {
  return {
    async claim(now, leaseUntil, limit) {
      const result = await db.execute(sql`
        with due as (
          select id from ${events}
          where handled_at is null
            and (available_at is null or available_at <= ${now.toISOString()}::timestamptz)
            and (claimed_until is null or claimed_until <= ${now.toISOString()}::timestamptz)
          order by id
          limit ${limit}
          for update skip locked
        )
        update ${events} e set claimed_until = ${leaseUntil.toISOString()}::timestamptz
        from due where e.id = due.id
        returning e.id, e.kind, e.user_id, e.payload, e.occurred_at, e.attempts,
          (select array_agg(d.handler) from ${eventDeliveries} d where d.event_id = e.id) as delivered`);
      return rowsOf<ClaimedRow>(result)
        .map((row): ClaimedEvent => ({
          id: Number(row.id),
          kind: row.kind,
          userId: row.user_id,
          // postgres.js parses jsonb; a driver that hands back text is read here.
          payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as ClaimedEvent['payload'],
          occurredAt: new Date(row.occurred_at),
          attempts: Number(row.attempts),
          delivered: row.delivered ?? [],
        }))
        .sort((a, b) => a.id - b.id);
    },

    async recordDelivery(eventId, handler, outcome, at) {
      await db.insert(eventDeliveries).values({ eventId, handler, outcome, at }).onConflictDoNothing();
    },

    async markHandled(eventId, at) {
      await db.update(events).set({ handledAt: at, claimedUntil: null }).where(eq(events.id, eventId));
    },

    async retryLater(eventId, retryAt) {
      await db.update(events)
        .set({ attempts: sql`${events.attempts} + 1`, availableAt: retryAt, claimedUntil: null })
        .where(eq(events.id, eventId));
    },

    async pruneHandled(before) {
      const rows = await db.delete(events).where(and(isNotNull(events.handledAt), lt(events.handledAt, before))).returning({ id: events.id });
      return rows.length;
    },
  };
}
