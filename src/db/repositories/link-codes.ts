// One-time codes for linking accounts across platforms, the wrong codes people typed (a
// limit per hour, counted here so every process agrees), and the size of the profiles a
// link would join (what the confirmation shows).
import { and, count, eq, gt, gte, lt, sql } from 'drizzle-orm';
import type { LinkCodeRepository } from '../../app/ports.js';
import type { Database } from '../client.js';
import { entries, habits, linkCodeFailures, linkCodes, platformIdentities, users } from '../schema/index.js';

export function createLinkCodeRepository(db: Database): LinkCodeRepository {
  return {
    async create(userId, code, expiresAt) {
      await db.transaction(async (tx) => {
        await tx.delete(linkCodes).where(eq(linkCodes.userId, userId));
        await tx.insert(linkCodes).values({ code, userId, expiresAt });
      });
    },

    async find(code, now) {
      const [row] = await db.select({ userId: linkCodes.userId }).from(linkCodes)
        .where(and(eq(linkCodes.code, code), gt(linkCodes.expiresAt, now)));
      return row ?? null;
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

    // The person's row stays locked until the caller's transaction ends: concurrent guesses
    // by one person queue here, so none of them reads a count the others are about to raise.
    async failuresSince(userId, since) {
      await db.execute(sql`select 1 from ${users} where ${users.id} = ${userId} for update`);
      const [row] = await db.select({ failures: count() }).from(linkCodeFailures)
        .where(and(eq(linkCodeFailures.userId, userId), gte(linkCodeFailures.failedAt, since)));
      return row?.failures ?? 0;
    },

    async recordFailure(userId, at, forgetBefore) {
      await db.delete(linkCodeFailures).where(and(eq(linkCodeFailures.userId, userId), lt(linkCodeFailures.failedAt, forgetBefore)));
      await db.insert(linkCodeFailures).values({ userId, failedAt: at });
    },

    async profileSize(userId) {
      const [person] = await db.select({ displayName: users.displayName }).from(users).where(eq(users.id, userId));
      if (!person) return null;
      const [habitCount] = await db.select({ n: count() }).from(habits).where(eq(habits.userId, userId));
      const [entryCount] = await db.select({ n: count() }).from(entries).where(eq(entries.userId, userId));
      const platforms = await db.selectDistinct({ platform: platformIdentities.platform }).from(platformIdentities)
        .where(eq(platformIdentities.userId, userId)).orderBy(platformIdentities.platform);
      return {
        displayName: person.displayName,
        platforms: platforms.map((row) => row.platform),
        habits: habitCount?.n ?? 0,
        entries: entryCount?.n ?? 0,
      };
    },
  };
}
