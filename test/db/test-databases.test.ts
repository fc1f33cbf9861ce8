import { describe, expect, it } from 'vitest';
import { createTestDatabase, createTestPglite } from '../support/db.js';

describe('test databases', () => {
  it('given several callers at once, each gets its own fresh migrated PostgreSQL database', async () => {
    const started = Date.now();
    const databases = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
    const elapsed = Date.now() - started;
    try {
      const [a, b] = databases;
      const user = await a.repos.users.create({ platform: 'console', externalId: 'x' }, { displayName: 'A' });
      expect(await a.repos.users.get(user.id)).not.toBeNull();
      expect(await b.repos.users.get(user.id)).toBeNull();
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      await Promise.all(databases.map((database) => database.close()));
    }
  });

  it('given two PGlite callers, each gets its own migrated in-memory database', async () => {
    const [a, b] = [await createTestPglite(), await createTestPglite()];
    try {
      const user = await a.repos.users.create({ platform: 'console', externalId: 'x' }, { displayName: 'A' });
      expect(await a.repos.users.get(user.id)).not.toBeNull();
      expect(await b.repos.users.get(user.id)).toBeNull();
    } finally {
      await a.close();
      await b.close();
    }
  });
});
