// The dialog bench's baseline: single-row inserts of an entries-like row into the same server,
// one awaited after another, on one connection or from many inserters at once.
import type postgres from 'postgres';
import { measureBackendCpu, measureCpu } from './probe.js';

export interface RawRate { perSecond: number; nodeCpuUsPerInsert: number; postgresCpuUsPerInsert: number | null }

/** The server processes behind every connection to the database (a pool's, once warmed). */
export async function backendPids(sql: postgres.Sql, database: string): Promise<number[]> {
  const rows = await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database}`;
  return rows.map((row) => row.pid);
}

/** `workers` inserters at once, each awaiting `perWorker` inserts one after another. */
export async function rawInserts(
  sql: postgres.Sql, database: string, owner: { userId: string; habitId: string }, workers: number, perWorker: number, run: string,
): Promise<RawRate> {
  const insertOne = (key: string) => sql`
    insert into bench_raw_entries (user_id, habit_id, habit_multiple_per_day, kind, local_date, quantity, source, idempotency_key)
    values (${owner.userId}, ${owner.habitId}, true, 'done', '2025-06-15', 20, 'chat', ${key})`;
  // Warm the prepared statement on every connection first.
  await Promise.all(Array.from({ length: workers }, (_, w) => insertOne(`${run}-warm-${w}`)));
  const backends = measureBackendCpu(await backendPids(sql, database));
  const cpu = measureCpu();
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: workers }, async (_, w) => {
    for (let i = 0; i < perWorker; i += 1) await insertOne(`${run}-${w}-${i}`);
  }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const inserts = workers * perWorker;
  const serverCpuMs = backends();
  return {
    perSecond: inserts / seconds,
    nodeCpuUsPerInsert: (cpu().processCpuMs * 1000) / inserts,
    postgresCpuUsPerInsert: serverCpuMs === null ? null : (serverCpuMs * 1000) / inserts,
  };
}
