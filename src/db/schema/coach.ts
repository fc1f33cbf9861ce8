// The coach's memory: every coach message said (personality, moment, text, the habit or
// goal it was about) and each person's bounded chat history with the coach.
import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { COACH_MOMENTS } from '../../app/ports.js';
import { goals } from './goals.js';
import { habits } from './habits.js';
import { users } from './users.js';

const MOMENTS_SQL = sql.raw(COACH_MOMENTS.map((moment) => `'${moment}'`).join(', '));

export const coachMessages = pgTable(
  'coach_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    personality: text('personality', { enum: ['yoda', 'general', 'mentor'] }).notNull(),
    moment: text('moment').notNull(),
    text: text('text').notNull(),
    habitId: uuid('habit_id').references(() => habits.id, { onDelete: 'set null' }),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    /** Said by the model; false when it came from templates. */
    fromModel: boolean('from_model').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('coach_messages_user_id_created_at_idx').on(t.userId, t.createdAt),
    index('coach_messages_habit_id_idx').on(t.habitId),
    index('coach_messages_goal_id_idx').on(t.goalId),
    check('coach_messages_personality_known', sql`${t.personality} in ('yoda', 'general', 'mentor')`),
    check('coach_messages_moment_known', sql`${t.moment} in (${MOMENTS_SQL})`),
  ],
);

export const chatMemory = pgTable(
  'chat_memory',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    summary: text('summary'),
    /** [{ role: 'user' | 'assistant', text, at: ISO time }], oldest first. */
    turns: jsonb('turns').$type<{ role: 'user' | 'assistant'; text: string; at: string }[]>().notNull().default([]),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('chat_memory_turns_is_array', sql`jsonb_typeof(${t.turns}) = 'array'`)],
);
