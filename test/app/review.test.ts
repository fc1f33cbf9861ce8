import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logEntry } from '../../src/app/logging.js';
import { abandonReview, answerReview, completeReview, startReview, weekMetrics } from '../../src/app/review.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenHabit, givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

// Sunday 14 June 2026, 18:00 in São Paulo: the last seven days are Mon 8 .. Sun 14.
const SUNDAY_EVENING = '2026-06-14T21:00:00Z';

async function givenWeek() {
  const world = worldOf(db, SUNDAY_EVENING);
  const user = await givenUser(world, { timeZone: 'America/Sao_Paulo' });
  const read = await givenHabit(world, user, { name: 'Read', startDate: '2026-06-01', category: 'Mind' });
  const run = await givenHabit(world, user, { name: 'Run', startDate: '2026-06-01', category: 'Body' });
  // Read: every day Mon..Sat (6 of 6 past days, today still pending). Run: Mon, Wed, Fri only.
  for (const date of ['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12', '2026-06-13']) {
    expectOk(await logEntry(world.deps, user, { habitId: read.id, date }));
  }
  for (const date of ['2026-06-08', '2026-06-10', '2026-06-12']) expectOk(await logEntry(world.deps, user, { habitId: run.id, date }));
  return { world, user, read, run };
}

describe('the week\'s metrics', () => {
  it('given a week of logs, then completions, success rate, longest streak and per-category figures', async () => {
    const { world, user } = await givenWeek();
    const metrics = await weekMetrics(world.deps, user);
    expect(metrics).toMatchObject({
      from: '2026-06-08',
      to: '2026-06-14',
      habits: 2,
      completions: 9,
      met: 9,
      due: 12, // 6 past days x 2 habits; Sunday is still pending
      longestStreak: { habit: 'Read', streak: 6, unit: 'day' },
    });
    expect(metrics.successRate).toBeCloseTo(0.75);
    expect(metrics.categories).toEqual([
      { category: 'Body', completions: 3, met: 3, due: 6, successRate: 0.5 },
      { category: 'Mind', completions: 6, met: 6, due: 6, successRate: 1 },
    ]);
  });
});

describe('a weekly review', () => {
  it('given a first review answered and completed, then a second one a week later is compared with it', async () => {
    const { world, user, read, run } = await givenWeek();
    const first = expectOk(await startReview(world.deps, user));
    expect(first.previous).toBeNull();
    expectOk(await answerReview(world.deps, user, { reviewId: first.review.id, questionId: 'wins', question: 'What went well?', answer: 'Reading every day' }));
    expectOk(await answerReview(world.deps, user, { reviewId: first.review.id, questionId: 'energy', question: 'Energy?', answer: 3 }));
    expectOk(await answerReview(world.deps, user, { reviewId: first.review.id, questionId: 'too_big', question: 'Too big?', answer: null }));
    // Answering a question again replaces the earlier answer.
    expectOk(await answerReview(world.deps, user, { reviewId: first.review.id, questionId: 'energy', question: 'Energy?', answer: 4 }));
    const done = expectOk(await completeReview(world.deps, user, first.review.id));
    expect(done.review.status).toBe('completed');
    expect(done.review.comparison).toBeNull();
    expect(done.review.answers).toEqual([
      { questionId: 'wins', question: 'What went well?', answer: 'Reading every day' },
      { questionId: 'too_big', question: 'Too big?', answer: null },
      { questionId: 'energy', question: 'Energy?', answer: 4 },
    ]);

    // The next week: both habits every day.
    for (const date of ['2026-06-14', '2026-06-15', '2026-06-16', '2026-06-17', '2026-06-18', '2026-06-19', '2026-06-20']) {
      world.clock.set(`${date}T20:00:00Z`);
      expectOk(await logEntry(world.deps, user, { habitId: read.id, date }));
      expectOk(await logEntry(world.deps, user, { habitId: run.id, date }));
    }
    world.clock.set('2026-06-21T21:00:00Z');
    const second = expectOk(await startReview(world.deps, user));
    expect(second.previous?.id).toBe(first.review.id);
    const compared = expectOk(await completeReview(world.deps, user, second.review.id));
    expect(compared.review.comparison).toMatchObject({
      previousReviewId: first.review.id,
      previousTo: '2026-06-14',
      completions: 12 - 9, // Mon 15 .. Sat 20 of both habits, against last week's 9
    });
    expect(compared.review.comparison?.successRatePoints).toBe(25);
    expect(compared.review.comparison?.categories).toEqual([
      { category: 'Body', successRatePoints: 50 },
      { category: 'Mind', successRatePoints: 0 },
    ]);
  });

  it('given a person without habits, then no review starts', async () => {
    const world = worldOf(db, SUNDAY_EVENING);
    const user = await givenUser(world);
    expect(await startReview(world.deps, user)).toEqual({ ok: false, error: 'no_habits' });
  });

  it('given a review left unfinished, then it is kept as abandoned and a new one starts; answers to it are refused', async () => {
    const { world, user } = await givenWeek();
    const first = expectOk(await startReview(world.deps, user));
    await abandonReview(world.deps, user, first.review.id);
    expect(await answerReview(world.deps, user, { reviewId: first.review.id, questionId: 'wins', question: 'What went well?', answer: 'x' }))
      .toEqual({ ok: false, error: 'not_in_progress' });
    const again = expectOk(await startReview(world.deps, user));
    const reviews = await world.deps.repos.reviews.list(user.id);
    expect(reviews.map((review) => [review.id, review.status])).toEqual(expect.arrayContaining([[first.review.id, 'abandoned'], [again.review.id, 'in_progress']]));
  });

  it('given an answer that is not a valid answer, then it is refused and nothing changes', async () => {
    const { world, user } = await givenWeek();
    const started = expectOk(await startReview(world.deps, user));
    expect(await answerReview(world.deps, user, { reviewId: started.review.id, questionId: 'Not An Id', question: 'q', answer: 'x' })).toMatchObject({ ok: false, error: 'invalid_input' });
    expect((await world.deps.repos.reviews.get(user.id, started.review.id))?.answers).toEqual([]);
  });
});
