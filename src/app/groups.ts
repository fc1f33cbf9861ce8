// Accountability groups: a group chat becomes a group's home, shows its card, and its
// admins change its settings. Who is an admin is decided by the platform (ChatAdmins) and
// handed in: a use case never guesses it.
import { z } from 'zod';
import type { Platform } from '../core/types.js';
import type { AppDeps } from './deps.js';
import type { ChatRef, Group, GroupCommitment, GroupSettings } from './group-ports.js';
import { parseInput, type InvalidInput } from './outcome.js';
import { localeSchema, localTimeSchema, personalitySchema, timeZoneSchema, weekdaySchema } from './schemas.js';

export const groupNameSchema = z.string().trim().min(1).max(100);

export const groupSettingsSchema = z.object({
  name: groupNameSchema,
  timeZone: timeZoneSchema,
  weekStart: z.union([z.literal(1), z.literal(7)]),
  locale: localeSchema,
  personality: personalitySchema,
  proofDay: weekdaySchema,
  proofTime: localTimeSchema,
  recapDay: weekdaySchema,
  recapTime: localTimeSchema,
}).partial().strict();
export type GroupSettingsInput = z.input<typeof groupSettingsSchema>;

const chatSchema = z.object({ platform: z.enum(['telegram', 'discord', 'console']), chatId: z.string().trim().min(1).max(200) });

/** The group whose home is this chat (for BOARD and RECAP too: resolve a chat to its group). */
export function groupOfChat(deps: AppDeps, chat: ChatRef): Promise<Group | null> {
  return deps.repos.groups.findByChat(chat);
}

export type OpenGroupOutcome =
  | { ok: true; group: Group; created: boolean }
  | { ok: false; error: 'not_a_group_chat' }
  | InvalidInput;

/**
 * Makes the chat the home of a new group named `name`, or finds the group already there. The
 * one who made it joins it. The group starts in its maker's zone, week and language.
 */
export async function openGroup(
  deps: AppDeps,
  maker: { id: string; timeZone: string; weekStart: 1 | 7; locale: GroupSettings['locale'] },
  input: { platform: Platform; chatId: string; chatKind: 'private' | 'group'; name: string; title: string | null },
): Promise<OpenGroupOutcome> {
  if (input.chatKind !== 'group' || input.platform === 'console') return { ok: false, error: 'not_a_group_chat' };
  const chat = parseInput(chatSchema, { platform: input.platform, chatId: input.chatId });
  if (!chat.ok) return chat;
  const name = parseInput(groupNameSchema, input.name);
  if (!name.ok) return name;
  const existing = await deps.repos.groups.findByChat(chat.value);
  if (existing) return { ok: true, group: existing, created: false };
  try {
    const group = await deps.repos.groups.create({
      name: name.value,
      home: { ...chat.value, title: input.title?.slice(0, 200) ?? null },
      timeZone: maker.timeZone,
      weekStart: maker.weekStart,
      locale: maker.locale,
      // The injected clock's now, not the database's: a new group is active from when it was made.
      lastActiveAt: deps.clock.now(),
    });
    await deps.repos.groups.join(group.id, maker.id, deps.clock.now());
    return { ok: true, group, created: true };
  } catch (error) {
    // Two /group at once in one chat: the other made it; that one is the group.
    const raced = await deps.repos.groups.findByChat(chat.value);
    if (raced) return { ok: true, group: raced, created: false };
    throw error;
  }
}

export interface GroupCard {
  group: Group;
  memberCount: number;
  commitments: { commitment: GroupCommitment; adopters: number }[];
}

export async function groupCard(deps: AppDeps, group: Group): Promise<GroupCard> {
  const [members, commitments, counts] = await Promise.all([
    deps.repos.groups.activeMembers(group.id),
    deps.repos.groupSharing.commitments(group.id),
    deps.repos.groupSharing.adoptionCounts(group.id),
  ]);
  return {
    group,
    memberCount: members.length,
    commitments: commitments.map((commitment) => ({ commitment, adopters: counts.get(commitment.id) ?? 0 })),
  };
}

export type GroupSettingsOutcome =
  | { ok: true; group: Group }
  | { ok: false; error: 'not_admin' | 'unknown_group' }
  | InvalidInput;

/** Changes the group's settings: only its admins, and only valid values (else nothing changes). */
export async function updateGroupSettings(
  deps: AppDeps,
  actor: { isAdmin: boolean },
  groupId: string,
  patch: GroupSettingsInput,
): Promise<GroupSettingsOutcome> {
  if (!actor.isAdmin) return { ok: false, error: 'not_admin' };
  const parsed = parseInput(groupSettingsSchema, patch);
  if (!parsed.ok) return parsed;
  const group = await deps.repos.groups.updateSettings(groupId, parsed.value);
  return group ? { ok: true, group } : { ok: false, error: 'unknown_group' };
}
