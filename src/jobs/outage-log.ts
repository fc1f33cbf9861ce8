// One warning for a Redis outage, not five a second. While Redis is away, ioredis reports every
// reconnect attempt, and each queue and worker on the connection repeats it: the first report
// is logged at once, later ones at most once per interval (with how many were held back), and
// the return of Redis once. The queues and workers hold connections of their own that come
// back a moment after the main one: their last reports, just after the recovery, belong to the
// outage that ended and are not a new one.
import type { JobLogger } from './context.js';

export const OUTAGE_WARNING_EVERY_MS = 60_000;
/** Reports this soon after a recovery are stragglers from the other connections. */
export const RECOVERY_SETTLE_MS = 5_000;

export interface OutageLog {
  /** A connection, queue or worker reported an error. */
  report(source: string, error: Error): void;
  /** The connection is ready again: logs the recovery if an outage was logged. */
  recovered(): void;
}

export function createOutageLog(logger: JobLogger, everyMs = OUTAGE_WARNING_EVERY_MS, now: () => number = Date.now): OutageLog {
  let lastWarnedAt: number | null = null;
  let heldBack = 0;
  let outageStartedAt: number | null = null;
  let recoveredAt: number | null = null;
  return {
    report(source, error) {
      const at = now();
      if (recoveredAt !== null && at - recoveredAt < RECOVERY_SETTLE_MS) return;
      recoveredAt = null;
      outageStartedAt ??= at;
      if (lastWarnedAt !== null && at - lastWarnedAt < everyMs) {
        heldBack += 1;
        return;
      }
      logger.warn(
        { err: error.message, source, ...(lastWarnedAt === null ? {} : { heldBack, downForMs: at - outageStartedAt }) },
        lastWarnedAt === null ? 'redis unreachable: retrying' : 'redis still unreachable: retrying',
      );
      lastWarnedAt = at;
      heldBack = 0;
    },
    recovered() {
      if (outageStartedAt === null) return;
      logger.info({ downForMs: now() - outageStartedAt, heldBack }, 'redis is back');
      lastWarnedAt = null;
      heldBack = 0;
      outageStartedAt = null;
      recoveredAt = now();
    },
  };
}
