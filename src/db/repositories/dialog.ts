// Dialog flow state and processed platform updates.
import DataLoader from 'dataloader';
import { and, eq, sql } from 'drizzle-orm';
import type { DialogStateRepository, ProcessedUpdateRepository } from '../../app/ports.js';
import type { Platform } from '../../core/types.js';
import type { Database } from '../client.js';
import { dialogState, processedUpdates } from '../schema/index.js';
import { toDialogState } from './mappers.js';
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
      return row ? toDialogState(row) : null;
    },

    async set(userId, chatRef, state) {
      const values = { flow: state.flow, step: state.step, data: state.data, token: sql`gen_random_uuid()`, updatedAt: new Date() };
      const [row] = await db
        .insert(dialogState)
        .values({ userId, chatRef, ...values })
        .onConflictDoUpdate({ target: [dialogState.userId, dialogState.chatRef], set: values })
        .returning({ token: dialogState.token });
      return row!.token;
    },

    // One conditional UPDATE: of two presses that read the same token, only the first to get
    // here matches it; the other finds the new token and gets null.
    async claim(userId, chatRef, token) {
      const [row] = await db.update(dialogState)
        .set({ token: sql`gen_random_uuid()`, updatedAt: new Date() })
        .where(and(mine(userId, chatRef), eq(dialogState.token, token)))
        .returning();
      return row ? toDialogState(row) : null;
    },

    async clear(userId, chatRef) {
      await db.delete(dialogState).where(mine(userId, chatRef));
    },
  };
}

interface ReplyToSave {
  platform: Platform;
  updateId: string;
  reply: unknown;
  processedAt: Date;
}

export function createProcessedUpdateRepository(db: Database): ProcessedUpdateRepository {
  // Every message saves its reply: under load, the replies of the messages that finish in one
  // turn of the event loop are saved by one statement (one commit). Each caller still waits for
  // its own reply to be stored. DataLoader does the collecting.
  const saveReplies = preparedOnce(() =>
    db.insert(processedUpdates)
      .select(sql`select saved.platform, saved.update_id, saved.processed_at, saved.reply
        from jsonb_to_recordset(${bound('replies')}::text::jsonb)
          as saved(platform text, update_id text, processed_at timestamptz, reply jsonb)`)
      .onConflictDoUpdate({ target: [processedUpdates.platform, processedUpdates.updateId], set: { reply: sql`excluded.reply` } })
      .prepare('processed_updates_save_replies'),
  );
  const replies = new DataLoader<ReplyToSave, void>(
    async (batch) => {
      // One row per update (a batch could hold the same update twice); a reply of null is
      // stored as SQL NULL (jsonb_to_recordset reads a JSON null so).
      const rows = new Map(batch.map(({ platform, updateId, reply, processedAt }) => [
        `${platform}:${updateId}`,
        { platform, update_id: updateId, processed_at: processedAt.toISOString(), reply: reply ?? null },
      ]));
      await saveReplies().execute({ replies: JSON.stringify([...rows.values()]) });
      return batch.map(() => undefined);
    },
    { cache: false, maxBatchSize: 500, batchScheduleFn: (run) => setImmediate(run) },
  );

  return {
    saveReply: (platform, updateId, reply, now) => replies.load({ platform, updateId, reply, processedAt: now }),
  };
}
