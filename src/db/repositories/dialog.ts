// Dialog flow state and processed platform updates.
import { and, eq } from 'drizzle-orm';
import type { DialogStateRepository, ProcessedUpdateRepository } from '../../app/ports.js';
import type { Platform } from '../../core/types.js';
import type { Database } from '../client.js';
import { dialogState, processedUpdates } from '../schema/index.js';

export function createDialogStateRepository(db: Database): DialogStateRepository {
  const mine = (userId: string, chatRef: string) => and(eq(dialogState.userId, userId), eq(dialogState.chatRef, chatRef));

  return {
    async get(userId, chatRef) {
      const [row] = await db.select().from(dialogState).where(mine(userId, chatRef));
      return row ? { flow: row.flow, step: row.step, data: row.data, updatedAt: row.updatedAt } : null;
    },

    async set(userId, chatRef, state) {
      const values = { flow: state.flow, step: state.step, data: state.data, updatedAt: new Date() };
      await db
        .insert(dialogState)
        .values({ userId, chatRef, ...values })
        .onConflictDoUpdate({ target: [dialogState.userId, dialogState.chatRef], set: values });
    },

    async clear(userId, chatRef) {
      await db.delete(dialogState).where(mine(userId, chatRef));
    },
  };
}

export function createProcessedUpdateRepository(db: Database): ProcessedUpdateRepository {
  const update = (platform: Platform, updateId: string) =>
    and(eq(processedUpdates.platform, platform), eq(processedUpdates.updateId, updateId));

  return {
    async claim(platform, updateId, now) {
      const rows = await db
        .insert(processedUpdates)
        .values({ platform, updateId, processedAt: now })
        .onConflictDoNothing()
        .returning({ updateId: processedUpdates.updateId });
      return rows.length > 0;
    },

    async saveReply(platform, updateId, reply) {
      await db.update(processedUpdates).set({ reply: reply ?? null }).where(update(platform, updateId));
    },

    async reply(platform, updateId) {
      const [row] = await db.select({ reply: processedUpdates.reply }).from(processedUpdates).where(update(platform, updateId));
      return row?.reply ?? null;
    },
  };
}
