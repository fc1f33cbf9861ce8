// The weekly review, whole: on the person's review day the job sends the week in numbers and
// the first question, the person answers them one by one in the chat (typing or pressing
// buttons), and the answers are stored with the week's metrics and compared with last week.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logEntry } from '../../src/app/logging.js';
import { loadReviewQuestions } from '../../src/coach/index.js';
import { startInProcessJobs, type InProcessJobs } from '../../src/jobs/index.js';
import { RecordingNotifier } from './support/recording-notifier.js';
import { createJobsWorld, givenHabit, givenPerson, press, say, type JobsWorld } from './support/world.js';

let world: JobsWorld;
let platform: RecordingNotifier;
let jobs: InProcessJobs;

beforeAll(async () => {
  world = await createJobsWorld('2026-06-08T12:00:00Z');
  platform = new RecordingNotifier();
  jobs = startInProcessJobs({
    database: world.db.handle, repos: world.db.repos, clock: world.clock, coach: world.coach,
    notifiers: { telegram: platform }, autoStart: false, reviewQuestions: await loadReviewQuestions(),
  });
});
afterAll(async () => {
  await jobs.stop();
  await world.close();
});

async function sweepAt(instant: string): Promise<void> {
  world.clock.set(instant);
  await jobs.runOnce();
}

const text = (replies: { text: string }[]) => replies.map((reply) => reply.text).join('\n');

describe('the weekly review', () => {
  it('given Sunday 18:00 chosen, then the questions come one by one, the answers are stored with the week, and next week compares', async () => {
    const ana = await givenPerson(world, { reviewDay: 7, reviewTime: '18:00' });
    const read = await givenHabit(world, ana, { name: 'Read', startDate: '2026-06-01', category: 'Mind' });
    const run = await givenHabit(world, ana, { name: 'Run', startDate: '2026-06-01', category: 'Body' });
    await sweepAt('2026-06-08T12:00:00Z');
    world.clock.set('2026-06-13T23:00:00Z');
    for (const date of ['2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12', '2026-06-13']) {
      await logEntry(world.deps, ana, { habitId: read.id, date });
    }
    for (const date of ['2026-06-08', '2026-06-10', '2026-06-12']) await logEntry(world.deps, ana, { habitId: run.id, date });

    await sweepAt('2026-06-14T20:59:00Z');
    expect(platform.to(ana.chatId)).toEqual([]);
    await sweepAt('2026-06-14T21:00:05Z'); // Sunday 18:00 in São Paulo
    const [opening, ...others] = platform.to(ana.chatId);
    expect(others).toEqual([]);
    expect(opening?.text).toContain('**Weekly review**, Mon 8 Jun – Sun 14 Jun');
    expect(opening?.text).toContain('9 of 12 done · success 75%');
    expect(opening?.text).toContain('Longest streak: Read, 6 days.');
    expect(opening?.text).toContain('Body: 50% (3/6)');
    expect(opening?.text).toContain('first review');
    expect(opening?.text).toContain('**1/9** What went well this week?');

    world.clock.set('2026-06-14T21:05:00Z');
    expect(text(await say(world, ana.chatId, 'Reading every single day'))).toContain('**2/9** What got in the way');
    expect(text(await say(world, ana.chatId, 'skip'))).toContain('**3/9** How was your energy');
    expect(text(await say(world, ana.chatId, 'pretty good'))).toContain('from 1 to 5');
    const energy = await say(world, ana.chatId, '4');
    expect(text(energy)).toContain('**4/9**');
    const mood = await press(world, ana.chatId, energy[0]!, '5');
    expect(text(mood)).toContain('**5/9**');
    await say(world, ana.chatId, 'Leaving the book on my pillow');
    const tooBig = await say(world, ana.chatId, 'Run at 6am');
    expect(text(tooBig)).toContain('**7/9** Is any habit too big');
    expect(text(await press(world, ana.chatId, tooBig[0]!, 'Yes'))).toContain('**8/9**');
    await say(world, ana.chatId, 'Someone who reads');
    const done = await say(world, ana.chatId, 'Running');
    expect(text(done)).toContain('Review saved: 8 of 9 answered');

    const [review] = await world.db.repos.reviews.list(ana.id);
    expect(review).toMatchObject({ status: 'completed', comparison: null, metrics: { completions: 9, met: 9, due: 12 } });
    expect(review?.answers.map((answer) => [answer.questionId, answer.answer])).toEqual([
      ['wins', 'Reading every single day'], ['obstacles', null], ['energy', 4], ['mood', 5], ['cue', 'Leaving the book on my pillow'],
      ['easier', 'Run at 6am'], ['too_big', true], ['identity', 'Someone who reads'], ['focus', 'Running'],
    ]);
    // After the review, text is read as usual again.
    expect(text(await say(world, ana.chatId, 'read today'))).toContain('**Read** done');

    // The next week: both habits every day; the review compares with the first one.
    for (const date of ['2026-06-15', '2026-06-16', '2026-06-17', '2026-06-18', '2026-06-19', '2026-06-20']) {
      world.clock.set(`${date}T20:00:00Z`);
      await logEntry(world.deps, ana, { habitId: read.id, date });
      await logEntry(world.deps, ana, { habitId: run.id, date });
    }
    platform.clear();
    await sweepAt('2026-06-21T21:00:05Z');
    const [second] = platform.to(ana.chatId);
    expect(second?.text).toContain('Against the week to Sun 14 Jun: +3 done, +25 points of success.');
    world.clock.set('2026-06-21T21:10:00Z');
    for (let answered = 0; answered < 9; answered += 1) await say(world, ana.chatId, 'skip');
    const [latest] = await world.db.repos.reviews.list(ana.id);
    expect(latest).toMatchObject({ status: 'completed', comparison: { previousReviewId: review?.id, completions: 3, successRatePoints: 25 } });
  });

  it('given /review typed by hand, then a review starts at once; /cancel leaves it, kept as abandoned', async () => {
    const bia = await givenPerson(world);
    await givenHabit(world, bia, { name: 'Meditate', startDate: '2026-06-01' });
    world.clock.set('2026-06-17T15:00:00Z');
    const started = await say(world, bia.chatId, '/review');
    expect(text(started)).toContain('**1/9** What went well this week?');
    expect(text(await say(world, bia.chatId, '/cancel'))).toContain('cancelled');
    const [review] = await world.db.repos.reviews.list(bia.id);
    expect(review?.status).toBe('abandoned');
  });

  it('given a review left unanswered for more than a day, then the next message is read as usual', async () => {
    const caio = await givenPerson(world);
    await givenHabit(world, caio, { name: 'Read', startDate: '2026-06-01' });
    world.clock.set('2026-06-17T15:00:00Z');
    await say(world, caio.chatId, '/revisao');
    world.clock.set('2026-06-18T16:00:00Z');
    expect(text(await say(world, caio.chatId, 'read today'))).toContain('**Read** done');
    const [review] = await world.db.repos.reviews.list(caio.id);
    expect(review?.status).toBe('abandoned');
  });

  it('given a person without habits, then /review says so and nothing starts', async () => {
    const dani = await givenPerson(world);
    world.clock.set('2026-06-17T15:00:00Z');
    expect(text(await say(world, dani.chatId, '/review'))).toContain('A review needs habits');
    expect(await world.db.repos.reviews.list(dani.id)).toEqual([]);
  });
});
