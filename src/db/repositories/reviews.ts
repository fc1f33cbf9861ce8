// Weekly reviews, scoped to one user. The JSON columns are read back through zod, so a row
// written by an older version (or by hand) is refused loudly instead of misread.
import { and, desc, eq, lt, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Review, ReviewRepository } from '../../app/ports.js';
import type { Database } from '../client.js';
import { reviews } from '../schema/index.js';
import { isUuid } from './ids.js';

const answerSchema = z.object({
  questionId: z.string(),
  question: z.string(),
  answer: z.union([z.string(), z.number(), z.boolean(), z.null()]),
});
const rate = z.number().min(0).max(1);
const metricsSchema = z.object({
  from: z.string(),
  to: z.string(),
  habits: z.number().int().min(0),
  completions: z.number().int().min(0),
  met: z.number().int().min(0),
  due: z.number().int().min(0),
  successRate: rate,
  longestStreak: z.object({ habitId: z.string(), habit: z.string(), streak: z.number().int().min(0), unit: z.enum(['day', 'week', 'month']) }).nullable(),
  categories: z.array(z.object({
    category: z.string().nullable(), completions: z.number().int().min(0), met: z.number().int().min(0), due: z.number().int().min(0), successRate: rate,
  })),
});
const comparisonSchema = z.object({
  previousReviewId: z.string(),
  previousTo: z.string(),
  completions: z.number(),
  successRatePoints: z.number(),
  longestStreak: z.number(),
  categories: z.array(z.object({ category: z.string().nullable(), successRatePoints: z.number() })),
});

function toReview(row: typeof reviews.$inferSelect): Review {
  return {
    id: row.id,
    userId: row.userId,
    status: row.status,
    answers: z.array(answerSchema).parse(row.answers),
    metrics: metricsSchema.parse(row.metrics),
    comparison: row.comparison === null ? null : comparisonSchema.parse(row.comparison),
    startedAt: row.startedAt,
    completedAt: row.completedAt,
  };
}

export function createReviewRepository(db: Database): ReviewRepository {
  const mine = (userId: string, reviewId: string) => and(eq(reviews.id, reviewId), eq(reviews.userId, userId));

  return {
    async create(userId, input) {
      const [row] = await db.insert(reviews).values({ userId, metrics: metricsSchema.parse(input.metrics), startedAt: input.startedAt }).returning();
      if (!row) throw new Error('reviews insert returned no row');
      return toReview(row);
    },

    async get(userId, reviewId) {
      if (!isUuid(userId) || !isUuid(reviewId)) return null;
      const [row] = await db.select().from(reviews).where(mine(userId, reviewId));
      return row ? toReview(row) : null;
    },

    async saveAnswer(userId, reviewId, answer) {
      if (!isUuid(userId) || !isUuid(reviewId)) return null;
      const value = JSON.stringify(answerSchema.parse(answer));
      const [row] = await db
        .update(reviews)
        .set({
          // Replaces an earlier answer to the same question, keeping the order of the others.
          answers: sql`(
            select coalesce(jsonb_agg(a order by n), '[]'::jsonb)
            from jsonb_array_elements(${reviews.answers}) with ordinality as e(a, n)
            where a->>'questionId' <> ${answer.questionId}) || jsonb_build_array(${value}::jsonb)`,
        })
        .where(and(mine(userId, reviewId), eq(reviews.status, 'in_progress')))
        .returning();
      return row ? toReview(row) : null;
    },

    async finish(userId, reviewId, input) {
      if (!isUuid(userId) || !isUuid(reviewId)) return null;
      const [row] = await db
        .update(reviews)
        .set({
          status: input.status,
          completedAt: input.at,
          ...(input.comparison !== undefined ? { comparison: input.comparison === null ? null : comparisonSchema.parse(input.comparison) } : {}),
        })
        .where(and(mine(userId, reviewId), eq(reviews.status, 'in_progress')))
        .returning();
      return row ? toReview(row) : null;
    },

    async latestCompleted(userId, options = {}) {
      if (!isUuid(userId)) return null;
      const [row] = await db
        .select()
        .from(reviews)
        .where(and(
          eq(reviews.userId, userId),
          eq(reviews.status, 'completed'),
          options.before ? lt(reviews.startedAt, options.before) : undefined,
          options.excludeId && isUuid(options.excludeId) ? ne(reviews.id, options.excludeId) : undefined,
        ))
        .orderBy(desc(reviews.startedAt), desc(reviews.id))
        .limit(1);
      return row ? toReview(row) : null;
    },

    async list(userId, options = {}) {
      if (!isUuid(userId)) return [];
      const rows = await db
        .select()
        .from(reviews)
        .where(eq(reviews.userId, userId))
        .orderBy(desc(reviews.startedAt), desc(reviews.id))
        .limit(Math.max(1, Math.min(options.limit ?? 52, 1000)));
      return rows.map(toReview);
    },
  };
}
