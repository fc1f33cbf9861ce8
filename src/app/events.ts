// Domain events: "something happened -> who cares". A write others care about appends an event
// to the `events` table (the outbox) in the same statement or transaction as the change, so a
// rolled-back change leaves no event and a committed one always has its event. Consumers (group
// acknowledgements, partner notes, recaps, badges, contracts) register handlers at composition
// time; the dispatcher (event-dispatcher.ts) delivers each event to each handler at least once.
//
//   const handlers = createEventHandlers();
//   handlers.register('entry.written', 'group-acknowledgement', async (event) => { ... });
//   // then hand `handlers` to the runtime's dispatcher (in-process or on the worker)
//
// A handler must be idempotent (at least once: a crash after its work and before its record
// runs it again), may throw (it is retried with backoff, the others are not run again), and is
// named: the name is its delivery record, so renaming a handler re-delivers pending events to it.
import type { EntryKind, EntrySource, LocalDate } from '../core/types.js';

/** An entry as events describe it: enough to say what happened without reading it back. */
export interface EntryFacts {
  entryId: string;
  userId: string;
  habitId: string;
  localDate: LocalDate;
  kind: EntryKind;
  quantity: number | null;
  source: EntrySource;
}

export interface EventPayloads {
  /** A done, skip or slip was written (any path: chat, buttons, reminders, the LLM, an import). */
  'entry.written': EntryFacts;
  /** An entry was taken back: an undo, or a same-day entry replaced by one of the other kind. */
  'entry.undone': EntryFacts;
  /** An entry's day or quantity was fixed ("actually yesterday"), or a fix was taken back. */
  'entry.corrected': EntryFacts & { before: { localDate: LocalDate; quantity: number | null } };
}

export type EventKind = keyof EventPayloads;
export const EVENT_KINDS = ['entry.written', 'entry.undone', 'entry.corrected'] as const satisfies readonly EventKind[];

export interface DomainEvent<K extends EventKind = EventKind> {
  /** Increasing in commit-ish order (a sequence): not a promise of delivery order. */
  id: number;
  kind: K;
  /** Whose event it is (deleted with them); null for events that belong to nobody. */
  userId: string | null;
  payload: EventPayloads[K];
  occurredAt: Date;
  /** Earlier delivery rounds of this event that had a failing handler. */
  attempts: number;
}

export type EventHandler<K extends EventKind = EventKind> = (event: DomainEvent<K>) => Promise<void>;

interface RegisteredHandler {
  name: string;
  handle: EventHandler;
}

export interface EventHandlers {
  /** Adds a named handler for one kind. A name is unique per kind (it keys the delivery record). */
  register<K extends EventKind>(kind: K, name: string, handle: EventHandler<K>): void;
  /** The handlers of a kind, in registration order. */
  of(kind: string): readonly RegisteredHandler[];
}

const HANDLER_NAME = /^[a-z0-9][a-z0-9._-]{0,79}$/;

/** An empty registry: the composition root (cli/runtime.ts) makes one and passes it on. */
export function createEventHandlers(): EventHandlers {
  const byKind = new Map<string, RegisteredHandler[]>();
  return {
    register(kind, name, handle) {
      if (!(EVENT_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown event kind: ${kind}`);
      if (!HANDLER_NAME.test(name)) throw new Error(`event handler name must match ${HANDLER_NAME}: ${name}`);
      const list = byKind.get(kind) ?? [];
      if (list.some((handler) => handler.name === name)) throw new Error(`event handler ${name} is already registered for ${kind}`);
      list.push({ name, handle: handle as EventHandler });
      byKind.set(kind, list);
    },
    of: (kind) => byKind.get(kind) ?? [],
  };
}

/** A claimed event: the handlers that already have it are not run again. */
export interface ClaimedEvent extends DomainEvent {
  delivered: string[];
}

/** The outbox as the dispatcher uses it (src/db/repositories/events.ts implements it). */
export interface EventOutbox {
  /**
   * Up to `limit` undelivered events that are due (`now` past their retry time) and not claimed
   * by another dispatcher, oldest first, each claimed until `leaseUntil`. Rows another
   * dispatcher is claiming right now are skipped (FOR UPDATE SKIP LOCKED), never waited for.
   */
  claim(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedEvent[]>;
  /** Records that `handler` has the event (kept once: a second record is a no-op). */
  recordDelivery(eventId: number, handler: string, outcome: 'delivered' | 'abandoned', at: Date): Promise<void>;
  /** Every handler has it (or was given up on): the event is done, and pruned after a while. */
  markHandled(eventId: number, at: Date): Promise<void>;
  /** A handler failed: released, to be claimed again at `retryAt`, with one more attempt counted. */
  retryLater(eventId: number, retryAt: Date): Promise<void>;
  /** Deletes events handled before `before`; returns how many. */
  pruneHandled(before: Date): Promise<number>;
}
