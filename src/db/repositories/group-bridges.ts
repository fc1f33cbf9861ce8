// Bridge codes (hashed, single use, one per group) and the second home chat they add.
import { and, eq, gt } from 'drizzle-orm';
import type { GroupBridgeRepository } from '../../app/group-bridge-ports.js';
import type { Database } from '../client.js';
import { groupBridgeCodes, groupChats } from '../schema/index.js';
import { isUuid } from './ids.js';

export function createGroupBridgeRepository(db: Database): GroupBridgeRepository {
  return {
    async createCode(groupId, codeHash, createdBy, expiresAt) {
      await db.transaction(async (tx) => {
        await tx.delete(groupBridgeCodes).where(eq(groupBridgeCodes.groupId, groupId));
        await tx.insert(groupBridgeCodes).values({ codeHash, groupId, createdBy, expiresAt });
      });
    },

    async findCode(codeHash, now) {
      const [row] = await db.select({ groupId: groupBridgeCodes.groupId }).from(groupBridgeCodes)
        .where(and(eq(groupBridgeCodes.codeHash, codeHash), gt(groupBridgeCodes.expiresAt, now)));
      return row ?? null;
    },

    // Delete-returning: two chats racing with one code, only one gets it.
    async consumeCode(codeHash, now) {
      const [row] = await db.delete(groupBridgeCodes).where(eq(groupBridgeCodes.codeHash, codeHash))
        .returning({ groupId: groupBridgeCodes.groupId, expiresAt: groupBridgeCodes.expiresAt });
      if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
      return { groupId: row.groupId };
    },

    // Either unique rule (a chat is one group's home; one home per platform per group) makes it a no-op.
    async addChat(groupId, chat) {
      if (!isUuid(groupId)) return false;
      const rows = await db.insert(groupChats)
        .values({ groupId, platform: chat.platform, chatId: chat.chatId, title: chat.title })
        .onConflictDoNothing()
        .returning({ chatId: groupChats.chatId });
      return rows.length > 0;
    },
  };
}
