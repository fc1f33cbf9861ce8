// Loads a group's members and their shared habits for the leaderboard: each habit's entries
// since its summary's cut (schema/board.ts), or its whole history when it has no usable summary
// yet, which is then folded and kept for the next read. A summary is carried forward once its
// cut is more than REFRESH_AFTER_DAYS old, so a read stays a few days of entries per habit however
// long the history is, and every number stays the whole history's (core/board/tally.ts).
import type { MemberInput, SharedHabitInput } from '../core/board/leaderboard.js';
import { summarize, type HabitSummary } from '../core/board/tally.js';
import { addDays, daysBetween, localDateOf } from '../core/day.js';
import type { LocalDate, Pause } from '../core/types.js';
import { SerializationConflict, type BoardMember, type BoardRepository, type HistoryRead, type StoredSummary } from './board-ports.js';
import { pausesFor } from './habit-stats.js';
import type { HistoryEntry } from './ports.js';
import { userToday } from './users.js';

/** A summary older than this many days is carried forward to today when read. */
export const REFRESH_AFTER_DAYS = 7;

interface Plan {
  member: BoardMember;
  today: LocalDate;
  habitIndex: number;
  read: HistoryRead;
  /** The stored summary the read starts at, or null (the whole history). */
  stored: HabitSummary | null;
  /** Fold it forward (or from scratch) and keep it. */
  refresh: boolean;
}

function planFor(member: BoardMember, today: LocalDate, habitIndex: number, stored: StoredSummary | undefined): Plan {
  const habit = member.habits[habitIndex]!.habit;
  const usable = stored && stored.weekStart === member.user.weekStart && stored.summary.cut <= today ? stored.summary : null;
  return {
    member, today, habitIndex, stored: usable,
    read: { userId: member.user.id, habitId: habit.id, from: usable ? usable.cut : null },
    refresh: usable === null || daysBetween(usable.cut, today) > REFRESH_AFTER_DAYS,
  };
}

interface Loaded { histories: Map<string, HistoryEntry[]>; summaries: Map<string, HabitSummary | null> }

/** Reads the habits to fold and folds them; with `board` inside a transaction, keeps what was folded. */
async function foldPlans(board: BoardRepository, plans: readonly Plan[], pauses: Pause[], save: boolean): Promise<Loaded> {
  const histories = await board.histories(plans.map((plan) => plan.read));
  const summaries = new Map<string, HabitSummary | null>();
  const rows: Parameters<BoardRepository['saveSummaries']>[0][number][] = [];
  for (const plan of plans) {
    const habit = plan.member.habits[plan.habitIndex]!.habit;
    const history = { habit, entries: histories.get(habit.id) ?? [], pauses: pausesFor(habit.id, pauses) };
    const summary = summarize(history, plan.today, plan.member.user.weekStart, plan.today, plan.stored);
    summaries.set(habit.id, summary);
    if (summary && summary !== plan.stored) rows.push({ habitId: habit.id, stored: { summary, weekStart: plan.member.user.weekStart }, computedFor: plan.today });
  }
  if (save && rows.length > 0) await board.saveSummaries(rows);
  return { histories, summaries };
}

/** The fresh reads: those from the last days in one scan of their owners' entries, older ones habit by habit. */
async function readFresh(board: BoardRepository, fresh: readonly Plan[], now: Date): Promise<Map<string, HistoryEntry[]>> {
  const recentFrom = addDays(localDateOf(now, 'UTC'), -(REFRESH_AFTER_DAYS + 2));
  const recent = fresh.filter((plan) => plan.read.from !== null && plan.read.from >= recentFrom).map((plan) => plan.read);
  const older = fresh.filter((plan) => plan.read.from === null || plan.read.from < recentFrom).map((plan) => plan.read);
  const since = recent.reduce<LocalDate | null>((earliest, read) => (earliest === null || (read.from as LocalDate) < earliest ? read.from : earliest), null);
  const [scanned, probed] = await Promise.all([
    since === null ? new Map<string, HistoryEntry[]>() : board.histories(recent, since),
    older.length === 0 ? new Map<string, HistoryEntry[]>() : board.histories(older),
  ]);
  for (const [habitId, entries] of probed) scanned.set(habitId, entries);
  return scanned;
}

/** Every active member of the group with their shared habits, ready for core/board. */
export async function loadBoardMembers(board: BoardRepository, members: readonly BoardMember[], pauses: Pause[], now: Date): Promise<MemberInput[]> {
  const plans = members.flatMap((member) => {
    const today = userToday(member.user, now);
    return member.habits.map((shared, index) => planFor(member, today, index, shared.stored ?? undefined));
  });
  const fresh = plans.filter((plan) => !plan.refresh);
  const stale = plans.filter((plan) => plan.refresh);
  const [plain, folded] = await Promise.all([
    readFresh(board, fresh, now),
    stale.length === 0 ? Promise.resolve<Loaded>({ histories: new Map(), summaries: new Map() }) : foldStale(board, stale, pauses),
  ]);
  return members.map((member): MemberInput => {
    const today = userToday(member.user, now);
    const joined = localDateOf(member.joinedAt, member.user.timeZone, member.user.dayStartHour);
    return {
      memberId: member.user.id,
      name: member.user.displayName,
      today,
      weekStart: member.user.weekStart,
      habits: member.habits.map(({ habit, since, stored }): SharedHabitInput => {
        const sharedOn = localDateOf(since, member.user.timeZone, member.user.dayStartHour);
        const refreshed = folded.summaries.has(habit.id);
        return {
          history: { habit, entries: (refreshed ? folded.histories : plain).get(habit.id) ?? [], pauses: pausesFor(habit.id, pauses) },
          summary: refreshed ? folded.summaries.get(habit.id) ?? null : stored?.summary ?? null,
          // Nothing was asked of them before they joined, shared it, or the habit began.
          countsFrom: [joined, sharedOn, habit.startDate].reduce((latest, day) => (day > latest ? day : latest)),
        };
      }),
    };
  });
}

/**
 * Folds and keeps the stale summaries in one serializable transaction, so a backdated write
 * committed meanwhile (whose trigger found no summary to drop yet) cannot leave a stale one
 * behind: the save is refused instead, and the numbers are folded again without keeping them.
 */
async function foldStale(board: BoardRepository, stale: readonly Plan[], pauses: Pause[]): Promise<Loaded> {
  try {
    // The pauses are read again inside, so a pause written meanwhile conflicts too.
    const userIds = [...new Set(stale.map((plan) => plan.member.user.id))];
    return await board.consistently(async (tx) => foldPlans(tx, stale, await tx.pauses(userIds), true));
  } catch (error) {
    if (!(error instanceof SerializationConflict)) throw error;
    return foldPlans(board, stale, pauses, false);
  }
}
