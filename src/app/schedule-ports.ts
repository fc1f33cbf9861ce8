// Ports of scheduled messages: reminders, snoozes, evening nudges and weekly reviews,
// what is due (PostgreSQL) and the delivery records that make a send happen once.
import type { Habit, Pause, Platform, PlatformIdentity, User } from '../core/types.js';
import type { GroupJobStore } from './group-schedule-ports.js';
import type { HistoryEntry } from './ports.js';

export * from './group-schedule-ports.js';

/** What a person's schedule row delivers to their private chat: a habit's reminder, its one snooze, the evening nudge, the weekly review. */
export const PERSON_SCHEDULE_KINDS = ['reminder', 'snooze', 'nudge', 'review'] as const;
export type PersonScheduleKind = (typeof PERSON_SCHEDULE_KINDS)[number];
/** What a group's schedule row posts to its home chat(s). ('group_proof_prompt' joins here with its issue.) */
export const GROUP_SCHEDULE_KINDS = ['group_recap'] as const;
export type GroupScheduleKind = (typeof GROUP_SCHEDULE_KINDS)[number];
export const SCHEDULE_KINDS = [...PERSON_SCHEDULE_KINDS, ...GROUP_SCHEDULE_KINDS] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];
/** Messages sent once under a deliveries key without a schedule row of their own (partner notes). */
export const NOTE_KINDS = ['partner_miss', 'partner_week'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
/** What a delivery record may be about. */
export const DELIVERY_KINDS = [...SCHEDULE_KINDS, ...NOTE_KINDS] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export function isGroupScheduleKind(kind: string): kind is GroupScheduleKind {
  return (GROUP_SCHEDULE_KINDS as readonly string[]).includes(kind);
}

/** Person-scoped schedule operations (the Snooze button under a reminder). */
export interface ScheduleRepository {
  /**
   * Plans one re-delivery of the habit's reminder `slot` at `at`. A slot is snoozed at most once:
   * asking again for the same slot answers 'already_snoozed' and changes nothing.
   */
  snooze(userId: string, habitId: string, slot: string, at: Date): Promise<'snoozed' | 'already_snoozed' | 'unknown_habit'>;
}

/** A person's schedule row that is due, as the sweep claims it. */
export interface DueItem {
  scheduleId: string;
  userId: string;
  habitId: string | null;
  kind: PersonScheduleKind;
  /** The person's local slot this delivery stands for ('YYYYMMDDTHHmm'). */
  slot: string;
  dueAt: Date;
}

/** A group's schedule row that is due: one post to each of its home chats. */
export interface GroupDueItem {
  scheduleId: string;
  groupId: string;
  kind: GroupScheduleKind;
  /** The group's local slot ('YYYYMMDDTHHmm'). */
  slot: string;
  /** The group's local week it belongs to (its first day, 'YYYY-MM-DD'): one post per group, kind and week. */
  week: string;
  dueAt: Date;
}

/** Whatever the sweep claims: a person's item or a group's. */
export type AnyDueItem = DueItem | GroupDueItem;

export function isGroupItem(item: AnyDueItem): item is GroupDueItem {
  return 'groupId' in item;
}

/** A row whose plan must be (re)computed, with what planning reads. */
export interface PlanningRow {
  scheduleId: string;
  kind: PersonScheduleKind;
  user: User;
  habit: Habit | null;
  /** When the change that marked the row could first have been made: plan the next slot after it. */
  planFrom: Date | null;
}

export interface PlannedSlot {
  scheduleId: string;
  /** null: nothing will fire (no times left, every one muted). */
  next: { at: Date; slot: string } | null;
}

export type DeliveryStatus = 'sending' | 'sent' | 'skipped' | 'unconfirmed' | 'failed';

/** A delivery record is a person's (userId) or a group's (groupId), never both. */
export interface DeliveryClaim {
  key: string;
  userId: string | null;
  groupId?: string | null;
  kind: DeliveryKind;
  dueAt: Date;
  now: Date;
}

export type DeliveryClaimResult = { claimed: true } | { claimed: false; status: DeliveryStatus };

export interface DeliveryFinish {
  key: string;
  userId: string | null;
  groupId?: string | null;
  kind: DeliveryKind;
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
export interface JobStore extends GroupJobStore {
  /**
   * Brings the rows in line with people and habits: one 'reminder' row per active habit with
   * reminder times, one 'nudge' and one 'review' row per onboarded person. Rows that are new or
   * whose inputs changed (zone, times, days, quiet hours, frequency...) are marked for planning,
   * from `planFrom` (when the previous sweep started: the change was made after it).
   */
  reconcile(planFrom: Date): Promise<{ marked: number; removed: number }>;
  needingPlan(limit: number): Promise<PlanningRow[]>;
  savePlans(plans: PlannedSlot[]): Promise<void>;
  /**
   * Claims up to `limit` rows due at `now` (next_at <= now, no live lease) for `leaseMs`, for people
   * reachable on one of `platforms`. Atomic (FOR UPDATE SKIP LOCKED): concurrent sweeps never claim
   * the same row; a claim whose lease ran out (its job was lost) is claimed again.
   */
  claimDue(now: Date, options: { limit: number; leaseMs: number; platforms: readonly Platform[] }): Promise<DueItem[]>;
  /**
   * Records that a sweep starts at `now` and returns when the one before it started (null: the
   * first). Changes this sweep finds were made since then: they are planned from that moment
   * (kept on each marked row, so concurrent sweeps agree), and a reminder set while Redis was
   * down (no sweeps ran) still fires that day.
   */
  markSweep(now: Date): Promise<Date | null>;
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
