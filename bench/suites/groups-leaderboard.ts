// Issue 11 figure: the leaderboard of a group with 1,000 members x 5 shared habits x 1 year of
// entries (about 1.5 M rows), goal <= 50 ms. Reading every entry for "all time" cannot fit, so
// the leaderboard keeps a summary per habit (schema/board.ts: its closed periods folded, dropped
// by triggers when anything before its cut changes) and reads only the entries since (app/
// board-load.ts). Figures, each the median of RUNS reads after a warm-up:
// - week, month, all: with the summaries kept (the steady state: a read the same day);
// - first read: no summaries yet (the whole history read once, folded and kept);
// - a week on: summaries older than REFRESH_AFTER_DAYS are carried forward and kept (once a week).
// Seeded in SQL (generate_series), not through the dialog: users in three zones and both week
// starts; per member a daily habit, a numeric one (some days short of the target), a 3-a-week
// one, an every-2-days one and a break habit; a tenth of days missed, some skips and slips.
import { sql } from 'drizzle-orm';
import { groupLeaderboard, type BoardPeriod } from '../../src/app/board.js';
import type { AppDeps } from '../../src/app/deps.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { FixedClock } from '../../test/support/clock.js';
import { createTestDatabase } from '../../test/support/db.js';
import type { BenchContext } from '../run.js';
import { median, timed } from './foundation.js';

const MEMBERS = 1_000;
const RUNS = 15;
const NOW = '2025-06-18T12:00:00Z';
const round = (ms: number) => Math.round(ms * 100) / 100;

export default async function groupsLeaderboard(context: BenchContext): Promise<void> {
  const database = await createTestDatabase(context.databaseUrl);
  try {
    const clock = new FixedClock(NOW);
    const deps: AppDeps = { repos: createRepositories(database.handle), clock };
    const raw = (query: ReturnType<typeof sql>) => database.handle.db.execute(query);
    const seeded = Date.now();
    await raw(sql`
      insert into users (display_name, time_zone, week_start)
      select 'Member ' || i, (array['Europe/Lisbon', 'America/Sao_Paulo', 'Asia/Tokyo'])[1 + i % 3], case when i % 4 = 0 then 7 else 1 end
      from generate_series(1, ${MEMBERS}) i`);
    await raw(sql`
      insert into habits (user_id, name, kind, frequency_kind, frequency_times, frequency_every_n, target_quantity, target_unit, target_direction, start_date)
      select u.id, k.name, k.kind, k.freq, k.times, k.every_n, k.quantity, k.unit, k.direction, date '2024-06-18'
      from users u cross join (values
        ('Read', 'build', 'daily', null::smallint, null::smallint, null::float8, null, null),
        ('Pushups', 'build', 'daily', null, null, 20, 'pushups', 'at_least'),
        ('Gym', 'build', 'per_week', 3, null, null, null, null),
        ('Water plants', 'build', 'every_n_days', null, 2, null, null, null),
        ('No smoking', 'break', 'daily', null, null, null, null, null)
      ) as k(name, kind, freq, times, every_n, quantity, unit, direction)`);
    await raw(sql`
      insert into entries (user_id, habit_id, habit_multiple_per_day, kind, local_date, quantity, source, created_at)
      select h.user_id, h.id, h.multiple_per_day,
        case when h.kind = 'break' then 'slip' when r < 0.04 then 'skip' else 'done' end,
        d::date,
        case when h.target_quantity is not null and h.kind = 'build' and r >= 0.04 then case when r < 0.15 then 12 else 20 end end,
        'import', d + interval '20 hours'
      from habits h cross join generate_series(date '2024-06-18', date '2025-06-17', interval '1 day') d
      cross join lateral (select abs(hashtext(h.id::text || d::text)) / 2147483647.0 as r) random
      where case when h.kind = 'break' then r < 0.03 when h.frequency_kind = 'per_week' then r < 0.5 else r >= 0.1 end`);
    const [group] = (await raw(sql`insert into groups (name, time_zone, week_start, created_at) values ('Bench', 'Europe/Lisbon', 1, '2024-06-01') returning id`)) as { id: string }[]
      ?? [];
    const groupId = String(group?.id ?? ((await raw(sql`select id from groups where name = 'Bench'`)) as { id: string }[])[0]?.id);
    await raw(sql`insert into group_members (group_id, user_id, joined_at) select ${groupId}, id, '2024-06-01' from users`);
    await raw(sql`insert into group_shares (group_id, user_id, habit_id, shared_at) select ${groupId}, user_id, id, '2024-06-01' from habits`);
    await raw(sql`analyze`);
    const [{ n: rows }] = (await raw(sql`select count(*)::int as n from entries`)) as [{ n: number }];
    process.stderr.write(`bench: groups seeded ${rows} entries in ${Date.now() - seeded} ms\n`);

    const read = (period: BoardPeriod) => groupLeaderboard(deps, groupId, period);
    const detail = { members: MEMBERS, habits: MEMBERS * 5, entries: rows, goal: '<= 50', runs: RUNS };

    const first = await timed(() => read('all'));
    context.report({ name: 'group_leaderboard_1000x5x1y_first_read', value: round(first), unit: 'ms', ...detail, goal: 'once per habit' });

    const times = new Map<BoardPeriod, number[]>();
    for (let i = 0; i < RUNS + 2; i += 1) {
      for (const period of ['week', 'month', 'all'] as const) {
        const ms = await timed(() => read(period));
        if (i >= 2) times.set(period, [...(times.get(period) ?? []), ms]);
      }
    }
    for (const [period, values] of times) {
      context.report({ name: `group_leaderboard_1000x5x1y_${period}`, value: round(median(values)), min: round(Math.min(...values)), unit: 'ms', ...detail, summaries: 'kept' });
    }

    clock.advanceDays(8);
    const carried = await timed(() => read('week'));
    context.report({ name: 'group_leaderboard_1000x5x1y_week_on', value: round(carried), unit: 'ms', ...detail, goal: 'once a week' });
  } finally {
    await database.close();
  }
}
