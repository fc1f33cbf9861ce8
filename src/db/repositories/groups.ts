// Groups, their home chats and members. A chat is the home of at most one group (its primary
// key); members are kept after they leave (for history) but only active ones are listed.
import { and, asc, eq } from 'drizzle-orm';
import type { Group, GroupRepository, GroupSettings } from '../../app/group-ports.js';
import type { Weekday } from '../../core/types.js';
import type { Database } from '../client.js';
import { groupChats, groupMembers, groups, users } from '../schema/index.js';
import { isUuid } from './ids.js';

type GroupRow = typeof groups.$inferSelect;

export function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    weekStart: row.weekStart === 7 ? 7 : 1,
    locale: row.locale,
    personality: row.personality,
    proofDay: row.proofDay as Weekday,
    proofTime: row.proofTime,
    recapDay: row.recapDay as Weekday,
    recapTime: row.recapTime,
    lastActiveAt: row.lastActiveAt,
    createdAt: row.createdAt,
  };
}

function settingsColumns(patch: Partial<GroupSettings> & { name?: string }): Partial<typeof groups.$inferInsert> {
  const columns: Partial<typeof groups.$inferInsert> = {};
  for (const key of ['name', 'timeZone', 'weekStart', 'locale', 'personality', 'proofDay', 'proofTime', 'recapDay', 'recapTime'] as const) {
    if (patch[key] !== undefined) (columns as Record<string, unknown>)[key] = patch[key];
  }
  return columns;
}

const memberColumns = {
  groupId: groupMembers.groupId,
  userId: groupMembers.userId,
  displayName: users.displayName,
  status: groupMembers.status,
  joinedAt: groupMembers.joinedAt,
  leftAt: groupMembers.leftAt,
};

export function createGroupRepository(db: Database): GroupRepository {
  return {
    async create({ name, home, lastActiveAt, ...settings }) {
      return db.transaction(async (tx) => {
        const [row] = await tx.insert(groups).values({ name, ...settingsColumns(settings), ...(lastActiveAt ? { lastActiveAt } : {}) }).returning();
        await tx.insert(groupChats).values({ groupId: row!.id, platform: home.platform, chatId: home.chatId, title: home.title });
        return toGroup(row!);
      });
    },

    async get(groupId) {
      if (!isUuid(groupId)) return null;
      const [row] = await db.select().from(groups).where(eq(groups.id, groupId));
      return row ? toGroup(row) : null;
    },

    async findByChat({ platform, chatId }) {
      const [row] = await db.select({ group: groups }).from(groupChats)
        .innerJoin(groups, eq(groups.id, groupChats.groupId))
        .where(and(eq(groupChats.platform, platform), eq(groupChats.chatId, chatId)));
      return row ? toGroup(row.group) : null;
    },

    async chats(groupId) {
      if (!isUuid(groupId)) return [];
      const rows = await db.select().from(groupChats).where(eq(groupChats.groupId, groupId)).orderBy(asc(groupChats.createdAt));
      return rows.map((row) => ({ groupId: row.groupId, platform: row.platform, chatId: row.chatId, title: row.title }));
    },

    async updateSettings(groupId, patch) {
      if (!isUuid(groupId)) return null;
      const columns = settingsColumns(patch);
      if (Object.keys(columns).length === 0) return this.get(groupId);
      const [row] = await db.update(groups).set(columns).where(eq(groups.id, groupId)).returning();
      return row ? toGroup(row) : null;
    },

    async join(groupId, userId, at) {
      // One statement: a new member is inserted; one who left comes back; an active or removed one is left as is.
      const [row] = await db.insert(groupMembers).values({ groupId, userId, joinedAt: at })
        .onConflictDoUpdate({
          target: [groupMembers.groupId, groupMembers.userId],
          set: { status: 'active', leftAt: null, joinedAt: at },
          where: eq(groupMembers.status, 'left'),
        })
        .returning({ userId: groupMembers.userId });
      if (row) return 'joined';
      const existing = await this.member(groupId, userId);
      return existing?.status === 'removed' ? 'removed' : 'already';
    },

    async markGone(groupId, userId, status, at) {
      if (!isUuid(groupId) || !isUuid(userId)) return false;
      const rows = await db.update(groupMembers).set({ status, leftAt: at })
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId), eq(groupMembers.status, 'active')))
        .returning({ userId: groupMembers.userId });
      return rows.length > 0;
    },

    async member(groupId, userId) {
      if (!isUuid(groupId) || !isUuid(userId)) return null;
      const [row] = await db.select(memberColumns).from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
      return row ? (row) : null;
    },

    async activeMembers(groupId) {
      if (!isUuid(groupId)) return [];
      const rows = await db.select(memberColumns).from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 'active')))
        .orderBy(asc(groupMembers.joinedAt), asc(users.displayName), asc(groupMembers.userId));
      return rows;
    },

    async groupsOf(userId) {
      if (!isUuid(userId)) return [];
      const rows = await db.select({ group: groups }).from(groupMembers)
        .innerJoin(groups, eq(groups.id, groupMembers.groupId))
        .where(and(eq(groupMembers.userId, userId), eq(groupMembers.status, 'active')))
        .orderBy(asc(groupMembers.joinedAt), asc(groups.createdAt), asc(groups.id));
      return rows.map((row) => toGroup(row.group));
    },
  };
}
