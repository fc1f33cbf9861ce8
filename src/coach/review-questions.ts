// Weekly review questions live in prompts/review-questions.<locale>.md, one a line:
//   - id | type | question        (type: text, yes_no, or "scale 1-5")
// The ids are shared across languages so answers are stored by id.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../core/types.js';
import type { ReviewAnswerType, ReviewQuestion, ReviewQuestions } from '../app/review-questions.js';
import { PromptFileError, defaultPromptsDir } from './templates.js';

export type { ReviewAnswerType, ReviewQuestion, ReviewQuestions };

const answerType = z.string().trim().transform((raw, ctx): ReviewAnswerType => {
  if (raw === 'text' || raw === 'yes_no') return { kind: raw };
  const scale = /^scale\s+(\d+)-(\d+)$/.exec(raw);
  if (scale && Number(scale[1]) < Number(scale[2])) return { kind: 'scale', min: Number(scale[1]), max: Number(scale[2]) };
  ctx.addIssue({ code: 'custom', message: `unknown answer type "${raw}" (text, yes_no, scale N-M)` });
  return z.NEVER;
});

const questionLine = z
  .string()
  .transform((line) => line.split('|').map((part) => part.trim()))
  .pipe(z.tuple([z.string().regex(/^[a-z][a-z0-9_]*$/, 'id must be snake_case'), answerType, z.string().min(5)]))
  .transform(([id, type, question]): ReviewQuestion => ({ id, type, question }));

const questionsSchema = z
  .array(questionLine)
  .min(3)
  .refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, 'question ids repeat');

/** Parses one review-questions file; throws PromptFileError naming every problem. */
export function parseReviewQuestions(source: string, file = 'review-questions.md'): ReviewQuestion[] {
  const lines = source
    .split(/\r?\n/)
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));
  const result = questionsSchema.safeParse(lines);
  if (!result.success) {
    throw new PromptFileError(file, result.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`));
  }
  return result.data;
}

/** Reads prompts/review-questions.<locale>.md for every locale; the ids must match across locales. */
export async function loadReviewQuestions(promptsDir: string = defaultPromptsDir()): Promise<ReviewQuestions> {
  const entries = await Promise.all(
    LOCALES.map(async (locale) => {
      const file = join(promptsDir, `review-questions.${locale}.md`);
      return [locale, parseReviewQuestions(await readFile(file, 'utf8'), file)] as const;
    }),
  );
  const questions = Object.fromEntries(entries) as ReviewQuestions;
  const ids = (locale: Locale) => questions[locale].map((q) => q.id).join(',');
  const mismatched = LOCALES.filter((locale) => ids(locale) !== ids('en'));
  if (mismatched.length > 0) {
    throw new PromptFileError(join(promptsDir, 'review-questions.*.md'), mismatched.map((l) => `${l}: ids differ from en (${ids(l)})`));
  }
  return questions;
}
