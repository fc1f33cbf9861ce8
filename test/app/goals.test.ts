import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addProgress, addSubtask, archiveGoal, completeSubtask, createGoal, listGoals, removeGoalProgress, resetCounter,
} from '../../src/app/goals.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('target goals', () => {
  it('given a savings goal, when progress reaches the target, then it is completed and says so once', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const goal = expectOk(await createGoal(world.deps, user, { title: 'Save for a bike', targetValue: 1000, unit: 'EUR', deadline: '2025-04-08' })).view.goal;
    expect(goal).toMatchObject({ kind: 'target', status: 'active', startDate: '2025-03-10' });

    const first = expectOk(await addProgress(world.deps, user, { goalId: goal.id, amount: 250, note: 'first paycheck' }));
    expect(first.completedNow).toBe(false);
    expect(first.view.progress).toMatchObject({ kind: 'target', current: 250, remaining: 750, percent: 25, daysLeft: 30 });

    const second = expectOk(await addProgress(world.deps, user, { goalId: goal.id, amount: 750 }));
    expect(second.completedNow).toBe(true);
    expect(second.view.goal.status).toBe('completed');
    expect(expectOk(await addProgress(world.deps, user, { goalId: goal.id, amount: 10 })).completedNow).toBe(false);
  });

  it('given a completed goal, when its last progress is undone, then it is active again; a stranger cannot undo it', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const stranger = await givenUser(world);
    const goal = expectOk(await createGoal(world.deps, user, { title: 'Read 10 books', targetValue: 10, unit: 'books' })).view.goal;
    expectOk(await addProgress(world.deps, user, { goalId: goal.id, amount: 4 }));
    const last = expectOk(await addProgress(world.deps, user, { goalId: goal.id, amount: 6 }));
    expect(last.view.goal.status).toBe('completed');
    expect(await removeGoalProgress(world.deps, stranger, { progressId: last.entry.id })).toEqual({ ok: false, error: 'nothing_to_undo' });
    const undone = expectOk(await removeGoalProgress(world.deps, user, { progressId: last.entry.id }));
    expect(undone.removed.amount).toBe(6);
    expect(undone.view.goal.status).toBe('active');
    expect(undone.view.progress).toMatchObject({ kind: 'target', current: 4 });
  });

  it('given the same idempotency key twice (a redelivered update), then progress is added once; another person may use the key', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const other = await givenUser(world);
    const goal = expectOk(await createGoal(world.deps, user, { title: 'Trip', targetValue: 5000, unit: 'reais' })).view.goal;
    const first = expectOk(await addProgress(world.deps, user, { goalId: goal.id, amount: 250, idempotencyKey: 'telegram:777' }));
    const again = expectOk(await addProgress(world.deps, user, { goalId: goal.id, amount: 250, idempotencyKey: 'telegram:777' }));
    expect(again.entry.id).toBe(first.entry.id);
    expect(again.view.progress).toMatchObject({ kind: 'target', current: 250 });
    expect(await db.repos.goals.listProgress(user.id, goal.id)).toHaveLength(1);

    const otherGoal = expectOk(await createGoal(world.deps, other, { title: 'Bike', targetValue: 100 })).view.goal;
    expectOk(await addProgress(world.deps, other, { goalId: otherGoal.id, amount: 5, idempotencyKey: 'telegram:777' }));
    expect(await db.repos.goals.listProgress(other.id, otherGoal.id)).toHaveLength(1);
    expect(expectOk(await addProgress(world.deps, user, { goalId: goal.id, amount: 10, idempotencyKey: 'telegram:778' })).view.progress)
      .toMatchObject({ current: 260 });
  });

  it('given bad goals or progress, then they are refused', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    expect(await createGoal(world.deps, user, { title: 'x', kind: 'target' })).toMatchObject({ ok: false, error: 'invalid_input' });
    expect(await createGoal(world.deps, user, { title: 'x', targetValue: 5, deadline: '2025-03-01' })).toMatchObject({ ok: false, error: 'deadline_in_past' });
    const counter = expectOk(await createGoal(world.deps, user, { title: 'Days without sugar', kind: 'counter' })).view.goal;
    expect(await addProgress(world.deps, user, { goalId: counter.id, amount: 3 })).toMatchObject({ ok: false, error: 'not_a_target_goal' });
    expect(await addProgress(world.deps, user, { goalId: counter.id, amount: 0 })).toMatchObject({ ok: false, error: 'invalid_input' });
  });

  it("given someone else's goal id, then it is unknown", async () => {
    const world = worldOf(db);
    const owner = await givenUser(world);
    const other = await givenUser(world);
    const goal = expectOk(await createGoal(world.deps, owner, { title: 'Mine', targetValue: 10 })).view.goal;
    expect(await addProgress(world.deps, other, { goalId: goal.id, amount: 5 })).toEqual({ ok: false, error: 'unknown_goal' });
    expect(await resetCounter(world.deps, other, { goalId: goal.id })).toEqual({ ok: false, error: 'unknown_goal' });
    expect(await db.repos.goals.listProgress(owner.id, goal.id)).toHaveLength(0);
  });
});

describe('counters', () => {
  it('given a counter started 5 days ago, when reset, then the run ended at 5 and it counts from today', async () => {
    const world = worldOf(db, '2025-03-05T12:00:00Z');
    const user = await givenUser(world);
    const goal = expectOk(await createGoal(world.deps, user, { title: 'Days without sugar' })).view.goal;
    expect(goal.kind).toBe('counter');
    world.clock.set('2025-03-10T12:00:00Z');
    expect((await listGoals(world.deps, user)).goals[0]?.progress).toEqual({ kind: 'counter', days: 5, since: '2025-03-05' });
    const reset = expectOk(await resetCounter(world.deps, user, { goalId: goal.id }));
    expect(reset.previousDays).toBe(5);
    expect(reset.view.progress).toEqual({ kind: 'counter', days: 0, since: '2025-03-10' });
  });
});

describe('subtasks and the list', () => {
  it('given subtasks, then ticking them counts, and an archived goal leaves the list', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const view = expectOk(await createGoal(world.deps, user, { title: 'Run a marathon', targetValue: 42, unit: 'km', subtasks: ['buy shoes'] })).view;
    expect(view.subtasks.map((subtask) => subtask.title)).toEqual(['buy shoes']);
    const added = expectOk(await addSubtask(world.deps, user, { goalId: view.goal.id, title: 'sign up' }));
    expect(added.subtasksDone).toEqual({ done: 0, total: 2 });
    const ticked = expectOk(await completeSubtask(world.deps, user, { subtaskId: added.subtask.id }));
    expect(ticked.subtasksDone).toEqual({ done: 1, total: 2 });

    const listed = await listGoals(world.deps, user);
    expect(listed.goals).toHaveLength(1);
    expect(listed.goals[0]).toMatchObject({ subtasksDone: { done: 1, total: 2 }, progress: { kind: 'target', current: 0, target: 42 } });
    expectOk(await archiveGoal(world.deps, user, { goalId: view.goal.id }));
    expect((await listGoals(world.deps, user)).goals).toHaveLength(0);
    expect((await listGoals(world.deps, user, { includeArchived: true })).goals).toHaveLength(1);
  });
});
