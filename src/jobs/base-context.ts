// What the BullMQ worker and the in-process runner give every handler alike: storage, clock,
// coach, notifiers and the group recap's composer. Each adds its own pacing, send rates and queue.
import { createJobStore } from '../db/repositories/schedules.js';
import { batchedDeliveries } from './batching.js';
import type { JobContext, JobLogger } from './context.js';
import type { InProcessJobsOptions } from './in-process.js';

export type BaseJobOptions = Pick<InProcessJobsOptions, 'database' | 'repos' | 'clock' | 'coach' | 'notifiers' | 'reviewQuestions' | 'sweep' | 'groupRecap'>;

export function baseJobContext(options: BaseJobOptions, logger: JobLogger): Omit<JobContext, 'pacer' | 'sendRate' | 'queue' | 'groupChatRate'> {
  const store = createJobStore(options.database);
  return {
    repos: options.repos,
    store,
    deliveries: batchedDeliveries(store),
    clock: options.clock,
    coach: options.coach,
    notifiers: options.notifiers,
    logger,
    ...(options.sweep ? { sweep: options.sweep } : {}),
    ...(options.reviewQuestions ? { reviewQuestions: options.reviewQuestions } : {}),
    ...(options.groupRecap ? { groupRecap: options.groupRecap } : {}),
  };
}
