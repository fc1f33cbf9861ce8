// Partnerships: every write says in its own statement who may make it. A request is written
// only while both people are active members of the group (and the open-pair unique index makes
// a second one a no-op); only the partner answers, with the request's token; only one of the two
// ends it.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PartnerOfUser, Partnership, PartnershipRepository, PartnershipStatus } from '../../app/partner-ports.js';
import type { Database } from '../client.js';
import { deliveries, groupMembers, groups, partnerships, users } from '../schema/index.js';
import { isUuid } from './ids.js';

type Row = typeof partnerships.$inferSelect;

function toPartnership(row: Row): Partnership {
  return {
    id: row.id, groupId: row.groupId, requesterId: row.requesterId, partnerId: row.partnerId, status: row.status,
    token: row.token, createdAt: row.createdAt, answeredAt: row.answeredAt, endedAt: row.endedAt,
  };
}

const isActiveMember = (groupId: unknown, userId: unknown) =>
  sql`exists (select 1 from ${groupMembers} m where m.group_id = ${groupId} and m.user_id = ${userId} and m.status = 'active')`;

export function createPartnershipRepository(db: Database): PartnershipRepository {
  return {
    async request({ groupId, requesterId, partnerId, token, at }) {
      if (![groupId, requesterId, partnerId].every((id) => isUuid(id))) return 'not_members';
      const both = and(isActiveMember(sql`${groupId}::uuid`, sql`${requesterId}::uuid`), isActiveMember(sql`${groupId}::uuid`, sql`${partnerId}::uuid`));
      const rows = await db.insert(partnerships)
        .select(db.select({
          id: sql<string>`gen_random_uuid()`.as('id'),
          groupId: sql<string>`${groupId}::uuid`.as('group_id'),
          requesterId: sql<string>`${requesterId}::uuid`.as('requester_id'),
          partnerId: sql<string>`${partnerId}::uuid`.as('partner_id'),
          status: sql<'requested'>`'requested'`.as('status'),
          token: sql<string>`${token}::text`.as('token'),
          createdAt: sql<Date>`${at.toISOString()}::timestamptz`.as('created_at'),
          answeredAt: sql<Date | null>`null::timestamptz`.as('answered_at'),
          endedAt: sql<Date | null>`null::timestamptz`.as('ended_at'),
          notes: sql<number>`0`.as('notes'),
        }).from(sql`(select 1) as one`).where(both))
        .onConflictDoNothing()
        .returning();
      if (rows[0]) return toPartnership(rows[0]);
      const [check] = await db.select({ ok: sql<boolean>`${both}` }).from(sql`(select 1) as one`);
      return check?.ok ? 'duplicate' : 'not_members';
    },

    async answer(token, partnerId, status, at) {
      if (!isUuid(partnerId) || token.length === 0) return null;
      const [row] = await db.update(partnerships)
        .set(status === 'active' ? { status, answeredAt: at } : { status, answeredAt: at, endedAt: at })
        .where(and(
          eq(partnerships.token, token), eq(partnerships.partnerId, partnerId), eq(partnerships.status, 'requested'),
          // Someone who left the group since cannot become a partner there.
          isActiveMember(partnerships.groupId, partnerships.requesterId), isActiveMember(partnerships.groupId, partnerships.partnerId),
        ))
        .returning();
      return row ? toPartnership(row) : null;
    },

    async end(partnershipId, userId, at) {
      if (!isUuid(partnershipId) || !isUuid(userId)) return null;
      const [row] = await db.update(partnerships)
        .set({ status: 'ended', endedAt: at })
        .where(and(
          eq(partnerships.id, partnershipId),
          or(eq(partnerships.requesterId, userId), eq(partnerships.partnerId, userId)),
          inArray(partnerships.status, ['requested', 'active']),
        ))
        .returning();
      return row ? toPartnership(row) : null;
    },

    openOf: (userId) => partnersOf(db, userId, ['requested', 'active']),

    async active() {
      const rows = await db.select({
        id: partnerships.id, groupId: partnerships.groupId, a: partnerships.requesterId, b: partnerships.partnerId,
        since: sql<Date>`coalesce(${partnerships.answeredAt}, ${partnerships.createdAt})`.mapWith(partnerships.createdAt),
      })
        .from(partnerships)
        .where(and(
          eq(partnerships.status, 'active'),
          isActiveMember(partnerships.groupId, partnerships.requesterId),
          isActiveMember(partnerships.groupId, partnerships.partnerId),
        ))
        .orderBy(asc(partnerships.createdAt), asc(partnerships.id));
      return rows.map((row) => ({ id: row.id, groupId: row.groupId, userIds: [row.a, row.b] as [string, string], since: row.since }));
    },

    async recordedNoteKeys(keys) {
      if (keys.length === 0) return new Set();
      const rows = await db.select({ key: deliveries.key }).from(deliveries).where(inArray(deliveries.key, keys));
      return new Set(rows.map((row) => row.key));
    },

    allOf: (userId) => partnersOf(db, userId, ['requested', 'active', 'declined', 'ended']),
  };
}

/** The person's partnerships in these statuses, each with the group's name and the other person. */
async function partnersOf(db: Database, userId: string, statuses: PartnershipStatus[]): Promise<PartnerOfUser[]> {
  if (!isUuid(userId)) return [];
  const other = alias(users, 'other');
  const rows = await db.select({ partnership: partnerships, groupName: groups.name, otherId: other.id, otherName: other.displayName })
    .from(partnerships)
    .innerJoin(groups, eq(groups.id, partnerships.groupId))
    .innerJoin(other, eq(other.id, sql`case when ${partnerships.requesterId} = ${userId}::uuid then ${partnerships.partnerId} else ${partnerships.requesterId} end`))
    .where(and(or(eq(partnerships.requesterId, userId), eq(partnerships.partnerId, userId)), inArray(partnerships.status, statuses)))
    .orderBy(asc(partnerships.createdAt), asc(partnerships.id));
  return rows.map((row) => ({
    partnership: toPartnership(row.partnership), groupName: row.groupName, other: { id: row.otherId, displayName: row.otherName },
  }));
}
