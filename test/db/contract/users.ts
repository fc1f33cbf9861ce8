// UserRepository: identities, settings, deletion by cascade.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHECK_VIOLATION } from '../../../src/db/repositories/errors.js';
import { expectRefused, type ContractContext } from './context.js';

const OWNED_TABLES = [
  'platform_identities', 'categories', 'habits', 'entries', 'pauses', 'goals', 'goal_progress', 'subtasks',
  'dialog_state', 'link_codes',
];

export function userContract(ctx: ContractContext): void {
  describe('users', () => {
    it('given a new person, creates them with the documented defaults and finds them by identity', async () => {
      const externalId = randomUUID();
      const user = await ctx.repos.users.create({ platform: 'discord', externalId }, { displayName: 'Bia' });
      expect(user).toMatchObject({
        displayName: 'Bia', timeZone: 'America/Sao_Paulo', locale: 'pt-BR', dayStartHour: 0, personality: 'mentor',
        quietHours: null, weekStart: 1, shareStats: false, eveningNudgeTime: null, reviewDay: null, reviewTime: null,
        onboardedAt: null,
      });
      expect(await ctx.repos.users.findByIdentity('discord', externalId)).toEqual(user);
      expect(await ctx.repos.users.findByIdentity('telegram', externalId)).toBeNull();
      expect(await ctx.repos.users.get(user.id)).toEqual(user);
      expect(await ctx.repos.users.identities(user.id)).toEqual([{ platform: 'discord', externalId, userId: user.id }]);
    });

    it('given the same identity created twice (two first messages racing), both get the same single user', async () => {
      const identity = { platform: 'telegram' as const, externalId: randomUUID() };
      const [a, b] = await Promise.all([
        ctx.repos.users.create(identity, { displayName: 'A' }),
        ctx.repos.users.create(identity, { displayName: 'B' }),
      ]);
      expect(a.id).toBe(b.id);
      const [row] = await ctx.raw(`select count(*)::int as n from platform_identities where external_id = '${identity.externalId}'`);
      expect(row?.n).toBe(1);
    });

    it('given settings, stores them and clears quiet hours with null', async () => {
      const user = await ctx.newUser();
      const onboardedAt = new Date('2024-05-01T12:00:00Z');
      const updated = await ctx.repos.users.update(user.id, {
        timeZone: 'Europe/Lisbon', locale: 'en', dayStartHour: 4, personality: 'yoda', quietHours: { start: '22:00', end: '07:30' },
        weekStart: 7, shareStats: true, eveningNudgeTime: '21:00', reviewDay: 7, reviewTime: '18:00', onboardedAt,
      });
      expect(updated).toMatchObject({
        timeZone: 'Europe/Lisbon', locale: 'en', dayStartHour: 4, personality: 'yoda', quietHours: { start: '22:00', end: '07:30' },
        weekStart: 7, shareStats: true, eveningNudgeTime: '21:00', reviewDay: 7, reviewTime: '18:00', onboardedAt,
      });
      expect((await ctx.repos.users.update(user.id, { quietHours: null }))?.quietHours).toBeNull();
      expect(await ctx.repos.users.update(user.id, {})).toEqual(await ctx.repos.users.get(user.id));
    });

    it('given out-of-range settings, the database refuses them and nothing changes', async () => {
      const user = await ctx.newUser();
      await expectRefused(ctx.repos.users.update(user.id, { dayStartHour: 24 }), CHECK_VIOLATION);
      await expectRefused(ctx.repos.users.update(user.id, { quietHours: { start: '25:00', end: '07:00' } }), CHECK_VIOLATION);
      await expectRefused(ctx.repos.users.update(user.id, { displayName: '  ' }), CHECK_VIOLATION);
      await expectRefused(ctx.raw(`update users set week_start = 3 where id = '${user.id}'`), CHECK_VIOLATION);
      await expectRefused(ctx.raw(`update users set quiet_hours_start = '22:00' where id = '${user.id}'`), CHECK_VIOLATION);
      expect(await ctx.repos.users.get(user.id)).toEqual(user);
    });

    it('given ids that do not exist or are not ids, behaves as if there were no such user', async () => {
      for (const id of [randomUUID(), 'not-a-uuid']) {
        expect(await ctx.repos.users.get(id)).toBeNull();
        expect(await ctx.repos.users.update(id, { displayName: 'X' })).toBeNull();
        expect(await ctx.repos.users.identities(id)).toEqual([]);
        expect(await ctx.repos.users.delete(id)).toBe(false);
      }
    });

    it('given a user with data everywhere, deleting them removes every row they own and nobody else\'s', async () => {
      const user = await ctx.newUser();
      const bystander = await ctx.newUser('Bystander');
      for (const owner of [user, bystander]) {
        const category = await ctx.repos.categories.ensure(owner.id, 'Health');
        const habit = await ctx.newHabit(owner.id, { categoryId: category.id });
        await ctx.repos.entries.add(owner.id, { habitId: habit.id, kind: 'done', localDate: '2024-02-01', source: 'chat' });
        await ctx.repos.pauses.add(owner.id, { habitId: habit.id, startDate: '2024-03-01', endDate: null, reason: 'sick' });
        const goal = await ctx.repos.goals.create(owner.id, { title: 'Save', kind: 'target', targetValue: 100, startDate: '2024-01-01' });
        await ctx.repos.goals.addProgress(owner.id, goal.id, { amount: 10, localDate: '2024-01-02' });
        await ctx.repos.goals.addSubtask(owner.id, goal.id, 'Open account');
        await ctx.repos.dialogState.set(owner.id, 'chat-1', { flow: 'new', step: 'name', data: {} });
        await ctx.repos.linkCodes.create(owner.id, randomUUID(), new Date(Date.now() + 60_000));
      }
      for (const table of OWNED_TABLES) expect(await ctx.countOwned(table, user.id), table).toBeGreaterThan(0);

      expect(await ctx.repos.users.delete(user.id)).toBe(true);

      expect(await ctx.repos.users.get(user.id)).toBeNull();
      for (const table of OWNED_TABLES) {
        expect(await ctx.countOwned(table, user.id), table).toBe(0);
        expect(await ctx.countOwned(table, bystander.id), table).toBeGreaterThan(0);
      }
    });
  });
}
