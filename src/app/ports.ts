// The ports the use cases depend on. src/db implements the repositories (PostgreSQL
// and PGlite); every method is scoped to one user: it never reads or writes another
// user's rows, even when handed their ids (it then behaves as if the row did not exist).
import type {
  Category, Entry, EntryKind, EntrySource, Goal, GoalProgressEntry, Habit, LocalDate, Pause,
  Platform, PlatformIdentity, Subtask, User,
} from '../core/types.js';
import type { GroupBridgeRepository } from './group-bridge-ports.js';
import type { GroupRepository, GroupSharingRepository } from './group-ports.js';
import type { PartnershipRepository } from './partner-ports.js';
import type { GroupActivityRepository } from './group-schedule-ports.js';
import type { ReviewRepository } from './review-ports.js';
import type { ScheduleRepository } from './schedule-ports.js';
import type { TurnRepository } from './turn-ports.js';
import type { BoardRepository } from './board-ports.js';

export interface Clock {
  now(): Date;
}

export type NewUser = Partial<Omit<User, 'id' | 'createdAt'>> & Pick<User, 'displayName'>;
export type UserPatch = Partial<Omit<User, 'id' | 'createdAt'>>;

export interface UserRepository {
  findByIdentity(platform: Platform, externalId: string): Promise<User | null>;
  /** Creates the user with one platform identity. */
  create(identity: { platform: Platform; externalId: string }, input: NewUser): Promise<User>;
  get(userId: string): Promise<User | null>;
  update(userId: string, patch: UserPatch): Promise<User | null>;
  identities(userId: string): Promise<PlatformIdentity[]>;
  /** Moves every row of `fromUserId` (identities, habits, entries, ...) to `intoUserId`, then deletes `fromUserId`. */
  mergeInto(intoUserId: string, fromUserId: string): Promise<void>;
  /** Deletes the user and, by cascade, everything they own. */
  delete(userId: string): Promise<boolean>;
}

export type NewHabit = Partial<Omit<Habit, 'id' | 'userId' | 'createdAt' | 'currentStreak' | 'longestStreak' | 'archivedAt'>> &
  Pick<Habit, 'name' | 'startDate'>;
export type HabitPatch = Partial<Omit<Habit, 'id' | 'userId' | 'createdAt'>>;

export interface HabitRepository {
  create(userId: string, input: NewHabit): Promise<Habit>;
  get(userId: string, habitId: string): Promise<Habit | null>;
  /** Default: active and paused habits (not archived), oldest first. */
  list(userId: string, options?: { includeArchived?: boolean }): Promise<Habit[]>;
  update(userId: string, habitId: string, patch: HabitPatch): Promise<Habit | null>;
  delete(userId: string, habitId: string): Promise<boolean>;
}

export interface NewEntry {
  habitId: string;
  kind: EntryKind;
  localDate: LocalDate;
  quantity?: number | null;
  note?: string | null;
  mood?: number | null;
  energy?: number | null;
  source: EntrySource;
  /** A redelivered platform update carries the same key and writes nothing. */
  idempotencyKey?: string | null;
  createdAt?: Date;
}

export type AddEntryResult =
  /** `history`: with AddEntryOptions.readHistory, the habit's history read then, this entry included. */
  | { status: 'created'; entry: Entry; history?: HabitHistoryRead }
  /** The idempotency key was seen before: the earlier entry is returned. */
  | { status: 'duplicate'; entry: Entry }
  /** A once-a-day habit already has an entry of this kind that day. */
  | { status: 'conflict'; existing: Entry }
  | { status: 'unknown_habit' };

export interface DateRange {
  from?: LocalDate;
  to?: LocalDate;
}

/** An entry as the rules read it (core/stats.ts HabitHistory entries). */
export type HistoryEntry = Pick<Entry, 'kind' | 'localDate' | 'quantity'>;

/** A habit's history from `from` on (null: all of it), as a streak refresh reads it. */
export interface HabitHistoryRead {
  from: LocalDate | null;
  entries: HistoryEntry[];
}

export interface AddEntryOptions {
  /** Also read the habit's history from this day on (null: all of it), in the same statement as the write. */
  readHistory?: { from: LocalDate | null };
}

/** Where a page of entries ended; opaque to callers (the creation time keeps the database's precision). */
export interface EntryPageCursor {
  readonly localDate: LocalDate;
  readonly createdAt: string;
  /** Entries of one instant in the order they were written. */
  readonly writeOrder: number;
}

export interface EntryRepository {
  add(userId: string, input: NewEntry, options?: AddEntryOptions): Promise<AddEntryResult>;
  get(userId: string, entryId: string): Promise<Entry | null>;
  remove(userId: string, entryId: string): Promise<boolean>;
  update(userId: string, entryId: string, patch: Partial<Pick<Entry, 'quantity' | 'note' | 'localDate' | 'mood' | 'energy'>>): Promise<Entry | null>;
  /** The user's most recently written entry, or of one habit (for undo and corrections). */
  latest(userId: string, habitId?: string): Promise<Entry | null>;
  listForHabit(userId: string, habitId: string, range?: DateRange): Promise<Entry[]>;
  /** Entries of all the user's habits, by local date then creation. */
  listForUser(userId: string, range?: DateRange): Promise<Entry[]>;
  /**
   * listForUser one page at a time (local date, creation, id), after `after`: an export of a
   * million entries streams with bounded memory. `next` is null on the last page.
   */
  pageForUser(userId: string, after: EntryPageCursor | null, limit: number): Promise<{ entries: Entry[]; next: EntryPageCursor | null }>;
  /**
   * Only what the rules read (kind, local date, quantity), grouped by habit, oldest first (local
   * date, then creation): the fast path for stats over years of history. Habits without entries
   * in the range are absent from the map; `habitIds` narrows it to those habits. (Added by the
   * database engineer for the stats figures.)
   */
  historyForUser(userId: string, range?: DateRange, habitIds?: readonly string[]): Promise<Map<string, HistoryEntry[]>>;
  /** historyForUser for one habit. */
  historyForHabit(userId: string, habitId: string, range?: DateRange): Promise<HistoryEntry[]>;
}

export interface PauseRepository {
  add(userId: string, input: Omit<Pause, 'id' | 'userId'>): Promise<Pause>;
  list(userId: string): Promise<Pause[]>;
  /** Ends the pause on `endDate` (inclusive). */
  end(userId: string, pauseId: string, endDate: LocalDate): Promise<Pause | null>;
  remove(userId: string, pauseId: string): Promise<boolean>;
}

export interface CategoryRepository {
  /** Returns the category with this name (case-insensitive), creating it if needed. */
  ensure(userId: string, name: string, emoji?: string | null): Promise<Category>;
  list(userId: string): Promise<Category[]>;
}

export type NewGoal = Partial<Omit<Goal, 'id' | 'userId' | 'createdAt'>> & Pick<Goal, 'title' | 'kind' | 'startDate'>;

export interface GoalRepository {
  create(userId: string, input: NewGoal): Promise<Goal>;
  get(userId: string, goalId: string): Promise<Goal | null>;
  list(userId: string, options?: { includeArchived?: boolean }): Promise<Goal[]>;
  update(userId: string, goalId: string, patch: Partial<Omit<Goal, 'id' | 'userId' | 'createdAt'>>): Promise<Goal | null>;
  /**
   * Adds progress to the user's goal; null when the goal is not theirs. With an idempotency key
   * already used by this user, nothing is written and the earlier entry is returned.
   */
  addProgress(
    userId: string,
    goalId: string,
    input: { amount: number; localDate: LocalDate; note?: string | null; createdAt?: Date; idempotencyKey?: string | null },
  ): Promise<GoalProgressEntry | null>;
  removeProgress(userId: string, progressId: string): Promise<boolean>;
  listProgress(userId: string, goalId: string): Promise<GoalProgressEntry[]>;
  addSubtask(userId: string, goalId: string, title: string): Promise<Subtask | null>;
  setSubtaskDone(userId: string, subtaskId: string, done: boolean): Promise<Subtask | null>;
  listSubtasks(userId: string, goalId: string): Promise<Subtask[]>;
}

/** State of a multi-step flow (e.g. /new), kept in the database so it survives a restart. */
export interface DialogState {
  flow: string;
  step: string;
  data: Record<string, unknown>;
  /** New on every write: the question's buttons carry it, and answering a step claims it. */
  token: string;
  updatedAt: Date;
}

export interface DialogStateRepository {
  get(userId: string, chatRef: string): Promise<DialogState | null>;
  /** Saves the state under a new token, which it returns. */
  set(userId: string, chatRef: string, state: Omit<DialogState, 'updatedAt' | 'token'>): Promise<string>;
  /**
   * Takes the step whose token the caller read: the token changes and the state is returned,
   * or null when another answer changed (or ended) the state first. Of concurrent answers to one
   * step exactly one gets the state.
   */
  claim(userId: string, chatRef: string, token: string): Promise<DialogState | null>;
  /** The claimed answer is handled and the flow stayed on its step: the step may be answered again. */
  release(userId: string, chatRef: string, token: string): Promise<void>;
  clear(userId: string, chatRef: string): Promise<void>;
}

/** Which update a saved reply answered, and whom: a reply is only ever read back for that person. */
export interface SavedReplyKey {
  platform: Platform;
  /** The bot that received the update ('' when the adapter names none). */
  botId: string;
  updateId: string;
  userId: string;
}

/** A redelivery's saved reply is read by TurnRepository.open. */
export interface ProcessedUpdateRepository {
  /**
   * Records the update as answered with `reply`, so a redelivery within 48 hours is answered the
   * same way. Saving for a person who no longer exists (the reply to /delete) stores nothing.
   */
  saveReply(key: SavedReplyKey, reply: unknown, now: Date): Promise<void>;
}

/** Every row one user owns, exactly as stored: what export reads and import restores. */
export interface UserDataSnapshot {
  categories: Category[];
  habits: Habit[];
  entries: Entry[];
  pauses: Pause[];
  goals: Goal[];
  goalProgress: GoalProgressEntry[];
  subtasks: Subtask[];
}

/** Bulk operations behind /import (added by the app engineer for the exact export/import round trip). */
export interface UserDataRepository {
  /** Deletes everything the user owns (categories, habits, entries, pauses, goals, progress, subtasks), keeping the user row, identities and dialog state. */
  clear(userId: string): Promise<void>;
  /**
   * Inserts the rows exactly as given: ids, createdAt, cached streaks, archivedAt, positions and
   * idempotency keys kept; every row is owned by `userId` (the rows' own userId fields are ignored).
   * Throws when an id is already taken (the caller then retries with fresh ids).
   */
  /** `onBatch` hears which rows are being written ("entries"), so a caller can say where a crash struck. */
  restore(userId: string, data: UserDataSnapshot, onBatch?: (row: string) => void): Promise<void>;
}

/** One-time codes that link two platform identities into one user (/link, issue 7). */
export interface LinkCodeRepository {
  /** Stores a code for the user; the user's earlier unused codes are dropped. */
  create(userId: string, code: string, expiresAt: Date): Promise<void>;
  /** The owner of a code that exists and has not expired at `now`, leaving it unused; otherwise null. */
  find(code: string, now: Date): Promise<{ userId: string } | null>;
  /** Deletes the code and returns its owner when it exists and has not expired at `now`; otherwise null. Single use. */
  consume(code: string, now: Date): Promise<{ userId: string } | null>;
  /** Wrong codes the person typed since `since`. Inside a transaction it also holds the person's lock until the end. */
  failuresSince(userId: string, since: Date): Promise<number>;
  /** Counts a wrong code at `at`; the person's failures before `forgetBefore` are dropped. */
  recordFailure(userId: string, at: Date, forgetBefore: Date): Promise<void>;
  /** What a link would move: the person's name, platforms and how many habits and entries they have. */
  profileSize(userId: string): Promise<ProfileSize | null>;
}

/** What an entry was before a correction (the Undo under "Fixed: ..." names the row). */
export interface EntryCorrection {
  entryId: string;
  previousDate: LocalDate;
  previousQuantity: number | null;
}

export interface CorrectionRepository {
  /** Records an entry's values before a correction; returns the row's id. */
  save(userId: string, correction: EntryCorrection): Promise<string>;
  /** The person's own correction row, or null (unknown, someone else's, or its entry is gone). */
  get(userId: string, id: string): Promise<EntryCorrection | null>;
  remove(userId: string, id: string): Promise<void>;
}

export interface ProfileSize {
  displayName: string;
  platforms: Platform[];
  habits: number;
  entries: number;
}

/** Everything the use cases need from storage. */
export interface Repositories {
  users: UserRepository;
  habits: HabitRepository;
  entries: EntryRepository;
  pauses: PauseRepository;
  categories: CategoryRepository;
  goals: GoalRepository;
  dialogState: DialogStateRepository;
  processedUpdates: ProcessedUpdateRepository;
  userData: UserDataRepository;
  linkCodes: LinkCodeRepository;
  corrections: CorrectionRepository;
  /** Snoozed reminders (jobs engineer; additive). */
  schedules: ScheduleRepository;
  /** Weekly reviews (jobs engineer; additive). */
  reviews: ReviewRepository;
  /** A group's leaderboard reads and its habit summaries (board engineer; additive). */
  board: BoardRepository;
  /** The statement every message starts with, and the catalog free text is read against. */
  turns: TurnRepository;
  /** Accountability groups, their home chats and members (groups engineer; additive). */
  groups: GroupRepository;
  /** What members share with a group: habits, commitments and adoptions (groups engineer; additive). */
  groupSharing: GroupSharingRepository;
  /** Accountability partners (partners engineer; additive). */
  partnerships: PartnershipRepository;
  /** Bridge codes and second home chats of groups (bridge engineer; additive). */
  groupBridges: GroupBridgeRepository;
  /** A group's last activity: a member spoke in a home chat (bridge engineer; additive). */
  groupActivity: GroupActivityRepository;
  /** Runs `work` in one database transaction with repositories bound to it. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

// The coach's, the jobs' and the review's ports live in their own files; import them from here too.
export * from './coach-ports.js';
export * from './schedule-ports.js';
export * from './review-ports.js';
export * from './turn-ports.js';
export * from './group-ports.js';
export * from './board-ports.js';
export * from './partner-ports.js';
