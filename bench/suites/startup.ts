// Issue 18.17: a fresh console start, time to the first reply with an existing database, run
// from the compiled build (dist/) against the TypeScript sources through tsx, in the same run.
// Each start is a new `habit-coach chat` process (what a person runs); the clock runs from the
// spawn to the reply to `/today` on stdout. Peak memory is the process's VmHWM (Linux).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from '../run.js';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = 3;
const GOAL_MS = 3000;
const REPLY_TIMEOUT_MS = 60_000;

type Mode = 'dist' | 'source';
interface Start { ms: number; peakRssMb: number | null }

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function peakRssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Starts `habit-coach chat`, says `line`, and resolves when stdout shows `until` (then ends the chat). */
function chatOnce(mode: Mode, args: string[], env: Record<string, string>, line: string, until: RegExp): Promise<Start> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['bin/habit-coach.js', 'chat', '--lang', 'en', '--user', 'bench', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', HABIT_COACH_RUN: mode, ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    let result: Start | null = null;
    const timer = setTimeout(() => { child.kill(); reject(new Error(`no reply from ${mode} within ${REPLY_TIMEOUT_MS} ms: ${out}`)); }, REPLY_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (result || !until.test(out)) return;
      result = { ms: Number(process.hrtime.bigint() - started) / 1e6, peakRssMb: peakRssMb(child.pid) };
      child.stdin.end();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (result && code === 0) resolve(result);
      else reject(new Error(`habit-coach chat (${mode}) exited ${code}: ${out}`));
    });
    child.stdin.write(`${line}\n`);
  });
}

async function measure(context: BenchContext, database: string, args: string[], env: Record<string, string>): Promise<void> {
  // The existing database: migrated, with an onboarded person who has a habit and a log (not timed).
  const setup = ['hi', 'skip', '/new Pushups', '1', '🎯 Target', '20 pushups', "that's all", 'did 20 pushups'].join('\n');
  await chatOnce('dist', args, env, setup, /Pushups done/);
  const medians: Partial<Record<Mode, number>> = {};
  for (const mode of ['dist', 'source'] as const) {
    const starts: Start[] = [];
    for (let run = 0; run < RUNS; run += 1) starts.push(await chatOnce(mode, args, env, '/today', /Today,/));
    const ms = Math.round(median(starts.map((start) => start.ms)));
    medians[mode] = ms;
    const rss = starts.map((start) => start.peakRssMb).filter((value): value is number => value !== null);
    context.report({
      name: 'fresh_start_first_reply', value: ms, unit: 'ms', run: mode, database, goalMs: GOAL_MS, runs: RUNS,
      ...(rss.length > 0 ? { peakRssMb: Math.round(median(rss)) } : {}),
    });
  }
  context.report({ name: 'fresh_start_source_vs_dist', value: Number((medians.source! / medians.dist!).toFixed(2)), unit: 'x', database });
}

export default async function startup(context: BenchContext): Promise<void> {
  // The build first (only when src/ changed since the last one), as `npm start` does.
  const build = spawnSync(process.execPath, ['bin/build.js', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const dir = mkdtempSync(join(tmpdir(), 'habit-coach-startup-'));
  try {
    await measure(context, 'postgresql', [], { DATABASE_URL: context.databaseUrl });
    await measure(context, 'pglite', ['--db', join(dir, 'pglite')], {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
