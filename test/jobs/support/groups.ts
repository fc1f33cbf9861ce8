// Groups for the jobs specs, written straight into their tables (the group commands are
// another capability): a group with its clock, its home chats and its members.
import { eq } from 'drizzle-orm';
import { groupChats, groupMembers, groups } from '../../../src/db/schema/index.js';
import type { Platform, User } from '../../../src/core/types.js';
import type { JobsWorld } from './world.js';

export interface GivenGroup {
  id: string;
  chats: { platform: Platform; chatId: string }[];
}

let made = 0;

export async function givenGroup(
  world: JobsWorld,
  options: {
    name?: string; timeZone?: string; weekStart?: 1 | 7; recapDay?: number; recapTime?: string; lastActiveAt?: Date;
    chats?: { platform: Platform; chatId: string }[]; members?: User[];
  } = {},
): Promise<GivenGroup> {
  made += 1;
  const { db } = world.db.handle;
  const [group] = await db.insert(groups).values({
    name: options.name ?? `Runners ${made}`,
    locale: 'en',
    timeZone: options.timeZone ?? 'Europe/Berlin',
    weekStart: options.weekStart ?? 1,
    recapDay: options.recapDay ?? 7,
    recapTime: options.recapTime ?? '18:00',
    lastActiveAt: options.lastActiveAt ?? world.clock.now(),
  }).returning({ id: groups.id });
  const chats = options.chats ?? [{ platform: 'telegram' as const, chatId: `-100${900_000 + made}` }];
  await db.insert(groupChats).values(chats.map((chat) => ({ groupId: group!.id, ...chat })));
  if (options.members?.length) await db.insert(groupMembers).values(options.members.map((member) => ({ groupId: group!.id, userId: member.id })));
  return { id: group!.id, chats };
}

/** An admin changes the group's recap day or time (or zone). */
export async function changeGroup(world: JobsWorld, groupId: string, change: Partial<{ recapDay: number; recapTime: string; timeZone: string }>): Promise<void> {
  await world.db.handle.db.update(groups).set(change).where(eq(groups.id, groupId));
}
