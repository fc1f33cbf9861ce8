// The repository contract and the migrations on a real PostgreSQL server.
import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { createDatabase, migrateDatabase } from '../../src/db/client.js';
import { createTestDatabase } from '../support/db.js';
import { repositoryContract } from './repositories.contract.js';

describe('PostgreSQL (postgres.js)', () => {
  repositoryContract(() => createTestDatabase());

  it('given an empty database, migrations apply every file; run again, they do nothing', async () => {
    const serverUrl = inject('databaseUrl');
    const name = `habit_coach_migrate_${Date.now()}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = await createDatabase({ databaseUrl: url.toString() });
    try {
      const first = await migrateDatabase(handle);
      expect(first.applied[0]).toBe('0000_init');
      expect(first.applied).toHaveLength(first.total);
      expect(await migrateDatabase(handle)).toEqual({ applied: [], total: first.total });
    } finally {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });
});
