// Runs the event dispatcher (app/event-dispatcher.ts) in a process: on a timer (the worker's
// loop, and a fallback for events written outside a turn), and on a poke (the embedded default
// pokes after each turn, so handlers run right after the reply without delaying it). One drain
// at a time per process; a poke during a drain runs one more after it. Several processes may
// run it on one database: the outbox's claims keep them from delivering an event twice.
import type { EventDispatcher } from '../app/event-dispatcher.js';
import type { Conversation } from '../dialog/messages.js';
import { silentLogger, type JobLogger } from './context.js';

export interface EventDeliveryOptions {
  dispatcher: EventDispatcher;
  logger?: JobLogger;
  /** Between drains when nothing pokes; default 5 s (the worker uses 1 s). */
  intervalMs?: number;
  /** Between prunes of handled events; default one hour. */
  pruneEveryMs?: number;
}

export interface EventDelivery {
  /** A drain soon, after the caller's work (the reply) is done; never throws, never waits. */
  poke(): void;
  /** Resolves when no drain is running or asked for (tests, shutdown). */
  settled(): Promise<void>;
  /** Stops the timer and waits for the drain in hand. */
  stop(): Promise<void>;
}

export function startEventDelivery(options: EventDeliveryOptions): EventDelivery {
  const { dispatcher } = options;
  const logger = options.logger ?? silentLogger;
  const pruneEveryMs = options.pruneEveryMs ?? 60 * 60_000;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let lastPrune = 0;

  async function drainLoop(): Promise<void> {
    do {
      again = false;
      try {
        await dispatcher.drain();
        if (Date.now() - lastPrune >= pruneEveryMs) {
          lastPrune = Date.now();
          await dispatcher.prune();
        }
      } catch (error) {
        logger.error({ err: error }, 'event delivery failed');
      }
    } while (again && !stopped);
  }

  function poke(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    // setImmediate: the turn's reply goes out before the drain takes the event loop.
    running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(drainLoop)
      .finally(() => { running = null; });
  }

  const timer = setInterval(poke, options.intervalMs ?? 5000);
  timer.unref();

  return {
    poke,
    async settled() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await running;
    },
  };
}

/** The conversation, poking `delivery` after each turn (the embedded default). */
export function pokingAfterEachTurn(conversation: Conversation, delivery: Pick<EventDelivery, 'poke'>): Conversation {
  // Everything else a conversation answers (a member leaving a chat) passes through as it is.
  return {
    // Everything else the conversation hears (someone left a chat) passes through as it is.
    ...conversation,
    async handle(message) {
      try {
        return await conversation.handle(message);
      } finally {
        delivery.poke();
      }
    },
  };
}
