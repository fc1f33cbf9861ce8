// What a group's leaderboard reads and keeps (db/repositories/board.ts implements it).
import type { HabitSummary } from '../core/board/tally.js';
import type { Locale } from '../core/languages.js';
import type { Habit, LocalDate, Pause, Personality, User } from '../core/types.js';
import type { HistoryEntry } from './ports.js';

export interface BoardGroup {
  id: string;
  name: string;
  timeZone: string;
  weekStart: 1 | 7;
  locale: Locale;
  personality: Personality;
  createdAt: Date;
}

export type BoardUser = Pick<User, 'id' | 'displayName' | 'timeZone' | 'dayStartHour' | 'weekStart'>;

/** What the board reads of a habit: its name and its rules. */
export type BoardHabit = Pick<Habit, 'id' | 'userId' | 'name' | 'emoji' | 'kind' | 'frequency' | 'target' | 'startDate' | 'status' | 'multiplePerDay'>;

export interface BoardSharedHabit {
  habit: BoardHabit;
  /** When it became the group's: shared, or adopted for one of its commitments (the earlier). */
  since: Date;
  /** Its kept summary, if any (read with it). */
  stored: StoredSummary | null;
}

export interface BoardMember {
  user: BoardUser;
  joinedAt: Date;
  /** Shared with the group or adopted for one of its live commitments; not archived; in creation order. */
  habits: BoardSharedHabit[];
}

export interface StoredSummary {
  summary: HabitSummary;
  /** The owner's week start it was folded with. */
  weekStart: 1 | 7;
}

export interface HistoryRead {
  userId: string;
  habitId: string;
  /** Entries dated from this day on; null: all of them. */
  from: LocalDate | null;
}

export interface BoardRepository {
  group(groupId: string): Promise<BoardGroup | null>;
  /** Active members, earliest joined first, each with their shared habits and those habits' summaries. */
  members(groupId: string): Promise<BoardMember[]>;
  pauses(userIds: readonly string[]): Promise<Pause[]>;
  /** The pauses of the group's active members. */
  pausesOfGroup(groupId: string): Promise<Pause[]>;
  summaries(habitIds: readonly string[]): Promise<Map<string, StoredSummary>>;
  /**
   * Each habit's entries (oldest first) as its read asks. With `since`, every read's `from` is on
   * or after it, and one scan of the owners' entries from that day serves them all.
   */
  histories(reads: readonly HistoryRead[], since?: LocalDate): Promise<Map<string, HistoryEntry[]>>;
  saveSummaries(rows: readonly { habitId: string; stored: StoredSummary; computedFor: LocalDate }[]): Promise<void>;
  /**
   * Runs `work` in one serializable transaction: summaries folded from what it read are saved only
   * if no write they missed (a backdated entry, a pause) committed meanwhile. Rejects with
   * SerializationConflict when one did; what was read stays true for its moment.
   */
  consistently<T>(work: (board: BoardRepository) => Promise<T>): Promise<T>;
}

export class SerializationConflict extends Error {
  constructor() {
    super('a concurrent write changed what was read');
    this.name = 'SerializationConflict';
  }
}
