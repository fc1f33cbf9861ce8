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
    const savedReply = async (platform: 'telegram' | 'discord', updateId: string) =>
      (await ctx.repos.turns.open({ platform, updateId, externalId: 'nobody', chatRef: `${platform}:1` })).savedReply;

    it('given an answered update, remembers its reply for a redelivery', async () => {
      const updateId = randomUUID();
      expect(await savedReply('telegram', updateId)).toBeNull();
      await ctx.repos.processedUpdates.saveReply('telegram', updateId, { text: 'Done ✅', buttons: [] }, now);
      expect(await savedReply('telegram', updateId)).toEqual({ text: 'Done ✅', buttons: [] });
      expect(await savedReply('discord', updateId)).toBeNull();
      await ctx.repos.processedUpdates.saveReply('telegram', updateId, { text: 'Again' }, now);
      expect(await savedReply('telegram', updateId)).toEqual({ text: 'Again' });
    });

    it('given many replies saved at once, stores each with its own update (null as no reply)', async () => {
      const ids = Array.from({ length: 30 }, () => randomUUID());
      await Promise.all(ids.map((id, i) => ctx.repos.processedUpdates.saveReply('telegram', id, i === 0 ? null : [{ text: `reply ${i}` }], now)));
      const saved = await Promise.all(ids.map((id) => savedReply('telegram', id)));
      expect(saved).toEqual(ids.map((_, i) => (i === 0 ? null : [{ text: `reply ${i}` }])));
      const rows = await ctx.raw(`select reply is null as empty, processed_at from processed_updates where update_id = '${ids[0]}'`);
      expect(rows).toEqual([{ empty: true, processed_at: expect.anything() }]);
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
