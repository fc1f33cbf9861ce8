// TurnRepository: one statement claims the update id and reads exactly what the separate
// repositories would (the person, their flow state in this chat, their habits, goals and pauses).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ContractContext } from './context.js';

export function turnContract(ctx: ContractContext): void {
  const now = new Date('2025-06-15T12:00:00Z');

  describe('turns', () => {
    it('given a stranger, finds nobody and no earlier reply', async () => {
      const request = { platform: 'telegram' as const, botId: '', updateId: randomUUID(), externalId: randomUUID(), chatRef: 'telegram:1', now };
      expect(await ctx.repos.turns.open(request)).toEqual({ savedReply: null, person: null });
    });

    it('given a redelivered update whose reply was saved, returns that reply to its person only', async () => {
      const externalId = randomUUID();
      const user = await ctx.repos.users.create({ platform: 'discord', externalId }, { displayName: 'Bia' });
      const request = { platform: 'discord' as const, botId: 'b1', updateId: randomUUID(), externalId, chatRef: 'discord:1', now };
      await ctx.repos.processedUpdates.saveReply({ platform: 'discord', botId: 'b1', updateId: request.updateId, userId: user.id }, [{ text: 'Done ✅' }], now);
      expect((await ctx.repos.turns.open(request)).savedReply).toEqual([{ text: 'Done ✅' }]);
      expect((await ctx.repos.turns.open({ ...request, platform: 'telegram' })).savedReply).toBeNull();
      expect((await ctx.repos.turns.open({ ...request, botId: 'b2' })).savedReply).toBeNull();
    });

    it('given a person with habits, goals, pauses and a flow, reads what each repository reads', async () => {
      const externalId = randomUUID();
      const user = await ctx.repos.users.create({ platform: 'telegram', externalId }, { displayName: 'Bia', timeZone: 'America/Sao_Paulo', locale: 'pt-BR' });
      const onboarded = await ctx.repos.users.update(user.id, { onboardedAt: new Date('2025-06-01T10:00:00.123Z'), quietHours: { start: '22:00', end: '07:00' } });
      const pushups = await ctx.newHabit(user.id, {
        name: 'Flexões', emoji: '💪', frequency: { kind: 'weekdays', days: [1, 3, 5] }, target: { quantity: 20.5, unit: 'reps', direction: 'at_least' },
        reminderTimes: ['07:00'], reminderDays: [1, 3], synonyms: ['pushups'], multiplePerDay: true,
      });
      const reading = await ctx.newHabit(user.id, { name: 'Leitura', frequency: { kind: 'per_week', times: 3 } });
      const archived = await ctx.newHabit(user.id, { name: 'Old' });
      await ctx.repos.habits.update(user.id, archived.id, { status: 'archived' });
      await ctx.repos.goals.create(user.id, { title: 'Poupar', kind: 'target', targetValue: 1000, unit: 'R$', startDate: '2025-06-01', deadline: '2025-12-31' });
      await ctx.repos.pauses.add(user.id, { habitId: null, startDate: '2025-06-10', endDate: null, reason: 'sick' });
      await ctx.repos.pauses.add(user.id, { habitId: reading.id, startDate: '2025-05-01', endDate: '2025-05-03', reason: 'vacation' });
      await ctx.repos.dialogState.set(user.id, 'telegram:9', { flow: 'new_habit', step: 'target', data: { name: 'Run', days: [1, 2] } });
      const stranger = await ctx.newUser();
      await ctx.newHabit(stranger.id, { name: 'Not mine' });

      const opened = await ctx.repos.turns.open({ platform: 'telegram', botId: '', updateId: randomUUID(), externalId, chatRef: 'telegram:9', now });
      const catalog = {
        habits: await ctx.repos.habits.list(user.id),
        goals: await ctx.repos.goals.list(user.id),
        pauses: await ctx.repos.pauses.list(user.id),
      };
      expect(catalog.habits.map((habit) => habit.id)).toEqual([pushups.id, reading.id]);
      expect(opened).toEqual({
        savedReply: null,
        person: { user: onboarded, state: await ctx.repos.dialogState.get(user.id, 'telegram:9'), catalog },
      });
      expect(await ctx.repos.turns.catalog(user.id)).toEqual(catalog);

      const elsewhere = await ctx.repos.turns.open({ platform: 'telegram', botId: '', updateId: randomUUID(), externalId, chatRef: 'telegram:10', now });
      expect(elsewhere.person?.state).toBeNull();
    });

    it('given a person with nothing yet, reads empty lists', async () => {
      const user = await ctx.newUser();
      expect(await ctx.repos.turns.catalog(user.id)).toEqual({ habits: [], goals: [], pauses: [] });
      expect(await ctx.repos.turns.catalog('not-a-uuid')).toEqual({ habits: [], goals: [], pauses: [] });
    });
  });
}
