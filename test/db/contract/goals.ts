// GoalRepository (progress, subtasks) and PauseRepository.
import { describe, expect, it } from 'vitest';
import { CHECK_VIOLATION, FOREIGN_KEY_VIOLATION } from '../../../src/db/repositories/errors.js';
import { UNKNOWN_ID, expectRefused, type ContractContext } from './context.js';

export function goalContract(ctx: ContractContext): void {
  describe('goals', () => {
    it('given a target goal, stores it with progress in date order and subtasks in the order added', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id);
      const goal = await ctx.repos.goals.create(user.id, {
        title: 'Run 100 km', kind: 'target', targetValue: 100, unit: 'km', deadline: '2024-06-30', startDate: '2024-01-01', habitId: habit.id,
      });
      expect(goal).toMatchObject({ title: 'Run 100 km', kind: 'target', targetValue: 100, unit: 'km', deadline: '2024-06-30', status: 'active', lastResetDate: null, habitId: habit.id });
      const later = await ctx.repos.goals.addProgress(user.id, goal.id, { amount: 5, localDate: '2024-01-10', note: 'park' });
      const earlier = await ctx.repos.goals.addProgress(user.id, goal.id, { amount: 7.5, localDate: '2024-01-05' });
      expect(later).toMatchObject({ amount: 5, localDate: '2024-01-10', note: 'park', goalId: goal.id, userId: user.id });
      expect(await ctx.repos.goals.listProgress(user.id, goal.id)).toEqual([earlier, later]);
      expect(await ctx.repos.goals.removeProgress(user.id, earlier!.id)).toBe(true);
      expect(await ctx.repos.goals.listProgress(user.id, goal.id)).toEqual([later]);

      const subtasks = [];
      for (const title of ['Buy shoes', 'Plan route', 'Sign up']) subtasks.push(await ctx.repos.goals.addSubtask(user.id, goal.id, title));
      expect(subtasks.map((s) => s?.position)).toEqual([0, 1, 2]);
      const checked = await ctx.repos.goals.setSubtaskDone(user.id, subtasks[1]!.id, true);
      expect(checked).toMatchObject({ title: 'Plan route', done: true });
      expect((await ctx.repos.goals.listSubtasks(user.id, goal.id)).map((s) => [s.title, s.done])).toEqual([
        ['Buy shoes', false], ['Plan route', true], ['Sign up', false],
      ]);
    });

    it('given a counter goal, it can be reset, completed and archived out of the default list', async () => {
      const user = await ctx.newUser();
      const counter = await ctx.repos.goals.create(user.id, { title: 'Days without soda', kind: 'counter', startDate: '2024-01-01' });
      expect(counter).toMatchObject({ kind: 'counter', targetValue: null });
      const reset = await ctx.repos.goals.update(user.id, counter.id, { lastResetDate: '2024-02-10' });
      expect(reset).toEqual({ ...counter, lastResetDate: '2024-02-10' });
      const target = await ctx.repos.goals.create(user.id, { title: 'Save', kind: 'target', targetValue: 500, startDate: '2024-01-01' });
      await ctx.repos.goals.update(user.id, target.id, { status: 'archived' });
      expect((await ctx.repos.goals.list(user.id)).map((g) => g.id)).toEqual([counter.id]);
      expect((await ctx.repos.goals.list(user.id, { includeArchived: true })).map((g) => g.id)).toEqual([counter.id, target.id]);
    });

    it('given a goal inconsistent with its kind, the database refuses it', async () => {
      const user = await ctx.newUser();
      await expectRefused(ctx.repos.goals.create(user.id, { title: 'x', kind: 'target', startDate: '2024-01-01' }), CHECK_VIOLATION);
      await expectRefused(ctx.repos.goals.create(user.id, { title: 'x', kind: 'target', targetValue: -1, startDate: '2024-01-01' }), CHECK_VIOLATION);
      await expectRefused(ctx.repos.goals.create(user.id, { title: 'x', kind: 'counter', targetValue: 5, startDate: '2024-01-01' }), CHECK_VIOLATION);
      await expectRefused(ctx.repos.goals.create(user.id, { title: 'x', kind: 'target', targetValue: 5, startDate: '2024-02-01', deadline: '2024-01-01' }), CHECK_VIOLATION);
      const other = await ctx.newUser();
      const theirHabit = await ctx.newHabit(other.id);
      await expectRefused(ctx.repos.goals.create(user.id, { title: 'x', kind: 'counter', startDate: '2024-01-01', habitId: theirHabit.id }), FOREIGN_KEY_VIOLATION);
      expect(await ctx.repos.goals.list(user.id, { includeArchived: true })).toEqual([]);
    });

    it("given another user's goal, progress or subtask ids, never reads or writes them", async () => {
      const owner = await ctx.newUser();
      const intruder = await ctx.newUser();
      const goal = await ctx.repos.goals.create(owner.id, { title: 'Mine', kind: 'target', targetValue: 10, startDate: '2024-01-01' });
      const progress = await ctx.repos.goals.addProgress(owner.id, goal.id, { amount: 1, localDate: '2024-01-02' });
      const subtask = await ctx.repos.goals.addSubtask(owner.id, goal.id, 'Step');
      expect(await ctx.repos.goals.get(intruder.id, goal.id)).toBeNull();
      expect(await ctx.repos.goals.update(intruder.id, goal.id, { title: 'Hacked' })).toBeNull();
      expect(await ctx.repos.goals.list(intruder.id, { includeArchived: true })).toEqual([]);
      expect(await ctx.repos.goals.addProgress(intruder.id, goal.id, { amount: 99, localDate: '2024-01-02' })).toBeNull();
      expect(await ctx.repos.goals.removeProgress(intruder.id, progress!.id)).toBe(false);
      expect(await ctx.repos.goals.listProgress(intruder.id, goal.id)).toEqual([]);
      expect(await ctx.repos.goals.addSubtask(intruder.id, goal.id, 'Sneaky')).toBeNull();
      expect(await ctx.repos.goals.setSubtaskDone(intruder.id, subtask!.id, true)).toBeNull();
      expect(await ctx.repos.goals.listSubtasks(intruder.id, goal.id)).toEqual([]);
      expect(await ctx.repos.goals.listProgress(owner.id, goal.id)).toEqual([progress]);
      expect(await ctx.repos.goals.listSubtasks(owner.id, goal.id)).toEqual([subtask]);
      expect(await ctx.repos.goals.get(owner.id, UNKNOWN_ID)).toBeNull();
      expect(await ctx.repos.goals.addProgress(owner.id, 'bad-id', { amount: 1, localDate: '2024-01-02' })).toBeNull();
    });

    it('given a goal is deleted, its progress and subtasks go with it', async () => {
      const user = await ctx.newUser();
      const goal = await ctx.repos.goals.create(user.id, { title: 'Go', kind: 'target', targetValue: 3, startDate: '2024-01-01' });
      await ctx.repos.goals.addProgress(user.id, goal.id, { amount: 1, localDate: '2024-01-02' });
      await ctx.repos.goals.addSubtask(user.id, goal.id, 'Step');
      await ctx.raw(`delete from goals where id = '${goal.id}'`);
      expect(await ctx.countOwned('goal_progress', user.id)).toBe(0);
      expect(await ctx.countOwned('subtasks', user.id)).toBe(0);
    });
  });

  describe('pauses', () => {
    it('given pauses for one habit and for all, lists them by start, ends and removes them', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id);
      const sick = await ctx.repos.pauses.add(user.id, { habitId: habit.id, startDate: '2024-03-01', endDate: null, reason: 'sick' });
      const trip = await ctx.repos.pauses.add(user.id, { habitId: null, startDate: '2024-02-01', endDate: '2024-02-10', reason: 'vacation' });
      expect(sick).toEqual({ id: expect.any(String), userId: user.id, habitId: habit.id, startDate: '2024-03-01', endDate: null, reason: 'sick' });
      expect(await ctx.repos.pauses.list(user.id)).toEqual([trip, sick]);
      expect(await ctx.repos.pauses.end(user.id, sick.id, '2024-03-04')).toEqual({ ...sick, endDate: '2024-03-04' });
      await expectRefused(ctx.repos.pauses.end(user.id, sick.id, '2024-02-01'), CHECK_VIOLATION);
      expect(await ctx.repos.pauses.remove(user.id, trip.id)).toBe(true);
      expect(await ctx.repos.pauses.list(user.id)).toEqual([{ ...sick, endDate: '2024-03-04' }]);
    });

    it("given another user's pause or habit, never touches the pause and refuses pausing their habit", async () => {
      const owner = await ctx.newUser();
      const intruder = await ctx.newUser();
      const habit = await ctx.newHabit(owner.id);
      const pause = await ctx.repos.pauses.add(owner.id, { habitId: habit.id, startDate: '2024-01-01', endDate: null, reason: 'other' });
      expect(await ctx.repos.pauses.list(intruder.id)).toEqual([]);
      expect(await ctx.repos.pauses.end(intruder.id, pause.id, '2024-01-05')).toBeNull();
      expect(await ctx.repos.pauses.remove(intruder.id, pause.id)).toBe(false);
      await expectRefused(ctx.repos.pauses.add(intruder.id, { habitId: habit.id, startDate: '2024-01-01', endDate: null, reason: 'other' }), FOREIGN_KEY_VIOLATION);
      expect(await ctx.repos.pauses.list(owner.id)).toEqual([pause]);
    });
  });
}
