// The groups' half of the JobStore: one 'group_recap' row per group with a home chat, planned
// in the group's zone, claimed like a person's rows (FOR UPDATE SKIP LOCKED plus a lease), and
// what a group delivery reads: the group, its home chats and the records of its keys.
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DeliveryStatus, GroupClock, GroupDeliveryContext, GroupDueItem, GroupJobStore, GroupScheduleKind } from '../../app/ports.js';
import { groupWeekKey } from '../../core/group-schedule.js';
import type { Weekday } from '../../core/types.js';
import type { Database } from '../client.js';
import { rowsOf } from '../client.js';
import { deliveries, groupChats, groups, schedules } from '../schema/index.js';
import { isUuid } from './ids.js';

const UNIQUE_KEY = sql.raw('schedules_target_habit_id_kind_unique');
/** A recap is planned from these: a change of any replans it. */
const RECAP_FINGERPRINT = sql`concat_ws('|', g.time_zone, g.week_start::text, g.recap_day::text, g.recap_time)`;

const countOf = (result: unknown): number => Number(rowsOf<{ count: number | string }>(result)[0]?.count ?? 0);

type GroupRow = typeof groups.$inferSelect;

function toGroupClock(row: GroupRow): GroupClock {
  return {
    id: row.id,
    timeZone: row.timeZone,
    weekStart: row.weekStart === 7 ? 7 : 1,
    recapDay: row.recapDay as Weekday,
    recapTime: row.recapTime,
    proofDay: row.proofDay as Weekday,
    proofTime: row.proofTime,
  };
}

export function createGroupJobStore(db: Database): GroupJobStore {
  return {
    async reconcileGroups(planFrom) {
      const from = sql`${planFrom.toISOString()}::timestamptz`;
      const marked = countOf(await db.execute(sql`
        with changed as (
          insert into schedules (group_id, kind, fingerprint, plan_needed, plan_from)
          select g.id, 'group_recap', ${RECAP_FINGERPRINT}, true, ${from}
          from groups g
          where exists (select 1 from group_chats c where c.group_id = g.id)
          on conflict on constraint ${UNIQUE_KEY} do update
            set fingerprint = excluded.fingerprint, plan_needed = true, plan_from = excluded.plan_from, updated_at = now()
            where schedules.fingerprint <> excluded.fingerprint
          returning 1)
        select count(*) as count from changed`));
      // A group with no home chat left has nowhere to post (a deleted group's rows cascade).
      const removed = countOf(await db.execute(sql`
        with gone as (
          delete from schedules s
          where s.group_id is not null and not exists (select 1 from group_chats c where c.group_id = s.group_id)
          returning 1)
        select count(*) as count from gone`));
      return { marked, removed };
    },

    async groupsNeedingPlan(limit) {
      const rows = await db
        .select({ schedule: { id: schedules.id, kind: schedules.kind, planFrom: schedules.planFrom }, group: groups })
        .from(schedules)
        .innerJoin(groups, eq(groups.id, schedules.groupId))
        .where(and(eq(schedules.planNeeded, true), isNotNull(schedules.groupId)))
        .limit(limit);
      return rows.map((row) => ({
        scheduleId: row.schedule.id,
        kind: row.schedule.kind as GroupScheduleKind,
        group: toGroupClock(row.group),
        planFrom: row.schedule.planFrom,
      }));
    },

    async claimDueGroups(now, { limit, leaseMs, platforms }) {
      if (platforms.length === 0 || limit <= 0) return [];
      const at = now.toISOString();
      const rows = rowsOf<{ id: string; group_id: string; kind: string; slot: string; next_at: Date | string; week_start: number }>(
        await db.execute(sql`
          with claimed as (
            update schedules s
            set lease_until = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz, updated_at = now()
            from (
              select c.id from schedules c
              where c.next_at <= ${at}::timestamptz
                and c.group_id is not null
                and (c.lease_until is null or c.lease_until <= ${at}::timestamptz)
                and not c.plan_needed
                and exists (
                  select 1 from group_chats gc
                  where gc.group_id = c.group_id and gc.platform in (${sql.join(platforms.map((platform) => sql`${platform}`), sql`, `)}))
              order by c.next_at
              limit ${limit}
              for update of c skip locked
            ) as due
            where s.id = due.id
            returning s.id, s.group_id, s.kind, s.slot, s.next_at)
          select claimed.*, g.week_start from claimed join groups g on g.id = claimed.group_id`),
      );
      return rows
        .map((row): GroupDueItem => ({
          scheduleId: row.id,
          groupId: row.group_id,
          kind: row.kind as GroupScheduleKind,
          slot: row.slot,
          week: groupWeekKey(row.slot, row.week_start === 7 ? 7 : 1) ?? row.slot,
          dueAt: new Date(row.next_at),
        }))
        .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    },

    async loadGroupDelivery(scheduleId, keys) {
      if (!isUuid(scheduleId)) return null;
      const [row] = await db
        .select({ schedule: { id: schedules.id, groupId: schedules.groupId, kind: schedules.kind, slot: schedules.slot, nextAt: schedules.nextAt }, group: groups })
        .from(schedules)
        .innerJoin(groups, eq(groups.id, schedules.groupId))
        .where(eq(schedules.id, scheduleId));
      if (!row) return null;
      const [chats, records] = await Promise.all([
        db.select({ platform: groupChats.platform, chatId: groupChats.chatId }).from(groupChats).where(eq(groupChats.groupId, row.group.id)).orderBy(groupChats.createdAt),
        keys.length > 0 ? db.select({ key: deliveries.key, status: deliveries.status }).from(deliveries).where(inArray(deliveries.key, [...keys])) : Promise.resolve([]),
      ]);
      const statuses: Record<string, DeliveryStatus> = {};
      for (const record of records) statuses[record.key] = record.status;
      const context: GroupDeliveryContext = {
        item: { scheduleId: row.schedule.id, groupId: row.group.id, kind: row.schedule.kind as GroupScheduleKind, nextAt: row.schedule.nextAt, currentSlot: row.schedule.slot },
        group: { ...toGroupClock(row.group), name: row.group.name, locale: row.group.locale, lastActiveAt: row.group.lastActiveAt },
        chats: chats.map((chat) => ({ platform: chat.platform, chatId: chat.chatId })),
        statuses,
      };
      return context;
    },
  };
}
