// Every job this app runs, by the name it has on the queue. Delivery jobs are named after
// their schedule kind, so a queue listing reads "reminder", "nudge", "review"...
import { z } from 'zod';
import type { ScheduleKind } from '../app/ports.js';
import { defineJob, type JobDefinition } from './definition.js';
import { deliver, deliveryPayloadSchema, type DeliveryPayload } from './delivery.js';
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

function deliveryJob(kind: ScheduleKind, description: string): JobDefinition<DeliveryPayload> {
  return defineJob({
    id: kind,
    description,
    payload: deliveryPayloadSchema.refine((payload) => payload.kind === kind, `expected a ${kind} payload`),
    handler: async (payload, context) => ({ ...(await deliver(context, payload)) }),
  });
}

export const DELIVERY_JOBS: Record<ScheduleKind, JobDefinition<DeliveryPayload>> = {
  reminder: deliveryJob('reminder', "a habit's reminder at its local time, with Done / Skip / Snooze"),
  snooze: deliveryJob('snooze', 'a snoozed reminder, once, 30 minutes later'),
  nudge: deliveryJob('nudge', 'the evening list of streaks that break tonight'),
  review: deliveryJob('review', 'the weekly review: the week in numbers, then the questions'),
};
