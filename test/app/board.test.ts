// A group's leaderboard against each member's own /stats, on real PostgreSQL: the same numbers
// for every shared habit (partial amounts, skips, pauses, a break habit, weekly and every-N-days
// habits, members in two zones with two week starts), whether read from the whole history or from
// kept summaries, after a backdated entry, and months later.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupLeaderboard, groupStats, memberSharedStats, type GroupBoard } from '../../src/app/board.js';
import { statsFor } from '../../src/app/queries.js';
import { addDays } from '../../src/core/day.js';
import { rowsOf } from '../../src/db/client.js';
import type { EntryKind, Habit, User } from '../../src/core/types.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { givenHabit, givenUser, worldOf, type World } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function execute(text: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  return rowsOf<Record<string, unknown>>(await db.handle.db.execute(text));
}

async function givenGroup(createdAt: string, weekStart: 1 | 7 = 1): Promise<string> {
  const [row] = await execute(sql`insert into groups (name, time_zone, week_start, created_at) values ('Crew', 'Europe/Lisbon', ${weekStart}, ${createdAt}) returning id`);
  return String(row?.id);
}

async function member(groupId: string, user: User, habits: Habit[], joinedAt = '2025-01-01T00:00:00Z'): Promise<void> {
  await execute(sql`insert into group_members (group_id, user_id, joined_at) values (${groupId}, ${user.id}, ${joinedAt})`);
  for (const habit of habits) await execute(sql`insert into group_shares (group_id, user_id, habit_id, shared_at) values (${groupId}, ${user.id}, ${habit.id}, ${joinedAt})`);
}

async function log(world: World, user: User, habit: Habit, days: string[], kind: EntryKind = 'done', quantity: number | null = null) {
  await Promise.all(days.map(async (localDate) => {
    const added = await world.deps.repos.entries.add(user.id, { habitId: habit.id, kind, localDate, quantity, source: 'import' });
    expect(added.status).toBe('created');
  }));
}

/** Days from `from` for `count` days whose index `keep` accepts. */
function days(from: string, count: number, keep: (index: number) => boolean = () => true): string[] {
  return Array.from({ length: count }, (_, index) => index).filter(keep).map((index) => addDays(from, index));
}

/** Every shared habit's numbers on the board equal the member's /stats (a 30-day month: the same window). */
async function expectBoardAgreesWithStats(world: World, board: GroupBoard, people: User[]): Promise<number> {
  let compared = 0;
  for (const person of people) {
    const stats = await statsFor(world.deps, person);
    const row = board.rows.find((candidate) => candidate.memberId === person.id);
    expect(row).toBeDefined();
    for (const tally of row?.habits ?? []) {
      const own = stats.habits.find(({ habit }) => habit.id === tally.habitId)?.stats;
      expect(own, tally.habitId).toBeDefined();
      expect([tally.decided, tally.met, tally.currentStreak]).toEqual([own?.successDecided, Math.round((own?.successRate ?? 0) * (own?.successDecided ?? 0)), own?.currentStreak]);
      compared += 1;
    }
  }
  return compared;
}

describe('a group leaderboard', () => {
  it('given members in two zones with every kind of habit, then on the 30th of a 30-day month each shared habit shows what its owner /stats shows, from the whole history, from summaries, after a backdated entry and two months on', async () => {
    const world = worldOf(db, '2025-04-30T12:00:00Z');
    const ana = await givenUser(world, { timeZone: 'Europe/Lisbon' });
    const bia = await givenUser(world, { timeZone: 'America/Sao_Paulo', weekStart: 7 });
    const pushups = await givenHabit(world, ana, { name: 'Pushups', startDate: '2025-02-01', target: { quantity: 20, unit: 'pushups', direction: 'at_least' } });
    const smoking = await givenHabit(world, ana, { name: 'No smoking', kind: 'break', startDate: '2025-02-01' });
    const gym = await givenHabit(world, bia, { name: 'Gym', startDate: '2025-02-01', frequency: { kind: 'per_week', times: 3 } });
    const water = await givenHabit(world, bia, { name: 'Water plants', startDate: '2025-02-03', frequency: { kind: 'every_n_days', n: 3 } });
    const secret = await givenHabit(world, bia, { name: 'Secret', startDate: '2025-02-01' });
    await log(world, ana, pushups, days('2025-02-01', 89, (i) => i % 9 !== 4 && i % 11 !== 0), 'done', 20);
    await log(world, ana, pushups, days('2025-02-01', 89, (i) => i % 11 === 0), 'done', 15);
    await log(world, ana, pushups, days('2025-02-05', 80, (i) => i % 9 === 0), 'skip');
    await log(world, ana, smoking, ['2025-03-03', '2025-04-12', '2025-04-20'], 'slip');
    await world.deps.repos.pauses.add(ana.id, { habitId: null, startDate: '2025-04-14', endDate: '2025-04-17', reason: 'sick' });
    await log(world, bia, gym, days('2025-02-01', 89, (i) => i % 7 < 3 || i % 13 === 0));
    await log(world, bia, water, days('2025-02-03', 87, (i) => i % 4 === 1 || i % 10 === 0));
    await log(world, bia, secret, days('2025-02-01', 89));
    const groupId = await givenGroup('2025-01-01T00:00:00Z');
    await member(groupId, ana, [pushups, smoking]);
    await member(groupId, bia, [gym, water]);

    const first = await groupLeaderboard(world.deps, groupId, 'month');
    expect(await expectBoardAgreesWithStats(world, first!, [ana, bia])).toBe(4);
    expect(first?.habits.has(secret.id)).toBe(false);
    const [{ n: kept }] = await execute(sql`select count(*)::int as n from habit_summaries`) as [{ n: number }];
    expect(kept).toBeGreaterThanOrEqual(4);

    const again = await groupLeaderboard(world.deps, groupId, 'month');
    expect(again?.rows).toEqual(first?.rows);
    for (const period of ['week', 'all'] as const) {
      const [fromSummaries, twice] = [await groupLeaderboard(world.deps, groupId, period), await groupLeaderboard(world.deps, groupId, period)];
      expect(twice?.rows).toEqual(fromSummaries?.rows);
    }

    // A slip backdated into March: the kept summary goes, and both views move together.
    await log(world, ana, smoking, ['2025-04-02'], 'slip');
    expect(await expectBoardAgreesWithStats(world, (await groupLeaderboard(world.deps, groupId, 'month'))!, [ana, bia])).toBe(4);

    world.clock.set('2025-06-30T12:00:00Z');
    await log(world, ana, pushups, days('2025-05-01', 60, (i) => i % 5 !== 0), 'done', 25);
    await log(world, bia, gym, days('2025-05-01', 60, (i) => i % 2 === 0));
    const later = await groupLeaderboard(world.deps, groupId, 'month');
    expect(await expectBoardAgreesWithStats(world, later!, [ana, bia])).toBe(4);
    expect((await groupLeaderboard(world.deps, groupId, 'month'))?.rows).toEqual(later?.rows);
  });

  it('ranks by rate with shared ranks, gives the group streak, the group stats and a member own shared stats', async () => {
    // Wednesday 12 March 2025; the group began on Monday 10 February.
    const world = worldOf(db, '2025-03-12T12:00:00Z');
    const [ana, bia, cid] = await Promise.all(['Ana', 'Bia', 'Cid'].map(async (displayName) => {
      const user = await givenUser(world);
      return (await world.deps.repos.users.update(user.id, { displayName })) ?? user;
    })) as [User, User, User];
    const read = await givenHabit(world, ana, { name: 'Read', startDate: '2025-02-10' });
    const run = await givenHabit(world, bia, { name: 'Run', startDate: '2025-02-10' });
    const swim = await givenHabit(world, bia, { name: 'Swim', startDate: '2025-02-10' });
    const walk = await givenHabit(world, cid, { name: 'Walk', startDate: '2025-02-10' });
    await log(world, ana, read, days('2025-02-10', 31));
    await log(world, bia, run, days('2025-02-10', 31));
    await log(world, bia, swim, days('2025-02-10', 31));
    // Cid missed on Thursday 27 February: the streak is the week of 3 March (this one is not over).
    await log(world, cid, walk, days('2025-02-10', 31, (i) => i !== 17));
    const groupId = await givenGroup('2025-02-10T09:00:00Z');
    await member(groupId, ana, [read], '2025-02-10T09:00:00Z');
    await member(groupId, bia, [run, swim], '2025-02-10T09:00:00Z');
    await member(groupId, cid, [walk], '2025-02-10T09:00:00Z');

    const week = await groupLeaderboard(world.deps, groupId, 'week');
    const brief = (board: GroupBoard | null) => board?.rows.map((row) => [row.name, row.rank, row.met, row.decided]);
    expect(brief(week)).toEqual([['Ana', 1, 3, 3], ['Bia', 1, 6, 6], ['Cid', 1, 3, 3]]);
    expect(week?.groupStreak).toBe(1);
    const all = await groupLeaderboard(world.deps, groupId, 'all');
    expect(brief(all)).toEqual([['Ana', 1, 31, 31], ['Bia', 1, 62, 62], ['Cid', 3, 30, 31]]);
    expect(all?.rows.map((row) => row.streak?.count)).toEqual([31, 31, 13]);

    const stats = await groupStats(world.deps, groupId);
    expect(stats).toMatchObject({ memberCount: 3, sharedHabitCount: 4, week: { met: 12, decided: 12, rate: 1 }, groupStreak: 1 });
    expect(stats?.bestStreak?.habit.name).toMatch(/Read|Run|Swim/);

    const mine = await memberSharedStats(world.deps, groupId, bia.id);
    expect(mine?.stats.habits.map(({ habit }) => habit.name)).toEqual(['Run', 'Swim']);
    expect(mine?.weekRow?.rank).toBe(1);
    expect(await memberSharedStats(world.deps, groupId, (await givenUser(world)).id)).toBeNull();
    expect(await groupLeaderboard(world.deps, '00000000-0000-4000-8000-000000000000', 'week')).toBeNull();
  });
});
