// The weekly review's questions, as the dialog asks them. The coach loads them from
// prompts/review-questions.<locale>.md; the composition root hands them to dialog and jobs.
import type { Locale } from '../core/types.js';

export type ReviewAnswerType =
  | { kind: 'text' }
  | { kind: 'yes_no' }
  | { kind: 'scale'; min: number; max: number };

export interface ReviewQuestion {
  id: string;
  type: ReviewAnswerType;
  question: string;
}

export type ReviewQuestions = Record<Locale, ReviewQuestion[]>;
