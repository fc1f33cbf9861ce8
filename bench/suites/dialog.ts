// Issue 3 figure: log messages per second through the whole stack (conversation -> router ->
// rule parser -> app use cases -> repositories -> PostgreSQL) at 100 concurrent users, with
// p50/p99 latency, beside the raw single-row insert rate of the same PostgreSQL measured in
// the same run (one awaited INSERT after another on one connection, the median of three runs, and the same at 100
// concurrent inserters). Goal: dialog msgs/s / raw inserts/s >= 0.3.
import { randomBytes, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { createHabit } from '../../src/app/habits.js';
import type { AppDeps } from '../../src/app/deps.js';
import { completeOnboarding } from '../../src/app/users.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import type { Locale, User } from '../../src/core/types.js';
import { createDatabase, migrateDatabase } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { createConversation } from '../../src/dialog/conversation.js';
import type { Conversation, Reply } from '../../src/dialog/messages.js';
import { FixedClock } from '../../test/support/clock.js';
import type { BenchContext } from '../run.js';
import { countQueries, measureBackendCpu, measureCpu } from '../support/probe.js';

const NOW = '2025-06-15T12:00:00Z';
const USERS = Number(process.env.BENCH_DIALOG_USERS ?? 100);
/** Timed messages per person: long enough for a steady rate, not a JIT warm-up figure. */
const MESSAGES_PER_USER = Number(process.env.BENCH_DIALOG_MESSAGES ?? 100);
/** Untimed messages per person first: the JIT compiles the hot path, every connection prepares its statements. */
const WARMUP_PER_USER = 20;
/**
 * Connections shared by the 100 users: the app's own default pool (createDatabase's 10). On a
 * 2-core machine a small pool also carries the most messages a second: fewer server processes
 * compete for the cores, and each connection's queries share its socket writes.
 * BENCH_DIALOG_POOL overrides.
 */
const POOL = Number(process.env.BENCH_DIALOG_POOL ?? 10);
const RAW_SEQUENTIAL_INSERTS = 5000;
/**
 * One connection's round trips swing with where the scheduler puts the two processes; the
 * baseline is the median of this many runs.
 */
const RAW_SEQUENTIAL_RUNS = 3;
const RAW_INSERTS_PER_WORKER = 50;
/** BENCH_DIALOG_PROFILE=1 also prints the statements sent during the timed run, by kind. */
const PROFILE = process.env.BENCH_DIALOG_PROFILE === '1';

/** Habits with a numeric target take several entries a day, so a stream of logs never hits "already done". */
const HABITS: Record<Locale, { name: string; quantity: number; unit: string; messages: string[] }[]> = {
  en: [
    { name: 'Pushups', quantity: 100, unit: 'reps', messages: ['did 20 pushups', 'did 15 pushups'] },
    { name: 'Reading', quantity: 30, unit: 'pages', messages: ['read 10 pages', 'read 12 pages'] },
    { name: 'Meditation', quantity: 20, unit: 'min', messages: ['meditated 10 min', 'meditated 5 minutes'] },
  ],
  'pt-BR': [
    { name: 'Flexões', quantity: 100, unit: 'reps', messages: ['fiz 20 flexões', 'fiz 15 flexões'] },
    { name: 'Leitura', quantity: 30, unit: 'páginas', messages: ['li 10 páginas', 'li 12 páginas'] },
    { name: 'Meditação', quantity: 20, unit: 'min', messages: ['meditei 10 min', 'meditei 5 minutos'] },
  ],
};

interface Person {
  user: User;
  messages: string[];
}

/** The server processes behind every connection to the bench database (the pool's, once warmed). */
async function backendPids(sql: postgres.Sql, database: string): Promise<number[]> {
  const rows = await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database}`;
  return rows.map((row) => row.pid);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** An onboarded person (half of them in Portuguese) with three habits, and the stream they will send. */
async function seedPerson(app: AppDeps, index: number): Promise<Person> {
  const locale: Locale = index % 2 === 0 ? 'en' : 'pt-BR';
  const created = await app.repos.users.create(
    { platform: 'console', externalId: `bench-${index}` },
    { displayName: `Bench ${index}`, timeZone: 'UTC', locale },
  );
  const onboarded = await completeOnboarding(app, created, { personality: (['mentor', 'yoda', 'general'] as const)[index % 3]! });
  if (!onboarded.ok) throw new Error(`onboarding failed: ${JSON.stringify(onboarded)}`);
  for (const habit of HABITS[locale]) {
    const outcome = await createHabit(app, onboarded.user, { name: habit.name, target: { quantity: habit.quantity, unit: habit.unit } });
    if (!outcome.ok) throw new Error(`habit failed: ${JSON.stringify(outcome)}`);
  }
  const pool = HABITS[locale].flatMap((habit) => habit.messages);
  // Alternate habits, offset per person so the users do not all say the same thing at once.
  const messages = Array.from({ length: WARMUP_PER_USER + MESSAGES_PER_USER }, (_, i) => {
    const habit = HABITS[locale][(i + index) % HABITS[locale].length]!;
    return habit.messages[Math.floor(i / HABITS[locale].length) % habit.messages.length]!;
  });
  if (messages.some((text) => !pool.includes(text))) throw new Error('bad message stream');
  return { user: onboarded.user, messages };
}

interface StreamResult {
  latenciesMs: number[];
  echoed: number;
  failures: { text: string; reply: string }[];
}

/** Every person sends their messages one after another (like a chat), all people at once. */
async function sendAll(conversation: Conversation, people: Person[], from: number, to: number, run: string): Promise<StreamResult> {
  const result: StreamResult = { latenciesMs: [], echoed: 0, failures: [] };
  await Promise.all(people.map(async (person, p) => {
    for (let i = from; i < to; i += 1) {
      const text = person.messages[i]!;
      const started = process.hrtime.bigint();
      const replies: Reply[] = await conversation.handle({
        platform: 'console',
        user: { externalId: `bench-${p}` },
        chat: { id: `bench-${p}`, kind: 'private' },
        text,
        updateId: `${run}-${p}-${i}`,
      });
      result.latenciesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
      const first = replies[0]?.text ?? '';
      // A written log is echoed with ✅ and carries an Undo button.
      if (first.startsWith('✅') && (replies[0]?.buttons?.length ?? 0) > 0) result.echoed += 1;
      else if (result.failures.length < 5) result.failures.push({ text, reply: first });
    }
  }));
  return result;
}

interface RawRate { perSecond: number; nodeCpuUsPerInsert: number; postgresCpuUsPerInsert: number | null }

/** Sequential awaited single-row inserts of an entries-like row, one connection or `workers` at once. */
async function rawInserts(sql: postgres.Sql, database: string, owner: { userId: string; habitId: string }, workers: number, perWorker: number, run: string): Promise<RawRate> {
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

export default async function dialog(context: BenchContext): Promise<void> {
  const name = `habit_coach_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(context.databaseUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database "${name}"`);
  const url = withDatabase(context.databaseUrl, name);
  const handle = await createDatabase({ databaseUrl: url, maxConnections: POOL });
  // Counting, then the raw baseline over as many connections as the dialog had (opened after the
  // dialog pool is closed).
  const raw = postgres(url, { max: POOL, onnotice: () => undefined });
  let dialogOpen = true;
  try {
    await migrateDatabase(handle);
    const repos = createRepositories(handle);
    const clock = new FixedClock(NOW);
    const app: AppDeps = { repos, clock };
    const coach = createTemplateCoach(await loadPersonalities());
    const conversation = createConversation({ repos, clock, coach });

    const people: Person[] = [];
    for (let index = 0; index < USERS; index += 1) people.push(await seedPerson(app, index));
    const countEntries = async () => Number((await raw`select count(*)::int as n from entries`)[0]!.n);

    // Warm-up (untimed): JIT, and every pooled connection prepares its statements.
    const warm = await sendAll(conversation, people, 0, WARMUP_PER_USER, 'warm');
    if (warm.failures.length > 0) process.stderr.write(`bench dialog: warm-up replies not logged: ${JSON.stringify(warm.failures)}\n`);

    const before = await countEntries();
    const backends = measureBackendCpu(await backendPids(raw, name));
    const queries = countQueries(handle.db, PROFILE);
    const cpu = measureCpu();
    const started = process.hrtime.bigint();
    const timed = await sendAll(conversation, people, WARMUP_PER_USER, WARMUP_PER_USER + MESSAGES_PER_USER, 'run');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const usage = cpu();
    const serverCpuMs = backends();
    queries.stop();
    const written = (await countEntries()) - before;
    const sent = USERS * MESSAGES_PER_USER;
    if (timed.failures.length > 0) process.stderr.write(`bench dialog: replies not logged: ${JSON.stringify(timed.failures)}\n`);
    const latencies = [...timed.latenciesMs].sort((a, b) => a - b);
    const dialogRate = sent / seconds;

    await handle.close();
    dialogOpen = false;

    // The raw baseline, same server, same driver, same run: an entries-like table (same columns,
    // defaults, checks and indexes; no foreign key, so it is the cheaper, stricter baseline).
    await raw`create table bench_raw_entries (like entries including defaults including constraints including indexes)`;
    const owner = { userId: people[0]!.user.id, habitId: randomUUID() };
    const sequentialSql = postgres(url, { max: 1, onnotice: () => undefined });
    const sequentialRuns: RawRate[] = [];
    try {
      for (let run = 0; run < RAW_SEQUENTIAL_RUNS; run += 1) {
        sequentialRuns.push(await rawInserts(sequentialSql, name, owner, 1, RAW_SEQUENTIAL_INSERTS, `seq${run}`));
      }
    } finally {
      await sequentialSql.end({ timeout: 5 });
    }
    const sequential = [...sequentialRuns].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(RAW_SEQUENTIAL_RUNS / 2)]!;
    const concurrent = await rawInserts(raw, name, owner, USERS, RAW_INSERTS_PER_WORKER, 'conc');
    const rawDetails = (rate: RawRate) => ({
      node_cpu_us_per_insert: round(rate.nodeCpuUsPerInsert, 1),
      postgres_cpu_us_per_insert: rate.postgresCpuUsPerInsert === null ? null : round(rate.postgresCpuUsPerInsert, 1),
    });

    context.report({
      name: 'dialog_log_messages_per_second', value: round(dialogRate, 1), unit: 'msg/s',
      users: USERS, messages_per_user: MESSAGES_PER_USER, sent, written, echoed: timed.echoed,
      seconds: round(seconds), pool: POOL, queries_per_message: round(queries.total() / sent, 1),
      node_cpu_ms_per_message: round(usage.processCpuMs / sent, 3),
      node_cpu_pct_of_one_core: round((100 * usage.processCpuMs) / 1000 / seconds, 1),
      postgres_cpu_ms_per_message: serverCpuMs === null ? null : round(serverCpuMs / sent, 3),
      machine_cpu_busy_pct: usage.machineBusyPct === null ? null : round(usage.machineBusyPct, 1), cores: usage.cores,
    });
    if (PROFILE) {
      for (const [statement, count] of queries.breakdown()) process.stderr.write(`${(count / sent).toFixed(2)}/msg  ${statement}\n`);
    }
    context.report({ name: 'dialog_log_latency_p50', value: round(percentile(latencies, 50)), unit: 'ms' });
    context.report({ name: 'dialog_log_latency_p99', value: round(percentile(latencies, 99)), unit: 'ms', max_ms: round(latencies.at(-1) ?? 0) });
    context.report({
      name: 'raw_insert_sequential_per_second', value: round(sequential.perSecond, 1), unit: 'rows/s',
      inserts: RAW_SEQUENTIAL_INSERTS, connections: 1, ...rawDetails(sequential),
      median_of: sequentialRuns.map((rate) => round(rate.perSecond, 1)),
    });
    context.report({
      name: 'raw_insert_concurrent_per_second', value: round(concurrent.perSecond, 1), unit: 'rows/s',
      inserts: USERS * RAW_INSERTS_PER_WORKER, inserters: USERS, connections: POOL, ...rawDetails(concurrent),
    });
    context.report({
      name: 'dialog_to_raw_insert_ratio', value: round(dialogRate / sequential.perSecond, 3), unit: 'x', goal: '>= 0.3',
      baseline: 'raw_insert_sequential_per_second', vs_concurrent_raw: round(dialogRate / concurrent.perSecond, 3),
    });
    if (written !== sent) process.stderr.write(`bench dialog: ${sent} messages sent but ${written} entries written\n`);
  } finally {
    await raw.end({ timeout: 5 });
    if (dialogOpen) await handle.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}
