// Schedules and deliveries. ScheduleRepository is the person-scoped part (the Snooze button);
// the JobStore is what the sweep and the workers use across people: reconcile rows with
// habits and settings, plan, claim what is due (FOR UPDATE SKIP LOCKED plus a lease), and
// the deliveries log that makes each send happen at most once per key.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type {
  DeliveryClaimResult, DeliveryContext, DeliveryStatus, DueItem, HistoryEntry, JobStore, PersonScheduleKind, PlanningRow, ScheduleRepository,
} from '../../app/ports.js';
import { REMINDER_HISTORY_DAYS } from '../../core/reminders.js';
import type { Pause, Platform } from '../../core/types.js';
import type { Database } from '../client.js';
import { rowsOf } from '../client.js';
import { deliveries, habits, schedules, users } from '../schema/index.js';
import { createGroupJobStore } from './group-schedules.js';
import { isUuid } from './ids.js';
import { toHabit, toUser } from './mappers.js';

const UNIQUE_KEY = sql.raw('schedules_target_habit_id_kind_unique');
const PLANS_PER_STATEMENT = 1000;
/** A reminder's period (a month at most) and a day of zone slack before its slot. */
const HISTORY_DAYS = REMINDER_HISTORY_DAYS + 1;

// What each kind's plan is computed from: a change to any of these replans the row.
// coalesce keeps positions fixed, so 'no quiet hours' never reads like another value.
const text = (value: SQL) => sql`coalesce((${value})::text, '-')`;
const personInputs = sql.join([text(sql`u.time_zone`), text(sql`u.day_start_hour`), text(sql`u.quiet_hours_start`), text(sql`u.quiet_hours_end`)], sql`, `);
const REMINDER_FINGERPRINT = sql`concat_ws('|', ${personInputs}, ${sql.join(
  [
    text(sql`array_to_string(h.reminder_times, ',')`), text(sql`array_to_string(h.reminder_days, ',')`), text(sql`h.frequency_kind`),
    text(sql`array_to_string(h.frequency_days, ',')`), text(sql`h.frequency_every_n`), text(sql`h.start_date`),
  ],
  sql`, `,
)})`;
const NUDGE_FINGERPRINT = sql`concat_ws('|', ${personInputs}, ${text(sql`u.evening_nudge_time`)}, ${text(sql`u.evening_nudge_enabled`)})`;
const REVIEW_FINGERPRINT = sql`concat_ws('|', ${personInputs}, ${text(sql`u.review_day`)}, ${text(sql`u.review_time`)}, ${text(sql`u.week_start`)}, ${text(sql`u.weekly_review_enabled`)})`;
/** Whether the person wants this kind (k.kind) at all: nudges and reviews can be turned off. */
const WANTED = sql`case k.kind when 'nudge' then u.evening_nudge_enabled else u.weekly_review_enabled end`;

const countOf = (result: unknown): number => Number(rowsOf<{ count: number | string }>(result)[0]?.count ?? 0);

export function createScheduleRepository(db: Database): ScheduleRepository {
  return {
    async snooze(userId, habitId, slot, at) {
      if (!isUuid(userId) || !isUuid(habitId)) return 'unknown_habit';
      const [habit] = await db.select({ id: habits.id }).from(habits).where(and(eq(habits.id, habitId), eq(habits.userId, userId)));
      if (!habit) return 'unknown_habit';
      // One snooze row per habit, holding the slot it snoozed: the same slot twice changes nothing.
      const rows = rowsOf<{ id: string }>(
        await db.execute(sql`
          insert into schedules (user_id, habit_id, kind, fingerprint, plan_needed, next_at, slot)
          values (${userId}, ${habitId}, 'snooze', '', false, ${at.toISOString()}::timestamptz, ${slot})
          on conflict on constraint ${UNIQUE_KEY} do update
            set next_at = excluded.next_at, slot = excluded.slot, lease_until = null, updated_at = now()
            where schedules.slot is distinct from excluded.slot
          returning id`),
      );
      return rows.length > 0 ? 'snoozed' : 'already_snoozed';
    },
  };
}

function dueItemOf(row: { id: string; user_id: string; habit_id: string | null; kind: string; slot: string; next_at: Date | string }): DueItem {
  return {
    scheduleId: row.id,
    userId: row.user_id,
    habitId: row.habit_id,
    kind: row.kind as PersonScheduleKind,
    slot: row.slot,
    dueAt: new Date(row.next_at),
  };
}

export function createJobStore(handle: { db: Database }): JobStore {
  const { db } = handle;

  return {
    ...createGroupJobStore(db),
    async reconcile(planFrom) {
      const from = sql`${planFrom.toISOString()}::timestamptz`;
      let marked = 0;
      marked += countOf(await db.execute(sql`
        with changed as (
          insert into schedules (user_id, habit_id, kind, fingerprint, plan_needed, plan_from)
          select h.user_id, h.id, 'reminder', ${REMINDER_FINGERPRINT}, true, ${from}
          from habits h join users u on u.id = h.user_id
          where h.status = 'active' and cardinality(h.reminder_times) > 0
          on conflict on constraint ${UNIQUE_KEY} do update
            set fingerprint = excluded.fingerprint, plan_needed = true, plan_from = excluded.plan_from, updated_at = now()
            where schedules.fingerprint <> excluded.fingerprint
          returning 1)
        select count(*) as count from changed`));
      marked += countOf(await db.execute(sql`
        with changed as (
          insert into schedules (user_id, habit_id, kind, fingerprint, plan_needed, plan_from)
          select u.id, null, k.kind, case k.kind when 'nudge' then ${NUDGE_FINGERPRINT} else ${REVIEW_FINGERPRINT} end, true, ${from}
          from users u cross join (values ('nudge'), ('review')) as k(kind)
          where u.onboarded_at is not null and ${WANTED}
          on conflict on constraint ${UNIQUE_KEY} do update
            set fingerprint = excluded.fingerprint, plan_needed = true, plan_from = excluded.plan_from, updated_at = now()
            where schedules.fingerprint <> excluded.fingerprint
          returning 1)
        select count(*) as count from changed`));
      // A habit archived, paused or stripped of its reminder times stops being reminded.
      let removed = countOf(await db.execute(sql`
        with gone as (
          delete from schedules s
          where s.kind = 'reminder' and not exists (
            select 1 from habits h
            where h.id = s.habit_id and h.user_id = s.user_id and h.status = 'active' and cardinality(h.reminder_times) > 0)
          returning 1)
        select count(*) as count from gone`));
      // A nudge or review the person turned off is dropped; turning it back on inserts it again.
      removed += countOf(await db.execute(sql`
        with gone as (
          delete from schedules s
          using users u, (values ('nudge'), ('review')) as k(kind)
          where s.user_id = u.id and s.kind = k.kind and not ${WANTED}
          returning 1)
        select count(*) as count from gone`));
      return { marked, removed };
    },

    async needingPlan(limit) {
      const rows = await db
        .select({ schedule: { id: schedules.id, kind: schedules.kind, planFrom: schedules.planFrom }, user: users, habit: habits })
        .from(schedules)
        .innerJoin(users, eq(users.id, schedules.userId))
        .leftJoin(habits, eq(habits.id, schedules.habitId))
        .where(eq(schedules.planNeeded, true))
        .limit(limit);
      return rows.map((row): PlanningRow => ({
        scheduleId: row.schedule.id,
        kind: row.schedule.kind as PersonScheduleKind, // the inner join keeps people's rows only
        user: toUser(row.user),
        habit: row.habit ? toHabit(row.habit) : null,
        planFrom: row.schedule.planFrom,
      }));
    },

    async savePlans(plans) {
      for (let start = 0; start < plans.length; start += PLANS_PER_STATEMENT) {
        const values = plans.slice(start, start + PLANS_PER_STATEMENT).map((plan) =>
          sql`(${plan.scheduleId}::uuid, ${plan.next ? plan.next.at.toISOString() : null}::timestamptz, ${plan.next?.slot ?? null}::text)`);
        await db.execute(sql`
          update schedules s
          set next_at = v.next_at, slot = coalesce(v.slot, s.slot), plan_needed = false, plan_from = null, lease_until = null, updated_at = now()
          from (values ${sql.join(values, sql`, `)}) as v(id, next_at, slot)
          where s.id = v.id`);
      }
    },

    async claimDue(now, { limit, leaseMs, platforms }) {
      if (platforms.length === 0 || limit <= 0) return [];
      const rows = rowsOf<{ id: string; user_id: string; habit_id: string | null; kind: string; slot: string; next_at: Date | string }>(
        await db.execute(sql`
          update schedules s
          set lease_until = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz, updated_at = now()
          from (
            select c.id from schedules c
            where c.next_at <= ${now.toISOString()}::timestamptz
              and c.user_id is not null
              and (c.lease_until is null or c.lease_until <= ${now.toISOString()}::timestamptz)
              and not c.plan_needed
              and exists (
                select 1 from platform_identities p
                where p.user_id = c.user_id and p.platform in (${sql.join(platforms.map((platform) => sql`${platform}`), sql`, `)}))
            order by c.next_at
            limit ${limit}
            for update of c skip locked
          ) as due
          where s.id = due.id
          returning s.id, s.user_id, s.habit_id, s.kind, s.slot, s.next_at`),
      );
      return rows.map(dueItemOf).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    },

    async markSweep(now) {
      // The previous start is read in the statement that replaces it.
      const rows = rowsOf<{ started_at: Date | string | null }>(await db.execute(sql`
        with previous as (select started_at from sweep_runs where name = 'sweep'),
        marked as (
          insert into sweep_runs (name, started_at) values ('sweep', ${now.toISOString()}::timestamptz)
          on conflict (name) do update set started_at = excluded.started_at
          returning 1)
        select (select started_at from previous) as started_at, (select count(*) from marked) as marked`));
      const previous = rows[0]?.started_at;
      return previous ? new Date(previous) : null;
    },

    async releaseLeases() {
      return countOf(await db.execute(sql`
        with released as (update schedules set lease_until = null where lease_until is not null returning 1)
        select count(*) as count from released`));
    },

    async loadDeliveries(scheduleIds) {
      const ids = [...new Set(scheduleIds.filter(isUuid))];
      if (ids.length === 0) return new Map();
      const rows = await loadDeliveriesQuery(db, ids);
      return new Map(rows.map((row): [string, DeliveryContext] => {
        const { schedule } = row;
        const userId = row.user.id; // the inner join keeps people's rows only
        return [schedule.id, {
          item: {
            scheduleId: schedule.id,
            userId,
            habitId: schedule.habitId,
            kind: schedule.kind as PersonScheduleKind,
            slot: schedule.slot ?? '',
            dueAt: schedule.nextAt ?? new Date(0),
            nextAt: schedule.nextAt,
            currentSlot: schedule.slot,
          },
          user: toUser(row.user),
          identities: row.identities.map((identity) => ({ ...identity, userId })),
          habit: row.habit ? toHabit(row.habit) : null,
          status: row.status,
          pauses: row.pauses.map((pause) => ({ ...pause, userId })),
          entries: row.entries,
        }];
      }));
    },

    async claimDeliveries(claims) {
      if (claims.length === 0) return [];
      const input = sql.join(claims.map((claim) => sql`(${claim.key}::text, ${claim.userId}::uuid, ${claim.groupId ?? null}::uuid, ${claim.kind}::text,
        ${claim.dueAt.toISOString()}::timestamptz, ${claim.now.toISOString()}::timestamptz)`), sql`, `);
      // One statement: the inserted rows are not visible to its own select, so for each key
      // exactly one side answers: claimed now, or the status it had.
      const rows = rowsOf<{ key: string; claimed: boolean; status: DeliveryStatus | null }>(await db.execute(sql`
        with input (key, user_id, group_id, kind, due_at, updated_at) as (values ${input}),
        claimed as (
          insert into deliveries (key, user_id, group_id, kind, status, due_at, updated_at)
          select key, user_id, group_id, kind, 'sending', due_at, updated_at from input
          on conflict (key) do nothing
          returning key)
        select i.key, c.key is not null as claimed, d.status
        from input i left join claimed c on c.key = i.key left join deliveries d on d.key = i.key`));
      const byKey = new Map(rows.map((row) => [row.key, row]));
      return claims.map((claim): DeliveryClaimResult => {
        const row = byKey.get(claim.key);
        if (row?.claimed) return { claimed: true };
        // Released between the statements of another claim: let the retry take it.
        return { claimed: false, status: row?.status ?? 'sending' };
      });
    },

    async finishDeliveries(finishes) {
      if (finishes.length === 0) return;
      const input = sql.join(finishes.map((finish) => sql`(${finish.key}::text, ${finish.userId}::uuid, ${finish.groupId ?? null}::uuid, ${finish.kind}::text,
        ${finish.status}::text, ${finish.reason ?? null}::text, ${finish.dueAt.toISOString()}::timestamptz, ${finish.now.toISOString()}::timestamptz,
        ${finish.advance?.scheduleId ?? null}::uuid, ${finish.advance?.fromSlot ?? null}::text,
        ${finish.advance?.next?.at.toISOString() ?? null}::timestamptz, ${finish.advance?.next?.slot ?? null}::text)`), sql`, `);
      // The records and the schedules' moves in one statement: one commit.
      await db.execute(sql`
        with input (key, user_id, group_id, kind, status, reason, due_at, updated_at, schedule_id, from_slot, next_at, next_slot) as (values ${input}),
        recorded as (
          insert into deliveries (key, user_id, group_id, kind, status, reason, due_at, updated_at)
          select key, user_id, group_id, kind, status, reason, due_at, updated_at from input
          on conflict (key) do update set status = excluded.status, reason = excluded.reason, updated_at = excluded.updated_at
            where deliveries.status = 'sending')
        update schedules s
        set next_at = i.next_at, slot = coalesce(i.next_slot, s.slot), lease_until = null, updated_at = now()
        from input i
        where i.schedule_id is not null and s.id = i.schedule_id and s.slot = i.from_slot`);
    },

    async releaseDelivery(key) {
      await db.delete(deliveries).where(and(eq(deliveries.key, key), eq(deliveries.status, 'sending')));
    },

    async pruneDeliveries(before) {
      const old = db.select({ key: deliveries.key }).from(deliveries).where(sql`${deliveries.updatedAt} < ${before.toISOString()}::timestamptz`).limit(10_000);
      const removed = await db.delete(deliveries).where(inArray(deliveries.key, old)).returning({ key: deliveries.key });
      return removed.length;
    },
  };
}

/**
 * The deliveries' whole context in one query: the hot path of a worker sending a hundred
 * thousand reminders a minute is one read, one claim and one finish per batch of jobs. The
 * delivery key and the history window follow from each row's current slot.
 */
function loadDeliveriesQuery(db: Database, ids: string[]) {
  const json = <T>(query: SQL) => sql<T>`(${query})`;
  const key = sql`${schedules.kind} || '-' || coalesce(${schedules.habitId}, ${schedules.userId})::text || '-' || ${schedules.slot}`;
  return db
    .select({
      schedule: { id: schedules.id, userId: schedules.userId, habitId: schedules.habitId, kind: schedules.kind, slot: schedules.slot, nextAt: schedules.nextAt },
      user: users,
      habit: habits,
      status: sql<DeliveryStatus | null>`(select d.status from deliveries d where d.key = ${key})`,
      identities: json<{ platform: Platform; externalId: string }[]>(sql`
        select coalesce(json_agg(json_build_object('platform', p.platform, 'externalId', p.external_id) order by p.created_at), '[]'::json)
        from platform_identities p where p.user_id = ${schedules.userId}`),
      pauses: json<Omit<Pause, 'userId'>[]>(sql`
        select coalesce(json_agg(json_build_object('id', pa.id, 'habitId', pa.habit_id, 'startDate', pa.start_date, 'endDate', pa.end_date, 'reason', pa.reason)), '[]'::json)
        from pauses pa where pa.user_id = ${schedules.userId}`),
      entries: json<HistoryEntry[]>(sql`
        select coalesce(json_agg(json_build_object('kind', e.kind, 'localDate', e.local_date, 'quantity', e.quantity) order by e.local_date, e.created_at, e.write_order), '[]'::json)
        from entries e
        where e.habit_id = ${schedules.habitId}
          and e.local_date >= (coalesce(${schedules.nextAt}, now()) at time zone 'UTC')::date - ${HISTORY_DAYS}::int`),
    })
    .from(schedules)
    .innerJoin(users, eq(users.id, schedules.userId))
    .leftJoin(habits, eq(habits.id, schedules.habitId))
    .where(inArray(schedules.id, ids));
}
