// Posting one group's due item (the weekly recap) to every home chat of the group.
//
// One job per group and local week (its id is the delivery key '<kind>-<group>-<week>'), so a
// group gets one recap a week even if Redis is wiped, a sweep runs twice, or the admins move
// the recap time after it went out. Inside the job each home chat has its own key
// ('<key>-telegram', '<key>-discord'): a bridged group whose Discord post went out and whose
// Telegram post must wait (20 a minute per group) or failed is retried for Telegram only.
// The rules of the person's delivery hold per chat: a key seen before is never sent again, a
// 'sending' one (a worker died mid-send) becomes 'unconfirmed' and is not resent.
import { z } from 'zod';
import { nextGroupDelivery } from '../app/group-schedules.js';
import { GROUP_SCHEDULE_KINDS, type ChatRef, type GroupDeliveryContext, type GroupDueItem } from '../app/ports.js';
import { groupPositionAfter, isGroupDormant, isGroupPostTooLate } from '../core/group-schedule.js';
import { PLATFORMS, type Platform } from '../core/types.js';
import type { JobContext } from './context.js';
import { DeliveryDelayed, PlatformRateLimited } from './definition.js';
import { isUnreachable, retryAfterMs, takeSendSlot, type DeliveryStatusReport } from './delivery.js';

export const groupDeliveryPayloadSchema = z
  .object({
    scheduleId: z.uuid(),
    groupId: z.uuid(),
    kind: z.enum(GROUP_SCHEDULE_KINDS),
    slot: z.string().regex(/^\d{8}T\d{4}$/),
    week: z.iso.date(),
    dueAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type GroupDeliveryPayload = z.infer<typeof groupDeliveryPayloadSchema>;

export function groupPayloadOf(item: GroupDueItem): GroupDeliveryPayload {
  return { scheduleId: item.scheduleId, groupId: item.groupId, kind: item.kind, slot: item.slot, week: item.week, dueAt: item.dueAt.toISOString() };
}

/** '<kind>-<group>-<local week>': the job id and the delivery key (no ':' for BullMQ). */
export function groupDeliveryKey(item: Pick<GroupDueItem, 'kind' | 'groupId' | 'week'>): string {
  return `${item.kind}-${item.groupId}-${item.week}`;
}

const chatKeyOf = (key: string, platform: Platform): string => `${key}-${platform}`;

function advanceOf(context: JobContext, payload: GroupDeliveryPayload, delivery: GroupDeliveryContext) {
  const after = groupPositionAfter({ at: new Date(payload.dueAt), key: payload.slot }, context.clock.now());
  return { scheduleId: payload.scheduleId, fromSlot: payload.slot, next: nextGroupDelivery(payload.kind, delivery.group, after) };
}

export async function deliverToGroup(context: JobContext, payload: GroupDeliveryPayload): Promise<DeliveryStatusReport> {
  const { deliveries, clock } = context;
  const key = groupDeliveryKey(payload);
  const record = { userId: null, groupId: payload.groupId, kind: payload.kind, dueAt: new Date(payload.dueAt) };
  const delivery = await context.store.loadGroupDelivery(payload.scheduleId, [key, ...PLATFORMS.map((platform) => chatKeyOf(key, platform))]);
  if (!delivery || delivery.item.currentSlot !== payload.slot || delivery.item.nextAt === null) return { status: 'stale', key };

  const finishWeek = async (status: 'sent' | 'skipped' | 'failed', reason: string | null = null): Promise<void> =>
    deliveries.finish({ ...record, key, now: clock.now(), status, reason, advance: advanceOf(context, payload, delivery) });
  const skip = async (reason: string): Promise<DeliveryStatusReport> => {
    await finishWeek('skipped', reason);
    return { status: 'skipped', key, reason };
  };
  // This week's post was handled by an earlier slot (the recap time moved after it went out):
  // the record stays as it is, the row moves on to next week.
  if (delivery.statuses[key]) {
    await finishWeek('skipped', 'already_this_week');
    return { status: 'duplicate', key };
  }
  const now = clock.now();
  if (isGroupDormant(delivery.group.lastActiveAt, now)) return skip('dormant');
  if (isGroupPostTooLate(new Date(payload.dueAt), now)) return skip('late');
  const chats = delivery.chats.filter((chat) => context.notifiers[chat.platform] !== undefined);
  if (chats.length === 0) return skip('unreachable');

  // A chat whose send a dead worker left 'sending': maybe posted. Never twice.
  for (const chat of chats.filter((candidate) => delivery.statuses[chatKeyOf(key, candidate.platform)] === 'sending')) {
    await deliveries.finish({ ...record, key: chatKeyOf(key, chat.platform), now, status: 'unconfirmed', reason: 'worker_died_mid_send', advance: null });
  }
  const waiting = chats.filter((chat) => delivery.statuses[chatKeyOf(key, chat.platform)] === undefined);
  let sent = chats.length - waiting.length;
  if (waiting.length > 0) {
    if (!context.groupRecap) return skip('no_composer');
    const messages = await context.groupRecap.compose(payload.groupId, payload.week);
    if (!messages || messages.length === 0) return skip('nothing_to_say');
    for (const chat of waiting) {
      if (await postTo(context, chat, messages, { ...record, key: chatKeyOf(key, chat.platform) })) sent += 1;
    }
  }
  await finishWeek(sent > 0 ? 'sent' : 'failed', sent > 0 ? null : 'unreachable');
  context.logger.debug({ key, chats: chats.length }, 'group post delivered');
  return sent > 0 ? { status: 'sent', key } : { status: 'failed', key, reason: 'unreachable' };
}

type ChatRecord = { key: string; userId: null; groupId: string; kind: GroupDeliveryPayload['kind']; dueAt: Date };

/**
 * Posts the messages to one home chat under its own key. A chat over its per-minute limit
 * delays the whole job (the chats already posted are recorded and not posted again).
 * Resolves with whether the chat got the post; false when the platform refuses the chat for good.
 */
async function postTo(context: JobContext, chat: ChatRef, messages: NonNullable<Awaited<ReturnType<NonNullable<JobContext['groupRecap']>['compose']>>>, record: ChatRecord): Promise<boolean> {
  const { deliveries, clock } = context;
  const wait = await context.groupChatRate.reserve(chat, messages.length);
  if (wait > 0) throw new DeliveryDelayed(wait);
  const claim = await deliveries.claim({ ...record, now: clock.now() });
  if (!claim.claimed) return claim.status === 'sent';
  try {
    for (const message of messages) {
      await takeSendSlot(context);
      await context.notifiers[chat.platform]!.send(chat, message);
    }
  } catch (error) {
    if (isUnreachable(error)) {
      await deliveries.finish({ ...record, now: clock.now(), status: 'failed', reason: 'unreachable', advance: null });
      return false;
    }
    // Not posted (or only in part: the retry posts it whole): forget the claim so the retry may post.
    await deliveries.release(record.key);
    const retryAfter = retryAfterMs(error);
    if (retryAfter !== null) throw new PlatformRateLimited(retryAfter, { cause: error });
    throw error;
  }
  await deliveries.finish({ ...record, now: clock.now(), status: 'sent', advance: null });
  return true;
}

/** A group job that will not be retried again: recorded as failed and its row moved on. */
export async function giveUpGroup(context: JobContext, payload: GroupDeliveryPayload, reason: string): Promise<void> {
  const key = groupDeliveryKey(payload);
  const delivery = await context.store.loadGroupDelivery(payload.scheduleId, []);
  await context.deliveries.finish({
    key, userId: null, groupId: payload.groupId, kind: payload.kind, dueAt: new Date(payload.dueAt), now: context.clock.now(),
    status: 'failed', reason: reason.slice(0, 200),
    advance: delivery && delivery.item.currentSlot === payload.slot ? advanceOf(context, payload, delivery) : null,
  });
}
