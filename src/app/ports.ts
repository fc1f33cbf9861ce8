// The ports the use cases depend on. src/db implements the repositories (PostgreSQL
// and PGlite); every method is scoped to one user: it never reads or writes another
// user's rows, even when handed their ids (it then behaves as if the row did not exist).
import type {
  Category, Entry, EntryKind, EntrySource, Goal, GoalProgressEntry, Habit, LocalDate, Pause,
  Platform, PlatformIdentity, Subtask, User,
} from '../core/types.js';
import type { StreakUnit } from '../core/stats.js';

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
  | { status: 'created'; entry: Entry }
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

export interface EntryRepository {
  add(userId: string, input: NewEntry): Promise<AddEntryResult>;
  get(userId: string, entryId: string): Promise<Entry | null>;
  remove(userId: string, entryId: string): Promise<boolean>;
  update(userId: string, entryId: string, patch: Partial<Pick<Entry, 'quantity' | 'note' | 'localDate' | 'mood' | 'energy'>>): Promise<Entry | null>;
  /** The user's most recently written entry (for undo). */
  latest(userId: string): Promise<Entry | null>;
  listForHabit(userId: string, habitId: string, range?: DateRange): Promise<Entry[]>;
  /** Entries of all the user's habits, by local date then creation. */
  listForUser(userId: string, range?: DateRange): Promise<Entry[]>;
  /**
   * Only what the rules read (kind, local date, quantity), grouped by habit, oldest first (local
   * date, then creation): the fast path for stats over years of history. Habits without entries
   * in the range are absent from the map. (Added by the database engineer for the stats figures.)
   */
  historyForUser(userId: string, range?: DateRange): Promise<Map<string, HistoryEntry[]>>;
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
  updatedAt: Date;
}

export interface DialogStateRepository {
  get(userId: string, chatRef: string): Promise<DialogState | null>;
  set(userId: string, chatRef: string, state: Omit<DialogState, 'updatedAt'>): Promise<void>;
  clear(userId: string, chatRef: string): Promise<void>;
}

export interface ProcessedUpdateRepository {
  /** Records the update as handled. Returns false if it was handled before. */
  claim(platform: Platform, updateId: string, now: Date): Promise<boolean>;
  /** Stores the reply that was given, so a redelivery can be answered the same way. */
  saveReply(platform: Platform, updateId: string, reply: unknown): Promise<void>;
  reply(platform: Platform, updateId: string): Promise<unknown>;
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
  restore(userId: string, data: UserDataSnapshot): Promise<void>;
}

/** One-time codes that link two platform identities into one user (/link, issue 7). */
export interface LinkCodeRepository {
  /** Stores a code for the user; the user's earlier unused codes are dropped. */
  create(userId: string, code: string, expiresAt: Date): Promise<void>;
  /** Deletes the code and returns its owner when it exists and has not expired at `now`; otherwise null. Single use. */
  consume(code: string, now: Date): Promise<{ userId: string } | null>;
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
  /** Snoozed reminders (jobs engineer; additive). */
  schedules: ScheduleRepository;
  /** Weekly reviews (jobs engineer; additive). */
  reviews: ReviewRepository;
  /** Runs `work` in one database transaction with repositories bound to it. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

export const COACH_MOMENTS = [
  'completion', 'miss', 'skip', 'slip', 'undo', 'milestone', 'goal_completed', 'goal_progress',
  'weekly_analysis', 'free_chat', 'reminder', 'streak_at_risk', 'welcome',
] as const;
export type CoachMoment = (typeof COACH_MOMENTS)[number];

export interface CoachLineRequest {
  user: Pick<User, 'id' | 'personality' | 'locale'>;
  moment: CoachMoment;
  habitId?: string | null;
  goalId?: string | null;
  /** Values the line may mention: habit name, streak, quantity, unit, milestone days... */
  vars: Record<string, string | number>;
}

/** The coach's voice. Never throws: without an LLM, or when it fails, it answers from templates. */
export interface Coach {
  line(request: CoachLineRequest): Promise<string>;
}

// ---- Coach chat and coach message log (coach engineer; additive) ----

/** A write the coach made from free text, as it was actually stored. */
export type CoachWrite =
  | { kind: 'entry'; entry: Entry; habit: Habit }
  | { kind: 'undo'; removed: Entry; habit: Habit }
  | { kind: 'habit_created'; habit: Habit };

export type CoachFallbackReason =
  | 'no_model' | 'timeout' | 'api_error' | 'invalid_output' | 'too_many_tool_rounds' | 'unbacked_claim';

export interface CoachChatOutcome {
  /** The reply. Any write is described from what was stored, never from the model's words. */
  text: string;
  writes: CoachWrite[];
  /** What an Undo button under this reply takes back; null when nothing can be undone. */
  undo: { entryIds: string[]; habitIds: string[] } | null;
  /** The model was not used or failed: the text came from templates. */
  fellBack: boolean;
  reason?: CoachFallbackReason;
}

/** Free chat with the coach (messages the rule parser could not read). Never throws. */
export interface CoachChat {
  chat(user: User, text: string, options?: { idempotencyKey?: string | null }): Promise<CoachChatOutcome>;
}

export interface CoachMessage {
  id: string;
  userId: string;
  personality: User['personality'];
  moment: CoachMoment;
  text: string;
  habitId: string | null;
  goalId: string | null;
  /** Said by the model (false: from templates). */
  fromModel: boolean;
  createdAt: Date;
}

export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
  at: Date;
}

/** A person's bounded conversation with the coach: a summary of older turns and the recent ones. */
export interface ChatMemory {
  summary: string | null;
  turns: ChatTurn[];
  updatedAt: Date;
}

/** The coach's message log and chat memory (src/db/repositories/coach.ts). Scoped to one user. */
export interface CoachLogRepository {
  logMessage(userId: string, message: Omit<CoachMessage, 'id' | 'userId' | 'createdAt'> & { createdAt?: Date }): Promise<CoachMessage>;
  /** Newest first. */
  listMessages(userId: string, options?: { limit?: number }): Promise<CoachMessage[]>;
  getMemory(userId: string): Promise<ChatMemory | null>;
  saveMemory(userId: string, memory: ChatMemory): Promise<void>;
  clearMemory(userId: string): Promise<void>;
}

// ---- Scheduled messages: reminders, snoozes, evening nudges, weekly reviews (jobs engineer; additive) ----

/** What a schedule row delivers: a habit's reminder, its one snooze, the evening nudge, the weekly review. */
export const SCHEDULE_KINDS = ['reminder', 'snooze', 'nudge', 'review'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** Person-scoped schedule operations (the Snooze button under a reminder). */
export interface ScheduleRepository {
  /**
   * Plans one re-delivery of the habit's reminder `slot` at `at`. A slot is snoozed at most once:
   * asking again for the same slot answers 'already_snoozed' and changes nothing.
   */
  snooze(userId: string, habitId: string, slot: string, at: Date): Promise<'snoozed' | 'already_snoozed' | 'unknown_habit'>;
}

/** A schedule row that is due, as the sweep claims it. */
export interface DueItem {
  scheduleId: string;
  userId: string;
  habitId: string | null;
  kind: ScheduleKind;
  /** The person's local slot this delivery stands for ('YYYYMMDDTHHmm'). */
  slot: string;
  dueAt: Date;
}

/** A row whose plan must be (re)computed, with what planning reads. */
export interface PlanningRow {
  scheduleId: string;
  kind: ScheduleKind;
  user: User;
  habit: Habit | null;
}

export interface PlannedSlot {
  scheduleId: string;
  /** null: nothing will fire (no times left, every one muted). */
  next: { at: Date; slot: string } | null;
}

export type DeliveryStatus = 'sending' | 'sent' | 'skipped' | 'unconfirmed' | 'failed';

export interface DeliveryClaim {
  key: string;
  userId: string;
  kind: ScheduleKind;
  dueAt: Date;
  now: Date;
}

export type DeliveryClaimResult = { claimed: true } | { claimed: false; status: DeliveryStatus };

export interface DeliveryFinish {
  key: string;
  userId: string;
  kind: ScheduleKind;
  dueAt: Date;
  now: Date;
  status: Exclude<DeliveryStatus, 'sending'>;
  reason?: string | null;
  /** Moves the row past `fromSlot` to `next` (null: nothing more), unless it already moved. */
  advance: { scheduleId: string; fromSlot: string; next: { at: Date; slot: string } | null } | null;
}

/** Everything one delivery decides with, read in one query. */
export interface DeliveryContext {
  item: DueItem & { nextAt: Date | null; currentSlot: string | null };
  user: User;
  identities: PlatformIdentity[];
  habit: Habit | null;
  /** What the record of the key of the row's current slot says, if it was seen before. */
  status: DeliveryStatus | null;
  /** The person's pauses. */
  pauses: Pause[];
  /** The habit's entries of the month before the slot (none for nudges and reviews). */
  entries: HistoryEntry[];
}

/**
 * The sweep's and the workers' view of schedules, across people (not scoped to one user):
 * what is due, claimed so several workers never take the same row, and the deliveries log
 * that makes sending idempotent (one row per delivery key, claimed before sending).
 */
export interface JobStore {
  /**
   * Brings the rows in line with people and habits: one 'reminder' row per active habit with
   * reminder times, one 'nudge' and one 'review' row per onboarded person. Rows that are new or
   * whose inputs changed (zone, times, days, quiet hours, frequency...) are marked for planning.
   */
  reconcile(): Promise<{ marked: number; removed: number }>;
  needingPlan(limit: number): Promise<PlanningRow[]>;
  savePlans(plans: PlannedSlot[]): Promise<void>;
  /**
   * Claims up to `limit` rows due at `now` (next_at <= now, no live lease) for `leaseMs`, for people
   * reachable on one of `platforms`. Atomic (FOR UPDATE SKIP LOCKED): concurrent sweeps never claim
   * the same row; a claim whose lease ran out (its job was lost) is claimed again.
   */
  claimDue(now: Date, options: { limit: number; leaseMs: number; platforms: readonly Platform[] }): Promise<DueItem[]>;
  /** Drops every lease (the queue was wiped: what was claimed must be enqueued again). */
  releaseLeases(): Promise<number>;
  /**
   * Each row with its person and habit, the record of the delivery key of the row's current slot,
   * the person's pauses, and the habit's entries of the month before the slot: all in one query.
   */
  loadDeliveries(scheduleIds: string[]): Promise<Map<string, DeliveryContext>>;
  /**
   * Claims delivery keys before sending, in one statement. 'claimed': send now. Otherwise the key
   * was seen before and its status says what happened ('sending' means a worker died mid-send:
   * not resent). Keys must be distinct.
   */
  claimDeliveries(claims: DeliveryClaim[]): Promise<DeliveryClaimResult[]>;
  /**
   * Records how deliveries ended (a claim moves on; a final status is never overwritten) and
   * advances their schedule rows, all in one statement. Keys must be distinct.
   */
  finishDeliveries(finishes: DeliveryFinish[]): Promise<void>;
  /** Forgets a claim whose send failed before reaching the platform, so a retry may claim it again. */
  releaseDelivery(key: string): Promise<void>;
  /** Deletes delivery records last touched before `before`. */
  pruneDeliveries(before: Date): Promise<number>;
}

/** One answer of a weekly review, with the question as it was asked. null: skipped. */
export interface ReviewAnswer {
  questionId: string;
  question: string;
  answer: string | number | boolean | null;
}

export interface CategoryMetrics {
  /** null: habits without a category. */
  category: string | null;
  completions: number;
  met: number;
  due: number;
  successRate: number;
}

/** The week a review looks back on, as measured when it began. */
export interface ReviewMetrics {
  from: LocalDate;
  to: LocalDate;
  habits: number;
  /** Done entries in the week. */
  completions: number;
  /** Due habit-days met, and due habit-days in all (today counts only once it is met). */
  met: number;
  due: number;
  successRate: number;
  /** The longest current streak, and its habit. */
  longestStreak: { habitId: string; habit: string; streak: number; unit: StreakUnit } | null;
  categories: CategoryMetrics[];
}

/** This review against the previous completed one. */
export interface ReviewComparison {
  previousReviewId: string;
  previousTo: LocalDate;
  completions: number;
  /** In percentage points. */
  successRatePoints: number;
  longestStreak: number;
  categories: { category: string | null; successRatePoints: number }[];
}

export type ReviewStatus = 'in_progress' | 'completed' | 'abandoned';

export interface Review {
  id: string;
  userId: string;
  status: ReviewStatus;
  answers: ReviewAnswer[];
  metrics: ReviewMetrics;
  comparison: ReviewComparison | null;
  startedAt: Date;
  completedAt: Date | null;
}

/** Weekly reviews, scoped to one user. */
export interface ReviewRepository {
  create(userId: string, input: { metrics: ReviewMetrics; startedAt: Date }): Promise<Review>;
  get(userId: string, reviewId: string): Promise<Review | null>;
  /** Appends (or replaces, by question id) one answer of a review in progress; null when there is none. */
  saveAnswer(userId: string, reviewId: string, answer: ReviewAnswer): Promise<Review | null>;
  /** Ends a review in progress as completed or abandoned. */
  finish(userId: string, reviewId: string, input: { status: 'completed' | 'abandoned'; at: Date; comparison?: ReviewComparison | null }): Promise<Review | null>;
  /** The latest completed review started before `before` (default: any). */
  latestCompleted(userId: string, options?: { before?: Date; excludeId?: string }): Promise<Review | null>;
  /** Every review, newest first. */
  list(userId: string, options?: { limit?: number }): Promise<Review[]>;
}
