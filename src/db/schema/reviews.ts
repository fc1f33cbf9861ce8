// Weekly reviews: the answers (with each question as it was asked), the week's metrics as
// measured when the review began, and how they compare with the previous completed review.
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ReviewAnswer, ReviewComparison, ReviewMetrics } from '../../app/ports.js';
import { users } from './users.js';

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['in_progress', 'completed', 'abandoned'] }).notNull().default('in_progress'),
    answers: jsonb('answers').$type<ReviewAnswer[]>().notNull().default([]),
    metrics: jsonb('metrics').$type<ReviewMetrics>().notNull(),
    comparison: jsonb('comparison').$type<ReviewComparison>(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('reviews_user_id_started_at_idx').on(t.userId, t.startedAt),
    check('reviews_status_known', sql`${t.status} in ('in_progress', 'completed', 'abandoned')`),
    check('reviews_answers_is_array', sql`jsonb_typeof(${t.answers}) = 'array'`),
    check('reviews_metrics_is_object', sql`jsonb_typeof(${t.metrics}) = 'object'`),
    check('reviews_completed_at_when_finished', sql`(${t.completedAt} is null) = (${t.status} = 'in_progress')`),
  ],
);
