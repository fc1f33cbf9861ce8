// What the group jobs write besides schedules: a group's last activity (a member spoke in a home chat).
import { sql } from 'drizzle-orm';
import type { GroupActivityRepository } from '../../app/ports.js';
import type { Database } from '../client.js';
import { rowsOf } from '../client.js';

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
