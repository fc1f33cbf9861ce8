// The group leaderboard's reads and its habit summaries, on every database: who is counted, what
// is shared, and a summary that disappears the moment anything it folded changes.
import { describe, expect, it } from 'vitest';
import type { StoredSummary } from '../../../src/app/ports.js';
import type { ContractContext } from './context.js';

const SUMMARY: StoredSummary = {
  weekStart: 1,
  summary: { cut: '2025-03-01', met: 40, decided: 50, run: 3, lastMissEnd: null, recentMet: (1n << 63n) | 5n, recentMissed: 2n },
};

export function boardContract(ctx: ContractContext): void {
  async function givenGroup(): Promise<string> {
    const [row] = await ctx.raw(`insert into groups (name, time_zone, week_start) values ('Runners', 'Europe/Lisbon', 7) returning id`);
    return String(row?.id);
  }
  async function join(groupId: string, userId: string, status = 'active'): Promise<void> {
    await ctx.raw(`insert into group_members (group_id, user_id, status, left_at) values ('${groupId}', '${userId}', '${status}', ${status === 'active' ? 'null' : 'now()'})`);
  }
  async function share(groupId: string, userId: string, habitId: string): Promise<void> {
    await ctx.raw(`insert into group_shares (group_id, user_id, habit_id) values ('${groupId}', '${userId}', '${habitId}')`);
  }
  async function adopt(groupId: string, userId: string, habitId: string, archived = false): Promise<void> {
    const [row] = await ctx.raw(`insert into group_commitments (group_id, title, archived_at) values ('${groupId}', 'Read', ${archived ? 'now()' : 'null'}) returning id`);
    await ctx.raw(`insert into group_commitment_adoptions (commitment_id, user_id, habit_id) values ('${String(row?.id)}', '${userId}', '${habitId}')`);
  }
  async function withSummary(habitId: string): Promise<void> {
    await ctx.repos.board.saveSummaries([{ habitId, stored: SUMMARY, computedFor: '2025-03-02' }]);
  }
  const summaryOf = async (habitId: string) => (await ctx.repos.board.summaries([habitId])).get(habitId);

  describe('group board reads', () => {
    it('counts active members only, each with what they shared or adopted, never a private or archived habit', async () => {
      const groupId = await givenGroup();
      const ana = await ctx.newUser('Ana');
      const bia = await ctx.newUser('Bia');
      const gone = await ctx.newUser('Gone');
      const read = await ctx.newHabit(ana.id, { name: 'Read' });
      const run = await ctx.newHabit(ana.id, { name: 'Run' });
      await ctx.newHabit(ana.id, { name: 'Private' });
      const old = await ctx.newHabit(bia.id, { name: 'Old' });
      const water = await ctx.newHabit(bia.id, { name: 'Water' });
      const left = await ctx.newHabit(gone.id, { name: 'Left' });
      await join(groupId, ana.id);
      await join(groupId, bia.id);
      await join(groupId, gone.id, 'left');
      await share(groupId, ana.id, read.id);
      await adopt(groupId, ana.id, read.id);
      await adopt(groupId, ana.id, run.id);
      await share(groupId, bia.id, old.id);
      await ctx.repos.habits.update(bia.id, old.id, { status: 'archived' });
      await adopt(groupId, bia.id, water.id, true);
      await share(groupId, gone.id, left.id);

      const members = await ctx.repos.board.members(groupId);
      // By name: two joins in the same millisecond (PGlite's clock) have no order of their own.
      const byName = [...members].sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));
      expect(byName.map((member) => [member.user.displayName, member.habits.map(({ habit }) => habit.name)])).toEqual([
        ['Ana', ['Read', 'Run']],
        ['Bia', []],
      ]);
      expect(await ctx.repos.board.group(groupId)).toMatchObject({ name: 'Runners', timeZone: 'Europe/Lisbon', weekStart: 7 });
      expect(await ctx.repos.board.group('not-a-uuid')).toBeNull();
    });

    it('reads each habit from its own day on, oldest first', async () => {
      const ana = await ctx.newUser();
      const read = await ctx.newHabit(ana.id, { name: 'Read', multiplePerDay: true });
      const run = await ctx.newHabit(ana.id, { name: 'Run' });
      for (const localDate of ['2025-03-03', '2025-03-01', '2025-03-05']) {
        await ctx.repos.entries.add(ana.id, { habitId: read.id, kind: 'done', localDate, quantity: 2.5, source: 'command' });
        await ctx.repos.entries.add(ana.id, { habitId: run.id, kind: 'skip', localDate, source: 'command' });
      }
      const histories = await ctx.repos.board.histories([
        { userId: ana.id, habitId: read.id, from: '2025-03-03' },
        { userId: ana.id, habitId: run.id, from: null },
      ]);
      expect(histories.get(read.id)).toEqual([
        { localDate: '2025-03-03', kind: 'done', quantity: 2.5 }, { localDate: '2025-03-05', kind: 'done', quantity: 2.5 },
      ]);
      expect(histories.get(run.id)?.map((entry) => entry.localDate)).toEqual(['2025-03-01', '2025-03-03', '2025-03-05']);
    });

    it('keeps a summary as it was saved, all 64 recent bits included', async () => {
      const ana = await ctx.newUser();
      const read = await ctx.newHabit(ana.id);
      await withSummary(read.id);
      expect(await summaryOf(read.id)).toEqual(SUMMARY);
      await ctx.repos.board.saveSummaries([{ habitId: read.id, stored: { ...SUMMARY, summary: { ...SUMMARY.summary, cut: '2025-03-04', lastMissEnd: 9000 } }, computedFor: '2025-03-04' }]);
      expect((await summaryOf(read.id))?.summary).toMatchObject({ cut: '2025-03-04', lastMissEnd: 9000 });
    });

    it('drops a summary when an entry dated before its cut is written, corrected or undone, and keeps it for one on or after', async () => {
      const ana = await ctx.newUser();
      const read = await ctx.newHabit(ana.id);
      await withSummary(read.id);
      await ctx.repos.entries.add(ana.id, { habitId: read.id, kind: 'done', localDate: '2025-03-01', source: 'command' });
      expect(await summaryOf(read.id)).toBeDefined();
      const backdated = await ctx.repos.entries.add(ana.id, { habitId: read.id, kind: 'done', localDate: '2025-02-27', source: 'command' });
      expect(await summaryOf(read.id)).toBeUndefined();

      await withSummary(read.id);
      await ctx.raw(`update entries set quantity = 3 where habit_id = '${read.id}' and local_date = '2025-02-27'`);
      expect(await summaryOf(read.id)).toBeUndefined();
      await withSummary(read.id);
      await ctx.raw(`update entries set local_date = '2025-02-20' where habit_id = '${read.id}' and local_date = '2025-03-01'`);
      expect(await summaryOf(read.id)).toBeUndefined();
      await withSummary(read.id);
      expect(backdated.status).toBe('created');
      await ctx.raw(`delete from entries where habit_id = '${read.id}' and local_date = '2025-02-27'`);
      expect(await summaryOf(read.id)).toBeUndefined();
    });

    it('drops a summary for a pause starting before its cut (of the habit or of everything), or a change of the habit rules', async () => {
      const ana = await ctx.newUser();
      const read = await ctx.newHabit(ana.id);
      const other = await ctx.newHabit(ana.id, { name: 'Other' });
      await withSummary(read.id);
      await ctx.repos.pauses.add(ana.id, { habitId: other.id, startDate: '2025-02-01', endDate: null, reason: 'sick' });
      await ctx.repos.pauses.add(ana.id, { habitId: null, startDate: '2025-03-01', endDate: null, reason: 'sick' });
      expect(await summaryOf(read.id)).toBeDefined();
      await ctx.repos.pauses.add(ana.id, { habitId: null, startDate: '2025-02-20', endDate: '2025-02-21', reason: 'vacation' });
      expect(await summaryOf(read.id)).toBeUndefined();

      await withSummary(read.id);
      await ctx.repos.habits.update(ana.id, read.id, { name: 'Read more' });
      expect(await summaryOf(read.id)).toBeDefined();
      await ctx.repos.habits.update(ana.id, read.id, { frequency: { kind: 'per_week', times: 3 } });
      expect(await summaryOf(read.id)).toBeUndefined();
    });
  });
}
