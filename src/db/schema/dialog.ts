// Conversation plumbing: multi-step flow state (survives restarts) and the platform
// updates already handled (a redelivery is answered, never processed twice).
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.js';

export const dialogState = pgTable(
  'dialog_state',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    chatRef: text('chat_ref').notNull(),
    flow: text('flow').notNull(),
    step: text('step').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    /** New on every write: a step is answered by whoever changes the row holding the token they read (one of two presses). */
    token: uuid('token').notNull().defaultRandom(),
    /**
     * Set by a claim while its answer is being handled: a second answer that reads the state
     * after the claim (with its new token) must not claim it too. Cleared when the flow moves on
     * or the answer is done; a lost turn's claim lapses.
     */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'dialog_state_user_id_chat_ref_pk', columns: [t.userId, t.chatRef] }),
    check('dialog_state_data_is_object', sql`jsonb_typeof(${t.data}) = 'object'`),
  ],
);

// A saved reply belongs to the person it answered: it goes with them on /delete (cascade), and a
// redelivery finds it only for that person, so two bots sharing a database (bot_id tells them
// apart; '' when an adapter names none) never hand one person another's reply. Kept 48 hours.
export const processedUpdates = pgTable(
  'processed_updates',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    platform: text('platform', { enum: ['console', 'telegram', 'discord'] }).notNull(),
    botId: text('bot_id').notNull().default(''),
    updateId: text('update_id').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull(),
    reply: jsonb('reply'),
  },
  (t) => [
    // The person first: the key serves the redelivery lookup and the cascade from users.
    primaryKey({ name: 'processed_updates_pk', columns: [t.userId, t.platform, t.botId, t.updateId] }),
    index('processed_updates_processed_at_idx').on(t.processedAt),
    check('processed_updates_platform_known', sql`${t.platform} in ('console', 'telegram', 'discord')`),
  ],
);
