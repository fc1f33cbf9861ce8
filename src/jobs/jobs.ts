// Every job this app runs, by the name it has on the queue. Delivery jobs are named after
// their schedule kind, so a queue listing reads "reminder", "nudge", "review", "group_recap"...
import { z } from 'zod';
import { isGroupItem, isGroupScheduleKind, type AnyDueItem, type GroupScheduleKind, type PersonScheduleKind } from '../app/ports.js';
import type { JobContext } from './context.js';
import { defineJob, type JobDefinition, type JobResult } from './definition.js';
import { deliver, deliveryKey, deliveryPayloadSchema, giveUp, payloadOf, type DeliveryPayload } from './delivery.js';
import { deliverToGroup, giveUpGroup, groupDeliveryKey, groupDeliveryPayloadSchema, groupPayloadOf, type GroupDeliveryPayload } from './group-delivery.js';
import { sweep } from './sweep.js';

export const sweepJob = defineJob({
  id: 'sweep',
  description: 'reconcile and plan schedules, claim what is due, enqueue one delivery each',
  payload: z.object({}).strict(),
  async handler(_payload, context) {
    await context.queue.beforeSweep?.();
    return { status: 'swept', ...(await sweep(context, (items) => context.queue.enqueue(items), context.sweep)) };
  },
});

function deliveryJob(kind: PersonScheduleKind, description: string): JobDefinition<DeliveryPayload> {
  return defineJob({
    id: kind,
    description,
    payload: deliveryPayloadSchema.refine((payload) => payload.kind === kind, `expected a ${kind} payload`),
    handler: async (payload, context) => ({ ...(await deliver(context, payload)) }),
  });
}

export const DELIVERY_JOBS: Record<PersonScheduleKind, JobDefinition<DeliveryPayload>> = {
  reminder: deliveryJob('reminder', "a habit's reminder at its local time, with Done / Skip / Snooze"),
  snooze: deliveryJob('snooze', 'a snoozed reminder, once, 30 minutes later'),
  nudge: deliveryJob('nudge', 'the evening list of streaks that break tonight'),
  review: deliveryJob('review', 'the weekly review: the week in numbers, then the questions'),
};

function groupDeliveryJob(kind: GroupScheduleKind, description: string): JobDefinition<GroupDeliveryPayload> {
  return defineJob({
    id: kind,
    description,
    payload: groupDeliveryPayloadSchema.refine((payload) => payload.kind === kind, `expected a ${kind} payload`),
    handler: async (payload, context) => ({ ...(await deliverToGroup(context, payload)) }),
  });
}

export const GROUP_DELIVERY_JOBS: Record<GroupScheduleKind, JobDefinition<GroupDeliveryPayload>> = {
  group_recap: groupDeliveryJob('group_recap', "the weekly group recap, at the group's local recap time, in every home chat"),
};

/** A due item as a queued job: its name (the kind), its payload and its deterministic id (the delivery key). */
export function jobOf(item: AnyDueItem): { name: string; data: DeliveryPayload | GroupDeliveryPayload; jobId: string } {
  return isGroupItem(item)
    ? { name: item.kind, data: groupPayloadOf(item), jobId: groupDeliveryKey(item) }
    : { name: item.kind, data: payloadOf(item), jobId: deliveryKey(item) };
}

/** A delivery job read off the queue: run it, or give it up for good; or why it cannot run. */
export type RunnableDelivery =
  | { run(context: JobContext): Promise<JobResult>; giveUp(context: JobContext, reason: string): Promise<void> }
  | { invalid: string };

export function deliveryJobOf(name: string, data: unknown): RunnableDelivery {
  if (isGroupScheduleKind(name)) {
    const parsed = GROUP_DELIVERY_JOBS[name].payload.safeParse(data);
    if (!parsed.success) return { invalid: `invalid ${name} payload` };
    return { run: (context) => GROUP_DELIVERY_JOBS[name].handler(parsed.data, context), giveUp: (context, reason) => giveUpGroup(context, parsed.data, reason) };
  }
  const definition = DELIVERY_JOBS[name as PersonScheduleKind] as JobDefinition<DeliveryPayload> | undefined;
  if (!definition) return { invalid: `unknown job ${name}` };
  const parsed = definition.payload.safeParse(data);
  if (!parsed.success) return { invalid: `invalid ${name} payload` };
  return { run: (context) => definition.handler(parsed.data, context), giveUp: (context, reason) => giveUp(context, parsed.data, reason) };
}
