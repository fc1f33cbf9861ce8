// Ports of a group's scheduled posts (the weekly recap; the proof prompt later): what is due
// for groups, where it goes (every home chat of the group), what the recap says (a composer
// injected into the jobs), and the group's last activity (a quiet group is not posted to).
import type { Locale } from '../core/languages.js';
import type { LocalTime, Platform, Weekday } from '../core/types.js';
import type { DeliveryStatus, GroupDueItem, GroupScheduleKind } from './schedule-ports.js';
import type { ChatRef } from './group-ports.js';

/** A group's clock: what its weekly posts are planned from (a change replans them). */
export interface GroupClock {
  id: string;
  timeZone: string;
  weekStart: 1 | 7;
  recapDay: Weekday;
  recapTime: LocalTime;
  proofDay: Weekday;
  proofTime: LocalTime;
}


export interface GroupPlanningRow {
  scheduleId: string;
  kind: GroupScheduleKind;
  group: GroupClock;
  planFrom: Date | null;
}

/** Everything one group delivery decides with. */
export interface GroupDeliveryContext {
  item: { scheduleId: string; groupId: string; kind: GroupScheduleKind; nextAt: Date | null; currentSlot: string | null };
  group: GroupClock & { name: string; locale: Locale; lastActiveAt: Date };
  chats: ChatRef[];
  /** What the records of the asked keys say (keys never seen are absent). */
  statuses: Record<string, DeliveryStatus>;
}

/** The sweep's and the workers' view of groups' schedules (part of the JobStore). */
export interface GroupJobStore {
  /**
   * One 'group_recap' row per group with a home chat; a group whose zone, week start or recap
   * day or time changed is marked for planning from `planFrom`. A group left with no home chat
   * loses its rows.
   */
  reconcileGroups(planFrom: Date): Promise<{ marked: number; removed: number }>;
  groupsNeedingPlan(limit: number): Promise<GroupPlanningRow[]>;
  /** As claimDue, for groups with a home chat on one of `platforms`. */
  claimDueGroups(now: Date, options: { limit: number; leaseMs: number; platforms: readonly Platform[] }): Promise<GroupDueItem[]>;
  /** The row, its group and home chats, and the records of `keys`: one query. */
  loadGroupDelivery(scheduleId: string, keys: readonly string[]): Promise<GroupDeliveryContext | null>;
}

/**
 * Words a group's weekly recap: the messages to post in each home chat, or null for nothing
 * to say. `week` is the group's local week (its first day, 'YYYY-MM-DD'). The jobs are handed
 * one; the message type is the dialog's Reply.
 */
export interface GroupRecapComposer<Message> {
  compose(groupId: string, week: string): Promise<Message[] | null>;
}

/** A member spoke in a home chat: the group is active (and gets its posts again). */
export interface GroupActivityRepository {
  /** Moves the group's last_active_at to `at` (never back); false when the chat is no group's home. */
  touch(chat: ChatRef, at: Date): Promise<boolean>;
}
