// Ports of the weekly review: answers, the week's metrics snapshot and its comparison.
import type { StreakUnit } from '../core/stats.js';
import type { LocalDate } from '../core/types.js';

/** One answer of a weekly review, with the question as it was asked. null: skipped. */
export interface ReviewAnswer {
  questionId: string;
  question: string;
  answer: string | number | boolean | null;
}

export interface CategoryMetrics {
  /** null: habits without a category. */
  category: string | null;
  completions: number;
  met: number;
  due: number;
  successRate: number;
}

/** The week a review looks back on, as measured when it began. */
export interface ReviewMetrics {
  from: LocalDate;
  to: LocalDate;
  habits: number;
  /** Done entries in the week. */
  completions: number;
  /** Due habit-days met, and due habit-days in all (today counts only once it is met). */
  met: number;
  due: number;
  successRate: number;
  /** The longest current streak, and its habit. */
  longestStreak: { habitId: string; habit: string; streak: number; unit: StreakUnit } | null;
  categories: CategoryMetrics[];
}

/** This review against the previous completed one. */
export interface ReviewComparison {
  previousReviewId: string;
  previousTo: LocalDate;
  completions: number;
  /** In percentage points. */
  successRatePoints: number;
  longestStreak: number;
  categories: { category: string | null; successRatePoints: number }[];
}

export type ReviewStatus = 'in_progress' | 'completed' | 'abandoned';

export interface Review {
  id: string;
  userId: string;
  status: ReviewStatus;
  answers: ReviewAnswer[];
  metrics: ReviewMetrics;
  comparison: ReviewComparison | null;
  startedAt: Date;
  completedAt: Date | null;
}

/** Weekly reviews, scoped to one user. */
export interface ReviewRepository {
  create(userId: string, input: { metrics: ReviewMetrics; startedAt: Date }): Promise<Review>;
  get(userId: string, reviewId: string): Promise<Review | null>;
  /** Appends (or replaces, by question id) one answer of a review in progress; null when there is none. */
  saveAnswer(userId: string, reviewId: string, answer: ReviewAnswer): Promise<Review | null>;
  /** Ends a review in progress as completed or abandoned. */
  finish(userId: string, reviewId: string, input: { status: 'completed' | 'abandoned'; at: Date; comparison?: ReviewComparison | null }): Promise<Review | null>;
  /** The latest completed review started before `before` (default: any). */
  latestCompleted(userId: string, options?: { before?: Date; excludeId?: string }): Promise<Review | null>;
  /** Every review, newest first. */
  list(userId: string, options?: { limit?: number }): Promise<Review[]>;
}
