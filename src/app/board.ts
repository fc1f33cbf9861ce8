// A group's numbers: the leaderboard (this week, this month, all time), the group's /stats, and a
// member's shared /stats. Every number is a member's own /stats number for a shared habit (core/
// board reuses its evaluation), so a leaderboard never disagrees with what a member sees alone.
// Only what members shared with this group is read: shares and adopted commitments.
import { groupStreakOf } from '../core/board/group-streak.js';
import { memberRow, rankRows, type BoardPeriod, type BoardRow, type MemberInput } from '../core/board/leaderboard.js';
import { localDateOf } from '../core/day.js';
import { loadBoardMembers } from './board-load.js';
import type { BoardGroup, BoardHabit, BoardMember } from './board-ports.js';
import type { AppDeps } from './deps.js';
import { overallOf, type OverallStats } from './overall.js';
import { statsFor, type StatsView } from './queries.js';

export type { BoardPeriod, BoardRow } from '../core/board/leaderboard.js';

export interface GroupBoard {
  group: BoardGroup;
  period: BoardPeriod;
  /** Ranked, best first; members with nothing decided yet last, without a rank. */
  rows: BoardRow[];
  /** The group's weeks in a row kept by everyone (core/board/group-streak.ts). */
  groupStreak: number;
  /** The shared habits by id, to name a member's streak. */
  habits: Map<string, BoardHabit>;
}

interface LoadedGroup {
  group: BoardGroup;
  members: BoardMember[];
  inputs: MemberInput[];
  now: Date;
  habits: Map<string, BoardHabit>;
}

async function loadGroup(deps: AppDeps, groupId: string): Promise<LoadedGroup | null> {
  const board = deps.repos.board;
  const [group, members, pauses] = await Promise.all([board.group(groupId), board.members(groupId), board.pausesOfGroup(groupId)]);
  if (!group) return null;
  const now = deps.clock.now();
  const inputs = await loadBoardMembers(board, members, pauses, now);
  const habits = new Map(members.flatMap((member) => member.habits.map(({ habit }): [string, BoardHabit] => [habit.id, habit])));
  return { group, members, inputs, now, habits };
}

function rowsFor(loaded: LoadedGroup, period: BoardPeriod): BoardRow[] {
  return rankRows(loaded.inputs.map((member) => memberRow(member, period, loaded.group.weekStart)));
}

/** The group streak from any period's rows: it reads each habit's latest miss, the same in every window. */
function groupStreakFrom(loaded: LoadedGroup, rows: readonly BoardRow[]): number {
  const countsFrom = new Map(loaded.inputs.flatMap((member) => member.habits.map((shared): [string, string] => [shared.history.habit.id, shared.countsFrom])));
  const misses = rows.map((row) => ({
    habits: row.habits.map((habit) => ({ lastMissEnd: habit.lastMissEnd, countsFrom: countsFrom.get(habit.habitId) as string })),
  }));
  const { group, now } = loaded;
  return groupStreakOf(misses, localDateOf(now, group.timeZone), group.weekStart, localDateOf(group.createdAt, group.timeZone));
}

/** The group's leaderboard for `period`, or null for an unknown group. */
export async function groupLeaderboard(deps: AppDeps, groupId: string, period: BoardPeriod): Promise<GroupBoard | null> {
  const loaded = await loadGroup(deps, groupId);
  if (!loaded) return null;
  const rows = rowsFor(loaded, period);
  return { group: loaded.group, period, rows, groupStreak: groupStreakFrom(loaded, rows), habits: loaded.habits };
}

export interface GroupRate {
  met: number;
  decided: number;
  /** met / decided; null when nothing is decided yet. */
  rate: number | null;
}

export interface GroupStats {
  group: BoardGroup;
  memberCount: number;
  sharedHabitCount: number;
  /** All members' shared periods pooled, this week and this month. */
  week: GroupRate;
  month: GroupRate;
  groupStreak: number;
  /** The longest current streak among the members' shared habits. */
  bestStreak: { row: BoardRow; habit: BoardHabit } | null;
  /** This week's leaderboard (for the recap and the group card). */
  weekRows: BoardRow[];
  habits: Map<string, BoardHabit>;
}

function pooled(rows: readonly BoardRow[]): GroupRate {
  const met = rows.reduce((sum, row) => sum + row.met, 0);
  const decided = rows.reduce((sum, row) => sum + row.decided, 0);
  return { met, decided, rate: decided === 0 ? null : met / decided };
}

const UNIT_DAYS = { day: 1, week: 7, month: 30 } as const;

/** What /stats in a group shows: the group's own numbers. */
export async function groupStats(deps: AppDeps, groupId: string): Promise<GroupStats | null> {
  const loaded = await loadGroup(deps, groupId);
  if (!loaded) return null;
  const weekRows = rowsFor(loaded, 'week');
  let bestStreak: GroupStats['bestStreak'] = null;
  for (const row of weekRows) {
    const habit = row.streak ? loaded.habits.get(row.streak.habitId) : undefined;
    if (!row.streak || !habit) continue;
    const length = row.streak.count * UNIT_DAYS[row.streak.unit];
    const best = bestStreak?.row.streak;
    if (!best || length > best.count * UNIT_DAYS[best.unit]) bestStreak = { row, habit };
  }
  return {
    group: loaded.group,
    memberCount: loaded.members.length,
    sharedHabitCount: loaded.habits.size,
    week: pooled(weekRows),
    month: pooled(rowsFor(loaded, 'month')),
    groupStreak: groupStreakFrom(loaded, weekRows),
    bestStreak,
    weekRows,
    habits: loaded.habits,
  };
}

export interface MemberSharedStats {
  group: BoardGroup;
  /** /stats for the habits the member shares with this group only. */
  stats: StatsView;
  /** Their place on this week's leaderboard. */
  weekRow: BoardRow | null;
}

/**
 * What `/stats me` shows in a group: the speaker's /stats, cut to the habits they share with it.
 * Null for an unknown group or someone who is not an active member.
 */
export async function memberSharedStats(deps: AppDeps, groupId: string, userId: string): Promise<MemberSharedStats | null> {
  const loaded = await loadGroup(deps, groupId);
  const member = loaded?.members.find((candidate) => candidate.user.id === userId);
  if (!loaded || !member) return null;
  const shared = new Set(member.habits.map(({ habit }) => habit.id));
  const all = await statsFor(deps, member.user);
  const habits = all.habits.filter(({ habit }) => shared.has(habit.id));
  const overall: OverallStats = overallOf(habits);
  return {
    group: loaded.group,
    stats: { date: all.date, habits, overall },
    weekRow: rowsFor(loaded, 'week').find((row) => row.memberId === userId) ?? null,
  };
}
