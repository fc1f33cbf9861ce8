// A group's leaderboard reads: its members and their shared habits, their pauses, the habits'
// entries since each one's summary cut (one packed string per habit, see history.ts), and the
// summaries themselves (schema/board.ts).
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { BoardGroup, BoardHabit, BoardMember, BoardRepository, SharedHabit, StoredSummary } from '../../app/board-ports.js';
import { SerializationConflict } from '../../app/board-ports.js';
import type { HistoryEntry } from '../../app/ports.js';
import { fromDayNumber, parseDayNumber } from '../../core/day-number.js';
import type { LocalDate } from '../../core/types.js';
import { rowsOf, type Database } from '../client.js';
import {
  groupCommitmentAdoptions, groupCommitments, groupMembers, groupShares, groups, habitSummaries, habits, pauses, users,
} from '../schema/index.js';
import { pgErrorCode } from './errors.js';
import { isUuid } from './ids.js';
import { packedEntries, unpack } from './history.js';
import { toFrequency, toPause } from './mappers.js';

const SAVE_CHUNK = 2_000;

/** A Postgres array literal of values already validated (uuids, dates, null). */
function arrayLiteral(values: readonly (string | null)[]): string {
  return `{${values.map((value) => value ?? 'NULL').join(',')}}`;
}

// Only the columns the board reads: a thousand members' habits are read on every leaderboard.
const HABIT_COLUMNS = {
  id: habits.id, userId: habits.userId, name: habits.name, emoji: habits.emoji, kind: habits.kind,
  frequencyKind: habits.frequencyKind, frequencyDays: habits.frequencyDays, frequencyTimes: habits.frequencyTimes,
  frequencyEveryN: habits.frequencyEveryN, targetQuantity: habits.targetQuantity, targetUnit: habits.targetUnit,
  targetDirection: habits.targetDirection, startDate: habits.startDate, status: habits.status,
  multiplePerDay: habits.multiplePerDay, createdAt: habits.createdAt,
};
type HabitColumns = { [K in keyof typeof HABIT_COLUMNS]: (typeof habits.$inferSelect)[K] };
type SummaryRow = typeof habitSummaries.$inferSelect;

function toBoardHabit(row: HabitColumns): BoardHabit {
  return {
    id: row.id, userId: row.userId, name: row.name, emoji: row.emoji, kind: row.kind, frequency: toFrequency(row),
    target: row.targetQuantity !== null && row.targetUnit !== null && row.targetDirection !== null
      ? { quantity: row.targetQuantity, unit: row.targetUnit, direction: row.targetDirection }
      : null,
    startDate: row.startDate, status: row.status, multiplePerDay: row.multiplePerDay,
  };
}

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

async function sharedHabits(db: Database, groupId: string): Promise<Map<string, SharedHabit[]>> {
  const [shared, adopted] = await Promise.all([
    db.select({ habit: HABIT_COLUMNS, since: groupShares.sharedAt, summary: habitSummaries }).from(groupShares)
      .innerJoin(habits, and(eq(habits.id, groupShares.habitId), eq(habits.userId, groupShares.userId)))
      .leftJoin(habitSummaries, eq(habitSummaries.habitId, habits.id))
      .where(and(eq(groupShares.groupId, groupId), ne(habits.status, 'archived'))),
    db.select({ habit: HABIT_COLUMNS, since: groupCommitmentAdoptions.adoptedAt, summary: habitSummaries }).from(groupCommitmentAdoptions)
      .innerJoin(groupCommitments, eq(groupCommitments.id, groupCommitmentAdoptions.commitmentId))
      .innerJoin(habits, and(eq(habits.id, groupCommitmentAdoptions.habitId), eq(habits.userId, groupCommitmentAdoptions.userId)))
      .leftJoin(habitSummaries, eq(habitSummaries.habitId, habits.id))
      .where(and(eq(groupCommitments.groupId, groupId), isNull(groupCommitments.archivedAt), ne(habits.status, 'archived'))),
  ]);
  // A habit both shared and adopted counts once, from the earlier.
  const byHabit = new Map<string, { row: HabitColumns; since: Date; summary: SummaryRow | null }>();
  for (const { habit, since, summary } of [...shared, ...adopted]) {
    const known = byHabit.get(habit.id);
    if (!known || since < known.since) byHabit.set(habit.id, { row: habit, since, summary });
  }
  const byUser = new Map<string, SharedHabit[]>();
  const ordered = [...byHabit.values()].sort((a, b) => a.row.createdAt.getTime() - b.row.createdAt.getTime() || (a.row.id < b.row.id ? -1 : 1));
  for (const { row, since, summary } of ordered) {
    const list = byUser.get(row.userId) ?? [];
    list.push({ habit: toBoardHabit(row), since, stored: summary ? toStored(summary) : null });
    byUser.set(row.userId, list);
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
      const [rows, shared] = await Promise.all([
        db.select({
          id: users.id, displayName: users.displayName, timeZone: users.timeZone, dayStartHour: users.dayStartHour,
          weekStart: users.weekStart, joinedAt: groupMembers.joinedAt,
        }).from(groupMembers).innerJoin(users, eq(users.id, groupMembers.userId))
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 'active')))
          .orderBy(asc(groupMembers.joinedAt), asc(groupMembers.userId)),
        sharedHabits(db, groupId),
      ]);
      return rows.map((row): BoardMember => ({
        user: { id: row.id, displayName: row.displayName, timeZone: row.timeZone, dayStartHour: row.dayStartHour, weekStart: row.weekStart === 7 ? 7 : 1 },
        joinedAt: row.joinedAt,
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
