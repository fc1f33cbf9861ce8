// UserRepository.mergeInto: account linking moves everything and loses nothing but what
// would break the target's rules.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ContractContext } from './context.js';

export function mergeContract(ctx: ContractContext): void {
  describe('merging two accounts (mergeInto)', () => {
    it('given two accounts of one person, moves identities, habits, entries, goals, pauses and flows into one', async () => {
      const into = await ctx.newUser('Telegram me');
      const from = await ctx.repos.users.create({ platform: 'discord', externalId: randomUUID() }, { displayName: 'Discord me' });
      const bystander = await ctx.newUser('Someone else');
      const bystanderHabit = await ctx.newHabit(bystander.id, { name: 'Run' });

      const intoRun = await ctx.newHabit(into.id, { name: 'Run', categoryId: (await ctx.repos.categories.ensure(into.id, 'Sport')).id });
      const fromRun = await ctx.newHabit(from.id, { name: 'run', categoryId: (await ctx.repos.categories.ensure(from.id, 'sport')).id });
      const fromRead = await ctx.newHabit(from.id, { name: 'Read', categoryId: (await ctx.repos.categories.ensure(from.id, 'Mind')).id });
      const fromWater = await ctx.newHabit(from.id, { name: 'Water', multiplePerDay: true });

      const add = (userId: string, habitId: string, localDate: string, extra: { idempotencyKey?: string; note?: string } = {}) =>
        ctx.repos.entries.add(userId, { habitId, kind: 'done', localDate, source: 'chat', ...extra });
      await add(into.id, intoRun.id, '2024-01-01', { note: 'kept', idempotencyKey: 'same-key' });
      await add(from.id, fromRun.id, '2024-01-01', { note: 'dropped: same day' });
      await add(from.id, fromRun.id, '2024-01-02', { idempotencyKey: 'same-key' });
      await add(from.id, fromRead.id, '2024-01-01');
      await add(from.id, fromWater.id, '2024-01-01');
      await add(from.id, fromWater.id, '2024-01-01');
      await add(bystander.id, bystanderHabit.id, '2024-01-01');
      await ctx.repos.pauses.add(from.id, { habitId: fromRun.id, startDate: '2024-02-01', endDate: null, reason: 'sick' });
      await ctx.repos.pauses.add(from.id, { habitId: null, startDate: '2024-03-01', endDate: '2024-03-05', reason: 'vacation' });
      const goal = await ctx.repos.goals.create(from.id, { title: 'Run 50 km', kind: 'target', targetValue: 50, startDate: '2024-01-01', habitId: fromRun.id });
      await ctx.repos.goals.addProgress(from.id, goal.id, { amount: 5, localDate: '2024-01-02' });
      await ctx.repos.goals.addSubtask(from.id, goal.id, 'Shoes');
      const counter = await ctx.repos.goals.create(from.id, { title: 'No soda', kind: 'counter', startDate: '2024-01-01' });
      await ctx.repos.dialogState.set(from.id, 'dm', { flow: 'new', step: 'name', data: {} });

      await ctx.repos.users.mergeInto(into.id, from.id);

      expect(await ctx.repos.users.get(from.id)).toBeNull();
      expect((await ctx.repos.users.identities(into.id)).map((i) => i.platform).sort()).toEqual(['discord', 'telegram']);
      const habits = await ctx.repos.habits.list(into.id);
      expect(habits.map((h) => h.name).sort()).toEqual(['Read', 'Run', 'Water']);
      expect(habits.find((h) => h.name === 'Run')?.id).toBe(intoRun.id);
      expect((await ctx.repos.categories.list(into.id)).map((c) => c.name)).toEqual(['Mind', 'Sport']);
      const run = await ctx.repos.entries.listForHabit(into.id, intoRun.id);
      expect(run.map((e) => [e.localDate, e.note])).toEqual([['2024-01-01', 'kept'], ['2024-01-02', null]]);
      expect(run[1]?.idempotencyKey).toBeNull();
      expect(await ctx.repos.entries.listForUser(into.id)).toHaveLength(5);
      expect((await ctx.repos.pauses.list(into.id)).map((p) => p.habitId)).toEqual([intoRun.id, null]);
      expect(await ctx.repos.goals.get(into.id, goal.id)).toMatchObject({ habitId: intoRun.id, userId: into.id });
      expect(await ctx.repos.goals.listProgress(into.id, goal.id)).toHaveLength(1);
      expect(await ctx.repos.goals.listSubtasks(into.id, goal.id)).toHaveLength(1);
      expect(await ctx.repos.goals.get(into.id, counter.id)).not.toBeNull();
      expect(await ctx.repos.dialogState.get(into.id, 'dm')).toMatchObject({ flow: 'new' });
      for (const table of ['platform_identities', 'categories', 'habits', 'entries', 'pauses', 'goals', 'goal_progress', 'subtasks', 'dialog_state']) {
        expect(await ctx.countOwned(table, from.id), table).toBe(0);
      }
      // The once-a-day rule still holds on the merged habit, and nobody else was touched.
      expect((await add(into.id, intoRun.id, '2024-01-02')).status).toBe('conflict');
      expect(await ctx.repos.entries.listForUser(bystander.id)).toHaveLength(1);
      expect(await ctx.repos.habits.get(bystander.id, bystanderHabit.id)).toEqual(bystanderHabit);
    });

    it('given tables added later by other capabilities, their rows move too; a one-per-user row keeps the target\'s', async () => {
      await ctx.raw(`create table if not exists merge_probe (
        id serial primary key,
        owner uuid not null references users(id) on delete cascade,
        habit uuid references habits(id) on delete set null,
        one_per_user boolean not null default false,
        note text)`);
      await ctx.raw(`create unique index if not exists merge_probe_one_per_user on merge_probe (owner) where one_per_user`);
      const into = await ctx.newUser();
      const from = await ctx.newUser();
      const intoHabit = await ctx.newHabit(into.id, { name: 'Yoga' });
      const fromHabit = await ctx.newHabit(from.id, { name: 'yoga' });
      await ctx.raw(`insert into merge_probe (owner, habit, one_per_user, note) values
        ('${into.id}', null, true, 'target memory'), ('${from.id}', null, true, 'source memory'),
        ('${from.id}', '${fromHabit.id}', false, 'log 1'), ('${from.id}', null, false, 'log 2')`);

      await ctx.repos.users.mergeInto(into.id, from.id);

      const rows = await ctx.raw(`select owner, habit, note from merge_probe where owner in ('${into.id}', '${from.id}') order by note`);
      expect(rows).toEqual([
        { owner: into.id, habit: intoHabit.id, note: 'log 1' },
        { owner: into.id, habit: null, note: 'log 2' },
        { owner: into.id, habit: null, note: 'target memory' },
      ]);
    });

    it('given the same user, or a source that does not exist, nothing happens', async () => {
      const user = await ctx.newUser();
      await ctx.newHabit(user.id);
      await ctx.repos.users.mergeInto(user.id, user.id);
      await ctx.repos.users.mergeInto(user.id, randomUUID());
      expect(await ctx.repos.habits.list(user.id)).toHaveLength(1);
    });
  });
}
