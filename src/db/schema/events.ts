// The domain-event outbox (app/events.ts). An event row is written by the same statement as the
// change it describes (a data-modifying CTE beside the entry's insert, delete or update), so it
// exists exactly when the change committed. A dispatcher claims undelivered rows with a lease
// (claimed_until, taken under FOR UPDATE SKIP LOCKED), records each handler that has the event
// in event_deliveries, and marks the event handled when all have it; handled rows are pruned.
// Times the dispatcher compares (available_at, claimed_until, handled_at) come from its
// injected clock; occurred_at is the database's, for reading only.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { EVENT_KINDS } from '../../app/events.js';
import { WRITTEN_AT } from './checks.js';
import { users } from './users.js';

const KINDS_SQL = sql.raw(EVENT_KINDS.map((kind) => `'${kind}'`).join(', '));

export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    /** Whose event it is: deleted with them (/delete), moved with them (account linking). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    payload: jsonb('payload').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
    /** Delivery rounds that had a failing handler. */
    attempts: integer('attempts').notNull().default(0),
    /** A retry waits until then; null: due now. */
    availableAt: timestamp('available_at', { withTimezone: true }),
    /** A dispatcher holds it until then; a crashed dispatcher's claim simply runs out. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    /** Every handler has it; pruned some time after. */
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [
    index('events_undelivered_idx').on(t.id).where(sql`${t.handledAt} is null`),
    index('events_handled_at_idx').on(t.handledAt).where(sql`${t.handledAt} is not null`),
    index('events_user_id_idx').on(t.userId),
    check('events_kind_known', sql`${t.kind} in (${KINDS_SQL})`),
  ],
);

/** One row per (event, handler) that has it: a failing handler's retry does not run the others again. */
export const eventDeliveries = pgTable(
  'event_deliveries',
  {
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    handler: text('handler').notNull(),
    /** 'abandoned': it failed on every attempt up to the cap. */
    outcome: text('outcome', { enum: ['delivered', 'abandoned'] }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.handler] }),
    check('event_deliveries_outcome_known', sql`${t.outcome} in ('delivered', 'abandoned')`),
  ],
);
