import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveHabit, createHabit, editHabit, listHabits, teachSynonym } from '../../src/app/habits.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenHabit, givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('createHabit', () => {
  it('given every field, then the habit keeps them all, with its category created by name', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = expectOk(
      await createHabit(world.deps, user, {
        name: 'Run', emoji: '🏃', category: 'Health', kind: 'build', why: 'to feel strong', identity: 'I am a runner',
        frequency: { kind: 'weekdays', days: [5, 1, 3, 1] }, target: { quantity: 5, unit: 'km', direction: 'at_least' },
        twoMinuteVersion: 'put on shoes', implementationIntention: 'I will run at 7:00 in the park',
        stackAnchor: 'after I make coffee', reminderTimes: ['18:00', '07:00'], reminderDays: [1, 3, 5], synonyms: ['jog', 'jogging'],
      }),
    ).habit;
    const [category] = (await listHabits(world.deps, user)).categories;
    expect(habit).toMatchObject({
      name: 'Run', emoji: '🏃', categoryId: category?.id, kind: 'build', why: 'to feel strong', identity: 'I am a runner',
      frequency: { kind: 'weekdays', days: [1, 3, 5] }, target: { quantity: 5, unit: 'km', direction: 'at_least' },
      twoMinuteVersion: 'put on shoes', implementationIntention: 'I will run at 7:00 in the park', stackAnchor: 'after I make coffee',
      reminderTimes: ['07:00', '18:00'], reminderDays: [1, 3, 5], synonyms: ['jog', 'jogging'], multiplePerDay: true,
      status: 'active', startDate: '2025-03-10', currentStreak: 0,
    });
    expect(category?.name).toBe('Health');
  });

  it.each([
    [{ kind: 'daily' }],
    [{ kind: 'weekdays', days: [2, 4] }],
    [{ kind: 'per_week', times: 3 }],
    [{ kind: 'every_n_days', n: 2 }],
    [{ kind: 'per_month', times: 4 }],
  ] as const)('given the frequency %j, then it is stored as given', async (frequency) => {
    const world = worldOf(db);
    const user = await givenUser(world);
    expect(expectOk(await createHabit(world.deps, user, { name: 'Habit', frequency })).habit.frequency).toEqual(frequency);
  });

  it('given a name already taken (other case and accents), then it is refused', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const first = await givenHabit(world, user, { name: 'Meditação' });
    expect(await createHabit(world.deps, user, { name: '  meditacao ' })).toMatchObject({
      ok: false, error: 'duplicate_name', existing: { id: first.id },
    });
    expect((await listHabits(world.deps, user)).habits).toHaveLength(1);
  });

  it('given a bad frequency or target, then it says so and creates nothing', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const outcome = await createHabit(world.deps, user, {
      name: 'Bad', frequency: { kind: 'per_week', times: 9 }, target: { quantity: -2, unit: 'km', direction: 'at_least' },
    });
    expect(outcome).toMatchObject({ ok: false, error: 'invalid_input' });
    expect((await listHabits(world.deps, user)).habits).toHaveLength(0);
  });
});

describe('editHabit, archiveHabit, listHabits', () => {
  it('given edits, then only the named fields change; a taken name is refused', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const run = await givenHabit(world, user, { name: 'Run', why: 'health' });
    await givenHabit(world, user, { name: 'Swim' });
    const edited = expectOk(await editHabit(world.deps, user, { habitId: run.id, frequency: { kind: 'per_week', times: 3 }, category: 'Sport' }));
    expect(edited.habit).toMatchObject({ name: 'Run', why: 'health', frequency: { kind: 'per_week', times: 3 } });
    expect(edited.habit.categoryId).not.toBeNull();
    expect(await editHabit(world.deps, user, { habitId: run.id, name: 'swim' })).toMatchObject({ ok: false, error: 'duplicate_name' });
  });

  it('given an archived habit, then it leaves the list unless asked, and its name can be used again', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const old = await givenHabit(world, user, { name: 'Coffee' });
    const archived = expectOk(await archiveHabit(world.deps, user, { habitId: old.id })).habit;
    expect(archived.status).toBe('archived');
    expect(archived.archivedAt?.toISOString()).toBe('2025-03-10T12:00:00.000Z');
    expect((await listHabits(world.deps, user)).habits).toHaveLength(0);
    expect((await listHabits(world.deps, user, { includeArchived: true })).habits).toHaveLength(1);
    expectOk(await createHabit(world.deps, user, { name: 'Coffee' }));
  });

  it("given someone else's habit id, then edit and archive answer unknown_habit", async () => {
    const world = worldOf(db);
    const owner = await givenUser(world);
    const other = await givenUser(world);
    const habit = await givenHabit(world, owner, { name: 'Mine' });
    expect(await editHabit(world.deps, other, { habitId: habit.id, name: 'Stolen' })).toEqual({ ok: false, error: 'unknown_habit' });
    expect(await archiveHabit(world.deps, other, { habitId: habit.id })).toEqual({ ok: false, error: 'unknown_habit' });
    expect((await db.repos.habits.get(owner.id, habit.id))?.name).toBe('Mine');
  });
});

describe('teachSynonym', () => {
  it('given a new word, then the habit learns it; a word naming another habit is refused', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const workout = await givenHabit(world, user, { name: 'Workout' });
    await givenHabit(world, user, { name: 'Gym class' });
    expect(expectOk(await teachSynonym(world.deps, user, { habitId: workout.id, synonym: 'lifting' })).habit.synonyms).toEqual(['lifting']);
    expect(expectOk(await teachSynonym(world.deps, user, { habitId: workout.id, synonym: 'Lifting' })).habit.synonyms).toEqual(['lifting']);
    expect(await teachSynonym(world.deps, user, { habitId: workout.id, synonym: 'gym CLASS' })).toMatchObject({ ok: false, error: 'synonym_taken' });
  });
});
