// The weekly review: /review starts one by hand, the jobs start one on the person's review day.
// It shows the week's metrics (compared with the previous review), then asks the questions
// (loaded from prompts/review-questions.<locale>.md by the composition root) one by one; the flow state lives in dialog_state,
// every answer is stored as it comes, and the review is completed after the last question.
import { z } from 'zod';
import { abandonReview, answerReview, completeReview, startReview } from '../../app/review.js';
import type { Review } from '../../app/ports.js';
import type { ReviewQuestion } from '../../app/review-questions.js';
import type { Flow } from '../flows/flow.js';
import { SKIP_WORDS } from '../flows/flow.js';
import { formatDate, formatPercent } from '../format.js';
import type { Reply } from '../messages.js';
import { choice, normalizeAnswer, reply, rows } from '../replies.js';
import { streakText } from '../reminders.js';
import type { Turn } from '../turn.js';
import { NO_WORDS, YES_WORDS } from '../flows/confirm-words.js';

export const REVIEW_FLOW = 'review';
/** A review nobody answered for this long is over: the next message is read as usual. */
const REVIEW_EXPIRES_MS = 24 * 60 * 60 * 1000;
const YES = YES_WORDS;
const NO = NO_WORDS;

/** `askedAt`: when the current question was asked (by the turn's clock), for the expiry. */
const stateSchema = z.object({ reviewId: z.string().min(1), index: z.number().int().min(0), askedAt: z.iso.datetime() });

/** The composition root loads the questions once; without them a review is the summary alone. */
function questionsFor(turn: Turn): ReviewQuestion[] {
  return turn.deps.reviewQuestions?.[turn.user.locale] ?? [];
}

const signed = (value: number): string => (value > 0 ? `+${value}` : String(value));

function summary(turn: Turn, review: Review, previous: Review | null, questionCount: number): Reply {
  const { t, user } = turn;
  const { metrics } = review;
  const lines = [
    t('review.title', { from: formatDate(user.locale, metrics.from, turn.today), to: formatDate(user.locale, metrics.to, turn.today) }),
    // The same met/due the closing line gives: one snapshot, one set of counts.
    t('review.metrics', { done: metrics.met, due: metrics.due, rate: formatPercent(metrics.successRate, user.locale) }),
  ];
  if (metrics.longestStreak) {
    lines.push(t('review.longest', { habit: metrics.longestStreak.habit, streak: streakText(t, metrics.longestStreak.streak, metrics.longestStreak.unit) }));
  }
  if (metrics.categories.length > 1) {
    for (const category of metrics.categories) {
      lines.push(`• ${t('review.category', {
        category: category.category ?? t('review.no_category'), rate: formatPercent(category.successRate, user.locale), met: category.met, due: category.due,
      })}`);
    }
  }
  if (previous) {
    const points = Math.round((metrics.successRate - previous.metrics.successRate) * 100);
    lines.push(t('review.compared', {
      date: formatDate(user.locale, previous.metrics.to, turn.today), completions: signed(metrics.met - previous.metrics.met), points: signed(points),
    }));
  } else {
    lines.push(t('review.first'));
  }
  lines.push('', t('review.start', { count: questionCount }));
  return reply(lines.join('\n'));
}

function ask(turn: Turn, questions: ReviewQuestion[], index: number): Reply {
  const { t } = turn;
  const question = questions[index]!;
  const text = t('review.question', { index: index + 1, total: questions.length, question: question.question });
  const value = (answer: string) => `rv.${index}.${answer}`;
  const skip = choice(t('review.button.skip'), value('skip'));
  switch (question.type.kind) {
    case 'scale': {
      const numbers = [];
      for (let n = question.type.min; n <= question.type.max; n += 1) numbers.push(choice(String(n), value(String(n))));
      return reply(text, [...rows(numbers, 5), [skip]]);
    }
    case 'yes_no':
      return reply(text, [[choice(t('review.button.yes'), value('yes')), choice(t('review.button.no'), value('no'))], [skip]]);
    case 'text':
      return reply(text, [[skip]]);
  }
}

/** The first question the review has no answer to (a skipped one is answered with null). */
function nextQuestion(questions: ReviewQuestion[], review: Review): number {
  const answered = new Set(review.answers.map((answer) => answer.questionId));
  const index = questions.findIndex((question) => !answered.has(question.id));
  return index === -1 ? questions.length : index;
}

/** Starts a review in this chat: the week's summary and the first question; or picks one in progress up where it was. */
export async function beginReview(turn: Turn): Promise<Reply[]> {
  const questions = questionsFor(turn);
  const started = await startReview(turn.app, turn.user);
  if (!started.ok) return [reply(turn.t('review.no_habits'))];
  if (started.resumed) {
    const index = nextQuestion(questions, started.review);
    if (index >= questions.length) return finish(turn, started.review.id, questions);
    await turn.setState(REVIEW_FLOW, 'question', { reviewId: started.review.id, index, askedAt: turn.now.toISOString() });
    return [reply(turn.t('review.resumed')), ask(turn, questions, index)];
  }
  if (questions.length === 0) {
    return [summary(turn, started.review, started.previous, 0), ...(await finish(turn, started.review.id, questions))];
  }
  await turn.setState(REVIEW_FLOW, 'question', { reviewId: started.review.id, index: 0, askedAt: turn.now.toISOString() });
  return [summary(turn, started.review, started.previous, questions.length), ask(turn, questions, 0)];
}

export async function reviewCommand(turn: Turn): Promise<Reply[]> {
  return beginReview(turn);
}

type Answer = string | number | boolean | null;

/** Reads a typed answer for the question's type: the answer, or a reply asking again. */
function readAnswer(turn: Turn, question: ReviewQuestion, text: string): { answer: Answer } | { again: Reply } {
  const word = normalizeAnswer(text);
  if (SKIP_WORDS.has(word)) return { answer: null };
  switch (question.type.kind) {
    case 'scale': {
      const { min, max } = question.type;
      const number = Number(/\b(\d{1,3})\b/.exec(word)?.[1] ?? NaN);
      return number >= min && number <= max ? { answer: number } : { again: reply(turn.t('review.bad_scale', { min, max })) };
    }
    case 'yes_no': {
      const first = word.split(/[\s,.!]+/)[0] ?? '';
      if (YES.has(first)) return { answer: true };
      if (NO.has(first)) return { answer: false };
      return { again: reply(turn.t('review.bad_yes_no')) };
    }
    case 'text':
      return { answer: text.trim().slice(0, 1000) };
  }
}

async function record(turn: Turn, reviewId: string, index: number, answer: Answer): Promise<Reply[]> {
  const questions = questionsFor(turn);
  const question = questions[index];
  if (!question) return finish(turn, reviewId, questions);
  const saved = await answerReview(turn.app, turn.user, { reviewId, questionId: question.id, question: question.question, answer });
  if (!saved.ok) {
    await turn.clearState();
    return [reply(turn.t('button.expired'))];
  }
  const next = index + 1;
  if (next >= questions.length) return finish(turn, reviewId, questions);
  await turn.setState(REVIEW_FLOW, 'question', { reviewId, index: next, askedAt: turn.now.toISOString() });
  return [ask(turn, questions, next)];
}

async function finish(turn: Turn, reviewId: string, questions: ReviewQuestion[]): Promise<Reply[]> {
  await turn.clearState();
  const done = await completeReview(turn.app, turn.user, reviewId);
  if (!done.ok) return [reply(turn.t('button.expired'))];
  const { review } = done;
  const answered = review.answers.filter((answer) => answer.answer !== null).length;
  const vars: Record<string, string | number> = {
    rate: Math.round(review.metrics.successRate * 100), done: review.metrics.met, due: review.metrics.due,
  };
  if (review.metrics.longestStreak) {
    vars.best = review.metrics.longestStreak.habit;
    vars.streak = review.metrics.longestStreak.streak;
  }
  const line = await turn.deps.coach.line({ user: turn.user, moment: 'weekly_analysis', vars });
  return [reply(`${turn.t('review.done', { answered, total: questions.length })}\n${line}`)];
}

export const reviewFlow: Flow = {
  name: REVIEW_FLOW,

  async onText(turn, state, text) {
    const data = stateSchema.safeParse(state.data);
    if (!data.success || turn.now.getTime() - Date.parse(data.data.askedAt) > REVIEW_EXPIRES_MS) return null;
    const question = questionsFor(turn)[data.data.index];
    if (!question) return null;
    const read = readAnswer(turn, question, text);
    if ('again' in read) return [read.again];
    return record(turn, data.data.reviewId, data.data.index, read.answer);
  },

  async onChoice(turn, state, value) {
    const data = stateSchema.safeParse(state.data);
    const match = /^rv\.(\d+)\.(.+)$/.exec(value);
    if (!data.success || !match) return [reply(turn.t('button.expired'))];
    if (Number(match[1]) !== data.data.index) return [reply(turn.t('flow.stale'))];
    const raw = match[2]!;
    const answer: Answer = raw === 'skip' ? null : raw === 'yes' ? true : raw === 'no' ? false : Number(raw);
    if (typeof answer === 'number' && !Number.isInteger(answer)) return [reply(turn.t('button.invalid'))];
    return record(turn, data.data.reviewId, data.data.index, answer);
  },

  async onLeave(turn, state) {
    const data = stateSchema.safeParse(state.data);
    if (data.success) await abandonReview(turn.app, turn.user, data.data.reviewId);
  },

  // A command mid-review is answered, then the review asks its question again; if the command
  // started a flow of its own, the review waits in progress (answers kept) and /review resumes it.
  async afterCommand(turn, state, command, replies) {
    const data = stateSchema.safeParse(state.data);
    if (command === 'review' || !data.success) return replies;
    if (turn.now.getTime() - Date.parse(data.data.askedAt) > REVIEW_EXPIRES_MS) {
      await reviewFlow.onLeave?.(turn, state);
      if ((await turn.state())?.flow === REVIEW_FLOW) await turn.clearState();
      return replies;
    }
    const now = await turn.state();
    if (now && now.flow !== REVIEW_FLOW) return [reply(turn.t('review.paused')), ...replies];
    const questions = questionsFor(turn);
    if (!questions[data.data.index]) return replies;
    if (!now) await turn.setState(REVIEW_FLOW, 'question', data.data);
    return [...replies, ask(turn, questions, data.data.index)];
  },
};
