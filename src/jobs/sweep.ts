// The sweep: PostgreSQL says what is due. Each run
//   1. reconciles schedule rows with habits, settings and groups (new or changed ones are marked),
//   2. plans the marked rows (next_at in the person's or the group's zone, from when the previous sweep started),
//   3. claims due rows in batches (FOR UPDATE SKIP LOCKED plus a lease, so sweeps and workers
//      never take the same row) and hands each batch to `enqueue`: BullMQ jobs with
//      deterministic ids, or direct delivery in-process.
// Nothing in Redis is needed to know what is due: a wiped queue is rebuilt by the next sweep.
import { nextGroupDelivery } from '../app/group-schedules.js';
import { nextDelivery } from '../app/reminders.js';
import { LATE_LIMIT_MS } from '../core/reminders.js';
import type { AnyDueItem } from '../app/ports.js';
import { platformsOf, type JobContext } from './context.js';
import { sendPartnerNotes } from './partner-notes.js';

export interface SweepOptions {
  /** Rows planned or claimed per statement. */
  batchSize?: number;
  /** How long a claimed row waits for its job before a later sweep claims it again. */
  leaseMs?: number;
  /** Called after each claimed batch was enqueued (progress logs, tests). */
  afterBatch?: (items: AnyDueItem[]) => Promise<void> | void;
}

export interface SweepReport {
  marked: number;
  removed: number;
  planned: number;
  enqueued: number;
}

export const DEFAULT_LEASE_MS = 10 * 60 * 1000;
const DEFAULT_BATCH = 1000;
/** Delivery records are kept this long (they make redelivered jobs and double snoozes harmless). */
const DELIVERY_RETENTION_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Where a new or changed row is planned from: when the sweep before the one that marked it
 * started, since the change was made after it (kept on the row, so two sweeps at once agree).
 * Normally a minute ago; after Redis was down (no sweeps ran) it is when Redis went away, so a
 * reminder set meanwhile for later that day still fires that day. Never more than the late
 * limit back (older slots would be skipped as late anyway), never after now.
 */
function planFrom(markedFrom: Date | null, now: Date): Date {
  if (!markedFrom) return now;
  const earliest = now.getTime() - LATE_LIMIT_MS;
  return new Date(Math.min(now.getTime(), Math.max(earliest, markedFrom.getTime())));
}

export async function sweep(context: JobContext, enqueue: (items: AnyDueItem[]) => Promise<void>, options: SweepOptions = {}): Promise<SweepReport> {
  const { store, clock } = context;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const previousSweep = await store.markSweep(clock.now());
  const people = await store.reconcile(previousSweep ?? clock.now());
  const groups = await store.reconcileGroups(previousSweep ?? clock.now());
  const marked = people.marked + groups.marked;
  const removed = people.removed + groups.removed;

  let planned = 0;
  for (;;) {
    const rows = await store.needingPlan(batchSize);
    if (rows.length === 0) break;
    const now = clock.now();
    await store.savePlans(rows.map((row) => ({ scheduleId: row.scheduleId, next: nextDelivery(row.kind, row.user, row.habit, { at: planFrom(row.planFrom, now) }) })));
    planned += rows.length;
    if (rows.length < batchSize) break;
  }
  for (;;) {
    const rows = await store.groupsNeedingPlan(batchSize);
    if (rows.length === 0) break;
    const now = clock.now();
    await store.savePlans(rows.map((row) => ({ scheduleId: row.scheduleId, next: nextGroupDelivery(row.kind, row.group, { at: planFrom(row.planFrom, now) }) })));
    planned += rows.length;
    if (rows.length < batchSize) break;
  }

  let enqueued = 0;
  const platforms = platformsOf(context.notifiers);
  const claims = [
    (limit: number) => store.claimDue(clock.now(), { limit, leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS, platforms }),
    (limit: number) => store.claimDueGroups(clock.now(), { limit, leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS, platforms }),
  ];
  for (const claim of claims) {
    for (;;) {
      const items: AnyDueItem[] = await claim(batchSize);
      if (items.length === 0) break;
      await enqueue(items);
      enqueued += items.length;
      await options.afterBatch?.(items);
      if (items.length < batchSize) break;
    }
  }

  // Partners' notes ride on the sweep's minute; their keys in `deliveries` make them once-only.
  try {
    await sendPartnerNotes(context);
  } catch (error) {
    context.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'partner notes failed');
  }

  await store.pruneDeliveries(new Date(clock.now().getTime() - DELIVERY_RETENTION_MS));
  const report = { marked, removed, planned, enqueued };
  if (marked + removed + planned + enqueued > 0) context.logger.info({ ...report }, 'sweep');
  return report;
}
