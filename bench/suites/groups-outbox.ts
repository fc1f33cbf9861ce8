// Issue 11 item 8 figure (`npm run bench -- groups`): the dialog log throughput with the domain-
// event outbox on (every entry written with its event, in the same statement) against the same
// run with it off (the bench-only `outbox: false` of the repositories), as a ratio. Goal >= 0.85.
// Same database, same people, same messages; each run starts with no entries and no events (a
// day's log grows with every message: later runs would read longer days), and runs alternate
// off, on, on, off so what drift is left (a warmer cache, other load on the machine) falls on
// both sides alike. Each run: its own bot pool, an untimed warm-up, then the timed messages.
// Delivery is not running: this measures the log path.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { AppDeps } from '../../src/app/deps.js';
import { createDatabase, migrateDatabase } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { FixedClock } from '../../test/support/clock.js';
import type { BenchContext } from '../run.js';
import { startBots } from '../support/bots.js';
import { measureBackendCpu, measureCpu } from '../support/probe.js';
import { backendPids } from '../support/raw-inserts.js';
import { seedPerson, withDatabase, type Person } from './dialog.js';

const NOW = '2025-06-15T12:00:00Z';
const USERS = Number(process.env.BENCH_DIALOG_USERS ?? 100);
const MESSAGES_PER_USER = Number(process.env.BENCH_DIALOG_MESSAGES ?? 100);
const WARMUP_PER_USER = 20;
const POOL = Number(process.env.BENCH_DIALOG_POOL ?? 10);
/** Rounds of off, on, on, off. */
const ROUNDS = Number(process.env.BENCH_OUTBOX_ROUNDS ?? 2);

interface Run { outbox: boolean; rate: number; nodeCpuMs: number; postgresCpuMs: number | null; sent: number; events: number }

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

async function measure(url: string, name: string, raw: postgres.Sql, people: Person[], outbox: boolean, run: string): Promise<Run> {
  await raw`truncate entries, events cascade`;
  const bots = await startBots({ databaseUrl: url, pool: POOL, now: NOW, outbox, people: people.map(({ index, messages }) => ({ index, messages })) }, 1);
  try {
    await bots.send(0, WARMUP_PER_USER, `${run}-warm`, false);
    const eventsBefore = Number((await raw`select count(*)::int as n from events`)[0]!.n);
    const backends = measureBackendCpu(await backendPids(raw, name));
    const cpu = measureCpu();
    const started = process.hrtime.bigint();
    const timed = await bots.send(WARMUP_PER_USER, WARMUP_PER_USER + MESSAGES_PER_USER, run, false);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const usage = cpu();
    const postgresCpuMs = backends();
    const sent = people.length * MESSAGES_PER_USER;
    if (timed.failures.length > 0) process.stderr.write(`bench outbox: replies not logged: ${JSON.stringify(timed.failures)}\n`);
    const events = Number((await raw`select count(*)::int as n from events`)[0]!.n) - eventsBefore;
    return { outbox, rate: sent / seconds, nodeCpuMs: usage.processCpuMs, postgresCpuMs, sent, events };
  } finally {
    await bots.close();
  }
}

function summary(runs: Run[]) {
  const sent = runs.reduce((sum, run) => sum + run.sent, 0);
  const postgresKnown = runs.every((run) => run.postgresCpuMs !== null);
  return {
    rate: runs.reduce((sum, run) => sum + run.rate, 0) / runs.length,
    rates: runs.map((run) => round(run.rate, 1)),
    node_cpu_ms_per_message: round(runs.reduce((sum, run) => sum + run.nodeCpuMs, 0) / sent),
    postgres_cpu_ms_per_message: postgresKnown ? round(runs.reduce((sum, run) => sum + run.postgresCpuMs!, 0) / sent) : null,
    events_written: runs.reduce((sum, run) => sum + run.events, 0),
    sent,
  };
}

export default async function groupsOutbox(context: BenchContext): Promise<void> {
  const name = `habit_coach_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(context.databaseUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database "${name}"`);
  const url = withDatabase(context.databaseUrl, name);
  const raw = postgres(url, { max: 2, onnotice: () => undefined });
  try {
    const people: Person[] = [];
    const setup = await createDatabase({ databaseUrl: url, maxConnections: 2 });
    try {
      await migrateDatabase(setup);
      const app: AppDeps = { repos: createRepositories(setup), clock: new FixedClock(NOW) };
      for (let index = 0; index < USERS; index += 1) people.push(await seedPerson(app, index));
    } finally {
      await setup.close();
    }
    // One run thrown away first: the first bot pool of the process runs well below the rest.
    await measure(url, name, raw, people, true, 'discarded');
    const runs: Run[] = [];
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const [slot, outbox] of [false, true, true, false].entries()) runs.push(await measure(url, name, raw, people, outbox, `r${r}s${slot}`));
    }
    const off = summary(runs.filter((run) => !run.outbox));
    const on = summary(runs.filter((run) => run.outbox));
    if (off.events_written !== 0 || on.events_written !== on.sent) {
      process.stderr.write(`bench outbox: expected 0 events off and ${on.sent} on, got ${off.events_written} and ${on.events_written}\n`);
    }
    const details = (side: ReturnType<typeof summary>) => ({ ...side, rate: undefined });
    context.report({ name: 'groups_outbox_off_log_messages_per_second', value: round(off.rate, 1), unit: 'msg/s', users: USERS, pool: POOL, ...details(off) });
    context.report({ name: 'groups_outbox_on_log_messages_per_second', value: round(on.rate, 1), unit: 'msg/s', users: USERS, pool: POOL, ...details(on) });
    context.report({
      name: 'groups_outbox_log_throughput_ratio', value: round(on.rate / off.rate), unit: 'x', goal: '>= 0.85',
      runs: runs.length, order: 'off,on,on,off per round',
    });
    // On a shared machine wall-clock rates swing with other load; the CPU a message costs (this
    // process and its PostgreSQL backends) does much less, so its ratio is reported beside.
    if (off.postgres_cpu_ms_per_message !== null && on.postgres_cpu_ms_per_message !== null) {
      context.report({
        name: 'groups_outbox_cpu_per_message_ratio', unit: 'x', goal: '>= 0.85 (off / on)',
        value: round((off.node_cpu_ms_per_message + off.postgres_cpu_ms_per_message) / (on.node_cpu_ms_per_message + on.postgres_cpu_ms_per_message)),
      });
    }
  } finally {
    await raw.end({ timeout: 5 });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}
