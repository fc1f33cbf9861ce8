// One-time codes for linking accounts across platforms.
import { eq } from 'drizzle-orm';
import type { LinkCodeRepository } from '../../app/ports.js';
import type { Database } from '../client.js';
import { linkCodes } from '../schema/index.js';

export function createLinkCodeRepository(db: Database): LinkCodeRepository {
  return {
    async create(userId, code, expiresAt) {
      await db.transaction(async (tx) => {
        await tx.delete(linkCodes).where(eq(linkCodes.userId, userId));
        await tx.insert(linkCodes).values({ code, userId, expiresAt });
      });
    },

    // Delete-returning makes it single use even when two platforms race with the same code.
    async consume(code, now) {
      const [row] = await db
        .delete(linkCodes)
        .where(eq(linkCodes.code, code))
        .returning({ userId: linkCodes.userId, expiresAt: linkCodes.expiresAt });
      if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
      return { userId: row.userId };
    },
  };
}

