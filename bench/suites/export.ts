// Issue 18.13: /export of an account with 1M entries, streamed (JSON and CSV) into a sink that
// only counts bytes, the way an adapter's upload reads it. Figures: time, and peak memory
// (RSS and V8 heap) above what the process used before the export started, sampled every 20 ms.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../src/app/deps.js';
import { openExport, type ExportFormat } from '../../src/app/export-stream.js';
import { rowsOf } from '../../src/db/client.js';
import { createTestDatabase } from '../../test/support/db.js';
import { FixedClock } from '../../test/support/clock.js';
import type { BenchContext } from '../run.js';

const HABITS = 50;
const DAYS = 1826; // five years
const PER_DAY = 11; // 50 x 1826 x 11 = 1,004,300 entries
const MB = 1024 * 1024;

function memorySampler(): () => { rssMb: number; heapMb: number } {
  global.gc?.();
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 20);
  return () => {
    clearInterval(timer);
    return { rssMb: Math.round((rss - base.rss) / MB), heapMb: Math.round((heap - base.heapUsed) / MB) };
  };
}

async function streamOnce(deps: AppDeps, userId: string, format: ExportFormat): Promise<{ ms: number; cpuMs: number; bytes: number; rssMb: number; heapMb: number }> {
  const opened = await openExport(deps, { id: userId }, format);
  if (!opened) throw new Error('no such person');
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const peak = memorySampler();
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await pipeline(Readable.from(opened.chunks()), sink);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, bytes, ...peak() };
}

export default async function exportSuite(context: BenchContext): Promise<void> {
  const database = await createTestDatabase(context.databaseUrl);
  try {
    const deps: AppDeps = { repos: database.repos, clock: new FixedClock('2025-06-15T12:00:00Z') };
    const user = await deps.repos.users.create({ platform: 'console', externalId: 'exporter' }, { displayName: 'Exporter', timeZone: 'UTC', locale: 'en' });
    for (let i = 0; i < HABITS; i += 1) {
      await deps.repos.habits.create(user.id, { name: `Habit ${i}`, startDate: '2020-06-14', multiplePerDay: true });
    }
    const raw = (query: Parameters<typeof database.handle.db.execute>[0]) => database.handle.db.execute(query);
    await raw(sql`
      insert into entries (user_id, habit_id, habit_multiple_per_day, kind, local_date, quantity, note, source, created_at)
      select h.user_id, h.id, true, 'done', d::date, n, case when n % 10 = 0 then 'a short note, "quoted"' end, 'import',
             d + make_interval(mins => n)
      from habits h cross join generate_series('2020-06-14'::date, '2020-06-14'::date + ${DAYS - 1}::int, interval '1 day') d
      cross join generate_series(1, ${PER_DAY}::int) n
      where h.user_id = ${user.id}`);
    await raw(sql`analyze entries`);
    const [count] = rowsOf<{ n: number }>(await raw(sql`select count(*)::int as n from entries where user_id = ${user.id}`));

    // The page query must walk the export-order index, not sort the whole history each page.
    const plan = rowsOf<{ 'QUERY PLAN': string }>(await raw(sql`explain select id from entries where user_id = ${user.id}
      and (local_date, created_at, id) > ('2022-01-01'::date, '2022-01-01T10:00:00Z'::timestamptz, '00000000-0000-4000-8000-000000000000'::uuid)
      order by local_date, created_at, id limit 2000`)).map((row) => row['QUERY PLAN']).join(' | ');
    process.stderr.write(`bench export: page plan: ${plan}\n`);
    for (const format of ['json', 'csv'] as const) {
      const run = await streamOnce(deps, user.id, format);
      context.report({ name: `export_1m_entries_${format}_time`, value: Math.round(run.ms), unit: 'ms', entries: count?.n, bytes: run.bytes, node_cpu_ms: Math.round(run.cpuMs) });
      context.report({ name: `export_1m_entries_${format}_peak_rss`, value: run.rssMb, unit: 'MB', note: 'growth above the process before the export' });
      context.report({ name: `export_1m_entries_${format}_peak_heap`, value: run.heapMb, unit: 'MB', note: 'growth above the heap before the export' });
    }
  } finally {
    await database.close();
  }
}
