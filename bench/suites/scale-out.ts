// Issue 18 item 18, scale-out tried: on one PostgreSQL and one Redis,
//   (a) 2 bot processes (`habit-coach bot`, Telegram webhook mode) take 5,000 updates, posted
//       across both, a fifth of them delivered again to the other bot: entries written, duplicates
//       and lost, and updates a second;
//   (b) 2 worker processes deliver 10,000 due reminders through the Telegram notifier to a fake
//       Bot API, one worker stopped a third of the way through: what the platform received per
//       chat (duplicates, lost), what is recorded unconfirmed, and reminders a second. Twice:
//       stopped with SIGTERM (it drains: exactly once), then with SIGKILL (a crash: at most once).
// Every process is real and speaks HTTP; only the Bot API is a stand-in (test/adapters/telegram/fake-api.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { createHabit } from '../../src/app/habits.js';
import { rowsOf, type DatabaseHandle } from '../../src/db/client.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../test/adapters/telegram/fake-api.js';
import { freePort } from '../../test/support/servers.js';
import { createTestDatabase } from '../../test/support/db.js';
import type { BenchContext } from '../run.js';

const TOKEN = '123456:scale-out-bench-token-abcdefgh';
const SECRET = 'scale-out-bench-secret';
const HOOK_PATH = '/telegram/hook';
const CHATTERS = 500;
/** BENCH_SCALE_UPDATES=0 runs only the reminders. */
const UPDATES = Number(process.env.BENCH_SCALE_UPDATES ?? 5000);
/** Every n-th update is posted a second time, to the other bot (Telegram redelivers after a timeout). */
const REDELIVER_EVERY = 5;
const READERS = Number(process.env.BENCH_SCALE_REMINDERS ?? 10_000);
/** How the doomed worker is stopped, one run each: SIGTERM drains it (a rolling restart), SIGKILL is a crash. */
type StopSignal = 'SIGTERM' | 'SIGKILL';
const STOP_SIGNALS = (process.env.BENCH_SCALE_SIGNALS ?? 'SIGTERM,SIGKILL').split(',').filter((name): name is StopSignal => name === 'SIGTERM' || name === 'SIGKILL');
const CHATTER_IDS = 9_000_000;
const READER_IDS = 1_000_000;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function started(child: ChildProcess, ready: () => Promise<boolean>, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const exit = (code: number | null) => reject(new Error(`${what} exited (${code}) before it was ready`));
    child.once('exit', exit);
    void (async () => {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (await ready().catch(() => false)) { child.off('exit', exit); resolve(); return; }
        await new Promise((r) => setTimeout(r, 200));
      }
      reject(new Error(`${what} not ready within 60 s`));
    })();
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A `habit-coach bot` process in webhook mode; resolves with its port once it refuses a bad secret. */
async function startBot(databaseUrl: string, api: FakeTelegramApi, children: ChildProcess[]): Promise<number> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/habit-coach.js', 'bot'], {
    cwd: repoRoot,
    env: {
      ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: '', DISCORD_TOKEN: '', OPENAI_API_KEY: '', LOG_LEVEL: 'warn',
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, TELEGRAM_WEBHOOK_URL: `https://bench.example${HOOK_PATH}`,
      TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_WEBHOOK_PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  await started(child, async () => (await fetch(`http://127.0.0.1:${port}${HOOK_PATH}`, { method: 'POST', body: '{}' })).status === 401, 'a bot');
  return port;
}

function startWorker(databaseUrl: string, redisUrl: string, prefix: string, api: FakeTelegramApi, children: ChildProcess[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../support/scale-worker.ts', import.meta.url))], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, JOBS_PREFIX: prefix, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let ready = false;
  child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('ready')) ready = true; });
  return started(child, () => Promise.resolve(ready), 'a worker').then(() => child);
}

const count = async (handle: DatabaseHandle, query: ReturnType<typeof sql>): Promise<number> =>
  Number(rowsOf<{ n: number | string }>(await handle.db.execute(query))[0]?.n ?? 0);

async function updatesAcrossTwoBots(context: BenchContext, handle: DatabaseHandle, ports: number[]): Promise<void> {
  const perChatter = Math.ceil(UPDATES / CHATTERS);
  const post = (port: number, update: unknown) => fetch(`http://127.0.0.1:${port}${HOOK_PATH}`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET }, body: JSON.stringify(update),
  }).then(async (response) => { await response.text(); return response.status; });
  let posted = 0;
  let refused = 0;
  const began = Date.now();
  // Each chat's updates in order (as Telegram sends them); the chats at once.
  await Promise.all(Array.from({ length: CHATTERS }, async (_, chatter) => {
    const chat = { id: CHATTER_IDS + chatter, type: 'private', first_name: 'Bench' };
    for (let i = 0; i < perChatter; i += 1) {
      const number = chatter * perChatter + i;
      if (number >= UPDATES) return;
      const update = {
        update_id: 100_000 + number,
        message: { message_id: i + 1, date: Math.floor(Date.now() / 1000), chat, from: { id: chat.id, is_bot: false, first_name: 'Bench' }, text: 'did 20 pushups' },
      };
      const first = ports[number % 2]!;
      const deliveries = number % REDELIVER_EVERY === 0 ? [post(first, update), post(ports[(number + 1) % 2]!, update)] : [post(first, update)];
      for (const status of await Promise.all(deliveries)) { posted += 1; if (status !== 200) refused += 1; }
    }
  }));
  const seconds = (Date.now() - began) / 1000;
  const entries = await count(handle, sql`select count(*) as n from entries`);
  context.report({
    name: 'scale_out_updates_2_webhook_bots', value: Math.round(UPDATES / seconds), unit: 'updates/s',
    updates: UPDATES, posted, redelivered: posted - UPDATES, refused, entries,
    duplicates: Math.max(0, entries - UPDATES), lost: Math.max(0, UPDATES - entries), seconds: Math.round(seconds * 10) / 10,
  });
}

/** One run of 10,000 due reminders on two workers, one of them stopped with `signal` a third of the way through. */
async function remindersWithAWorkerStopped(
  context: BenchContext, handle: DatabaseHandle, databaseUrl: string, api: FakeTelegramApi, children: ChildProcess[],
  signal: StopSignal, run: number,
): Promise<void> {
  // Due three minutes ago in UTC; planned from the last sweep ten minutes ago (sweep_runs).
  const due = new Date(Date.now() - 3 * 60_000);
  const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
  const firstChat = READER_IDS + run * READERS;
  const readerName = `Reader ${signal}`;
  await handle.db.execute(sql`
    with readers as (
      insert into users (display_name, time_zone, locale) select ${readerName}, 'UTC', 'en' from generate_series(1, ${READERS}) as g returning id),
    numbered as (select id, row_number() over (order by id) as n from readers),
    identities as (insert into platform_identities (platform, external_id, user_id) select 'telegram', (${firstChat} + n)::text, id from numbered)
    insert into habits (user_id, name, start_date, reminder_times) select id, 'Read', '2026-01-01', ${`{${time}}`} from numbered`);
  await handle.db.execute(sql`insert into sweep_runs (name, started_at) values ('sweep', now() - interval '10 minutes')
    on conflict (name) do update set started_at = excluded.started_at`);
  await handle.db.execute(sql`analyze`);

  const readerChat = (request: { body: Record<string, unknown> }) => Number(request.body.chat_id) > firstChat && Number(request.body.chat_id) <= firstChat + READERS;
  const received = () => api.of('sendMessage').filter(readerChat);
  const prefix = `scale-${randomUUID()}`;
  const began = Date.now();
  const [doomed, survivor] = await Promise.all([startWorker(databaseUrl, context.redisUrl, prefix, api, children), startWorker(databaseUrl, context.redisUrl, prefix, api, children)]);
  const deadline = Date.now() + 300_000;
  while (received().length < READERS / 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const stoppedAfter = received().length;
  const exited = new Promise<number | null>((resolve) => doomed.once('exit', (code) => resolve(code)));
  const stopAsked = Date.now();
  doomed.kill(signal);
  const exitCode = await exited;
  const exitMs = Date.now() - stopAsked;
  const ofThisRun = sql`user_id in (select id from users where display_name = ${readerName})`;
  const settled = sql`select count(*) as n from deliveries where kind = 'reminder' and status <> 'sending' and ${ofThisRun}`;
  while ((await count(handle, settled)) < READERS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const seconds = (Date.now() - began) / 1000;
  await stop(survivor);

  const perChat = new Map<number, number>();
  for (const request of received()) perChat.set(Number(request.body.chat_id), (perChat.get(Number(request.body.chat_id)) ?? 0) + 1);
  const duplicates = [...perChat.values()].reduce((sum, n) => sum + n - 1, 0);
  const statuses = rowsOf<{ status: string; n: number | string }>(await handle.db.execute(sql`select status, count(*) as n from deliveries where kind = 'reminder' and ${ofThisRun} group by status`));
  // Of the sends recorded unconfirmed (a claim found still 'sending' by a retry), how many the platform did receive.
  const unconfirmedChats = rowsOf<{ chat: string }>(await handle.db.execute(sql`
    select i.external_id as chat from deliveries d join platform_identities i on i.user_id = d.user_id and i.platform = 'telegram'
    where d.kind = 'reminder' and d.status = 'unconfirmed' and d.user_id in (select id from users where display_name = ${readerName})`));
  const unconfirmedReceived = unconfirmedChats.filter((row) => perChat.has(Number(row.chat))).length;
  context.report({
    name: `scale_out_reminders_2_workers_one_${signal === 'SIGTERM' ? 'stopped_sigterm' : 'killed_sigkill'}`, value: Math.round(perChat.size / seconds), unit: 'reminders/s',
    due: READERS, received: perChat.size, duplicates, lost: READERS - perChat.size, stoppedAfter, exitCode, exitMs, unconfirmedReceived,
    statuses: Object.fromEntries(statuses.map((row) => [row.status, Number(row.n)])), seconds: Math.round(seconds * 10) / 10,
  });
}

export default async function scaleOut(context: BenchContext): Promise<void> {
  const database = await createTestDatabase(context.databaseUrl);
  const api = await startFakeTelegramApi();
  const children: ChildProcess[] = [];
  try {
    for (let chatter = 0; chatter < (UPDATES > 0 ? CHATTERS : 0); chatter += 1) {
      const user = await database.repos.users.create(
        { platform: 'telegram', externalId: String(CHATTER_IDS + chatter) },
        { displayName: 'Bench', timeZone: 'UTC', locale: 'en', onboardedAt: new Date() },
      );
      const outcome = await createHabit({ repos: database.repos, clock: { now: () => new Date() } }, user, { name: 'Pushups', target: { quantity: 100, unit: 'reps' } });
      if (!outcome.ok) throw new Error(`habit failed: ${JSON.stringify(outcome)}`);
    }
    if (UPDATES > 0) {
      const ports = await Promise.all([startBot(database.url!, api, children), startBot(database.url!, api, children)]);
      await updatesAcrossTwoBots(context, database.handle, ports);
    }
    for (const [run, signal] of STOP_SIGNALS.entries()) await remindersWithAWorkerStopped(context, database.handle, database.url!, api, children, signal, run);
  } finally {
    await Promise.all(children.map(stop));
    await api.close();
    await database.close();
  }
}
