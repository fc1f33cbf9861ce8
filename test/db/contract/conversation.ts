// Dialog state, processed updates, link codes, bulk user data and transactions.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { UserDataSnapshot } from '../../../src/app/ports.js';
import type { ContractContext } from './context.js';

export function conversationContract(ctx: ContractContext): void {
  describe('dialog state', () => {
    it('given a flow in a chat, keeps it per user and chat until cleared', async () => {
      const user = await ctx.newUser();
      const other = await ctx.newUser();
      expect(await ctx.repos.dialogState.get(user.id, 'chat-1')).toBeNull();
      await ctx.repos.dialogState.set(user.id, 'chat-1', { flow: 'new_habit', step: 'name', data: {} });
      await ctx.repos.dialogState.set(user.id, 'chat-1', { flow: 'new_habit', step: 'frequency', data: { name: 'Run', days: [1, 3] } });
      expect(await ctx.repos.dialogState.get(user.id, 'chat-1')).toEqual({
        flow: 'new_habit', step: 'frequency', data: { name: 'Run', days: [1, 3] }, token: expect.any(String), updatedAt: expect.any(Date),
      });
      expect(await ctx.repos.dialogState.get(user.id, 'chat-2')).toBeNull();
      expect(await ctx.repos.dialogState.get(other.id, 'chat-1')).toBeNull();
      await ctx.repos.dialogState.clear(other.id, 'chat-1');
      expect(await ctx.repos.dialogState.get(user.id, 'chat-1')).not.toBeNull();
      await ctx.repos.dialogState.clear(user.id, 'chat-1');
      expect(await ctx.repos.dialogState.get(user.id, 'chat-1')).toBeNull();
    });
  });

  describe('processed updates', () => {
    const now = new Date('2024-01-01T00:00:00Z');
    const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
    /** A person on Telegram, and how to save and read their replies to updates of bot `botId`. */
    const person = async () => {
      const externalId = randomUUID();
      const user = await ctx.repos.users.create({ platform: 'telegram', externalId }, { displayName: 'Ana' });
      const key = (updateId: string, botId = '') => ({ platform: 'telegram' as const, botId, updateId, userId: user.id });
      const savedReply = async (updateId: string, at = now, botId = '') =>
        (await ctx.repos.turns.open({ platform: 'telegram', botId, updateId, externalId, chatRef: `telegram:${externalId}`, now: at })).savedReply;
      return { user, key, savedReply };
    };

    it('given an answered update, remembers its reply for a redelivery', async () => {
      const ana = await person();
      const updateId = randomUUID();
      expect(await ana.savedReply(updateId)).toBeNull();
      await ctx.repos.processedUpdates.saveReply(ana.key(updateId), { text: 'Done ✅', buttons: [] }, now);
      expect(await ana.savedReply(updateId)).toEqual({ text: 'Done ✅', buttons: [] });
      await ctx.repos.processedUpdates.saveReply(ana.key(updateId), { text: 'Again' }, now);
      expect(await ana.savedReply(updateId)).toEqual({ text: 'Again' });
    });

    it('given many replies saved at once, stores each with its own update (null as no reply)', async () => {
      const ana = await person();
      const ids = Array.from({ length: 30 }, () => randomUUID());
      await Promise.all(ids.map((id, i) => ctx.repos.processedUpdates.saveReply(ana.key(id), i === 0 ? null : [{ text: `reply ${i}` }], now)));
      const saved = await Promise.all(ids.map((id) => ana.savedReply(id)));
      expect(saved).toEqual(ids.map((_, i) => (i === 0 ? null : [{ text: `reply ${i}` }])));
      const rows = await ctx.raw(`select reply is null as empty, processed_at from processed_updates where update_id = '${ids[0]}'`);
      expect(rows).toEqual([{ empty: true, processed_at: expect.anything() }]);
    });

    it('given two bots sharing the database and the same update id, neither person is handed the other\'s reply', async () => {
      const ana = await person();
      const bia = await person();
      const updateId = '1001';
      await Promise.all([
        ctx.repos.processedUpdates.saveReply(ana.key(updateId, 'bot-a'), [{ text: 'Ana: Read done' }], now),
        ctx.repos.processedUpdates.saveReply(bia.key(updateId, 'bot-b'), [{ text: 'Bia: Run done' }], now),
      ]);
      expect(await ana.savedReply(updateId, now, 'bot-a')).toEqual([{ text: 'Ana: Read done' }]);
      expect(await bia.savedReply(updateId, now, 'bot-b')).toEqual([{ text: 'Bia: Run done' }]);
      expect(await ana.savedReply(updateId, now, 'bot-b')).toBeNull();
      expect(await bia.savedReply(updateId, now, 'bot-a')).toBeNull();
      // Even two bots that name themselves alike keep each person's own reply.
      await ctx.repos.processedUpdates.saveReply(bia.key('1002'), [{ text: 'Bia only' }], now);
      await ctx.repos.processedUpdates.saveReply(ana.key('1002'), [{ text: 'Ana only' }], now);
      expect(await bia.savedReply('1002')).toEqual([{ text: 'Bia only' }]);
      expect(await ana.savedReply('1002')).toEqual([{ text: 'Ana only' }]);
    });

    it('given a reply older than 48 hours, it is not replayed and the next save deletes it', async () => {
      const ana = await person();
      const [old, recent] = [randomUUID(), randomUUID()];
      await ctx.repos.processedUpdates.saveReply(ana.key(old), [{ text: 'old' }], now);
      expect(await ana.savedReply(old, hours(47))).toEqual([{ text: 'old' }]);
      expect(await ana.savedReply(old, hours(49))).toBeNull();
      await ctx.repos.processedUpdates.saveReply(ana.key(recent), [{ text: 'recent' }], hours(49));
      expect(await ctx.raw(`select update_id from processed_updates where user_id = '${ana.user.id}' order by update_id`)).toEqual([{ update_id: recent }]);
    });

    it('given a person deleted, their saved replies go with them, and a reply saved after that stores nothing', async () => {
      const ana = await person();
      await ctx.repos.processedUpdates.saveReply(ana.key(randomUUID()), [{ text: 'export', file: { name: 'x.json', mimeType: 'application/json', content: '{}' } }], now);
      await ctx.repos.users.delete(ana.user.id);
      await ctx.repos.processedUpdates.saveReply(ana.key(randomUUID()), [{ text: 'Deleted.' }], now);
      expect(await ctx.countOwned('processed_updates', ana.user.id)).toBe(0);
    });

    it('given a batch with one reply PostgreSQL refuses (a NUL), every other reply in it is still saved', async () => {
      const ana = await person();
      const ids = Array.from({ length: 12 }, () => randomUUID());
      const outcomes = await Promise.allSettled(ids.map((id, i) =>
        ctx.repos.processedUpdates.saveReply(ana.key(id), [{ text: i === 5 ? 'echo \u0000 and \ud83d' : `reply ${i}` }], now)));
      expect(outcomes.map((outcome) => outcome.status)).toEqual(ids.map((_, i) => (i === 5 ? 'rejected' : 'fulfilled')));
      const saved = await Promise.all(ids.map((id) => ana.savedReply(id)));
      expect(saved).toEqual(ids.map((_, i) => (i === 5 ? null : [{ text: `reply ${i}` }])));
    });
  });

  describe('flow steps', () => {
    it('given two answers to one step at once, only one claims it; the state stays under a new token', async () => {
      const user = await ctx.newUser();
      const token = await ctx.repos.dialogState.set(user.id, 'chat-1', { flow: 'confirm', step: 'delete', data: {} });
      const claims = await Promise.all([1, 2, 3].map(() => ctx.repos.dialogState.claim(user.id, 'chat-1', token)));
      const won = claims.filter((claim) => claim !== null);
      expect(won).toHaveLength(1);
      expect(won[0]).toMatchObject({ flow: 'confirm', step: 'delete' });
      expect(won[0]!.token).not.toBe(token);
      expect((await ctx.repos.dialogState.get(user.id, 'chat-1'))?.token).toBe(won[0]!.token);
      expect(await ctx.repos.dialogState.claim(user.id, 'chat-2', won[0]!.token)).toBeNull();
    });

    it('given an answer read after another claimed the step, it cannot claim it until that answer is handled', async () => {
      const user = await ctx.newUser();
      const token = await ctx.repos.dialogState.set(user.id, 'chat-1', { flow: 'confirm', step: 'backdate', data: {} });
      const first = await ctx.repos.dialogState.claim(user.id, 'chat-1', token);
      const readLate = await ctx.repos.dialogState.get(user.id, 'chat-1');
      expect(readLate?.token).toBe(first!.token);
      expect(await ctx.repos.dialogState.claim(user.id, 'chat-1', readLate!.token)).toBeNull();
      // The first answer re-asked and left the flow on its step: the next answer may take it.
      await ctx.repos.dialogState.release(user.id, 'chat-1', first!.token);
      expect(await ctx.repos.dialogState.claim(user.id, 'chat-1', readLate!.token)).toMatchObject({ step: 'backdate' });
    });
  });

  describe('link codes', () => {
    it('given a code, it links once before it expires; a new code replaces the old one', async () => {
      const user = await ctx.newUser();
      const now = new Date('2024-01-01T00:00:00Z');
      const later = new Date('2024-01-01T00:10:00Z');
      const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
      await ctx.repos.linkCodes.create(user.id, first, later);
      await ctx.repos.linkCodes.create(user.id, second, later);
      expect(await ctx.repos.linkCodes.consume(first, now)).toBeNull();
      expect(await ctx.repos.linkCodes.consume(second, now)).toEqual({ userId: user.id });
      expect(await ctx.repos.linkCodes.consume(second, now)).toBeNull();
      await ctx.repos.linkCodes.create(user.id, third, later);
      expect(await ctx.repos.linkCodes.consume(third, later)).toBeNull();
    });
  });

  describe('user data (export/import)', () => {
    // Sorted by id: restored timestamps keep milliseconds (JS Dates), so same-millisecond rows may list in another order.
    const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

    async function snapshot(userId: string): Promise<UserDataSnapshot> {
      const goals = await ctx.repos.goals.list(userId, { includeArchived: true });
      const sorted = {
        categories: await ctx.repos.categories.list(userId),
        habits: await ctx.repos.habits.list(userId, { includeArchived: true }),
        entries: await ctx.repos.entries.listForUser(userId),
        pauses: await ctx.repos.pauses.list(userId),
        goals,
        goalProgress: (await Promise.all(goals.map((g) => ctx.repos.goals.listProgress(userId, g.id)))).flat(),
        subtasks: (await Promise.all(goals.map((g) => ctx.repos.goals.listSubtasks(userId, g.id)))).flat(),
      };
      return {
        categories: byId(sorted.categories), habits: byId(sorted.habits), entries: byId(sorted.entries), pauses: byId(sorted.pauses),
        goals: byId(sorted.goals), goalProgress: byId(sorted.goalProgress), subtasks: byId(sorted.subtasks),
      };
    }

    it('given everything cleared and restored, the user has exactly the same rows, and identities survive', async () => {
      const user = await ctx.newUser();
      const category = await ctx.repos.categories.ensure(user.id, 'Body');
      const habit = await ctx.newHabit(user.id, { categoryId: category.id, frequency: { kind: 'per_week', times: 3 }, target: { quantity: 5, unit: 'km', direction: 'at_least' } });
      const water = await ctx.newHabit(user.id, { name: 'Water', multiplePerDay: true });
      await ctx.repos.habits.update(user.id, habit.id, { currentStreak: 3, longestStreak: 8 });
      await ctx.repos.entries.add(user.id, { habitId: habit.id, kind: 'done', localDate: '2024-01-02', source: 'chat', idempotencyKey: 'k', quantity: 5 });
      await ctx.repos.entries.add(user.id, { habitId: water.id, kind: 'done', localDate: '2024-01-02', source: 'chat' });
      await ctx.repos.entries.add(user.id, { habitId: water.id, kind: 'done', localDate: '2024-01-02', source: 'chat' });
      await ctx.repos.pauses.add(user.id, { habitId: null, startDate: '2024-02-01', endDate: null, reason: 'vacation' });
      const goal = await ctx.repos.goals.create(user.id, { title: 'Marathon', kind: 'target', targetValue: 42, startDate: '2024-01-01', habitId: habit.id });
      await ctx.repos.goals.addProgress(user.id, goal.id, { amount: 10, localDate: '2024-01-03' });
      await ctx.repos.goals.addSubtask(user.id, goal.id, 'Shoes');
      const before = await snapshot(user.id);

      await ctx.repos.userData.clear(user.id);
      const empty = await snapshot(user.id);
      expect(Object.values(empty).every((rows) => rows.length === 0)).toBe(true);
      expect(await ctx.repos.users.identities(user.id)).toHaveLength(1);

      await ctx.repos.userData.restore(user.id, before);
      expect(await snapshot(user.id)).toEqual(before);
      // The copy still obeys the rules: once-a-day stays once-a-day.
      expect((await ctx.repos.entries.add(user.id, { habitId: habit.id, kind: 'done', localDate: '2024-01-02', source: 'chat' })).status).toBe('conflict');
      // Restoring rows whose ids are taken throws and writes nothing.
      const other = await ctx.newUser();
      await expect(ctx.repos.userData.restore(other.id, before)).rejects.toThrow();
      expect(await ctx.repos.habits.list(other.id, { includeArchived: true })).toEqual([]);
    });
  });

  describe('transactions', () => {
    it('given work that fails, nothing it wrote remains; given work that succeeds, everything does', async () => {
      const user = await ctx.newUser();
      await expect(
        ctx.repos.transaction(async (repos) => {
          await repos.habits.create(user.id, { name: 'Ghost', startDate: '2024-01-01' });
          await repos.users.update(user.id, { displayName: 'Changed' });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await ctx.repos.habits.list(user.id)).toEqual([]);
      expect((await ctx.repos.users.get(user.id))?.displayName).toBe(user.displayName);

      const habit = await ctx.repos.transaction(async (repos) => {
        const created = await repos.habits.create(user.id, { name: 'Real', startDate: '2024-01-01' });
        await repos.entries.add(user.id, { habitId: created.id, kind: 'done', localDate: '2024-01-01', source: 'chat' });
        // A nested transaction that fails rolls back only itself.
        await expect(repos.transaction(async (inner) => {
          await inner.habits.create(user.id, { name: 'Inner', startDate: '2024-01-01' });
          throw new Error('inner');
        })).rejects.toThrow('inner');
        return created;
      });
      expect((await ctx.repos.habits.list(user.id)).map((h) => h.name)).toEqual(['Real']);
      expect(await ctx.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(1);
    });
  });
}
