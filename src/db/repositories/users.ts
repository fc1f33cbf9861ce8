// Users and their platform identities.
import { and, eq } from 'drizzle-orm';
import type { NewUser, UserPatch, UserRepository } from '../../app/ports.js';
import type { Platform, User } from '../../core/types.js';
import type { Database } from '../client.js';
import { platformIdentities, users } from '../schema/index.js';
import { isUuid } from './ids.js';
import { bound, preparedOnce } from './prepared.js';
import { toIdentity, toUser } from './mappers.js';
import { mergeUsers } from './merge.js';

type UserColumns = Partial<typeof users.$inferInsert>;

function userColumns(input: UserPatch): UserColumns {
  const columns: UserColumns = {};
  if (input.displayName !== undefined) columns.displayName = input.displayName;
  if (input.timeZone !== undefined) columns.timeZone = input.timeZone;
  if (input.locale !== undefined) columns.locale = input.locale;
  if (input.dayStartHour !== undefined) columns.dayStartHour = input.dayStartHour;
  if (input.personality !== undefined) columns.personality = input.personality;
  if (input.quietHours !== undefined) {
    columns.quietHoursStart = input.quietHours?.start ?? null;
    columns.quietHoursEnd = input.quietHours?.end ?? null;
  }
  if (input.weekStart !== undefined) columns.weekStart = input.weekStart;
  if (input.shareStats !== undefined) columns.shareStats = input.shareStats;
  if (input.eveningNudgeEnabled !== undefined) columns.eveningNudgeEnabled = input.eveningNudgeEnabled;
  if (input.eveningNudgeTime !== undefined) columns.eveningNudgeTime = input.eveningNudgeTime;
  if (input.reviewDay !== undefined) columns.reviewDay = input.reviewDay;
  if (input.reviewTime !== undefined) columns.reviewTime = input.reviewTime;
  if (input.weeklyReviewEnabled !== undefined) columns.weeklyReviewEnabled = input.weeklyReviewEnabled;
  if (input.onboardedAt !== undefined) columns.onboardedAt = input.onboardedAt;
  return columns;
}

export function createUserRepository(db: Database): UserRepository {
  // Every message starts by finding its person.
  const byIdentity = preparedOnce(() =>
    db.select({ user: users })
      .from(platformIdentities)
      .innerJoin(users, eq(users.id, platformIdentities.userId))
      .where(and(eq(platformIdentities.platform, bound('platform')), eq(platformIdentities.externalId, bound('externalId'))))
      .prepare('users_by_identity'),
  );

  async function get(userId: string): Promise<User | null> {
    if (!isUuid(userId)) return null;
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    return row ? toUser(row) : null;
  }

  return {
    async findByIdentity(platform: Platform, externalId: string) {
      const [row] = await byIdentity().execute({ platform, externalId });
      return row ? toUser(row.user) : null;
    },

    // Safe under concurrency: when two first messages race, the loser's new row is
    // dropped and both get the same user.
    async create(identity, input: NewUser) {
      return db.transaction(async (tx) => {
        const [created] = await tx
          .insert(users)
          .values({ ...userColumns(input), displayName: input.displayName })
          .returning();
        if (!created) throw new Error('users insert returned no row');
        const [claimed] = await tx
          .insert(platformIdentities)
          .values({ platform: identity.platform, externalId: identity.externalId, userId: created.id })
          .onConflictDoNothing()
          .returning();
        if (claimed) return toUser(created);
        await tx.delete(users).where(eq(users.id, created.id));
        const [existing] = await tx
          .select({ user: users })
          .from(platformIdentities)
          .innerJoin(users, eq(users.id, platformIdentities.userId))
          .where(and(eq(platformIdentities.platform, identity.platform), eq(platformIdentities.externalId, identity.externalId)));
        if (!existing) throw new Error('identity conflict but no owner found');
        return toUser(existing.user);
      });
    },

    get,

    async update(userId, patch) {
      if (!isUuid(userId)) return null;
      const columns = userColumns(patch);
      if (Object.keys(columns).length === 0) return get(userId);
      const [row] = await db.update(users).set(columns).where(eq(users.id, userId)).returning();
      return row ? toUser(row) : null;
    },

    async identities(userId) {
      if (!isUuid(userId)) return [];
      const rows = await db.select().from(platformIdentities).where(eq(platformIdentities.userId, userId));
      return rows.map(toIdentity);
    },

    async mergeInto(intoUserId, fromUserId) {
      if (intoUserId === fromUserId) return;
      await db.transaction((tx) => mergeUsers(tx, intoUserId, fromUserId));
    },

    async delete(userId) {
      if (!isUuid(userId)) return false;
      const rows = await db.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
      return rows.length > 0;
    },
  };
}
