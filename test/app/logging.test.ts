import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctLast, logEntry, logMany, removeEntry, restoreEntry, undoLast } from '../../src/app/logging.js';
import { archiveHabit } from '../../src/app/habits.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenHabit, givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('logEntry', () => {
  it('given a daily habit, when it is done today, then the entry is on the local date and the streak is 1', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Meditate' });
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id, kind: 'done', note: 'calm', idempotencyKey: 'u1' }));
    expect(logged.entry).toMatchObject({ localDate: '2025-03-10', kind: 'done', note: 'calm', source: 'chat' });
    expect(logged.stats).toMatchObject({ currentStreak: 1, doneToday: true });
    expect(logged.habit).toMatchObject({ currentStreak: 1, longestStreak: 1 });
    expect(logged.milestone).toBeNull();
    expect((await db.repos.habits.get(user.id, habit.id))?.currentStreak).toBe(1);
  });

  it("given a person in Auckland, when they log at 12:00 UTC, then it counts for their own date (the next day)", async () => {
    const world = worldOf(db);
    const user = await givenUser(world, { timeZone: 'Pacific/Auckland' });
    const habit = await givenHabit(world, user, { name: 'Swim' });
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(logged.entry.localDate).toBe('2025-03-11');
  });

  it('given a once-a-day habit done today, when it is logged again, then it is already done and nothing is written', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Floss' });
    const first = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    const again = await logEntry(world.deps, user, { habitId: habit.id });
    expect(again).toMatchObject({ ok: false, error: 'already_done', entry: { id: first.entry.id } });
    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(1);
  });

  it('given a habit with a numeric target, when it is logged twice in a day, then both count (they add up)', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Water', target: { quantity: 8, unit: 'glasses', direction: 'at_least' } });
    expect(habit.multiplePerDay).toBe(true);
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, quantity: 3 }));
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, quantity: 5 }));
    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(2);
  });

  it('given the same platform update twice, then it is written once and the second answer says duplicate', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Pushups', target: { quantity: 20, unit: 'reps', direction: 'at_least' } });
    const first = expectOk(await logEntry(world.deps, user, { habitId: habit.id, quantity: 20, idempotencyKey: 'telegram:42' }));
    const second = expectOk(await logEntry(world.deps, user, { habitId: habit.id, quantity: 20, idempotencyKey: 'telegram:42' }));
    expect(second.duplicate).toBe(true);
    expect(second.entry.id).toBe(first.entry.id);
    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(1);
  });

  it('given yesterday and 7 days back, then both are logged without a question', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Read', startDate: '2025-01-01' });
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-09' }));
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-03' }));
  });

  it('given a date more than 7 days back, then it needs confirmation, and once confirmed it is written', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Journal', startDate: '2025-01-01' });
    const asked = await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-02' });
    expect(asked).toMatchObject({ ok: false, error: 'backdate_needs_confirmation', date: '2025-03-02', daysAgo: 8 });
    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(0);
    const confirmed = expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-02', confirmed: true }));
    expect(confirmed.entry.localDate).toBe('2025-03-02');
  });

  it('given a future date, then it is refused', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Stretch' });
    expect(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-11' })).toMatchObject({
      ok: false, error: 'future_date', today: '2025-03-10',
    });
  });

  it('given a backdate before the habit started, then the start moves back so the entry counts', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Run' });
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-09' }));
    expect(logged.habit.startDate).toBe('2025-03-09');
    expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect((await db.repos.habits.get(user.id, habit.id))?.currentStreak).toBe(2);
  });

  it('given a build habit, then a slip is refused; given a break habit, then done is refused and a slip is logged', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const build = await givenHabit(world, user, { name: 'Walk' });
    const quit = await givenHabit(world, user, { name: 'Smoking', kind: 'break', startDate: '2025-03-01' });
    expect(await logEntry(world.deps, user, { habitId: build.id, kind: 'slip' })).toMatchObject({ ok: false, error: 'slip_on_build_habit' });
    expect(await logEntry(world.deps, user, { habitId: quit.id, kind: 'done' })).toMatchObject({ ok: false, error: 'done_on_break_habit' });
    const slipped = expectOk(await logEntry(world.deps, user, { habitId: quit.id, kind: 'slip', date: '2025-03-08', note: 'one cigarette' }));
    expect(slipped.entry.kind).toBe('slip');
    // A break habit's streak is the days since the last slip: the 9th and the 10th.
    expect(slipped.stats.currentStreak).toBe(2);
  });

  it('given a skip with a reason, then the streak is kept through that day', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Gym', startDate: '2025-03-08' });
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-08' }));
    const skipped = expectOk(await logEntry(world.deps, user, { habitId: habit.id, kind: 'skip', date: '2025-03-09', note: "I'm sick" }));
    expect(skipped.entry).toMatchObject({ kind: 'skip', note: "I'm sick" });
    const today = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(today.stats.currentStreak).toBeGreaterThanOrEqual(2);
    expect(today.stats.currentStreak).toBe(today.habit.currentStreak);
  });

  it('given a done day, when a skip is logged, then the skip replaces the done (a day is not both), and the reverse too', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Yoga' });
    expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    const skipped = expectOk(await logEntry(world.deps, user, { habitId: habit.id, kind: 'skip', note: 'sore back' }));
    expect(skipped.replaced).toBe('done');
    expect((await db.repos.entries.listForHabit(user.id, habit.id)).map((entry) => entry.kind)).toEqual(['skip']);
    const done = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(done.replaced).toBe('skip');
    expect((await db.repos.entries.listForHabit(user.id, habit.id)).map((entry) => entry.kind)).toEqual(['done']);
    expect(done.stats.currentStreak).toBe(1);
  });

  it('given an archived habit, then logging it is refused', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Old habit' });
    expectOk(await archiveHabit(world.deps, user, { habitId: habit.id }));
    expect(await logEntry(world.deps, user, { habitId: habit.id })).toMatchObject({ ok: false, error: 'habit_archived' });
  });

  it("given someone else's habit id, then it is an unknown habit and nothing is written", async () => {
    const world = worldOf(db);
    const owner = await givenUser(world);
    const intruder = await givenUser(world);
    const habit = await givenHabit(world, owner, { name: 'Private' });
    expect(await logEntry(world.deps, intruder, { habitId: habit.id })).toMatchObject({ ok: false, error: 'unknown_habit' });
    expect(await logEntry(world.deps, intruder, { habitId: 'not-a-uuid' })).toMatchObject({ ok: false, error: 'unknown_habit' });
    expect(await db.repos.entries.listForHabit(owner.id, habit.id)).toHaveLength(0);
  });

  it('given bad input, then it says which field and writes nothing', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Cook' });
    const outcome = await logEntry(world.deps, user, { habitId: habit.id, date: '2025-02-30', quantity: -1, mood: 9 });
    expect(outcome).toMatchObject({ ok: false, error: 'invalid_input' });
    expect(JSON.stringify(outcome)).toMatch(/date/);
    expect(JSON.stringify(outcome)).toMatch(/quantity/);
    expect(JSON.stringify(outcome)).toMatch(/mood/);
    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(0);
  });
});

describe('streak milestones', () => {
  it('given six days in a row, when the seventh is logged, then the 7-day milestone is reached, and not again the next day', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Plank', startDate: '2025-03-04' });
    for (const date of ['2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-08', '2025-03-09']) {
      expect(expectOk(await logEntry(world.deps, user, { habitId: habit.id, date })).milestone).toBeNull();
    }
    const seventh = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(seventh.milestone).toEqual({ streak: 7, unit: 'day' });
    world.clock.advanceDays(1);
    expect(expectOk(await logEntry(world.deps, user, { habitId: habit.id })).milestone).toBeNull();
  });

  it('given a gap, when a backdated entry joins two runs into 21 days, then the 21-day milestone is reported', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Piano', startDate: '2025-02-18' });
    // 18 Feb .. 10 Mar is 21 days; leave 1 Mar out, then fill it in.
    const days = Array.from({ length: 21 }, (_, i) => new Date(Date.UTC(2025, 1, 18 + i)).toISOString().slice(0, 10));
    for (const date of days.filter((d) => d !== '2025-03-01')) {
      expectOk(await logEntry(world.deps, user, { habitId: habit.id, date, confirmed: true }));
    }
    const filled = expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-01', confirmed: true }));
    expect(filled.stats.currentStreak).toBe(21);
    expect(filled.milestone).toEqual({ streak: 21, unit: 'day' });
  });
});

describe('undo and correction', () => {
  it('given two logs, when undo is asked, then the latest is removed and returned, and the streak refreshed', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const read = await givenHabit(world, user, { name: 'Read' });
    const walk = await givenHabit(world, user, { name: 'Walk' });
    expectOk(await logEntry(world.deps, user, { habitId: read.id }));
    world.clock.advance(60_000);
    const last = expectOk(await logEntry(world.deps, user, { habitId: walk.id }));
    const undone = expectOk(await undoLast(world.deps, user));
    expect(undone.removed.id).toBe(last.entry.id);
    expect(undone.habit.id).toBe(walk.id);
    expect(undone.habit.currentStreak).toBe(0);
    expect(await db.repos.entries.listForUser(user.id)).toHaveLength(1);
  });

  it("an entry's creation time is the app's clock, not the database's", async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Stretch' });
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(logged.entry.createdAt.toISOString()).toBe(world.clock.now().toISOString());
    expect((await db.repos.entries.latest(user.id))?.createdAt.toISOString()).toBe(world.clock.now().toISOString());
  });

  it('given two logs at the same instant, when undo is asked, then the later one is removed, never the earlier', async () => {
    for (let run = 0; run < 5; run += 1) {
      const world = worldOf(db);
      const user = await givenUser(world);
      const read = await givenHabit(world, user, { name: 'Read' });
      const walk = await givenHabit(world, user, { name: 'Walk' });
      const first = expectOk(await logEntry(world.deps, user, { habitId: read.id }));
      const last = expectOk(await logEntry(world.deps, user, { habitId: walk.id }));
      expect(last.entry.createdAt.getTime()).toBe(first.entry.createdAt.getTime());
      const undone = expectOk(await undoLast(world.deps, user));
      expect(undone.removed.id).toBe(last.entry.id);
      expect((await db.repos.entries.listForUser(user.id)).map((entry) => entry.id)).toEqual([first.entry.id]);
    }
  });

  it('given nothing logged, then undo says there is nothing to undo', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    expect(await undoLast(world.deps, user)).toEqual({ ok: false, error: 'nothing_to_undo' });
  });

  it("given the Undo button of an echo, then exactly that entry is removed; someone else's entry id is not", async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const other = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Sketch' });
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(await removeEntry(world.deps, other, { entryId: logged.entry.id })).toEqual({ ok: false, error: 'nothing_to_undo' });
    expectOk(await removeEntry(world.deps, user, { entryId: logged.entry.id }));
    expect(await db.repos.entries.listForUser(user.id)).toHaveLength(0);
  });

  it('given a wrong quantity or day, when corrected, then the latest entry changes', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Pages', target: { quantity: 20, unit: 'pages', direction: 'at_least' }, startDate: '2025-03-01' });
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id, quantity: 20 }));
    const fixed = expectOk(await correctLast(world.deps, user, { quantity: 30, date: '2025-03-09' }));
    expect(fixed.before.id).toBe(logged.entry.id);
    expect(fixed.entry).toMatchObject({ id: logged.entry.id, quantity: 30, localDate: '2025-03-09' });
    expect(await correctLast(world.deps, user, { date: '2025-03-12' })).toMatchObject({ ok: false, error: 'future_date' });
    expect(await correctLast(world.deps, user, {})).toMatchObject({ ok: false, error: 'invalid_input' });
  });

  it('given a once-a-day habit, when a correction moves an entry onto a day already done, then it is refused', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Vitamins', startDate: '2025-03-01' });
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-09' }));
    expectOk(await logEntry(world.deps, user, { habitId: habit.id }));
    expect(await correctLast(world.deps, user, { habitId: habit.id, date: '2025-03-09' })).toMatchObject({ ok: false, error: 'already_done' });
  });
});

describe('restoreEntry (taking a correction back)', () => {
  it('given a corrected entry, when restored, then it has its earlier day and quantity and the streak follows', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Pages', target: { quantity: 20, unit: 'pages', direction: 'at_least' }, startDate: '2025-03-01' });
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-09' }));
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id, quantity: 20 }));
    const fixed = expectOk(await correctLast(world.deps, user, { quantity: 30, date: '2025-03-08' }));
    expect(fixed.stats.doneToday).toBe(false);
    const restored = expectOk(await restoreEntry(world.deps, user, { correctionId: fixed.correctionId }));
    expect(restored.entry).toMatchObject({ id: logged.entry.id, localDate: '2025-03-10', quantity: 20 });
    expect(restored.stats).toMatchObject({ doneToday: true, currentStreak: 2 });
  });

  it('given the earlier day now taken, a stranger, or a correction that was never made, then nothing changes', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const stranger = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Vitamins', startDate: '2025-03-01' });
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-08' }));
    const fixed = expectOk(await correctLast(world.deps, user, { habitId: habit.id, date: '2025-03-07' }));
    expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-08' }));
    const id = logged.entry.id;
    expect(await restoreEntry(world.deps, user, { correctionId: fixed.correctionId })).toMatchObject({ ok: false, error: 'already_done' });
    expect(await restoreEntry(world.deps, stranger, { correctionId: fixed.correctionId })).toEqual({ ok: false, error: 'nothing_to_restore' });
    expect(await restoreEntry(world.deps, user, { correctionId: randomUUID() })).toEqual({ ok: false, error: 'nothing_to_restore' });
    expect((await db.repos.entries.get(user.id, id))?.localDate).toBe('2025-03-07');
  });

  it('given a correction taken back once, then a second Undo changes nothing', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Walk', startDate: '2025-03-01' });
    const logged = expectOk(await logEntry(world.deps, user, { habitId: habit.id, date: '2025-03-08' }));
    const fixed = expectOk(await correctLast(world.deps, user, { habitId: habit.id, date: '2025-03-09' }));
    expectOk(await restoreEntry(world.deps, user, { correctionId: fixed.correctionId }));
    expect(await restoreEntry(world.deps, user, { correctionId: fixed.correctionId })).toEqual({ ok: false, error: 'nothing_to_restore' });
    expect((await db.repos.entries.get(user.id, logged.entry.id))?.localDate).toBe('2025-03-08');
  });
});

describe('logMany', () => {
  it('given two habits in one message, then both are logged', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const journal = await givenHabit(world, user, { name: 'Journal' });
    const floss = await givenHabit(world, user, { name: 'Floss' });
    const outcome = expectOk(await logMany(world.deps, user, { logs: [{ habitId: journal.id }, { habitId: floss.id }], idempotencyKey: 'm1' }));
    expect(outcome.logged.map((item) => item.habit.name)).toEqual(['Journal', 'Floss']);
    expect(await db.repos.entries.listForUser(user.id)).toHaveLength(2);
    const again = expectOk(await logMany(world.deps, user, { logs: [{ habitId: journal.id }, { habitId: floss.id }], idempotencyKey: 'm1' }));
    expect(again.logged.every((item) => item.duplicate)).toBe(true);
    expect(await db.repos.entries.listForUser(user.id)).toHaveLength(2);
  });

  it('given one refused log among several, then nothing at all is written', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const stranger = await givenUser(world);
    const mine = await givenHabit(world, user, { name: 'Journal' });
    const theirs = await givenHabit(world, stranger, { name: 'Secret' });
    const outcome = await logMany(world.deps, user, { logs: [{ habitId: mine.id }, { habitId: theirs.id }] });
    expect(outcome).toMatchObject({ ok: false, error: 'unknown_habit', index: 1 });
    expect(await db.repos.entries.listForUser(user.id)).toHaveLength(0);
    expect((await db.repos.habits.get(user.id, mine.id))?.currentStreak).toBe(0);
  });

  it('given one habit already done today, then the others are logged and it is reported', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const journal = await givenHabit(world, user, { name: 'Journal' });
    const floss = await givenHabit(world, user, { name: 'Floss' });
    expectOk(await logEntry(world.deps, user, { habitId: floss.id }));
    const outcome = expectOk(await logMany(world.deps, user, { logs: [{ habitId: journal.id }, { habitId: floss.id }] }));
    expect(outcome.logged.map((item) => item.habit.id)).toEqual([journal.id]);
    expect(outcome.alreadyDone.map((item) => item.habit.id)).toEqual([floss.id]);
  });

  it('given one log for a once-a-day habit already done, then it is reported as already done and nothing is written', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const floss = await givenHabit(world, user, { name: 'Floss' });
    const first = expectOk(await logMany(world.deps, user, { logs: [{ habitId: floss.id }], idempotencyKey: 'one-a' }));
    const again = expectOk(await logMany(world.deps, user, { logs: [{ habitId: floss.id }], idempotencyKey: 'one-b' }));
    expect(again.logged).toEqual([]);
    expect(again.alreadyDone).toMatchObject([{ habit: { id: floss.id }, entry: { id: first.logged[0]!.entry.id } }]);
    expect(await db.repos.entries.listForHabit(user.id, floss.id)).toHaveLength(1);
  });

  it('given a break habit with a slip today, when another slip is logged, then both are kept (two cigarettes are two slips)', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const quit = await givenHabit(world, user, { name: 'Smoking', kind: 'break', startDate: '2025-03-01' });
    expectOk(await logMany(world.deps, user, { logs: [{ habitId: quit.id, kind: 'slip' }] }));
    const again = expectOk(await logMany(world.deps, user, { logs: [{ habitId: quit.id, kind: 'slip' }] }));
    expect(again.alreadyDone).toHaveLength(0);
    expect(await db.repos.entries.listForHabit(user.id, quit.id)).toHaveLength(2);
  });

  it('given the habits the caller has just read, then a log uses them, and a stranger\'s habit is still refused', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const stranger = await givenUser(world);
    const run = await givenHabit(world, user, { name: 'Run' });
    const theirs = await givenHabit(world, stranger, { name: 'Secret' });
    const logged = expectOk(await logMany(world.deps, user, { logs: [{ habitId: run.id, date: '2025-03-09' }] }, { habits: [run] }));
    expect(logged.logged[0]!.habit).toMatchObject({ id: run.id, startDate: '2025-03-09', currentStreak: 1 });
    // Even when a caller hands over someone else's habit, the insert checks the owner.
    const refused = await logMany(world.deps, user, { logs: [{ habitId: theirs.id }] }, { habits: [theirs] });
    expect(refused).toMatchObject({ ok: false, error: 'unknown_habit', index: 0 });
    expect(await db.repos.entries.listForHabit(stranger.id, theirs.id)).toHaveLength(0);
  });

  it('given a crash after the entry was written but before the start date moved back, when the update is redelivered, then it is written once and the start moves', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const habit = await givenHabit(world, user, { name: 'Swim' });
    // What the first attempt left behind: the entry, with the habit's start still after it.
    await db.repos.entries.add(user.id, {
      habitId: habit.id, kind: 'done', localDate: '2025-03-08', quantity: null, note: null, mood: null, energy: null,
      source: 'chat', idempotencyKey: 'telegram:7#0',
    });
    expect((await db.repos.habits.get(user.id, habit.id))?.startDate).toBe('2025-03-10');
    const again = expectOk(await logMany(world.deps, user, { logs: [{ habitId: habit.id, date: '2025-03-08' }], idempotencyKey: 'telegram:7' }));
    expect(again.logged[0]).toMatchObject({ duplicate: true, habit: { startDate: '2025-03-08' } });
    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(1);
  });
});
