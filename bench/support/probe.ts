// What a timed window cost: this process's CPU, the whole machine's CPU (from /proc/stat, so the
// database server's share shows too), and the statements a postgres.js client sent.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

interface MachineTicks { busy: number; total: number }

function machineTicks(): MachineTicks | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

export interface CpuReport {
  /** This process's CPU time (user + system), ms. */
  processCpuMs: number;
  /** Busy share of all cores over the window, 0-100 (null off Linux). */
  machineBusyPct: number | null;
  cores: number;
}

/** Starts measuring; call the result to stop. */
export function measureCpu(): () => CpuReport {
  const process0 = process.cpuUsage();
  const machine0 = machineTicks();
  return () => {
    const used = process.cpuUsage(process0);
    const machine1 = machineTicks();
    const machineBusyPct = machine0 && machine1 && machine1.total > machine0.total
      ? (100 * (machine1.busy - machine0.busy)) / (machine1.total - machine0.total)
      : null;
    return { processCpuMs: (used.user + used.system) / 1000, machineBusyPct, cores: cpus().length };
  };
}

/**
 * CPU time (ms) a process has used: /proc/<pid>/schedstat (ns, exact) or else /proc/<pid>/stat
 * (utime + stime at 100 ticks/s, too coarse for short bursts); null when unreadable.
 */
function processCpuMs(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    // fall through to /proc/<pid>/stat
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state: utime is 14th overall, stime 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Starts measuring the CPU of the given server backends (pids from pg_stat_activity; the server
 * must run on this machine); call the result to stop. Null when /proc cannot be read.
 */
export function measureBackendCpu(pids: number[]): () => number | null {
  const before = new Map(pids.map((pid) => [pid, processCpuMs(pid)]));
  return () => {
    let total = 0;
    for (const [pid, start] of before) {
      const end = processCpuMs(pid);
      if (start === null || end === null) return null;
      total += end - start;
    }
    return total;
  };
}

/** The postgres.js client under a drizzle database (drizzle keeps it as `$client`). */
interface PostgresJsClient { options: { debug?: unknown } }

export interface QueryCounter {
  total(): number;
  /** Statements by their first words, most frequent first (only when `byStatement`). */
  breakdown(): [string, number][];
  stop(): void;
}

/** Counts every statement the client sends (postgres.js calls `options.debug` for each). */
export function countQueries(db: unknown, byStatement = false): QueryCounter {
  const client = (db as { $client?: PostgresJsClient }).$client;
  if (!client) throw new Error('countQueries: not a postgres.js drizzle database');
  let total = 0;
  const statements = new Map<string, number>();
  client.options.debug = (_connection: number, query: string) => {
    total += 1;
    if (!byStatement) return;
    const key = query.replace(/\s+/g, ' ').slice(0, 90);
    statements.set(key, (statements.get(key) ?? 0) + 1);
  };
  return {
    total: () => total,
    breakdown: () => [...statements].sort((a, b) => b[1] - a[1]),
    stop: () => { client.options.debug = false; },
  };
}
