// The domain-event outbox and its dispatcher: an event is written exactly when its change
// commits, and each registered handler gets each event once, however many dispatchers race.
import { describe, expect, it } from 'vitest';
import { createEventDispatcher, type EventDispatcherOptions } from '../../../src/app/event-dispatcher.js';
import { createEventHandlers, type DomainEvent, type EventHandlers } from '../../../src/app/events.js';
import { deleteUser } from '../../../src/app/delete.js';
import { correctLast, logEntry, logMany, restoreEntry, undoLast } from '../../../src/app/logging.js';
import type { AppDeps } from '../../../src/app/deps.js';
import type { User } from '../../../src/core/types.js';
import { createEventOutbox } from '../../../src/db/repositories/events.js';
import { FixedClock } from '../../support/clock.js';
import type { ContractContext } from './context.js';

const NOW = '2025-03-10T12:00:00Z';

export function eventContract(ctx: ContractContext): void {
  const deps = (clock = new FixedClock(NOW)): AppDeps => ({ repos: ctx.repos, clock });
  const eventsOf = async (userId: string) =>
    (await ctx.raw(`select kind, user_id, payload, handled_at from events where user_id = '${userId}' order by id`)).map((row) => ({
      kind: row.kind, user_id: row.user_id, handled_at: row.handled_at,
      payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as unknown,
    }));
  const utcUser = async (): Promise<User> => (await ctx.repos.users.update((await ctx.newUser()).id, { timeZone: 'UTC' }))!;
  const dispatcher = (handlers: EventHandlers, clock: FixedClock, options: Partial<EventDispatcherOptions> = {}) =>
    createEventDispatcher({ outbox: createEventOutbox(ctx.database.handle.db), handlers, clock, ...options });
  /** A handler that notes the ids of `user`'s events it was given (other tests' events pass by). */
  const recorder = (user: User, seen: number[], fail?: () => boolean) => async (event: DomainEvent) => {
    if (event.userId !== user.id) return;
    await new Promise((resolve) => setImmediate(resolve));
    if (fail?.()) throw new Error('handler down');
    seen.push(event.id);
  };

  describe('domain events', () => {
    it('given a logged entry, exactly one entry.written event holds its facts, written with it', async () => {
      const user = await utcUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      const logged = await logEntry(deps(), user, { habitId: habit.id, quantity: 20, source: 'button', idempotencyKey: 'tg-1' });
      if (!logged.ok) throw new Error(JSON.stringify(logged));
      // A redelivered update writes no entry, and so no second event.
      await logEntry(deps(), user, { habitId: habit.id, quantity: 20, source: 'button', idempotencyKey: 'tg-1' });
      expect(await eventsOf(user.id)).toEqual([{
        kind: 'entry.written', user_id: user.id, handled_at: null,
        payload: { entryId: logged.entry.id, userId: user.id, habitId: habit.id, localDate: '2025-03-10', kind: 'done', quantity: 20, source: 'button' },
      }]);
    });

    it('given a write that is rolled back, no event is left', async () => {
      const user = await utcUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      // Several logs from one message are all written or none: the second is of no habit of theirs.
      const refused = await logMany(deps(), user, { logs: [{ habitId: habit.id }, { habitId: habit.id, kind: 'slip' }] });
      expect(refused.ok).toBe(false);
      await expect(ctx.repos.transaction(async (repos) => {
        await repos.entries.add(user.id, { habitId: habit.id, kind: 'done', localDate: '2025-03-09', source: 'chat' });
        throw new Error('crash after the write');
      })).rejects.toThrow('crash after the write');
      expect(await ctx.repos.entries.listForHabit(user.id, habit.id)).toEqual([]);
      expect(await eventsOf(user.id)).toEqual([]);
    });

    it('given an undo and a correction and its undo, each writes its event, the correction with the day before', async () => {
      const user = await utcUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      const first = await logEntry(deps(), user, { habitId: habit.id, quantity: 10 });
      const second = await logEntry(deps(), user, { habitId: habit.id, quantity: 5 });
      if (!first.ok || !second.ok) throw new Error('log failed');
      expect((await undoLast(deps(), user)).ok).toBe(true);
      const fixed = await correctLast(deps(), user, { quantity: 12, date: '2025-03-09' });
      if (!fixed.ok) throw new Error(JSON.stringify(fixed));
      expect((await restoreEntry(deps(), user, { correctionId: fixed.correctionId })).ok).toBe(true);
      const facts = (entryId: string, localDate: string, quantity: number) =>
        ({ entryId, userId: user.id, habitId: habit.id, localDate, kind: 'done', quantity, source: 'chat' });
      expect((await eventsOf(user.id)).map((event) => [event.kind, event.payload])).toEqual([
        ['entry.written', facts(first.entry.id, '2025-03-10', 10)],
        ['entry.written', facts(second.entry.id, '2025-03-10', 5)],
        ['entry.undone', facts(second.entry.id, '2025-03-10', 5)],
        ['entry.corrected', { ...facts(first.entry.id, '2025-03-09', 12), before: { localDate: '2025-03-10', quantity: 10 } }],
        ['entry.corrected', { ...facts(first.entry.id, '2025-03-10', 10), before: { localDate: '2025-03-09', quantity: 12 } }],
      ]);
    });

    it('given two dispatchers racing over many events, each handler sees each event once', async () => {
      const user = await utcUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      for (let i = 0; i < 40; i += 1) await logEntry(deps(), user, { habitId: habit.id, quantity: i });
      const handlers = createEventHandlers();
      const acknowledged: number[] = [];
      const counted: number[] = [];
      handlers.register('entry.written', 'acknowledge', recorder(user, acknowledged));
      handlers.register('entry.written', 'count', recorder(user, counted));
      const clock = new FixedClock(NOW);
      const racing = [dispatcher(handlers, clock, { batchSize: 4 }), dispatcher(handlers, clock, { batchSize: 4 })];
      await Promise.all(racing.map((one) => one.drain(1000)));
      const ids = (await ctx.raw(`select id from events where user_id = '${user.id}' order by id`)).map((row) => Number(row.id));
      expect(ids).toHaveLength(40);
      expect([...acknowledged].sort((a, b) => a - b)).toEqual(ids);
      expect([...counted].sort((a, b) => a - b)).toEqual(ids);
      expect((await eventsOf(user.id)).every((event) => event.handled_at !== null)).toBe(true);
    });

    it('given a throwing handler, it is retried after a backoff, the others run once, and it is given up on at the cap', async () => {
      const user = await utcUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      await logEntry(deps(), user, { habitId: habit.id });
      const handlers = createEventHandlers();
      const steady: number[] = [];
      const flaky: number[] = [];
      const broken: number[] = [];
      let flakyFailures = 1;
      handlers.register('entry.written', 'steady', recorder(user, steady));
      handlers.register('entry.written', 'flaky', recorder(user, flaky, () => flakyFailures-- > 0));
      handlers.register('entry.written', 'broken', recorder(user, broken, () => true));
      const clock = new FixedClock(NOW);
      const events = dispatcher(handlers, clock, { maxAttempts: 3, backoffMs: () => 60_000 });

      await events.drain();
      expect([steady.length, flaky.length]).toEqual([1, 0]);
      await events.drain(); // not due yet: the backoff holds it
      expect(flaky).toHaveLength(0);
      clock.advance(60_000);
      await events.drain();
      expect([steady.length, flaky.length]).toEqual([1, 1]);
      expect((await eventsOf(user.id))[0]!.handled_at).toBeNull();
      clock.advance(60_000);
      await events.drain();
      expect([steady.length, flaky.length, broken.length]).toEqual([1, 1, 0]);
      const [event] = await eventsOf(user.id);
      expect(event!.handled_at).not.toBeNull();
      const deliveries = await ctx.raw(`select d.handler, d.outcome from event_deliveries d join events e on e.id = d.event_id
        where e.user_id = '${user.id}' order by d.handler`);
      expect(deliveries).toEqual([
        { handler: 'broken', outcome: 'abandoned' }, { handler: 'flaky', outcome: 'delivered' }, { handler: 'steady', outcome: 'delivered' },
      ]);
    });

    it('given a failing handler on one event, the events after it are delivered meanwhile', async () => {
      const user = await utcUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      const first = await logEntry(deps(), user, { habitId: habit.id, quantity: 1 });
      await logEntry(deps(), user, { habitId: habit.id, quantity: 2 });
      if (!first.ok) throw new Error('log failed');
      const handlers = createEventHandlers();
      const seen: number[] = [];
      handlers.register('entry.written', 'picky', async (event) => {
        if (event.userId !== user.id) return;
        await Promise.resolve();
        if (event.payload.entryId === first.entry.id) throw new Error('cannot do this one');
        seen.push(event.id);
      });
      await dispatcher(handlers, new FixedClock(NOW), { batchSize: 1 }).drain();
      expect(seen).toHaveLength(1);
      expect((await eventsOf(user.id)).map((event) => event.handled_at === null)).toEqual([true, false]);
    });

    it('given a person who deletes their data, their events go with them', async () => {
      const user = await utcUser();
      const habit = await ctx.newHabit(user.id);
      await logEntry(deps(), user, { habitId: habit.id });
      await undoLast(deps(), user);
      expect(await ctx.countOwned('events', user.id)).toBe(2);
      expect(await deleteUser(deps(), user)).toEqual({ ok: true });
      expect(await ctx.countOwned('events', user.id)).toBe(0);
    });

    it('given handled events older than a day, pruning removes them and keeps the rest', async () => {
      const user = await utcUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      await logEntry(deps(), user, { habitId: habit.id });
      const clock = new FixedClock(NOW);
      const events = dispatcher(createEventHandlers(), clock);
      await events.drain();
      await logEntry(deps(), user, { habitId: habit.id });
      clock.advance(24 * 60 * 60_000 + 1);
      expect(await events.prune()).toBeGreaterThanOrEqual(1);
      expect((await eventsOf(user.id)).map((event) => event.handled_at)).toEqual([null]);
    });

    it('refuses a handler name used twice for one kind, or an unknown kind', () => {
      const handlers = createEventHandlers();
      const nothing = () => Promise.resolve();
      handlers.register('entry.undone', 'feed', nothing);
      expect(() => handlers.register('entry.undone', 'feed', nothing)).toThrow(/already registered/);
      expect(() => handlers.register('entry.deleted' as 'entry.undone', 'feed', nothing)).toThrow(/unknown event kind/);
    });
  });
}
