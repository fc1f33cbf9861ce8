// Dialog flow state and processed platform updates.
import DataLoader from 'dataloader';
import { and, eq, sql } from 'drizzle-orm';
import type { DialogStateRepository, ProcessedUpdateRepository, SavedReplyKey } from '../../app/ports.js';
import type { Platform } from '../../core/types.js';
import type { Database } from '../client.js';
import { dialogState, processedUpdates, users } from '../schema/index.js';
import { toDialogState } from './mappers.js';
import { bound, preparedOnce } from './prepared.js';

/** How long a claimed step waits for its answer to be handled before another answer may take it. */
const CLAIM_LEASE = '30 seconds';

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
      const values = { flow: state.flow, step: state.step, data: state.data, token: sql`gen_random_uuid()`, claimedUntil: null, updatedAt: new Date() };
      const [row] = await db
        .insert(dialogState)
        .values({ userId, chatRef, ...values })
        .onConflictDoUpdate({ target: [dialogState.userId, dialogState.chatRef], set: values })
        .returning({ token: dialogState.token });
      return row!.token;
    },

    // One conditional UPDATE: of two presses that read the same token, only the first to get
    // here matches it; the other finds the new token and gets null. One that read the state
    // after the claim (its new token) finds it claimed and gets null too.
    async claim(userId, chatRef, token) {
      const [row] = await db.update(dialogState)
        .set({ token: sql`gen_random_uuid()`, claimedUntil: sql`now() + ${CLAIM_LEASE}::interval`, updatedAt: new Date() })
        .where(and(
          mine(userId, chatRef), eq(dialogState.token, token),
          sql`(${dialogState.claimedUntil} is null or ${dialogState.claimedUntil} < now())`,
        ))
        .returning();
      return row ? toDialogState(row) : null;
    },

    async release(userId, chatRef, token) {
      await db.update(dialogState).set({ claimedUntil: null })
        .where(and(mine(userId, chatRef), eq(dialogState.token, token)));
    },

    async clear(userId, chatRef) {
      await db.delete(dialogState).where(mine(userId, chatRef));
    },
  };
}

/** How long a reply is kept for a redelivery: platforms redeliver within minutes, never days. */
export const SAVED_REPLY_LIFETIME_MS = 48 * 60 * 60 * 1000;
/**
 * Expired replies deleted by each save, at most. A save writes at most maxBatchSize rows and
 * deletes up to twice as many, so deleting outpaces writing and the table holds about 48 hours
 * of traffic; the bound keeps a save's cost flat after a long stop.
 */
const EXPIRED_PER_SAVE = 1000;

interface ReplyToSave extends SavedReplyKey {
  reply: unknown;
  processedAt: Date;
}

type SavedRow = { user_id: string; platform: Platform; bot_id: string; update_id: string; processed_at: string; reply: unknown };

export function createProcessedUpdateRepository(db: Database): ProcessedUpdateRepository {
  // Every message saves its reply: under load, the replies of the messages that finish in one
  // turn of the event loop are saved by one statement (one commit). Each caller still waits for
  // its own reply to be stored. DataLoader does the collecting. The same statement deletes a
  // bounded number of expired replies (a data-modifying WITH runs whether or not it is read;
  // SKIP LOCKED keeps two saves from waiting on each other's deletions). A reply for a person
  // who is gone (the reply to /delete) finds no user and is not stored.
  const saveReplies = preparedOnce(() => {
    const expired = db.$with('expired', {}).as(sql`delete from ${processedUpdates}
      where (user_id, platform, bot_id, update_id) in (
        select user_id, platform, bot_id, update_id from ${processedUpdates}
        where processed_at < ${bound('expiredBefore')}::timestamptz
        limit ${sql.raw(String(EXPIRED_PER_SAVE))} for update skip locked)`);
    return db.with(expired).insert(processedUpdates)
      .select(sql`select saved.user_id, saved.platform, saved.bot_id, saved.update_id, saved.processed_at, saved.reply
        from jsonb_to_recordset(${bound('replies')}::text::jsonb)
          as saved(user_id uuid, platform text, bot_id text, update_id text, processed_at timestamptz, reply jsonb)
        join ${users} on ${users.id} = saved.user_id`)
      .onConflictDoUpdate({
        target: [processedUpdates.userId, processedUpdates.platform, processedUpdates.botId, processedUpdates.updateId],
        set: { reply: sql`excluded.reply`, processedAt: sql`excluded.processed_at` },
      })
      .prepare('processed_updates_save_replies');
  });
  const save = (rows: SavedRow[], expiredBefore: Date) =>
    saveReplies().execute({ replies: JSON.stringify(rows), expiredBefore: expiredBefore.toISOString() });
  const replies = new DataLoader<ReplyToSave, void>(
    async (batch) => {
      // One row per update (a batch could hold the same update twice); a reply of null is
      // stored as SQL NULL (jsonb_to_recordset reads a JSON null so).
      const rows = new Map(batch.map(({ platform, botId, updateId, userId, reply, processedAt }) => [
        JSON.stringify([userId, platform, botId, updateId]),
        { user_id: userId, platform, bot_id: botId, update_id: updateId, processed_at: processedAt.toISOString(), reply: reply ?? null },
      ]));
      const expiredBefore = new Date(Math.max(...batch.map((item) => item.processedAt.getTime())) - SAVED_REPLY_LIFETIME_MS);
      try {
        await save([...rows.values()], expiredBefore);
        return batch.map(() => undefined);
      } catch (error) {
        if (rows.size === 1) return batch.map(() => asError(error));
        // One bad row (text PostgreSQL refuses) must not cost everyone else their saved reply:
        // each row again on its own; only the bad one fails.
        const outcomes = new Map<string, Error | undefined>();
        for (const [key, row] of rows) {
          outcomes.set(key, await save([row], expiredBefore).then(() => undefined, asError));
        }
        return batch.map((item) => outcomes.get(JSON.stringify([item.userId, item.platform, item.botId, item.updateId])));
      }
    },
    { cache: false, maxBatchSize: 500, batchScheduleFn: (run) => setImmediate(run) },
  );

  return {
    saveReply: (key, reply, now) => replies.load({ ...key, reply, processedAt: now }),
  };
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
