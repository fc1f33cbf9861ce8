// Issue 11 item 7 figure: weekly recaps for 10,000 groups due in the same minute, swept and
// enqueued on BullMQ (goal <= 10 s, 0 duplicates). A sweep-only process (no deliveries), so the
// queue holds exactly what the sweep enqueued: one job per group and local week, by job id.
// A second sweep in the same minute (and a second sweeper racing the first) must add nothing.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createDatabase } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import type { Notifier } from '../../src/dialog/messages.js';
import { startJobWorker } from '../../src/jobs/index.js';
import { FixedClock } from '../../test/support/clock.js';
import { createTestDatabase } from '../../test/support/db.js';
import type { BenchContext } from '../run.js';

const PLANNED_AT = '2026-11-29T12:00:00Z';
const DUE_AT = '2026-11-29T17:00:05Z'; // Sunday 18:00 in Berlin, just after

const unused: Notifier = { send: () => Promise.reject(new Error('this bench only sweeps')) };

export default async function groupsRecaps(context: BenchContext): Promise<void> {
  const count = Number(process.env.BENCH_GROUPS ?? 10_000);
  const database = await createTestDatabase(context.databaseUrl);
  const handle = await createDatabase({ databaseUrl: database.url!, maxConnections: 10 });
  const clock = new FixedClock(PLANNED_AT);
  const prefix = `bench-${randomUUID()}`;
  const options = {
    redisUrl: context.redisUrl, prefix, database: handle, repos: createRepositories(handle), clock,
    coach: createTemplateCoach(await loadPersonalities()), notifiers: { telegram: unused }, sweeps: false, deliveries: false, limiter: null,
  };
  const sweepers = [await startJobWorker(options), await startJobWorker(options)];
  try {
    await handle.db.execute(sql`
      insert into groups (name, time_zone, recap_day, recap_time, last_active_at)
      select 'Group ' || g, 'Europe/Berlin', 7, '18:00', ${PLANNED_AT}::timestamptz from generate_series(1, ${count}) as g`);
    await handle.db.execute(sql`
      insert into group_chats (group_id, platform, chat_id)
      select id, 'telegram', (-1000000000000 - row_number() over (order by id))::text from groups`);
    await handle.db.execute(sql`analyze`);

    const planning = Date.now();
    const planned = await sweepers[0]!.runSweep();
    context.report({ name: 'groups_plan_10k_recaps', value: Date.now() - planning, unit: 'ms', planned: planned.planned });

    clock.set(DUE_AT);
    const started = Date.now();
    // Two sweepers at once, as two worker processes would: rows are claimed by one of them only.
    const swept = await Promise.all(sweepers.map((sweeper) => sweeper.runSweep()));
    const seconds = (Date.now() - started) / 1000;
    const again = await sweepers[0]!.runSweep();
    const jobs = await sweepers[0]!.deliveries.getJobs(['waiting', 'delayed', 'prioritized'], 0, count * 2);
    const ids = new Set(jobs.map((job) => job.id));
    const groups = new Set(jobs.map((job) => (job.data as { groupId: string }).groupId));
    context.report({
      name: 'groups_sweep_enqueue_10k_recaps_same_minute', value: Math.round(seconds * 100) / 100, unit: 's', goal: '<= 10 s',
      groups: count, enqueued: swept.reduce((sum, report) => sum + report.enqueued, 0), enqueuedBySecondSweep: again.enqueued,
      jobs: jobs.length, duplicates: jobs.length - ids.size + (ids.size - groups.size), missing: count - groups.size,
    });
  } finally {
    for (const sweeper of sweepers) await sweeper.close();
    await handle.close();
    await database.close();
  }
}
