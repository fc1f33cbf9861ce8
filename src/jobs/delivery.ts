// Delivering one due item, idempotently at the notifier boundary.
//
//   1. The row must still stand at this slot (a replan or an earlier run moved it: stale).
//   2. A key seen before is never sent again: 'sent', 'skipped', 'failed' end it; 'sending'
//      means a worker died mid-send, and it is recorded 'unconfirmed' and NOT resent.
//   3. The composer decides from fresh data: send, or skip with a reason (done, paused, late...).
//   4. The chat's pace is reserved; a busy chat delays the job instead of sending.
//   5. A slot under the overall send rate is taken (a sliding window: never more than the
//      limit in any second, even across workers).
//   6. The key is claimed ('sending') right before the send, and 'sent' right after, in the
//      same transaction that moves next_at forward.
//
// The trade-off: a crash between the claim and the platform's answer leaves the message
// unconfirmed; it is never sent twice (at most once), so that window can lose one message.
// Everything else is at least once: a send that fails with an error releases the claim and
// the job is retried; a job lost with Redis is re-enqueued by a later sweep.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { nextDelivery } from '../app/reminders.js';
import { PERSON_SCHEDULE_KINDS, type DeliveryContext, type DueItem, type PersonScheduleKind } from '../app/ports.js';
import { positionAfter } from '../core/reminders.js';
import { COMPOSERS } from './compose.js';
import { targetFor, type JobContext } from './context.js';
import { DeliveryDelayed, PlatformRateLimited } from './definition.js';

export const deliveryPayloadSchema = z
  .object({
    scheduleId: z.uuid(),
    userId: z.uuid(),
    habitId: z.uuid().nullable(),
    kind: z.enum(PERSON_SCHEDULE_KINDS),
    slot: z.string().regex(/^\d{8}T\d{4}$/),
    dueAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type DeliveryPayload = z.infer<typeof deliveryPayloadSchema>;

export function payloadOf(item: DueItem): DeliveryPayload {
  return { scheduleId: item.scheduleId, userId: item.userId, habitId: item.habitId, kind: item.kind, slot: item.slot, dueAt: item.dueAt.toISOString() };
}

/** '<kind>-<habit or person>-<local slot>': the job id and the delivery key (no ':' for BullMQ). */
export function deliveryKey(item: Pick<DueItem, 'kind' | 'userId' | 'habitId' | 'slot'>): string {
  return `${item.kind}-${item.habitId ?? item.userId}-${item.slot}`;
}

export type DeliveryStatusReport =
  | { status: 'sent'; key: string }
  | { status: 'skipped'; key: string; reason: string }
  | { status: 'duplicate' | 'unconfirmed' | 'stale' | 'failed'; key: string; reason?: string };

/** The platform refuses this person or chat for good (blocked the bot, removed it from the group). */
export function isUnreachable(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return /RecipientUnreachable/.test(name) || (error as { code?: unknown } | null)?.code === 50007;
}

/** A 429 with retry_after, as the Telegram notifier reports it. */
export function retryAfterMs(error: unknown): number | null {
  const seconds = (error as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds >= 0 ? Math.ceil(seconds * 1000) : null;
}

/** Waits for a slot under the overall send rate (short: at most one window). */
export async function takeSendSlot(context: JobContext): Promise<void> {
  if (!context.sendRate) return;
  for (let wait = await context.sendRate.reserve(); wait > 0; wait = await context.sendRate.reserve()) await sleep(wait);
}

function nextOf(context: JobContext, delivery: DeliveryContext, kind: PersonScheduleKind) {
  const handled = { at: delivery.item.dueAt, key: delivery.item.slot };
  return nextDelivery(kind, delivery.user, delivery.habit, positionAfter(handled, context.clock.now()));
}

export async function deliver(context: JobContext, payload: DeliveryPayload): Promise<DeliveryStatusReport> {
  const { deliveries, clock } = context;
  const key = deliveryKey(payload);
  const record = { key, userId: payload.userId, kind: payload.kind, dueAt: new Date(payload.dueAt) };
  const advanceFrom = (delivery: DeliveryContext) => ({ scheduleId: payload.scheduleId, fromSlot: payload.slot, next: nextOf(context, delivery, payload.kind) });

  const delivery = await deliveries.load(payload.scheduleId);
  // The row moved on (delivered before, or replanned) or is gone: nothing to do.
  if (!delivery || delivery.item.currentSlot !== payload.slot || delivery.item.nextAt === null) return { status: 'stale', key };
  if (delivery.status === 'sending') {
    // A worker died between claiming and hearing back from the platform: maybe sent. Never twice.
    await deliveries.finish({ ...record, now: clock.now(), status: 'unconfirmed', reason: 'worker_died_mid_send', advance: advanceFrom(delivery) });
    return { status: 'unconfirmed', key };
  }
  if (delivery.status) return { status: 'duplicate', key };

  const skip = async (reason: string): Promise<DeliveryStatusReport> => {
    await deliveries.finish({ ...record, now: clock.now(), status: 'skipped', reason, advance: advanceFrom(delivery) });
    return { status: 'skipped', key, reason };
  };
  const target = targetFor(delivery.identities, context.notifiers);
  if (!target) return skip('unreachable');
  const decision = await COMPOSERS[payload.kind](context, delivery, target, key);
  if ('skip' in decision) return skip(decision.skip);
  // A busy chat delays the job before anything is prepared (a review's flow state).
  const wait = await context.pacer.reserve(target);
  if (wait > 0) throw new DeliveryDelayed(wait);
  const composed = await decision.prepare();
  await takeSendSlot(context);

  const claim = await deliveries.claim({ ...record, now: clock.now() });
  if (!claim.claimed) {
    await composed.onSendFailed?.();
    return { status: 'duplicate', key };
  }
  try {
    await context.notifiers[target.platform]!.send(target, composed.message);
  } catch (error) {
    await composed.onSendFailed?.();
    if (isUnreachable(error)) {
      await deliveries.finish({ ...record, now: clock.now(), status: 'failed', reason: 'unreachable', advance: advanceFrom(delivery) });
      return { status: 'failed', key, reason: 'unreachable' };
    }
    // Not sent: forget the claim so the retry may send it.
    await deliveries.release(key);
    const retryAfter = retryAfterMs(error);
    if (retryAfter !== null) throw new PlatformRateLimited(retryAfter, { cause: error });
    throw error;
  }
  await deliveries.finish({ ...record, now: clock.now(), status: 'sent', advance: advanceFrom(delivery) });
  context.logger.debug({ key, platform: target.platform }, 'delivered');
  return { status: 'sent', key };
}

/** A job that will not be retried again: recorded as failed and its schedule moved on, so the row is not stuck. */
export async function giveUp(context: JobContext, payload: DeliveryPayload, reason: string): Promise<void> {
  const delivery = await context.deliveries.load(payload.scheduleId);
  await context.deliveries.finish({
    key: deliveryKey(payload), userId: payload.userId, kind: payload.kind, dueAt: new Date(payload.dueAt), now: context.clock.now(),
    status: 'failed', reason: reason.slice(0, 200),
    advance: delivery && delivery.item.currentSlot === payload.slot ? { scheduleId: payload.scheduleId, fromSlot: payload.slot, next: nextOf(context, delivery, payload.kind) } : null,
  });
}
