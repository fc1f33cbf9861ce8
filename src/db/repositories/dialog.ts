// Dialog flow state and processed platform updates.
import { and, eq } from 'drizzle-orm';
import type { DialogStateRepository, ProcessedUpdateRepository } from '../../app/ports.js';
import type { Platform } from '../../core/types.js';
import type { Database } from '../client.js';
import { dialogState, processedUpdates } from '../schema/index.js';
import { bound, preparedOnce } from './prepared.js';

export function createDialogStateRepository(db: Database): DialogStateRepository {
  const mine = (userId: string, chatRef: string) => and(eq(dialogState.userId, userId), eq(dialogState.chatRef, chatRef));
  // The router reads the flow state of every text message.
  const getState = preparedOnce(() =>
    db.select().from(dialogState)
      .where(and(eq(dialogState.userId, bound('userId')), eq(dialogState.chatRef, bound('chatRef'))))
      .prepare('dialog_state_get'),
  );

  return {
    async get(userId, chatRef) {
      const [row] = await getState().execute({ userId, chatRef });
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
  // Every message claims its update id and saves its reply.
  const claimUpdate = preparedOnce(() =>
    db.insert(processedUpdates)
      .values({ platform: bound('platform'), updateId: bound('updateId'), processedAt: bound('now') })
      .onConflictDoNothing()
      .returning({ updateId: processedUpdates.updateId })
      .prepare('processed_updates_claim'),
  );
  const saveUpdateReply = preparedOnce(() =>
    db.update(processedUpdates)
      .set({ reply: bound('reply') })
      .where(and(eq(processedUpdates.platform, bound('platform')), eq(processedUpdates.updateId, bound('updateId'))))
      .prepare('processed_updates_save_reply'),
  );

  return {
    async claim(platform, updateId, now) {
      const rows = await claimUpdate().execute({ platform, updateId, now });
      return rows.length > 0;
    },

    async saveReply(platform, updateId, reply) {
      // A bound null would be stored as JSON null; no reply is SQL NULL.
      if (reply === null || reply === undefined) {
        await db.update(processedUpdates).set({ reply: null }).where(update(platform, updateId));
        return;
      }
      await saveUpdateReply().execute({ platform, updateId, reply });
    },

    async reply(platform, updateId) {
      const [row] = await db.select({ reply: processedUpdates.reply }).from(processedUpdates).where(update(platform, updateId));
      return row?.reply ?? null;
    },
  };
}
