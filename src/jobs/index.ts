// The jobs: what the bot says first (reminders, snoozes, evening nudges, weekly reviews, and
// a group's weekly recap in its home chats).
// `startJobWorker` runs them on BullMQ (REDIS_URL); `startInProcessJobs` runs the same
// handlers on a timer in this process (the embedded default). Nothing starts at import.
export { startJobWorker, createRedis, TELEGRAM_LIMITER, SWEEP_QUEUE, DELIVERY_QUEUE, SWEEP_SCHEDULER_ID } from './bullmq.js';
export type { JobWorker, JobWorkerOptions } from './bullmq.js';
export { startInProcessJobs } from './in-process.js';
export type { InProcessJobs, InProcessJobsOptions } from './in-process.js';
export type { JobContext, JobLogger, Notifiers } from './context.js';
export { DELIVERY_JOBS, GROUP_DELIVERY_JOBS, sweepJob } from './jobs.js';
export { deliveryKey } from './delivery.js';
export { groupDeliveryKey } from './group-delivery.js';
export type { SweepOptions, SweepReport } from './sweep.js';
