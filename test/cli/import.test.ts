// `habit-coach import`: when the database refuses a row, or the connection drops mid-import,
// it prints one line saying which row and why, exits non-zero, and nothing was changed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportUserData } from '../../src/app/export.js';
import { runImport } from '../../src/cli/import.js';
import { loadConfig } from '../../src/config.js';
import type { ExportFile } from '../../src/app/export-format.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { FixedClock } from '../support/clock.js';

let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'habit-coach-import-'));
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => { vi.restoreAllMocks(); });

/** A console person "ana" with two habits and three entries; returns their export. */
async function givenAnaWithData(): Promise<ExportFile> {
  const existing = await db.repos.users.findByIdentity('console', 'ana');
  if (existing) await db.repos.users.delete(existing.id);
  const ana = await db.repos.users.create({ platform: 'console', externalId: 'ana' }, { displayName: 'Ana', timeZone: 'UTC', locale: 'en', onboardedAt: new Date('2026-11-01T00:00:00Z') });
  const read = await db.repos.habits.create(ana.id, { name: 'Read', startDate: '2026-11-01' });
  for (const day of ['2026-11-20', '2026-11-21', '2026-11-22']) {
    await db.repos.entries.add(ana.id, { habitId: read.id, kind: 'done', localDate: day, quantity: 10, note: 'a private note', source: 'chat' });
  }
  const exported = await exportUserData({ repos: db.repos, clock: new FixedClock('2026-11-23T12:00:00Z') }, ana);
  if (!exported.ok) throw new Error('no export');
  return exported.file;
}

function writeFile(name: string, file: ExportFile): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

async function run(args: string[], databaseUrl: string): Promise<{ code: number; stderr: string; stdout: string }> {
  const stderr: string[] = [];
  const stdout: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr.push(String(chunk)); return true; });
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout.push(String(chunk)); return true; });
  const code = await runImport(args, loadConfig({ DATABASE_URL: databaseUrl }));
  vi.restoreAllMocks();
  return { code, stderr: stderr.join(''), stdout: stdout.join('') };
}

/** `habit-coach ARGS` as its own process, the way a person runs it. */
async function runProcess(args: string[], databaseUrl: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(import.meta.dirname, '../../bin/habit-coach.js'), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const [code] = await once(child, 'close') as [number | null];
  return { code, stderr };
}

async function entriesOfAna(): Promise<number[]> {
  const ana = await db.repos.users.findByIdentity('console', 'ana');
  return (await db.repos.entries.listForUser(ana!.id)).map((entry) => entry.quantity ?? 0);
}

/**
 * A TCP hop to PostgreSQL that drops the connection carrying the first insert into entries,
 * as a database that goes away mid-import would.
 */
async function startCuttingProxy(target: URL): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      if (chunk.toString('latin1').includes('insert into "entries"')) {
        client.destroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = new URL(target.href);
  url.hostname = '127.0.0.1';
  url.port = String(address.port);
  return {
    url: url.href,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

describe('habit-coach import, when the database says no', () => {
  it('given a row the database refuses, then one line names the row and the rule, it exits non-zero, and nothing changed', async () => {
    const file = await givenAnaWithData();
    const bad = structuredClone(file);
    bad.entries[1]!.quantity = -5; // valid JSON and shape; the database's check refuses it
    const result = await run(['--user', 'ana', writeFile('negative.json', bad)], db.url!);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('import failed at entries.1: the database refused it (entries_quantity_finite_non_negative); nothing was changed\n');
    expect(result.stdout).toBe('');
    expect(await entriesOfAna()).toEqual([10, 10, 10]);
  });

  it('given the connection dropping mid-import, then one line says where and that the connection was lost, with no stack trace, and nothing changed', async () => {
    const file = await givenAnaWithData();
    const changed = structuredClone(file);
    for (const entry of changed.entries) entry.quantity = 99;
    const proxy = await startCuttingProxy(new URL(db.url!));
    try {
      // As a real process: the driver's crash on a dropped connection must not reach the person as a stack trace.
      const result = await runProcess(['import', '--user', 'ana', writeFile('dropped.json', changed)], proxy.url);
      expect(result.code).toBe(1);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^import failed at entries: the database connection was lost \(.+\); nothing was changed\n$/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await proxy.close();
    }
    expect(await entriesOfAna()).toEqual([10, 10, 10]);
  });

  it('given a good file, then it imports and says how much', async () => {
    const file = await givenAnaWithData();
    const result = await run(['--user', 'ana', writeFile('good.json', file)], db.url!);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('imported into "ana": 1 habits, 3 entries, 0 pauses, 0 goals\n');
  });
});
