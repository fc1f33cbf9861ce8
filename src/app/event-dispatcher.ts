// Delivers outbox events (app/events.ts) to their handlers, at least once each. A batch of due
// events is claimed with a lease (so racing dispatchers, in one process or several, never hold
// the same event), each handler that does not have an event yet runs, and its success is
// recorded per handler: when one handler throws, the event comes back after a backoff for that
// handler alone. After `maxAttempts` rounds the failing handlers are recorded as abandoned and
// the event is done. Handled events are pruned after `keepHandledMs`.
import type { ClaimedEvent, EventHandlers, EventOutbox } from './events.js';
import type { Clock } from './ports.js';

export interface EventLogger {
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

export interface EventDispatcherOptions {
  outbox: EventOutbox;
  handlers: EventHandlers;
  clock: Clock;
  logger?: EventLogger;
  /** Events claimed at once; default 50. */
  batchSize?: number;
  /** Delivery rounds before a failing handler is given up on; default 5. */
  maxAttempts?: number;
  /** How long a claim holds (longer than a batch takes); default one minute. */
  leaseMs?: number;
  /** The wait before round `attempt` + 1; default 2^attempt seconds, at most ten minutes. */
  backoffMs?: (attempt: number) => number;
  /** How long handled events are kept; default one day. */
  keepHandledMs?: number;
}

export interface DispatchReport {
  claimed: number;
  handled: number;
  retried: number;
}

export interface EventDispatcher {
  /** Claims one batch of due events and delivers it. */
  dispatchBatch(): Promise<DispatchReport>;
  /** Batches until none is due (at most `maxBatches`, default 100, so a flood cannot hold the loop). */
  drain(maxBatches?: number): Promise<DispatchReport>;
  /** Deletes handled events older than keepHandledMs; returns how many. */
  prune(): Promise<number>;
}

const silent: EventLogger = { warn: () => undefined, error: () => undefined };
const defaultBackoff = (attempt: number) => Math.min(2 ** attempt * 1000, 10 * 60_000);

export function createEventDispatcher(options: EventDispatcherOptions): EventDispatcher {
  const { outbox, handlers, clock } = options;
  const logger = options.logger ?? silent;
  const batchSize = options.batchSize ?? 50;
  const maxAttempts = options.maxAttempts ?? 5;
  const leaseMs = options.leaseMs ?? 60_000;
  const backoffMs = options.backoffMs ?? defaultBackoff;
  const keepHandledMs = options.keepHandledMs ?? 24 * 60 * 60_000;

  /** True when every handler has the event (or was given up on). */
  async function deliver(event: ClaimedEvent): Promise<boolean> {
    const failed: string[] = [];
    for (const handler of handlers.of(event.kind)) {
      if (event.delivered.includes(handler.name)) continue;
      try {
        await handler.handle(event);
      } catch (error) {
        // The event's id and kind only: its payload is a person's data.
        logger.warn({ err: error, eventId: event.id, kind: event.kind, handler: handler.name, attempt: event.attempts + 1 }, 'event handler failed');
        failed.push(handler.name);
        continue;
      }
      await outbox.recordDelivery(event.id, handler.name, 'delivered', clock.now());
    }
    if (failed.length === 0) return true;
    if (event.attempts + 1 < maxAttempts) return false;
    for (const name of failed) {
      logger.error({ eventId: event.id, kind: event.kind, handler: name, attempts: maxAttempts }, 'event handler given up on');
      await outbox.recordDelivery(event.id, name, 'abandoned', clock.now());
    }
    return true;
  }

  async function dispatchBatch(): Promise<DispatchReport> {
    const now = clock.now();
    const claimed = await outbox.claim(now, new Date(now.getTime() + leaseMs), batchSize);
    const report: DispatchReport = { claimed: claimed.length, handled: 0, retried: 0 };
    for (const event of claimed) {
      if (await deliver(event)) {
        await outbox.markHandled(event.id, clock.now());
        report.handled += 1;
      } else {
        await outbox.retryLater(event.id, new Date(clock.now().getTime() + backoffMs(event.attempts + 1)));
        report.retried += 1;
      }
    }
    return report;
  }

  return {
    dispatchBatch,
    async drain(maxBatches = 100) {
      const total: DispatchReport = { claimed: 0, handled: 0, retried: 0 };
      for (let batch = 0; batch < maxBatches; batch += 1) {
        const report = await dispatchBatch();
        total.claimed += report.claimed;
        total.handled += report.handled;
        total.retried += report.retried;
        if (report.claimed < batchSize) break;
      }
      return total;
    },
    prune: () => outbox.pruneHandled(new Date(clock.now().getTime() - keepHandledMs)),
  };
}
