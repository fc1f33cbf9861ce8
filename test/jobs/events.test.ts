// Domain events delivered in a running process: the embedded default delivers right after a
// turn without holding its reply; worker processes poll the same outbox and never deliver an
// event twice to one handler.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventDispatcher } from '../../src/app/event-dispatcher.js';
import { createEventHandlers, type DomainEvent } from '../../src/app/events.js';
import { logEntry } from '../../src/app/logging.js';
import { createRuntime, type Runtime } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config.js';
import { createDatabase, rowsOf } from '../../src/db/client.js';
import { createEventOutbox } from '../../src/db/repositories/events.js';
import type { InboundMessage } from '../../src/dialog/messages.js';
import { startEventDelivery } from '../../src/jobs/events.js';
import { FixedClock } from '../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

const NOW = '2026-11-23T12:00:00Z';
let sequence = 0;
const said = (text: string): InboundMessage => ({
  platform: 'console', user: { externalId: 'ana', displayName: 'Ana' }, chat: { id: 'ana', kind: 'private' }, text, updateId: `ev-${++sequence}`, localeHint: 'en',
});

describe('domain events in a running process', () => {
  let runtime: Runtime | undefined;
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await runtime?.close();
    runtime = undefined;
    await db?.close();
    db = undefined;
  });

  it('given the embedded default, a handler hears of a logged entry right after the reply, which does not wait for it', async () => {
    const handlers = createEventHandlers();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let entered!: (event: DomainEvent<'entry.written'>) => void;
    const heard = new Promise<DomainEvent<'entry.written'>>((resolve) => { entered = resolve; });
    handlers.register('entry.written', 'test-acknowledgement', async (event) => {
      entered(event);
      await gate;
    });
    runtime = await createRuntime(loadConfig({ LOG_LEVEL: 'silent' }), {
      pglitePath: 'memory', clock: new FixedClock(NOW), logger: pino({ level: 'silent' }), eventHandlers: handlers,
    });
    const delivery = runtime.deliverEvents();
    for (const text of ['hi', 'skip', '/new Pushups', 'daily', 'done']) await runtime.conversation.handle(said(text));
    const [echo] = await runtime.conversation.handle(said('did 20 pushups'));
    expect(echo?.text).toMatch(/pushups/i);
    // The reply is in hand while the handler is still working.
    const event = await heard;
    expect(event.payload).toMatchObject({ kind: 'done', quantity: 20, localDate: '2026-11-23', source: 'chat' });
    release();
    await delivery.settled();
    const [row] = rowsOf<{ pending: number }>(await runtime.database.db.execute(sql`select count(*)::int as pending from events where handled_at is null`));
    expect(row?.pending).toBe(0);
  });

  it('given two worker processes polling one database, each handler gets each event once', async () => {
    db = await createTestDatabase();
    const user = await db.repos.users.update((await db.repos.users.create({ platform: 'telegram', externalId: 'w' }, { displayName: 'W' })).id, { timeZone: 'UTC' });
    const habit = await db.repos.habits.create(user!.id, { name: 'Read', startDate: '2026-01-01', multiplePerDay: true });
    const clock = new FixedClock(NOW);
    for (let i = 0; i < 30; i += 1) await logEntry({ repos: db.repos, clock }, user!, { habitId: habit.id, quantity: i });
    const seen: number[] = [];
    const workers = await Promise.all([0, 1].map(async () => {
      const handle = await createDatabase({ databaseUrl: db!.url!, maxConnections: 2 });
      const handlers = createEventHandlers();
      handlers.register('entry.written', 'count', async (event) => {
        await new Promise((resolve) => setImmediate(resolve));
        seen.push(event.id);
      });
      const dispatcher = createEventDispatcher({ outbox: createEventOutbox(handle.db), handlers, clock, batchSize: 3 });
      return { handle, delivery: startEventDelivery({ dispatcher, intervalMs: 5 }) };
    }));
    try {
      for (let waited = 0; seen.length < 30 && waited < 200; waited += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      for (const worker of workers) { await worker.delivery.stop(); await worker.handle.close(); }
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });
});
