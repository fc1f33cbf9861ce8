// A group's leaderboard reads: its members and their shared habits, their pauses, the habits'
// entries since each one's summary cut (one packed string per habit, see history.ts), and the
// summaries themselves (schema/board.ts).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BoardGroup, BoardHabit, BoardMember, BoardRepository, BoardSharedHabit, StoredSummary } from '../../app/board-ports.js';
import { SerializationConflict } from '../../app/board-ports.js';
import type { HistoryEntry } from '../../app/ports.js';
import { fromDayNumber, parseDayNumber } from '../../core/day-number.js';
import type { LocalDate } from '../../core/types.js';
import { rowsOf, type Database } from '../client.js';
import { groupMembers, groups, habitSummaries, habits, pauses } from '../schema/index.js';
import { pgErrorCode } from './errors.js';
import { isUuid } from './ids.js';
import { packedEntries, unpack } from './history.js';
import { toFrequency, toPause } from './mappers.js';

const SAVE_CHUNK = 2_000;

/** A Postgres array literal of values already validated (uuids, dates, null). */
function arrayLiteral(values: readonly (string | null)[]): string {
  return `{${values.map((value) => value ?? 'NULL').join(',')}}`;
}

type SummaryRow = typeof habitSummaries.$inferSelect;

function toStored(row: SummaryRow): StoredSummary {
  return {
    weekStart: row.weekStart === 7 ? 7 : 1,
    summary: {
      cut: row.cut, met: row.met, decided: row.decided, run: row.run,
      lastMissEnd: row.lastMissEnd === null ? null : parseDayNumber(row.lastMissEnd),
      // Stored signed (bigint is int8); the bits are unsigned.
      recentMet: BigInt.asUintN(64, row.recentMet), recentMissed: BigInt.asUintN(64, row.recentMissed),
    },
  };
}

/**
 * A shared habit as the query below gives it. Every value is text or a number in both drivers
 * (dates as day numbers, instants as epoch milliseconds, arrays and int8 as text): mapping a
 * thousand members' habits through the query builder cost ten times the query itself. Day numbers
 * count from 1970-01-01 (core/day-number.ts).
 */
interface SharedRow {
  id: string; user_id: string; name: string; emoji: string | null; kind: 'build' | 'break';
  frequency_kind: HabitFrequencyKind; frequency_days: string | null; frequency_times: number | null; frequency_every_n: number | null;
  target_quantity: number | null; target_unit: string | null; target_direction: 'at_least' | 'at_most' | null;
  start_day: number; status: 'active' | 'paused' | 'archived'; multiple_per_day: boolean; since_ms: number;
  week_start: number | null; cut_day: number | null; met: number | null; decided: number | null; run: number | null;
  last_miss_day: number | null; recent_met: string | null; recent_missed: string | null;
}
type HabitFrequencyKind = (typeof habits.$inferSelect)['frequencyKind'];

const day = (dayNumber: number) => fromDayNumber(dayNumber);

function toShared(row: SharedRow): BoardSharedHabit {
  const habit: BoardHabit = {
    id: row.id, userId: row.user_id, name: row.name, emoji: row.emoji, kind: row.kind,
    frequency: toFrequency({
      frequencyKind: row.frequency_kind,
      frequencyDays: row.frequency_days === null ? null : row.frequency_days.split(',').map(Number),
      frequencyTimes: row.frequency_times, frequencyEveryN: row.frequency_every_n,
    }),
    target: row.target_quantity !== null && row.target_unit !== null && row.target_direction !== null
      ? { quantity: Number(row.target_quantity), unit: row.target_unit, direction: row.target_direction }
      : null,
    startDate: day(Number(row.start_day)), status: row.status, multiplePerDay: row.multiple_per_day,
  };
  const stored: StoredSummary | null = row.cut_day === null ? null : {
    weekStart: Number(row.week_start) === 7 ? 7 : 1,
    summary: {
      cut: day(Number(row.cut_day)), met: Number(row.met), decided: Number(row.decided), run: Number(row.run),
      lastMissEnd: row.last_miss_day === null ? null : Number(row.last_miss_day),
      recentMet: BigInt.asUintN(64, BigInt(row.recent_met ?? '0')), recentMissed: BigInt.asUintN(64, BigInt(row.recent_missed ?? '0')),
    },
  };
  return { habit, since: new Date(Number(row.since_ms)), stored };
}

/** The group's shared habits (shared, or adopted for a live commitment; the earlier counts), by owner, in creation order. */
async function sharedHabits(db: Database, groupId: string): Promise<Map<string, BoardSharedHabit[]>> {
  const result = await db.execute(sql`
    select h.id, h.user_id, h.name, h.emoji, h.kind, h.frequency_kind, array_to_string(h.frequency_days, ',') as frequency_days,
      h.frequency_times, h.frequency_every_n, h.target_quantity, h.target_unit, h.target_direction,
      (h.start_date - date '1970-01-01') as start_day, h.status, h.multiple_per_day,
      (extract(epoch from g.since) * 1000)::float8 as since_ms,
      s.week_start, (s.cut - date '1970-01-01') as cut_day, s.met, s.decided, s.run,
      (s.last_miss_end - date '1970-01-01') as last_miss_day, s.recent_met::text as recent_met, s.recent_missed::text as recent_missed
    from (
      select habit_id, user_id, min(since) as since from (
        select habit_id, user_id, shared_at as since from group_shares where group_id = ${groupId}
        union all
        select a.habit_id, a.user_id, a.adopted_at from group_commitment_adoptions a
          join group_commitments c on c.id = a.commitment_id
          where c.group_id = ${groupId} and c.archived_at is null
      ) both_ways group by habit_id, user_id
    ) g
    join habits h on h.id = g.habit_id and h.user_id = g.user_id
    left join habit_summaries s on s.habit_id = h.id
    where h.status <> 'archived'
    order by h.created_at, h.id`);
  const byUser = new Map<string, BoardSharedHabit[]>();
  for (const row of rowsOf<SharedRow>(result)) {
    const list = byUser.get(row.user_id) ?? [];
    list.push(toShared(row));
    byUser.set(row.user_id, list);
  }
  return byUser;
}

export function createBoardRepository(db: Database, inTransaction = false): BoardRepository {
  const repository: BoardRepository = {
    async group(groupId) {
      if (!isUuid(groupId)) return null;
      const [row] = await db.select().from(groups).where(eq(groups.id, groupId));
      if (!row) return null;
      const group: BoardGroup = {
        id: row.id, name: row.name, timeZone: row.timeZone, weekStart: row.weekStart === 7 ? 7 : 1,
        locale: row.locale, personality: row.personality, createdAt: row.createdAt,
      };
      return group;
    },

    async members(groupId) {
      if (!isUuid(groupId)) return [];
      const [result, shared] = await Promise.all([
        db.execute(sql`
          select u.id, u.display_name, u.time_zone, u.day_start_hour, u.week_start, (extract(epoch from m.joined_at) * 1000)::float8 as joined_ms
          from group_members m join users u on u.id = m.user_id
          where m.group_id = ${groupId} and m.status = 'active'
          order by m.joined_at, m.user_id`),
        sharedHabits(db, groupId),
      ]);
      type MemberRow = { id: string; display_name: string; time_zone: string; day_start_hour: number; week_start: number; joined_ms: number };
      return rowsOf<MemberRow>(result).map((row): BoardMember => ({
        user: { id: row.id, displayName: row.display_name, timeZone: row.time_zone, dayStartHour: Number(row.day_start_hour), weekStart: Number(row.week_start) === 7 ? 7 : 1 },
        joinedAt: new Date(Number(row.joined_ms)),
        habits: shared.get(row.id) ?? [],
      }));
    },

    async pauses(userIds) {
      const ids = userIds.filter(isUuid);
      if (ids.length === 0) return [];
      return (await db.select().from(pauses).where(inArray(pauses.userId, ids))).map(toPause);
    },

    async summaries(habitIds) {
      const ids = habitIds.filter(isUuid);
      if (ids.length === 0) return new Map();
      const rows = await db.select().from(habitSummaries).where(sql`${habitSummaries.habitId} = any(${arrayLiteral(ids)}::uuid[])`);
      return new Map(rows.map((row): [string, StoredSummary] => [row.habitId, toStored(row)]));
    },

    async pausesOfGroup(groupId) {
      if (!isUuid(groupId)) return [];
      const rows = await db.select({ pause: pauses }).from(pauses)
        .innerJoin(groupMembers, eq(groupMembers.userId, pauses.userId))
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 'active')));
      return rows.map((row) => toPause(row.pause));
    },

    async histories(reads, since) {
      const valid = reads.filter((read) => isUuid(read.userId) && isUuid(read.habitId));
      if (valid.length === 0) return new Map();
      const result = since !== undefined ? await db.execute(sql`
        select e.habit_id as "habitId", ${packedEntries(sql`e`)} as packed
        from entries e
        where e.user_id = any(${arrayLiteral([...new Set(valid.map((read) => read.userId))])}::uuid[]) and e.local_date >= ${since}::date
          and e.habit_id = any(${arrayLiteral(valid.map((read) => read.habitId))}::uuid[])
        group by e.habit_id`) : await db.execute(sql`
        select e.habit_id as "habitId", ${packedEntries(sql`e`)} as packed
        from unnest(${arrayLiteral(valid.map((read) => read.userId))}::uuid[], ${arrayLiteral(valid.map((read) => read.habitId))}::uuid[],
          ${arrayLiteral(valid.map((read) => read.from))}::date[]) as r(user_id, habit_id, from_date)
        join entries e on e.user_id = r.user_id and e.habit_id = r.habit_id and e.local_date >= coalesce(r.from_date, '-infinity'::date)
        group by e.habit_id`);
      const dates = new Map<number, LocalDate>();
      const found = new Map<string, HistoryEntry[]>();
      const from = new Map(valid.map((read) => [read.habitId, read.from]));
      for (const row of rowsOf<{ habitId: string; packed: string }>(result)) {
        const entries = unpack(row.packed, dates);
        const first = from.get(row.habitId);
        // One scan from the earliest day serves every read: each keeps only its own days.
        found.set(row.habitId, since !== undefined && first ? entries.filter((entry) => entry.localDate >= first) : entries);
      }
      return found;
    },

    async saveSummaries(rows) {
      for (let start = 0; start < rows.length; start += SAVE_CHUNK) {
        const values = rows.slice(start, start + SAVE_CHUNK).map(({ habitId, stored, computedFor }) => ({
          habitId, weekStart: stored.weekStart, cut: stored.summary.cut, met: stored.summary.met, decided: stored.summary.decided,
          run: stored.summary.run, lastMissEnd: stored.summary.lastMissEnd === null ? null : fromDayNumber(stored.summary.lastMissEnd),
          recentMet: BigInt.asIntN(64, stored.summary.recentMet), recentMissed: BigInt.asIntN(64, stored.summary.recentMissed), computedFor,
        }));
        await db.insert(habitSummaries).values(values).onConflictDoUpdate({
          target: habitSummaries.habitId,
          set: {
            weekStart: sql`excluded.week_start`, cut: sql`excluded.cut`, met: sql`excluded.met`, decided: sql`excluded.decided`,
            run: sql`excluded.run`, lastMissEnd: sql`excluded.last_miss_end`, recentMet: sql`excluded.recent_met`,
            recentMissed: sql`excluded.recent_missed`, computedFor: sql`excluded.computed_for`, computedAt: sql`excluded.computed_at`,
          },
        });
      }
    },

    async consistently(work) {
      if (inTransaction) return work(repository);
      try {
        return await db.transaction((tx) => work(createBoardRepository(tx, true)), { isolationLevel: 'serializable' });
      } catch (error) {
        if (pgErrorCode(error) === '40001') throw new SerializationConflict();
        throw error;
      }
    },
  };
  return repository;
}
