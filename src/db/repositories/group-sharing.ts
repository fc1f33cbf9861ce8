// What members share with a group: habits (group_shares), the group's commitments and who
// adopted them. Every write checks ownership in the statement itself: a habit is shared or
// linked only by its owner, and only while they are an active member of that group.
import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { GroupCommitment, GroupSharingRepository } from '../../app/group-ports.js';
import type { Database } from '../client.js';
import { groupCommitmentAdoptions, groupCommitments, groupMembers, groupShares, groups, habits } from '../schema/index.js';
import { isUuid } from './ids.js';
import { frequencyColumns, toFrequency, toHabit } from './mappers.js';

type CommitmentRow = typeof groupCommitments.$inferSelect;

function toCommitment(row: CommitmentRow): GroupCommitment {
  return {
    id: row.id,
    groupId: row.groupId,
    title: row.title,
    kind: row.kind,
    frequency: toFrequency(row),
    target: row.targetQuantity !== null && row.targetUnit !== null ? { quantity: row.targetQuantity, unit: row.targetUnit } : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

/** The person is an active member of the group (a subquery for guarded writes). */
const activeMember = (groupId: string, userId: string) =>
  sql`exists (select 1 from ${groupMembers} where ${groupMembers.groupId} = ${groupId} and ${groupMembers.userId} = ${userId} and ${groupMembers.status} = 'active')`;

/** The habit is the person's own and not archived. */
const ownHabit = (habitId: string, userId: string) =>
  sql`exists (select 1 from ${habits} where ${habits.id} = ${habitId} and ${habits.userId} = ${userId} and ${habits.status} <> 'archived')`;

export function createGroupSharingRepository(db: Database): GroupSharingRepository {
  const guarded = (...ids: string[]) => ids.every((id) => isUuid(id));
  return {
    async share(groupId, userId, habitId, at) {
      if (!guarded(groupId, userId, habitId)) return false;
      const rows = await db.insert(groupShares)
        .select(db.select({ groupId: sql<string>`${groupId}::uuid`.as('group_id'), habitId: sql<string>`${habitId}::uuid`.as('habit_id'), userId: sql<string>`${userId}::uuid`.as('user_id'), sharedAt: sql<Date>`${at.toISOString()}::timestamptz`.as('shared_at') })
          .from(sql`(select 1) as one`)
          .where(and(activeMember(groupId, userId), ownHabit(habitId, userId))))
        .onConflictDoNothing()
        .returning({ habitId: groupShares.habitId });
      if (rows.length > 0) return true;
      // Already shared (and still theirs, still a member): as good as done.
      const [row] = await db.select({ n: count() }).from(groupShares)
        .where(and(eq(groupShares.groupId, groupId), eq(groupShares.habitId, habitId), eq(groupShares.userId, userId), activeMember(groupId, userId)));
      return (row?.n ?? 0) > 0;
    },

    async unshare(groupId, userId, habitId) {
      if (!guarded(groupId, userId, habitId)) return false;
      const rows = await db.delete(groupShares)
        .where(and(eq(groupShares.groupId, groupId), eq(groupShares.habitId, habitId), eq(groupShares.userId, userId)))
        .returning({ habitId: groupShares.habitId });
      return rows.length > 0;
    },

    async sharedHabitIds(groupId, userId) {
      if (!guarded(groupId, userId)) return [];
      const rows = await db.select({ habitId: groupShares.habitId }).from(groupShares)
        .where(and(eq(groupShares.groupId, groupId), eq(groupShares.userId, userId)))
        .orderBy(asc(groupShares.sharedAt), asc(groupShares.habitId));
      return rows.map((row) => row.habitId);
    },

    async sharedHabits(groupId) {
      if (!guarded(groupId)) return [];
      const rows = await db.select({ habit: habits }).from(groupShares)
        .innerJoin(habits, and(eq(habits.id, groupShares.habitId), eq(habits.userId, groupShares.userId)))
        .innerJoin(groupMembers, and(eq(groupMembers.groupId, groupShares.groupId), eq(groupMembers.userId, groupShares.userId)))
        .where(and(eq(groupShares.groupId, groupId), eq(groupMembers.status, 'active'), ne(habits.status, 'archived')))
        .orderBy(asc(groupMembers.joinedAt), asc(groupMembers.userId), asc(habits.createdAt), asc(habits.id));
      return rows.map((row) => ({ userId: row.habit.userId, habit: toHabit(row.habit) }));
    },

    async addCommitment(groupId, input) {
      const [row] = await db.insert(groupCommitments).values({
        groupId,
        title: input.title,
        kind: input.kind,
        ...frequencyColumns(input.frequency),
        targetQuantity: input.target?.quantity ?? null,
        targetUnit: input.target?.unit ?? null,
        createdBy: input.createdBy,
      }).returning();
      return toCommitment(row!);
    },

    async commitment(groupId, commitmentId) {
      if (!guarded(groupId, commitmentId)) return null;
      const [row] = await db.select().from(groupCommitments)
        .where(and(eq(groupCommitments.id, commitmentId), eq(groupCommitments.groupId, groupId), isNull(groupCommitments.archivedAt)));
      return row ? toCommitment(row) : null;
    },

    async commitments(groupId) {
      if (!guarded(groupId)) return [];
      const rows = await db.select().from(groupCommitments)
        .where(and(eq(groupCommitments.groupId, groupId), isNull(groupCommitments.archivedAt)))
        .orderBy(asc(groupCommitments.createdAt), asc(groupCommitments.id));
      return rows.map(toCommitment);
    },

    async adopt(commitmentId, userId, habitId, at) {
      if (!guarded(commitmentId, userId, habitId)) return 'not_allowed';
      const [commitment] = await db.select({ groupId: groupCommitments.groupId }).from(groupCommitments)
        .where(and(eq(groupCommitments.id, commitmentId), isNull(groupCommitments.archivedAt)));
      if (!commitment) return 'not_allowed';
      const rows = await db.insert(groupCommitmentAdoptions)
        .select(db.select({ commitmentId: sql<string>`${commitmentId}::uuid`.as('commitment_id'), userId: sql<string>`${userId}::uuid`.as('user_id'), habitId: sql<string>`${habitId}::uuid`.as('habit_id'), adoptedAt: sql<Date>`${at.toISOString()}::timestamptz`.as('adopted_at') })
          .from(sql`(select 1) as one`)
          .where(and(activeMember(commitment.groupId, userId), ownHabit(habitId, userId))))
        .onConflictDoNothing()
        .returning({ userId: groupCommitmentAdoptions.userId });
      if (rows.length > 0) return 'adopted';
      const [existing] = await db.select({ n: count() }).from(groupCommitmentAdoptions)
        .where(and(eq(groupCommitmentAdoptions.commitmentId, commitmentId), eq(groupCommitmentAdoptions.userId, userId)));
      return (existing?.n ?? 0) > 0 ? 'already' : 'not_allowed';
    },

    async adoptionCounts(groupId) {
      if (!guarded(groupId)) return new Map();
      const rows = await db.select({ commitmentId: groupCommitmentAdoptions.commitmentId, n: count() })
        .from(groupCommitmentAdoptions)
        .innerJoin(groupCommitments, eq(groupCommitments.id, groupCommitmentAdoptions.commitmentId))
        .innerJoin(groupMembers, and(eq(groupMembers.groupId, groupCommitments.groupId), eq(groupMembers.userId, groupCommitmentAdoptions.userId)))
        .where(and(eq(groupCommitments.groupId, groupId), eq(groupMembers.status, 'active')))
        .groupBy(groupCommitmentAdoptions.commitmentId);
      return new Map(rows.map((row) => [row.commitmentId, row.n]));
    },

    async dataOf(userId) {
      if (!guarded(userId)) return { memberships: [], shares: [], adoptions: [] };
      const memberships = await db.select({
        groupId: groupMembers.groupId, groupName: groups.name, status: groupMembers.status, joinedAt: groupMembers.joinedAt, leftAt: groupMembers.leftAt,
      }).from(groupMembers).innerJoin(groups, eq(groups.id, groupMembers.groupId))
        .where(eq(groupMembers.userId, userId)).orderBy(asc(groupMembers.joinedAt), asc(groups.createdAt), asc(groupMembers.groupId));
      const shares = await db.select({ groupId: groupShares.groupId, habitId: groupShares.habitId, sharedAt: groupShares.sharedAt })
        .from(groupShares).where(eq(groupShares.userId, userId)).orderBy(asc(groupShares.sharedAt), asc(groupShares.habitId));
      const adoptions = await db.select({
        commitmentId: groupCommitmentAdoptions.commitmentId, groupId: groupCommitments.groupId, commitmentTitle: groupCommitments.title,
        habitId: groupCommitmentAdoptions.habitId, adoptedAt: groupCommitmentAdoptions.adoptedAt,
      }).from(groupCommitmentAdoptions).innerJoin(groupCommitments, eq(groupCommitments.id, groupCommitmentAdoptions.commitmentId))
        .where(eq(groupCommitmentAdoptions.userId, userId)).orderBy(asc(groupCommitmentAdoptions.adoptedAt));
      return { memberships, shares, adoptions };
    },
  };
}

