// The ports of accountability groups (issue 11). A group lives in a home chat, has its own
// settings, and members who share chosen habits with it. Repositories never show a group
// anything a member has not shared: the listings read only `group_shares` and adoptions.
import type { Frequency, Habit, HabitKind, Locale, Personality, Platform, Weekday } from '../core/types.js';

export interface GroupSettings {
  timeZone: string;
  weekStart: 1 | 7;
  locale: Locale;
  personality: Personality;
  /** ISO weekday and local 'HH:mm' of the weekly proof prompt. */
  proofDay: Weekday;
  proofTime: string;
  /** ISO weekday and local 'HH:mm' of the weekly recap. */
  recapDay: Weekday;
  recapTime: string;
}

export interface Group extends GroupSettings {
  id: string;
  name: string;
  lastActiveAt: Date;
  createdAt: Date;
}

/** Where a group lives: a Telegram group or a Discord channel. */
export interface ChatRef {
  platform: Platform;
  chatId: string;
}

export interface GroupChat extends ChatRef {
  groupId: string;
  title: string | null;
}

export type MemberStatus = 'active' | 'left' | 'removed';

export interface GroupMember {
  groupId: string;
  userId: string;
  displayName: string;
  status: MemberStatus;
  joinedAt: Date;
  leftAt: Date | null;
}

export interface GroupCommitment {
  id: string;
  groupId: string;
  title: string;
  kind: HabitKind;
  frequency: Frequency;
  target: { quantity: number; unit: string } | null;
  createdBy: string | null;
  createdAt: Date;
}

export type NewGroupCommitment = Pick<GroupCommitment, 'title' | 'kind' | 'frequency' | 'target' | 'createdBy'>;

/** A member's shared habit, as a group may see it: the habit's name and rules, never its entries' notes. */
export interface SharedHabit {
  userId: string;
  habit: Habit;
}

/** What /export gives a person about their groups. */
export interface GroupDataOfUser {
  memberships: { groupId: string; groupName: string; status: MemberStatus; joinedAt: Date; leftAt: Date | null }[];
  shares: { groupId: string; habitId: string; sharedAt: Date }[];
  adoptions: { commitmentId: string; groupId: string; commitmentTitle: string; habitId: string; adoptedAt: Date }[];
}

export interface GroupRepository {
  /** A new group with `home` as its home chat, in one transaction. */
  create(input: { name: string; home: ChatRef & { title: string | null }; lastActiveAt?: Date } & Partial<GroupSettings>): Promise<Group>;
  get(groupId: string): Promise<Group | null>;
  /** The group whose home is this chat, if any. */
  findByChat(chat: ChatRef): Promise<Group | null>;
  chats(groupId: string): Promise<GroupChat[]>;
  updateSettings(groupId: string, patch: Partial<GroupSettings> & { name?: string }): Promise<Group | null>;
  /** 'joined' (new, or back after leaving), 'already' (an active member), 'removed' (an admin removed them: only an admin lets them back). */
  join(groupId: string, userId: string, at: Date): Promise<'joined' | 'already' | 'removed'>;
  /** Marks an active member left or removed; false when they were not an active member. */
  markGone(groupId: string, userId: string, status: 'left' | 'removed', at: Date): Promise<boolean>;
  member(groupId: string, userId: string): Promise<GroupMember | null>;
  /** Active members, oldest first (then by name: people who joined in the same instant). */
  activeMembers(groupId: string): Promise<GroupMember[]>;
  /** Every group the person is an active member of. */
  groupsOf(userId: string): Promise<Group[]>;
}

export interface GroupSharingRepository {
  /** Shares the person's own habit with a group they are an active member of; false otherwise. */
  share(groupId: string, userId: string, habitId: string, at: Date): Promise<boolean>;
  unshare(groupId: string, userId: string, habitId: string): Promise<boolean>;
  /** The ids of the habits this person shares with this group. */
  sharedHabitIds(groupId: string, userId: string): Promise<string[]>;
  /** Active members' shared, not archived habits, members oldest first. */
  sharedHabits(groupId: string): Promise<SharedHabit[]>;
  addCommitment(groupId: string, input: NewGroupCommitment): Promise<GroupCommitment>;
  /** A commitment of this group (not archived), or null. */
  commitment(groupId: string, commitmentId: string): Promise<GroupCommitment | null>;
  commitments(groupId: string): Promise<GroupCommitment[]>;
  /** Links the person's own habit to the commitment; 'already' when they adopted it before. */
  adopt(commitmentId: string, userId: string, habitId: string, at: Date): Promise<'adopted' | 'already' | 'not_allowed'>;
  /** How many active members adopted each commitment of the group. */
  adoptionCounts(groupId: string): Promise<Map<string, number>>;
  /** Memberships, shares and adoptions of one person (for /export). */
  dataOf(userId: string): Promise<GroupDataOfUser>;
}
