// What the group jobs read and write besides schedules: a group's last activity (a member spoke
// in a home chat) and the roster the stand-in recap lists (its active members' names).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { GroupActivityRepository, GroupRosterRepository } from '../../app/ports.js';
import type { Database } from '../client.js';
import { rowsOf } from '../client.js';
import { groupMembers, groups, users } from '../schema/index.js';
import { isUuid } from './ids.js';

export function createGroupActivityRepository(db: Database): GroupActivityRepository {
  return {
    async touch(chat, at) {
      // Never back: messages handled out of order leave the latest time.
      const rows = rowsOf<{ id: string }>(await db.execute(sql`
        update groups g set last_active_at = greatest(g.last_active_at, ${at.toISOString()}::timestamptz)
        from group_chats c
        where c.group_id = g.id and c.platform = ${chat.platform} and c.chat_id = ${chat.chatId}
        returning g.id`));
      return rows.length > 0;
    },
  };
}

export function createGroupRosterRepository(db: Database): GroupRosterRepository {
  return {
    async roster(groupId) {
      if (!isUuid(groupId)) return null;
      const [group] = await db.select({ name: groups.name, locale: groups.locale }).from(groups).where(eq(groups.id, groupId));
      if (!group) return null;
      const members = await db
        .select({ name: users.displayName })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 'active')))
        .orderBy(asc(groupMembers.joinedAt));
      return { name: group.name, locale: group.locale, members: members.map((member) => member.name) };
    },
  };
}
