// Database client factory: postgres.js when a URL is given, otherwise PGlite (real
// PostgreSQL in WASM) in a directory or in memory. Both run the same drizzle/ migrations.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A drizzle database (or transaction) over our schema, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  kind: 'postgres' | 'pglite';
  db: Database;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... — when set, postgres.js is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or 'memory'. Default ./.data/pglite. */
  pglitePath?: string | undefined;
  /** postgres.js pool size (default 10). */
  maxConnections?: number;
}

/** drizzle/ at the package root, wherever the process was started from. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

// Handles created here remember their driver-specific migrate function, out of sight of callers.
const migrators = new WeakMap<DatabaseHandle, () => Promise<void>>();

export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => undefined,
    });
    const db = drizzlePostgres({ client, schema });
    const handle: DatabaseHandle = { kind: 'postgres', db, close: () => client.end({ timeout: 5 }) };
    migrators.set(handle, () => migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER }));
    return handle;
  }
  const path = options.pglitePath ?? './.data/pglite';
  const inMemory = path === 'memory' || path === 'memory://';
  if (!inMemory) mkdirSync(path, { recursive: true });
  const client = inMemory ? await PGlite.create() : await PGlite.create(path);
  return wrapPglite(client);
}

/** Wraps an already open PGlite (e.g. a clone of a migrated template). */
export function wrapPglite(client: PGlite): DatabaseHandle {
  const db = drizzlePglite({ client, schema });
  let closed = false;
  const handle: DatabaseHandle = {
    kind: 'pglite',
    db,
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
  migrators.set(handle, () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }));
  return handle;
}

export interface MigrationReport {
  /** Tags of the migrations applied by this run, in order (empty when already up to date). */
  applied: string[];
  /** Every migration in drizzle/. */
  total: number;
}

/** Applies pending migrations from drizzle/. Re-running is a no-op. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<MigrationReport> {
  const run = migrators.get(handle);
  if (!run) throw new Error('migrateDatabase: handle was not created by createDatabase()');
  const before = await appliedMigrationTimes(handle.db);
  await run();
  const after = await appliedMigrationTimes(handle.db);
  const tags = migrationTags();
  const applied = [...after].filter((time) => !before.has(time)).sort((a, b) => a - b);
  return { applied: applied.map((time) => tags.get(time) ?? String(time)), total: tags.size };
}

function migrationTags(): Map<number, string> {
  const journal = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const entries = readJournal();
  return new Map(journal.map((migration, index) => [migration.folderMillis, entries[index] ?? String(migration.folderMillis)]));
}

function readJournal(): string[] {
  // The journal lists tags in the same order readMigrationFiles returns the migrations.
  const journalPath = `${MIGRATIONS_FOLDER}/meta/_journal.json`;
  return (JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] }).entries.map((entry) => entry.tag);
}

async function appliedMigrationTimes(db: Database): Promise<Set<number>> {
  const exists = rowsOf<{ present: boolean }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`),
  );
  if (!exists[0]?.present) return new Set();
  const rows = rowsOf<{ created_at: string | number }>(
    await db.execute(sql`select created_at from drizzle.__drizzle_migrations`),
  );
  return new Set(rows.map((row) => Number(row.created_at)));
}

/** db.execute() returns an array with postgres.js and { rows } with PGlite. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
