// The weekly review: a snapshot of the week's metrics (completions, success rate, longest
// streak, per category) taken when it begins, the answers as they come, and at the end a
// comparison with the previous completed review. The questions themselves are content
// (prompts/); the dialog asks them and hands the answers in.
import { z } from 'zod';
import type { Habit } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { parseInput, type InvalidInput } from './outcome.js';
import type { CategoryMetrics, Review, ReviewComparison, ReviewMetrics } from './ports.js';
import { statsFor } from './queries.js';
import { userToday } from './users.js';
import { countCells, week } from './week.js';
import type { QueryUser } from './history.js';


const rateOf = (met: number, due: number): number => (due === 0 ? 0 : met / due);

/** The last seven days of the person (today included), measured now. */
export async function weekMetrics(deps: AppDeps, user: QueryUser): Promise<ReviewMetrics> {
  const grid = await week(deps, user);
  const from = grid.days[0] ?? userToday(user, deps.clock.now());
  const to = grid.days.at(-1) ?? from;
  const [entries, categories, stats] = await Promise.all([
    deps.repos.entries.listForUser(user.id, { from, to }),
    deps.repos.categories.list(user.id),
    statsFor(deps, user),
  ]);
  const categoryName = new Map(categories.map((category) => [category.id, category.name]));
  const doneByHabit = new Map<string, number>();
  for (const entry of entries) if (entry.kind === 'done') doneByHabit.set(entry.habitId, (doneByHabit.get(entry.habitId) ?? 0) + 1);

  const byCategory = new Map<string | null, Omit<CategoryMetrics, 'successRate'>>();
  let met = 0;
  let due = 0;
  for (const row of grid.rows) {
    const { met: habitMet, due: habitDue } = countCells(row.cells);
    met += habitMet;
    due += habitDue;
    const category = (row.habit.categoryId && categoryName.get(row.habit.categoryId)) || null;
    const totals = byCategory.get(category) ?? { category, completions: 0, met: 0, due: 0 };
    totals.completions += doneByHabit.get(row.habit.id) ?? 0;
    totals.met += habitMet;
    totals.due += habitDue;
    byCategory.set(category, totals);
  }
  // The same "longest streak" /stats names (its overall best), not a pick of our own.
  const best = stats.overall.best;
  return {
    from,
    to,
    habits: grid.rows.length,
    completions: [...doneByHabit.values()].reduce((sum, count) => sum + count, 0),
    met,
    due,
    successRate: rateOf(met, due),
    longestStreak: best ? { habitId: best.habit.id, habit: best.habit.name, streak: best.streak, unit: best.unit } : null,
    categories: [...byCategory.values()]
      .map((totals) => ({ ...totals, successRate: rateOf(totals.met, totals.due) }))
      .sort((a, b) => (a.category ?? '\uffff').localeCompare(b.category ?? '\uffff')),
  };
}

/** This week against the previous review's week: differences in completions, success rate (points) and longest streak. */
export function compareMetrics(current: ReviewMetrics, previous: Review): ReviewComparison {
  const points = (a: number, b: number) => Math.round((a - b) * 1000) / 10;
  const before = previous.metrics;
  return {
    previousReviewId: previous.id,
    previousTo: before.to,
    completions: current.completions - before.completions,
    successRatePoints: points(current.successRate, before.successRate),
    longestStreak: (current.longestStreak?.streak ?? 0) - (before.longestStreak?.streak ?? 0),
    categories: current.categories
      .map((category) => {
        const earlier = before.categories.find((other) => other.category === category.category);
        return earlier ? { category: category.category, successRatePoints: points(category.successRate, earlier.successRate) } : null;
      })
      .filter((item): item is { category: string | null; successRatePoints: number } => item !== null),
  };
}

export type StartReviewOutcome =
  | {
    ok: true;
    review: Review;
    /** The review before this one (completed or left half-way), if any: what this one is compared with. */
    previous: Review | null;
    /** True when a review still in progress was picked up again instead of starting a new one. */
    resumed: boolean;
  }
  | { ok: false; error: 'no_habits' };

/** A review in progress started less than this long ago is picked up again by the next start. */
export const REVIEW_RESUMABLE_MS = 24 * 60 * 60 * 1000;

/**
 * The review before `review`, whatever became of it: one that was started and left half-way
 * still has its week's snapshot, so the next week is never told it is the first review.
 */
async function previousReview(deps: AppDeps, userId: string, review: Review): Promise<Review | null> {
  const earlier = await deps.repos.reviews.list(userId, { limit: 20 });
  return earlier.find((other) => other.id !== review.id && other.startedAt.getTime() <= review.startedAt.getTime()) ?? null;
}

/**
 * Begins a review with a snapshot of the week, or picks up one in progress started within
 * REVIEW_RESUMABLE_MS (its answers and its snapshot kept); an older unfinished one is closed as abandoned.
 */
export async function startReview(deps: AppDeps, user: QueryUser): Promise<StartReviewOutcome> {
  const habits: Habit[] = await deps.repos.habits.list(user.id);
  if (!habits.some((habit) => habit.status === 'active')) return { ok: false, error: 'no_habits' };
  const now = deps.clock.now();
  for (const earlier of await deps.repos.reviews.list(user.id, { limit: 10 })) {
    if (earlier.status !== 'in_progress') continue;
    if (now.getTime() - earlier.startedAt.getTime() < REVIEW_RESUMABLE_MS) {
      return { ok: true, review: earlier, previous: await previousReview(deps, user.id, earlier), resumed: true };
    }
    await deps.repos.reviews.finish(user.id, earlier.id, { status: 'abandoned', at: now });
  }
  const metrics = await weekMetrics(deps, user);
  const review = await deps.repos.reviews.create(user.id, { metrics, startedAt: now });
  return { ok: true, review, previous: await previousReview(deps, user.id, review), resumed: false };
}

export const reviewAnswerSchema = z
  .object({
    reviewId: z.string().min(1),
    questionId: z.string().regex(/^[a-z][a-z0-9_]*$/),
    question: z.string().min(1).max(500),
    /** null: the person skipped the question. */
    answer: z.union([z.string().trim().min(1).max(1000), z.number().int().min(0).max(100), z.boolean(), z.null()]),
  })
  .strict();
export type ReviewAnswerInput = z.input<typeof reviewAnswerSchema>;

export type AnswerReviewOutcome = { ok: true; review: Review } | { ok: false; error: 'not_in_progress' } | InvalidInput;

export async function answerReview(deps: AppDeps, user: Pick<QueryUser, 'id'>, input: ReviewAnswerInput): Promise<AnswerReviewOutcome> {
  const parsed = parseInput(reviewAnswerSchema, input);
  if (!parsed.ok) return parsed;
  const { reviewId, ...answer } = parsed.value;
  const review = await deps.repos.reviews.saveAnswer(user.id, reviewId, answer);
  return review ? { ok: true, review } : { ok: false, error: 'not_in_progress' };
}

export type CompleteReviewOutcome = { ok: true; review: Review; previous: Review | null } | { ok: false; error: 'not_in_progress' };

/** Completes the review and stores how it compares with the previous completed one. */
export async function completeReview(deps: AppDeps, user: Pick<QueryUser, 'id'>, reviewId: string): Promise<CompleteReviewOutcome> {
  const review = await deps.repos.reviews.get(user.id, reviewId);
  if (!review || review.status !== 'in_progress') return { ok: false, error: 'not_in_progress' };
  const previous = await previousReview(deps, user.id, review);
  const finished = await deps.repos.reviews.finish(user.id, review.id, {
    status: 'completed',
    at: deps.clock.now(),
    comparison: previous ? compareMetrics(review.metrics, previous) : null,
  });
  return finished ? { ok: true, review: finished, previous } : { ok: false, error: 'not_in_progress' };
}

/** The person left the review (another command, /cancel): kept, with its answers so far, as abandoned. */
export async function abandonReview(deps: AppDeps, user: Pick<QueryUser, 'id'>, reviewId: string): Promise<void> {
  await deps.repos.reviews.finish(user.id, reviewId, { status: 'abandoned', at: deps.clock.now() });
}
