// What the BullMQ worker and the in-process runner give every handler alike: storage, clock,
// coach and notifiers. Each adds its own pacing, send rate and queue.
import { createJobStore } from '../db/repositories/schedules.js';
import { batchedDeliveries } from './batching.js';
import type { JobContext, JobLogger } from './context.js';
import type { InProcessJobsOptions } from './in-process.js';

export type BaseJobOptions = Pick<InProcessJobsOptions, 'database' | 'repos' | 'clock' | 'coach' | 'notifiers' | 'reviewQuestions' | 'sweep'>;

export function baseJobContext(options: BaseJobOptions, logger: JobLogger): Omit<JobContext, 'pacer' | 'sendRate' | 'queue'> {
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
  };
}
