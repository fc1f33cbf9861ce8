// Fresh, migrated databases for tests. PostgreSQL: one template database per set of
// migrations is built once (under an advisory lock, so parallel test files agree), and
// each test database is a CREATE DATABASE ... TEMPLATE copy of it (tens of ms).
// PGlite: one migrated in-memory instance per process, cloned for each caller.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { inject } from 'vitest';
import type { Repositories } from '../../src/app/ports.js';
import { MIGRATIONS_FOLDER, createDatabase, migrateDatabase, wrapPglite, type DatabaseHandle } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';

export interface TestDatabase {
  handle: DatabaseHandle;
  repos: Repositories;
  /** For PostgreSQL: the test database's own URL (e.g. for a second connection). */
  url: string | null;
  close(): Promise<void>;
}

const TEMPLATE_LOCK = 7_262_019;

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith('.sql')).sort()) {
    hash.update(file).update(readFileSync(`${MIGRATIONS_FOLDER}/${file}`));
  }
  return hash.digest('hex').slice(0, 12);
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function ensureTemplate(admin: postgres.Sql, serverUrl: string): Promise<string> {
  const template = `habit_coach_template_${migrationsFingerprint()}`;
  const [exists] = await admin`select 1 from pg_database where datname = ${template}`;
  if (exists) return template;
  await admin.unsafe(`create database "${template}"`);
  const handle = await createDatabase({ databaseUrl: withDatabase(serverUrl, template), maxConnections: 1 });
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
  await admin.unsafe(`alter database "${template}" with is_template true`);
  return template;
}

/** A fresh migrated database on `serverUrl` (default: the test run's server, inject('databaseUrl')). */
export async function createTestDatabase(serverUrl: string = inject('databaseUrl')): Promise<TestDatabase> {
  const name = `habit_coach_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  try {
    // Copying from a template needs nobody else connected to it: hold the lock throughout.
    await admin`select pg_advisory_lock(${TEMPLATE_LOCK})`;
    try {
      const template = await ensureTemplate(admin, serverUrl);
      await admin.unsafe(`create database "${name}" template "${template}"`);
    } finally {
      await admin`select pg_advisory_unlock(${TEMPLATE_LOCK})`;
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = withDatabase(serverUrl, name);
  const handle = await createDatabase({ databaseUrl: url, maxConnections: 5 });
  return {
    handle,
    repos: createRepositories(handle),
    url,
    async close() {
      await handle.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => undefined });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}

// A dump of a migrated data directory, not a live instance: nothing is left open to keep
// the test process alive.
let migratedPgliteDump: Promise<File | Blob> | null = null;

async function dumpMigratedPglite(): Promise<File | Blob> {
  const client = await PGlite.create();
  try {
    await migrateDatabase(wrapPglite(client));
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

/** A fresh migrated in-memory PGlite (loaded from a migrated data directory made once per test process). */
export async function createTestPglite(): Promise<TestDatabase> {
  migratedPgliteDump ??= dumpMigratedPglite();
  const client = await PGlite.create({ loadDataDir: await migratedPgliteDump });
  const handle = wrapPglite(client);
  return { handle, repos: createRepositories(handle), url: null, close: () => handle.close() };
}
