// HabitRepository and CategoryRepository: every field round-trips, the database refuses
// inconsistent frequencies and targets, and nothing crosses between users.
import { describe, expect, it } from 'vitest';
import type { Frequency } from '../../../src/core/types.js';
import { CHECK_VIOLATION, FOREIGN_KEY_VIOLATION } from '../../../src/db/repositories/errors.js';
import { UNKNOWN_ID, expectRefused, type ContractContext } from './context.js';

const FREQUENCIES: Frequency[] = [
  { kind: 'daily' },
  { kind: 'weekdays', days: [1, 3, 5] },
  { kind: 'per_week', times: 3 },
  { kind: 'every_n_days', n: 2 },
  { kind: 'per_month', times: 10 },
];

export function habitContract(ctx: ContractContext): void {
  describe('habits', () => {
    it.each(FREQUENCIES)('given a $kind habit with every field set, reads back exactly what was written', async (frequency) => {
      const user = await ctx.newUser();
      const category = await ctx.repos.categories.ensure(user.id, 'Fitness', '💪');
      const input = {
        name: 'Pushups', emoji: '💪', categoryId: category.id, kind: 'build' as const, why: 'be strong', identity: 'I am an athlete',
        frequency, target: { quantity: 20, unit: 'reps', direction: 'at_least' as const }, twoMinuteVersion: 'one pushup',
        implementationIntention: 'at 7:00 in the living room', stackAnchor: 'after I brush my teeth', reminderTimes: ['07:00', '19:30'],
        reminderDays: [1, 2, 3] as (1 | 2 | 3)[], synonyms: ['flexões', 'push-ups'], multiplePerDay: true, startDate: '2024-01-15',
      };
      const habit = await ctx.repos.habits.create(user.id, input);
      expect(habit).toMatchObject({
        ...input, userId: user.id, status: 'active', currentStreak: 0, longestStreak: 0, archivedAt: null,
      });
      expect(await ctx.repos.habits.get(user.id, habit.id)).toEqual(habit);
    });

    it('given only a name and a start date, creates a daily once-a-day build habit', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id);
      expect(habit).toMatchObject({
        frequency: { kind: 'daily' }, kind: 'build', target: null, multiplePerDay: false, reminderTimes: [], reminderDays: null,
        synonyms: [], categoryId: null, status: 'active',
      });
    });

    it('given frequency parameters that do not fit the kind, the database refuses the row', async () => {
      const user = await ctx.newUser();
      const insert = (columns: string, values: string) =>
        ctx.raw(`insert into habits (user_id, name, start_date, ${columns}) values ('${user.id}', 'x', '2024-01-01', ${values})`);
      await expectRefused(insert('frequency_kind, frequency_days', `'weekdays', '{}'`), CHECK_VIOLATION);
      await expectRefused(insert('frequency_kind, frequency_days', `'weekdays', '{0,8}'`), CHECK_VIOLATION);
      await expectRefused(insert('frequency_kind', `'per_week'`), CHECK_VIOLATION);
      await expectRefused(insert('frequency_kind, frequency_times', `'per_week', 8`), CHECK_VIOLATION);
      await expectRefused(insert('frequency_kind, frequency_times', `'per_month', 0`), CHECK_VIOLATION);
      await expectRefused(insert('frequency_kind, frequency_every_n', `'every_n_days', 0`), CHECK_VIOLATION);
      await expectRefused(insert('frequency_kind, frequency_times', `'daily', 2`), CHECK_VIOLATION);
      await expectRefused(insert('frequency_kind', `'hourly'`), CHECK_VIOLATION);
      await expectRefused(insert('target_quantity, target_unit, target_direction', `0, 'km', 'at_least'`), CHECK_VIOLATION);
      await expectRefused(insert('target_quantity, target_direction', `5, 'at_least'`), CHECK_VIOLATION);
      await expectRefused(insert('target_quantity, target_unit, target_direction', `5, 'km', 'exactly'`), CHECK_VIOLATION);
      await expectRefused(insert('target_unit', `'km'`), CHECK_VIOLATION);
      await expectRefused(insert('reminder_times', `'{7:00}'`), CHECK_VIOLATION);
      await expectRefused(insert('kind', `'maybe'`), CHECK_VIOLATION);
      await expectRefused(ctx.repos.habits.create(user.id, { name: 'x', startDate: '2024-01-01', frequency: { kind: 'per_week', times: 9 } }), CHECK_VIOLATION);
      expect(await ctx.repos.habits.list(user.id)).toEqual([]);
    });

    it('given archived habits, lists active and paused ones oldest first unless archived are asked for', async () => {
      const user = await ctx.newUser();
      // PGlite's clock counts milliseconds: leave one between creations so "oldest" is defined.
      const tick = () => new Promise((resolve) => setTimeout(resolve, 3));
      const first = await ctx.newHabit(user.id, { name: 'First' });
      await tick();
      const second = await ctx.newHabit(user.id, { name: 'Second', status: 'paused' });
      await tick();
      const third = await ctx.newHabit(user.id, { name: 'Third' });
      const archived = await ctx.repos.habits.update(user.id, third.id, { status: 'archived' });
      expect(archived?.archivedAt).toBeInstanceOf(Date);
      expect((await ctx.repos.habits.list(user.id)).map((h) => h.name)).toEqual(['First', 'Second']);
      expect((await ctx.repos.habits.list(user.id, { includeArchived: true })).map((h) => h.id)).toEqual([first.id, second.id, third.id]);
      const restored = await ctx.repos.habits.update(user.id, third.id, { status: 'active' });
      expect(restored).toMatchObject({ status: 'active', archivedAt: null });
    });

    it('given a patch, changes only what it names (frequency, target, streak cache)', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id, { target: { quantity: 2, unit: 'l', direction: 'at_least' } });
      const updated = await ctx.repos.habits.update(user.id, habit.id, {
        frequency: { kind: 'every_n_days', n: 3 }, target: null, currentStreak: 4, longestStreak: 9, name: 'Read more',
      });
      expect(updated).toEqual({
        ...habit, frequency: { kind: 'every_n_days', n: 3 }, target: null, currentStreak: 4, longestStreak: 9, name: 'Read more',
      });
    });

    it("given another user's habit id, never reads, changes or deletes it", async () => {
      const owner = await ctx.newUser('Owner');
      const intruder = await ctx.newUser('Intruder');
      const habit = await ctx.newHabit(owner.id);
      expect(await ctx.repos.habits.get(intruder.id, habit.id)).toBeNull();
      expect(await ctx.repos.habits.update(intruder.id, habit.id, { name: 'Hacked' })).toBeNull();
      expect(await ctx.repos.habits.delete(intruder.id, habit.id)).toBe(false);
      expect(await ctx.repos.habits.list(intruder.id, { includeArchived: true })).toEqual([]);
      expect(await ctx.repos.habits.get(owner.id, habit.id)).toEqual(habit);
      expect(await ctx.repos.habits.get(owner.id, 'not-a-uuid')).toBeNull();
      expect(await ctx.repos.habits.delete(owner.id, UNKNOWN_ID)).toBe(false);
    });

    it("given another user's category, the database refuses to file a habit under it", async () => {
      const owner = await ctx.newUser();
      const intruder = await ctx.newUser();
      const category = await ctx.repos.categories.ensure(owner.id, 'Private');
      await expectRefused(ctx.newHabit(intruder.id, { categoryId: category.id }), FOREIGN_KEY_VIOLATION);
    });

    it('given a habit is deleted, its entries and pauses go with it and a linked goal only loses the link', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id);
      await ctx.repos.entries.add(user.id, { habitId: habit.id, kind: 'done', localDate: '2024-01-02', source: 'chat' });
      await ctx.repos.pauses.add(user.id, { habitId: habit.id, startDate: '2024-02-01', endDate: null, reason: 'vacation' });
      const goal = await ctx.repos.goals.create(user.id, { title: 'Read 12 books', kind: 'target', targetValue: 12, startDate: '2024-01-01', habitId: habit.id });
      expect(await ctx.repos.habits.delete(user.id, habit.id)).toBe(true);
      expect(await ctx.countOwned('entries', user.id)).toBe(0);
      expect(await ctx.repos.pauses.list(user.id)).toEqual([]);
      expect(await ctx.repos.goals.get(user.id, goal.id)).toEqual({ ...goal, habitId: null });
    });
  });

  describe('categories', () => {
    it('given the same name in any case, ensure returns the one category; other users have their own', async () => {
      const user = await ctx.newUser();
      const other = await ctx.newUser();
      const health = await ctx.repos.categories.ensure(user.id, ' Health ', '❤️');
      expect(health).toMatchObject({ name: 'Health', emoji: '❤️', userId: user.id });
      expect(await ctx.repos.categories.ensure(user.id, 'HEALTH')).toEqual(health);
      const work = await ctx.repos.categories.ensure(user.id, 'work');
      expect(await ctx.repos.categories.list(user.id)).toEqual([health, work]);
      const theirs = await ctx.repos.categories.ensure(other.id, 'health');
      expect(theirs.id).not.toBe(health.id);
      expect(await ctx.repos.categories.list(other.id)).toEqual([theirs]);
    });

    it('given a category is deleted, its habits stay and lose only the category', async () => {
      const user = await ctx.newUser();
      const category = await ctx.repos.categories.ensure(user.id, 'Mind');
      const habit = await ctx.newHabit(user.id, { categoryId: category.id });
      await ctx.raw(`delete from categories where id = '${category.id}'`);
      expect(await ctx.repos.habits.get(user.id, habit.id)).toEqual({ ...habit, categoryId: null });
    });
  });
}
