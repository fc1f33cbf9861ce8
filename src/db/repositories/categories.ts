// Categories: names unique per user, case-insensitively (a unique index on lower(name)).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { CategoryRepository } from '../../app/ports.js';
import type { Database } from '../client.js';
import { categories } from '../schema/index.js';
import { toCategory } from './mappers.js';

export function createCategoryRepository(db: Database): CategoryRepository {
  async function find(userId: string, name: string) {
    const [row] = await db
      .select()
      .from(categories)
      .where(and(eq(categories.userId, userId), sql`lower(${categories.name}) = lower(${name})`));
    return row ? toCategory(row) : null;
  }

  return {
    async ensure(userId, rawName, emoji = null) {
      const name = rawName.trim();
      const existing = await find(userId, name);
      if (existing) return existing;
      const [created] = await db.insert(categories).values({ userId, name, emoji }).onConflictDoNothing().returning();
      if (created) return toCategory(created);
      // Someone else created it between our look and our insert.
      const raced = await find(userId, name);
      if (!raced) throw new Error(`categories.ensure: "${name}" neither inserted nor found`);
      return raced;
    },

    async list(userId) {
      const rows = await db
        .select()
        .from(categories)
        .where(eq(categories.userId, userId))
        .orderBy(asc(sql`lower(${categories.name})`));
      return rows.map(toCategory);
    },
  };
}
