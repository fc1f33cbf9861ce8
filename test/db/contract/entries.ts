// EntryRepository: idempotency, once-a-day, unknown habits (through the repository and
// by raw SQL that bypasses it), ranges, undo lookups and isolation between users.
import { describe, expect, it } from 'vitest';
import type { NewEntry } from '../../../src/app/ports.js';
import { CHECK_VIOLATION, FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION } from '../../../src/db/repositories/errors.js';
import { UNKNOWN_ID, expectRefused, type ContractContext } from './context.js';

const done = (habitId: string, localDate: string, extra: Partial<NewEntry> = {}): NewEntry => ({
  habitId, kind: 'done', localDate, source: 'chat', ...extra,
});

export function entryContract(ctx: ContractContext): void {
  describe('entries', () => {
    it('given a completion with every field, stores it and reads it back', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id);
      const createdAt = new Date('2024-03-05T10:00:00.000Z');
      const result = await ctx.repos.entries.add(user.id, done(habit.id, '2024-03-05', {
        quantity: 2.5, note: 'felt good', mood: 4, energy: 2, source: 'button', idempotencyKey: 'tg:1', createdAt,
      }));
      expect(result).toEqual({
        status: 'created',
        entry: {
          id: expect.any(String), userId: user.id, habitId: habit.id, kind: 'done', localDate: '2024-03-05', quantity: 2.5,
          note: 'felt good', mood: 4, energy: 2, source: 'button', idempotencyKey: 'tg:1', createdAt,
        },
      });
      if (result.status !== 'created') return;
      expect(await ctx.repos.entries.get(user.id, result.entry.id)).toEqual(result.entry);
    });

    it('given a redelivered update with the same idempotency key, writes nothing and returns the earlier entry', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      const first = await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02', { idempotencyKey: 'upd-7', quantity: 1 }));
      const again = await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-03', { idempotencyKey: 'upd-7', quantity: 9 }));
      expect(first.status).toBe('created');
      expect(again).toEqual({ status: 'duplicate', entry: first.status === 'created' ? first.entry : null });
      expect(await ctx.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(1);
      // Keys are per user: someone else's update with the same key is theirs to write.
      const other = await ctx.newUser();
      const theirHabit = await ctx.newHabit(other.id);
      expect((await ctx.repos.entries.add(other.id, done(theirHabit.id, '2024-01-02', { idempotencyKey: 'upd-7' }))).status).toBe('created');
    });

    it('given many concurrent deliveries of one update, exactly one entry is written', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      const results = await Promise.all(
        Array.from({ length: 6 }, () => ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02', { idempotencyKey: 'race' }))),
      );
      expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(5);
    });

    it("given a once-a-day habit, a second 'done' or 'skip' that day is a conflict; slips may repeat", async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id);
      const first = await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02'));
      const second = await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02', { quantity: 3 }));
      expect(second).toEqual({ status: 'conflict', existing: first.status === 'created' ? first.entry : null });
      expect((await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-03'))).status).toBe('created');
      expect((await ctx.repos.entries.add(user.id, { ...done(habit.id, '2024-01-04'), kind: 'skip' })).status).toBe('created');
      expect((await ctx.repos.entries.add(user.id, { ...done(habit.id, '2024-01-04'), kind: 'skip' })).status).toBe('conflict');
      expect((await ctx.repos.entries.add(user.id, { ...done(habit.id, '2024-01-05'), kind: 'slip' })).status).toBe('created');
      expect((await ctx.repos.entries.add(user.id, { ...done(habit.id, '2024-01-05'), kind: 'slip' })).status).toBe('created');
    });

    it("given concurrent 'done' messages for a once-a-day habit, exactly one wins", async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id);
      const results = await Promise.all(Array.from({ length: 6 }, () => ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02'))));
      expect(results.filter((r) => r.status === 'created')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'conflict')).toHaveLength(5);
    });

    it('given a habit that allows several per day, every completion is kept', async () => {
      const user = await ctx.newUser();
      const water = await ctx.newHabit(user.id, { name: 'Water', multiplePerDay: true });
      for (let glass = 0; glass < 3; glass += 1) {
        expect((await ctx.repos.entries.add(user.id, done(water.id, '2024-01-02', { quantity: 1 }))).status).toBe('created');
      }
      expect(await ctx.repos.entries.listForHabit(user.id, water.id)).toHaveLength(3);
    });

    it('given a habit that does not exist, is not an id, or is another user\'s, the entry is refused as unknown', async () => {
      const user = await ctx.newUser();
      const other = await ctx.newUser();
      const theirs = await ctx.newHabit(other.id);
      for (const habitId of [UNKNOWN_ID, 'not-a-uuid', theirs.id]) {
        expect(await ctx.repos.entries.add(user.id, done(habitId, '2024-01-02'))).toEqual({ status: 'unknown_habit' });
      }
      expect(await ctx.countOwned('entries', user.id)).toBe(0);
      expect(await ctx.repos.entries.listForHabit(other.id, theirs.id)).toEqual([]);
    });

    describe('the database itself (raw SQL, no repository)', () => {
      const insert = (userId: string, habitId: string, multiple: boolean, localDate: string, kind = 'done') =>
        ctx.raw(`insert into entries (user_id, habit_id, habit_multiple_per_day, kind, local_date, source)
                 values ('${userId}', '${habitId}', ${multiple}, '${kind}', '${localDate}', 'import')`);

      it("refuses a second 'done' on one day for a once-a-day habit, but not a slip", async () => {
        const user = await ctx.newUser();
        const habit = await ctx.newHabit(user.id);
        await insert(user.id, habit.id, false, '2024-01-02');
        await expectRefused(insert(user.id, habit.id, false, '2024-01-02'), UNIQUE_VIOLATION);
        await insert(user.id, habit.id, false, '2024-01-02', 'slip');
        await insert(user.id, habit.id, false, '2024-01-02', 'slip');
      });

      it('refuses to pretend a once-a-day habit allows several (the copied flag must match the habit)', async () => {
        const user = await ctx.newUser();
        const habit = await ctx.newHabit(user.id);
        await expectRefused(insert(user.id, habit.id, true, '2024-01-02'), FOREIGN_KEY_VIOLATION);
      });

      it('refuses an entry for a habit that does not exist, or that belongs to someone else', async () => {
        const user = await ctx.newUser();
        const other = await ctx.newUser();
        const theirs = await ctx.newHabit(other.id);
        await expectRefused(insert(user.id, UNKNOWN_ID, false, '2024-01-02'), FOREIGN_KEY_VIOLATION);
        await expectRefused(insert(user.id, theirs.id, false, '2024-01-02'), FOREIGN_KEY_VIOLATION);
      });

      it('refuses mood or energy outside 1..5 and unknown kinds', async () => {
        const user = await ctx.newUser();
        const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
        await expectRefused(ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02', { mood: 6 })), CHECK_VIOLATION);
        await expectRefused(ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02', { energy: 0 })), CHECK_VIOLATION);
        await expectRefused(insert(user.id, habit.id, true, '2024-01-02', 'maybe'), CHECK_VIOLATION);
        expect(await ctx.countOwned('entries', user.id)).toBe(0);
      });

      it('refuses turning a habit once-a-day while a day holds two completions, and keeps it as it was', async () => {
        const user = await ctx.newUser();
        const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
        await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02'));
        await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02'));
        await expectRefused(ctx.repos.habits.update(user.id, habit.id, { multiplePerDay: false }), UNIQUE_VIOLATION);
        expect((await ctx.repos.habits.get(user.id, habit.id))?.multiplePerDay).toBe(true);
      });
    });

    it('given a habit switched to once-a-day, its entries follow and a second completion becomes a conflict', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id, { multiplePerDay: true });
      await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02'));
      await ctx.repos.habits.update(user.id, habit.id, { multiplePerDay: false });
      expect((await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02'))).status).toBe('conflict');
      await ctx.repos.habits.update(user.id, habit.id, { multiplePerDay: true });
      expect((await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02'))).status).toBe('created');
    });

    it('given entries on several days, lists them by date then creation, within a range, per habit or for the user', async () => {
      const user = await ctx.newUser();
      const read = await ctx.newHabit(user.id, { name: 'Read' });
      const run = await ctx.newHabit(user.id, { name: 'Run' });
      const at = (iso: string) => new Date(iso);
      await ctx.repos.entries.add(user.id, done(read.id, '2024-01-03', { createdAt: at('2024-01-03T08:00:00Z') }));
      await ctx.repos.entries.add(user.id, done(run.id, '2024-01-01', { createdAt: at('2024-01-05T08:00:00Z') }));
      await ctx.repos.entries.add(user.id, done(read.id, '2024-01-01', { createdAt: at('2024-01-01T08:00:00Z') }));
      await ctx.repos.entries.add(user.id, done(read.id, '2024-01-02', { createdAt: at('2024-01-02T08:00:00Z') }));
      const days = (list: { localDate: string; habitId: string }[]) => list.map((e) => `${e.localDate}:${e.habitId === read.id ? 'read' : 'run'}`);
      expect(days(await ctx.repos.entries.listForUser(user.id))).toEqual(['2024-01-01:read', '2024-01-01:run', '2024-01-02:read', '2024-01-03:read']);
      expect(days(await ctx.repos.entries.listForUser(user.id, { from: '2024-01-02' }))).toEqual(['2024-01-02:read', '2024-01-03:read']);
      expect(days(await ctx.repos.entries.listForHabit(user.id, read.id, { from: '2024-01-02', to: '2024-01-02' }))).toEqual(['2024-01-02:read']);
      expect(days(await ctx.repos.entries.listForHabit(user.id, run.id, { to: '2024-01-01' }))).toEqual(['2024-01-01:run']);
      expect((await ctx.repos.entries.latest(user.id))?.habitId).toBe(run.id);
    });

    it('given years of entries, the history read gives each habit its kinds, dates and exact quantities in order', async () => {
      const user = await ctx.newUser();
      const other = await ctx.newUser();
      const water = await ctx.newHabit(user.id, { name: 'Water', multiplePerDay: true });
      const smoke = await ctx.newHabit(user.id, { name: 'Smoke', kind: 'break' });
      const idle = await ctx.newHabit(user.id, { name: 'Idle' });
      const at = (iso: string) => new Date(iso);
      await ctx.repos.entries.add(user.id, done(water.id, '2024-01-02', { quantity: 0.1, createdAt: at('2024-01-02T10:00:00Z') }));
      await ctx.repos.entries.add(user.id, done(water.id, '2024-01-01', { quantity: 1e-7, createdAt: at('2024-01-03T10:00:00Z') }));
      await ctx.repos.entries.add(user.id, done(water.id, '2024-01-02', { quantity: 123456789.123, createdAt: at('2024-01-02T09:00:00Z') }));
      await ctx.repos.entries.add(user.id, { ...done(water.id, '2024-01-03'), kind: 'skip' });
      await ctx.repos.entries.add(user.id, { ...done(smoke.id, '2023-12-31'), kind: 'slip', note: 'a, b' });
      await ctx.repos.entries.add(user.id, { ...done(smoke.id, '1999-12-31'), kind: 'slip', quantity: 2 });
      await ctx.repos.entries.add(user.id, { ...done(smoke.id, '2099-03-01'), kind: 'skip' });
      await ctx.newHabit(other.id).then((h) => ctx.repos.entries.add(other.id, done(h.id, '2024-01-01')));

      const history = await ctx.repos.entries.historyForUser(user.id);
      expect([...history.keys()].sort()).toEqual([water.id, smoke.id].sort());
      expect(history.get(water.id)).toEqual([
        { localDate: '2024-01-01', kind: 'done', quantity: 1e-7 },
        { localDate: '2024-01-02', kind: 'done', quantity: 123456789.123 },
        { localDate: '2024-01-02', kind: 'done', quantity: 0.1 },
        { localDate: '2024-01-03', kind: 'skip', quantity: null },
      ]);
      expect(history.get(smoke.id)).toEqual([
        { localDate: '1999-12-31', kind: 'slip', quantity: 2 },
        { localDate: '2023-12-31', kind: 'slip', quantity: null },
        { localDate: '2099-03-01', kind: 'skip', quantity: null },
      ]);
      expect(await ctx.repos.entries.historyForHabit(user.id, water.id, { from: '2024-01-02', to: '2024-01-02' })).toHaveLength(2);
      expect(await ctx.repos.entries.historyForHabit(user.id, idle.id)).toEqual([]);
      expect(await ctx.repos.entries.historyForHabit(other.id, water.id)).toEqual([]);
      expect(await ctx.repos.entries.historyForHabit(user.id, 'nope')).toEqual([]);
    });

    it('given an entry, it can be corrected and removed; moving it onto a taken day is refused', async () => {
      const user = await ctx.newUser();
      const habit = await ctx.newHabit(user.id);
      const a = await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-02'));
      const b = await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-03'));
      if (a.status !== 'created' || b.status !== 'created') throw new Error('setup failed');
      const corrected = await ctx.repos.entries.update(user.id, a.entry.id, { quantity: 5, note: 'late', mood: 3, energy: 5, localDate: '2024-01-01' });
      expect(corrected).toEqual({ ...a.entry, quantity: 5, note: 'late', mood: 3, energy: 5, localDate: '2024-01-01' });
      await expectRefused(ctx.repos.entries.update(user.id, b.entry.id, { localDate: '2024-01-01' }), UNIQUE_VIOLATION);
      expect(await ctx.repos.entries.remove(user.id, a.entry.id)).toBe(true);
      expect(await ctx.repos.entries.remove(user.id, a.entry.id)).toBe(false);
      expect(await ctx.repos.entries.get(user.id, a.entry.id)).toBeNull();
      expect((await ctx.repos.entries.add(user.id, done(habit.id, '2024-01-01'))).status).toBe('created');
    });

    it("given another user's entry id, never reads, changes or removes it", async () => {
      const owner = await ctx.newUser();
      const intruder = await ctx.newUser();
      const habit = await ctx.newHabit(owner.id);
      const added = await ctx.repos.entries.add(owner.id, done(habit.id, '2024-01-02'));
      if (added.status !== 'created') throw new Error('setup failed');
      const id = added.entry.id;
      expect(await ctx.repos.entries.get(intruder.id, id)).toBeNull();
      expect(await ctx.repos.entries.update(intruder.id, id, { note: 'x' })).toBeNull();
      expect(await ctx.repos.entries.remove(intruder.id, id)).toBe(false);
      expect(await ctx.repos.entries.latest(intruder.id)).toBeNull();
      expect(await ctx.repos.entries.listForUser(intruder.id)).toEqual([]);
      expect(await ctx.repos.entries.listForHabit(intruder.id, habit.id)).toEqual([]);
      expect(await ctx.repos.entries.get(owner.id, id)).toEqual(added.entry);
      expect(await ctx.repos.entries.get(owner.id, 'nope')).toBeNull();
    });
  });
}
