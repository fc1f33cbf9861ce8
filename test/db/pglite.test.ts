// The repository contract and the migrations on PGlite, the embedded default.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDatabase, migrateDatabase } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { createTestPglite } from '../support/db.js';
import { repositoryContract } from './repositories.contract.js';

describe('PGlite', () => {
  repositoryContract(() => createTestPglite());

  it('given a data directory, migrations apply once, survive a restart, and re-running does nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'habit-coach-pglite-'));
    const path = join(dir, 'nested', 'pglite');
    try {
      const first = await createDatabase({ pglitePath: path });
      const applied = await migrateDatabase(first);
      expect(applied.applied[0]).toBe('0000_init');
      expect(applied.applied).toHaveLength(applied.total);
      const user = await createRepositories(first).users.create({ platform: 'console', externalId: 'me' }, { displayName: 'Me' });
      await first.close();

      const reopened = await createDatabase({ pglitePath: path });
      try {
        expect((await migrateDatabase(reopened)).applied).toEqual([]);
        expect(await createRepositories(reopened).users.get(user.id)).toEqual(user);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
