// A job is an id, a zod payload and a handler (the documenso shape): the same definitions run
// under a BullMQ worker or the in-process runner, which differ only in how they wait.
import type { z } from 'zod';
import type { JobContext } from './context.js';

export interface JobDefinition<Payload> {
  /** The job name on the queue; delivery jobs are named after their schedule kind. */
  id: string;
  /** What it does, for logs and docs. */
  description: string;
  payload: z.ZodType<Payload>;
  handler(payload: Payload, context: JobContext): Promise<JobResult>;
}

/** What a handler reports (the BullMQ job's return value; logged). */
export interface JobResult {
  status: string;
  [detail: string]: unknown;
}

export function defineJob<Payload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}

/** The handler wants to run again in `delayMs` (a chat's pace): BullMQ delays the job, the in-process runner waits. */
export class DeliveryDelayed extends Error {
  constructor(readonly delayMs: number) {
    super(`delivery delayed by ${delayMs} ms`);
    this.name = 'DeliveryDelayed';
  }
}

/** The platform asked to wait (HTTP 429 with retry_after): every sender should pause that long. */
export class PlatformRateLimited extends Error {
  constructor(readonly retryAfterMs: number, options?: ErrorOptions) {
    super(`the platform asked to wait ${retryAfterMs} ms`, options);
    this.name = 'PlatformRateLimited';
  }
}
