// What a group reads: the leaderboard, the group's /stats, a member's /stats me and the weekly
// recap, in the group's language, on real PostgreSQL, with every number checked and nothing that
// was not shared.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupLeaderboard, groupStats, memberSharedStats } from '../../src/app/board.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { addDays } from '../../src/core/day.js';
import type { Habit, User } from '../../src/core/types.js';
import { rowsOf } from '../../src/db/client.js';
import { groupStatsText, leaderboardText, memberSharedStatsText } from '../../src/dialog/board-text.js';
import { composeGroupRecap } from '../../src/dialog/group-recap.js';
import { createTranslator } from '../../src/dialog/i18n/index.js';
import { givenHabit, givenUser, worldOf, type World } from '../app/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const execute = async (query: ReturnType<typeof sql>) => rowsOf<Record<string, unknown>>(await db.handle.db.execute(query));

async function named(world: World, displayName: string): Promise<User> {
  const user = await givenUser(world);
  return (await world.deps.repos.users.update(user.id, { displayName })) ?? user;
}

async function logEach(world: World, user: User, habit: Habit, from: string, count: number, skip: (index: number) => boolean = () => false) {
  for (let index = 0; index < count; index += 1) {
    if (skip(index)) continue;
    await world.deps.repos.entries.add(user.id, { habitId: habit.id, kind: 'done', localDate: addDays(from, index), source: 'import' });
  }
}

/**
 * Sunday 16 March 2025, 18:00 in Lisbon (the recap time). Since Monday 3 March Ana read every
 * day; Bia ran every day but Thursday 13 March, and keeps a private diary every day.
 */
async function givenGroupWeek(locale: 'en' | 'pt-BR') {
  const world = worldOf(db, '2025-03-16T18:00:00Z');
  const ana = await named(world, 'Ana');
  const bia = await named(world, 'Bia');
  const read = await givenHabit(world, ana, { name: 'Read', emoji: '📚', startDate: '2025-03-03' });
  const run = await givenHabit(world, bia, { name: 'Run', startDate: '2025-03-03' });
  const diary = await givenHabit(world, bia, { name: 'Secret diary', startDate: '2025-03-03' });
  await logEach(world, ana, read, '2025-03-03', 14);
  await logEach(world, bia, run, '2025-03-03', 14, (index) => index === 10);
  await logEach(world, bia, diary, '2025-03-03', 14);
  const [group] = await execute(sql`insert into groups (name, time_zone, week_start, locale, personality, created_at)
    values ('Early birds', 'Europe/Lisbon', 1, ${locale}, 'mentor', '2025-03-01T09:00:00Z') returning id`);
  const groupId = String(group?.id);
  for (const [user, habit] of [[ana, read], [bia, run]] as const) {
    await execute(sql`insert into group_members (group_id, user_id, joined_at) values (${groupId}, ${user.id}, '2025-03-01T09:00:00Z')`);
    await execute(sql`insert into group_shares (group_id, user_id, habit_id, shared_at) values (${groupId}, ${user.id}, ${habit.id}, '2025-03-01T09:00:00Z')`);
  }
  return { world, ana, bia, groupId };
}

describe('a group reads its numbers', () => {
  it('the leaderboard ranks by the share of due days met, with streaks and the group streak', async () => {
    const { world, groupId } = await givenGroupWeek('en');
    const board = await groupLeaderboard(world.deps, groupId, 'week');
    expect(leaderboardText(createTranslator('en'), 'en', board!)).toBe([
      '**🏆 Early birds: this week**',
      '1. Ana: 100% (7 of 7) · 🔥 14 days',
      '2. Bia: 86% (6 of 7) · 🔥 3 days',
      '',
      // Bia missed on Thursday: this week already breaks the group streak.
      '👥 Group streak: 0 weeks. A whole week with everyone on track starts one.',
      'Ranked by the share of due days (or weeks) met, so one habit and five compete fairly. Skips and pauses are not counted.',
    ].join('\n'));
  });

  it('the group /stats and a member /stats me show only what is shared', async () => {
    const { world, groupId, bia } = await givenGroupWeek('en');
    const t = createTranslator('en');
    const stats = groupStatsText(t, 'en', (await groupStats(world.deps, groupId))!);
    expect(stats).toBe([
      '**📊 Early birds**',
      '2 members · 2 shared habits',
      'This week: 93% of what was due is done (13 of 14).',
      'This month: 96% (27 of 28).',
      '👥 Group streak: 0 weeks. A whole week with everyone on track starts one.',
      'Longest current streak: Ana, 📚 Read, 14 days.',
    ].join('\n'));
    const mine = memberSharedStatsText(t, 'en', 'Bia', (await memberSharedStats(world.deps, groupId, bia.id))!);
    expect(mine).toContain('**Bia: what you share with Early birds**');
    expect(mine).toContain('**Run**');
    expect(mine).toContain('This week: #2 on the leaderboard, 86%.');
    expect(`${stats}\n${mine}`).not.toContain('Secret diary');
  });

  it('a week everyone kept counts for the group streak once it is over', async () => {
    const { world, groupId } = await givenGroupWeek('en');
    // On Wednesday 12 March, before Bia's miss: the week of 3 March (the habits' first) was kept
    // by everyone; this one is not over. The group began the week before, when nothing was due yet.
    world.clock.set('2025-03-12T12:00:00Z');
    expect((await groupLeaderboard(world.deps, groupId, 'week'))?.groupStreak).toBe(1);
  });

  it('the weekly recap, in the group language, has each member week, the leaderboard, the streaks and a coach line', async () => {
    const { world, groupId } = await givenGroupWeek('pt-BR');
    const templates = createTemplateCoach(await loadPersonalities());
    const recap = await composeGroupRecap({ app: world.deps, templates }, groupId, world.clock.now());
    expect(recap?.locale).toBe('pt-BR');
    const lines = recap?.text.split('\n') ?? [];
    expect(lines.slice(0, 14)).toEqual([
      expect.stringMatching(/^\*\*📅 Early birds: a semana de .*10.*\*\*$/),
      '',
      '**A semana de cada um**',
      '• Ana: 7 de 7 (100%)',
      '• Bia: 6 de 7 (86%)',
      '',
      '**Placar**',
      '1. Ana: 100% (7 de 7) · 🔥 14 dias',
      '2. Bia: 86% (6 de 7) · 🔥 3 dias',
      '',
      '**Sequências**',
      '• Ana: 📚 Read, 14 dias',
      '• Bia: Run, 3 dias',
      '👥 Sequência do grupo: 0 semanas. Uma semana inteira com todo mundo em dia começa uma.',
    ]);
    expect(lines.at(-1)).toMatch(/^💬 \S/);
    expect(recap?.text).not.toContain('Secret diary');
    expect(recap?.text).not.toMatch(/\{\w+\}/);
    expect(await composeGroupRecap({ app: world.deps, templates }, '00000000-0000-4000-8000-000000000000', world.clock.now())).toBeNull();
  });
});
