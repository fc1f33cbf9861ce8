// Keeps each person's chat memory off the reply path. The exchange is appended at once (one
// quick read and write); folding old turns into a summary asks the model, so it runs in the
// background after the reply, and a slow model never delays an answer.
//
// Read-modify-write steps of one person's memory run one at a time in this process (a small
// promise chain per person; the summary's model call is outside it), and the fold re-reads
// the memory and applies only if the summarized turns are still its first ones.
import type { ChatMemory, CoachLogRepository } from '../app/ports.js';
import { appendExchange, emptyMemory, foldInto, turnsToFold, type MemoryLimits, type Summarize } from './chat-memory.js';
import type { CoachLogger } from './llm-coach.js';

export interface MemoryKeeper {
  /** Appends the exchange now; folds the overflow later, in the background. */
  record(userId: string, exchange: { userText: string; reply: string; now: Date }, summarize?: Summarize): Promise<void>;
  /** Resolves when no background fold is running (tests, shutdown). */
  settled(): Promise<void>;
}

export function createMemoryKeeper(log: CoachLogRepository, limits: MemoryLimits | undefined, logger: CoachLogger): MemoryKeeper {
  const locks = new Map<string, Promise<unknown>>();
  const folding = new Map<string, Promise<void>>();

  function exclusive<T>(userId: string, step: () => Promise<T>): Promise<T> {
    const run = (locks.get(userId) ?? Promise.resolve()).then(step, step);
    const tail = run.catch(() => undefined);
    locks.set(userId, tail);
    void tail.then(() => {
      if (locks.get(userId) === tail) locks.delete(userId);
    });
    return run;
  }

  async function fold(userId: string, summarize: Summarize | undefined): Promise<void> {
    const memory = await log.getMemory(userId);
    const older = memory ? turnsToFold(memory, limits) : [];
    if (!memory || older.length === 0) return;
    const summarized = summarize ? await summarize(memory.summary, older).catch(() => null) : null;
    await exclusive(userId, async () => {
      const current = await log.getMemory(userId);
      const folded = current ? foldInto(current, older, summarized, limits) : null;
      if (folded) await log.saveMemory(userId, folded);
    });
  }

  function foldLater(userId: string, summarize: Summarize | undefined): void {
    if (folding.has(userId)) return;
    const work = fold(userId, summarize)
      .catch((error: unknown) => {
        logger.warn({ event: 'coach_memory_failed', stage: 'summary', error: error instanceof Error ? error.name : 'unknown' }, 'could not fold chat memory');
      })
      .finally(() => folding.delete(userId));
    folding.set(userId, work);
  }

  return {
    async record(userId, exchange, summarize) {
      const appended: ChatMemory = await exclusive(userId, async () => {
        const next = appendExchange((await log.getMemory(userId)) ?? emptyMemory(exchange.now), exchange, limits);
        await log.saveMemory(userId, next);
        return next;
      });
      if (turnsToFold(appended, limits).length > 0) foldLater(userId, summarize);
    },
    async settled() {
      while (folding.size > 0) await Promise.all([...folding.values()]);
    },
  };
}
