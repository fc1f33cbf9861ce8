// The weekly review in the conversation: answers are kept as they are given, a command asked
// mid-review is answered and the review carries on, and every line reads one snapshot.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHabit, onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('the weekly review keeps its answers', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given a command sent mid-review, then the command is answered and the review asks its question again, keeping the answers', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('read today');
    await ana.say('/review');
    expect(ana.last()).toContain('**1/9**');
    await ana.say('Reading every day');
    expect(ana.last()).toContain('**2/9**');

    await ana.say('/today');
    expect(ana.last()).toContain('**Today');
    expect(ana.lastReplies().at(-1)?.text).toContain('**2/9**');
    await ana.say('Too little sleep');
    expect(ana.last()).toContain('**3/9**');

    const [review] = await chat.db.repos.reviews.list(await userId(chat));
    expect(review?.status).toBe('in_progress');
    expect(review?.answers.map((answer) => answer.answer)).toEqual(['Reading every day', 'Too little sleep']);
  });

  it('given a flow started mid-review, then the review waits and /review picks it up at the question it was on', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/review');
    await ana.say('Reading every day');
    await ana.say('/new');
    expect(ana.last()).toContain('/review picks it up');
    await ana.say('/cancel');
    await ana.say('/review');
    expect(ana.last()).toContain('your answers so far are kept');
    expect(ana.last()).toContain('**2/9**');
    expect(ana.last()).not.toContain('**1/9**');
  });

  it('given a review started and left, then the next week compares with it instead of saying it is the first', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/review');
    expect(ana.last()).toContain('first review');
    await ana.say('/cancel');
    chat.clock.set('2026-11-30T12:00:00Z');
    await ana.say('/review');
    expect(ana.last()).not.toContain('first review');
    expect(ana.last()).toContain('Against the week to');
  });

  it('given a week of logs, then the first and the closing lines give the same counts and the longest streak is the one /stats names', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await createHabit(ana, 'Run', '3 times a week');
    await createHabit(ana, 'Floss');
    for (const when of ['3 days ago', '2 days ago', 'yesterday', 'today']) await ana.say(`read ${when}`);
    for (const when of ['3 days ago', '2 days ago', 'yesterday']) await ana.say(`ran ${when}`);
    await ana.say('flossed 2 days ago');
    await ana.say('/stats');
    const best = /Longest current streak: (\w+)/.exec(ana.last())?.[1];
    expect(best).toBeDefined();

    await ana.say('/review');
    const opening = /(\d+) of (\d+) done · success (\d+)%/.exec(ana.last());
    expect(opening, ana.last()).not.toBeNull();
    expect(ana.last()).toContain(`Longest streak: ${best},`);
    for (let question = 0; question < 9; question += 1) await ana.say('skip');
    expect(ana.last()).toContain('Review saved: 0 of 9 answered');
    const [, done, due, rate] = opening!;
    const [review] = await chat.db.repos.reviews.list(await userId(chat));
    expect(review).toMatchObject({ status: 'completed', metrics: { met: Number(done), due: Number(due) } });
    expect(Math.round(review!.metrics.successRate * 100)).toBe(Number(rate));
  });
});

async function userId(chat: ChatHarness): Promise<string> {
  const person = await chat.db.repos.users.findByIdentity('console', 'ana');
  return person!.id;
}
