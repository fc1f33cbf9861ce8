// The bot processes the dialog bench sends its traffic through: this thread's own conversation,
// or several worker threads, each an event loop with its own pool (what running several bot
// processes on one PostgreSQL gives, see the README's scaling section), sharing the pool size.
import { Worker } from 'node:worker_threads';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createDatabase } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { createConversation } from '../../src/dialog/conversation.js';
import { FixedClock } from '../../test/support/clock.js';
import type { BotCommand } from './dialog-process.js';
import { mergeResults, sendAll, type StreamPerson, type StreamResult } from './dialog-stream.js';
import { countQueries } from './probe.js';

export interface Bots {
  /** Everyone sends messages from..to; resolves when all are answered. */
  send(from: number, to: number, run: string, count: boolean): Promise<StreamResult>;
  close(): Promise<void>;
}

export interface BotsSetup {
  databaseUrl: string;
  /** Connections in all, shared out between the processes. */
  pool: number;
  now: string;
  people: StreamPerson[];
  /** false: entries are written without their domain events (the outbox bench's baseline). */
  outbox?: boolean;
}

/** A bot process on this thread: its own pool and conversation (a worker runs one the same way). */
export async function inThisThread(setup: BotsSetup): Promise<Bots> {
  const handle = await createDatabase({ databaseUrl: setup.databaseUrl, maxConnections: setup.pool });
  // No rate limiter: the bench's people send far faster than anyone could, on purpose.
  const conversation = createConversation({
    repos: createRepositories(handle, { outbox: setup.outbox ?? true }),
    clock: new FixedClock(setup.now),
    coach: createTemplateCoach(await loadPersonalities()),
  });
  return {
    async send(from, to, run, count) {
      const queries = count ? countQueries(handle.db) : null;
      const result = await sendAll(conversation, setup.people, from, to, run);
      queries?.stop();
      return { ...result, queries: queries?.total() ?? 0 };
    },
    close: () => handle.close(),
  };
}

/** A worker thread that loads TypeScript the way `node --import tsx` does for this one. */
function botWorker(setup: BotsSetup): Worker {
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register();
    await import(${JSON.stringify(new URL('./dialog-process.ts', import.meta.url).href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: setup });
}

function ask<T>(worker: Worker, command: BotCommand | null): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', (answer: T) => { worker.off('error', reject); resolve(answer); });
    worker.once('error', reject);
    if (command) worker.postMessage(command);
  });
}

async function inWorkers(setup: BotsSetup, processes: number): Promise<Bots> {
  const workers = Array.from({ length: processes }, (_, p) => botWorker({
    databaseUrl: setup.databaseUrl,
    pool: Math.max(1, Math.floor(setup.pool / processes)),
    now: setup.now,
    people: setup.people.filter((_, i) => i % processes === p),
    ...(setup.outbox === undefined ? {} : { outbox: setup.outbox }),
  }));
  await Promise.all(workers.map((worker) => ask(worker, null)));
  return {
    async send(from, to, run, count) {
      return mergeResults(await Promise.all(workers.map((worker) => ask<StreamResult>(worker, { kind: 'send', from, to, run, count }))));
    },
    async close() {
      await Promise.all(workers.map((worker) => ask(worker, { kind: 'close' })));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

export function startBots(setup: BotsSetup, processes: number): Promise<Bots> {
  return processes <= 1 ? inThisThread(setup) : inWorkers(setup, processes);
}
