// Replies that confused a new user (issue 15, "Confusing replies"): each one, as a conversation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHabit, onboarded, startChat, type ChatHarness } from './support/chat.js';

describe('replies that say what they mean', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given a first message, then onboarding greets once and asks only its own question', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    expect(ana.lastReplies()).toHaveLength(1);
    expect(ana.last().match(/\b(hi|welcome|hello)\b/gi)).toHaveLength(1);
    expect(ana.last()).not.toContain("What's one habit");
    expect(ana.last()).toContain('Where are you?');
  });

  it('given a habit to break created, then its hint says how to report a slip, never "did No smoking"', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new No smoking');
    await ana.say('daily');
    await ana.say('done');
    expect(ana.last()).not.toContain('did No smoking');
    expect(ana.last()).toContain('slipped on No smoking');
  });

  it('given a habit done on its due day, then the General never calls it a late report', async () => {
    const ana = await onboarded(chat);
    await ana.say('/coach');
    await ana.press('General');
    for (const name of ['Read', 'Run', 'Floss', 'Stretch', 'Journal', 'Walk']) await createHabit(ana, name);
    for (const said of ['read today', 'ran today', 'flossed', 'stretched', 'journaled today', 'walked today']) {
      await ana.say(said);
      expect(ana.last()).not.toContain('Late report');
    }
  });

  it('given "at most 0 cigarettes" as a target, then it is accepted as a limit', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Cigarettes');
    await ana.say('daily');
    await ana.press('Target');
    await ana.say('at most 0 cigarettes');
    expect(ana.last()).toContain('Saved');
    await ana.say('done');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    const [habit] = await chat.db.repos.habits.list(user!.id);
    expect(habit?.target).toEqual({ quantity: 0, unit: 'cigarettes', direction: 'at_most' });
  });

  it('given a coach chosen, then the answer is the new coach taking over, not the settings menu or a day-one welcome', async () => {
    const ana = await onboarded(chat);
    await ana.say('/coach');
    await ana.press('General');
    expect(ana.last()).toContain('Saved');
    expect(ana.last()).toContain('taking over your training');
    expect(ana.last()).not.toContain('Your settings');
    expect(ana.last()).not.toMatch(/Welcome|training starts today/);
    expect(ana.buttons()).toEqual([]);
  });

  it('given a log that could be several habits, then the question quotes the person\'s words, not internal ones', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Pushups');
    await createHabit(ana, 'Squats');
    await ana.say('did 50 today');
    expect(ana.last()).toContain('"did 50 today"');
    expect(ana.last()).not.toContain('(done, 50, today)');
  });

  it('given "skip all today, sick", then the answer suggests /pause and logs nothing', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await createHabit(ana, 'Run');
    await ana.say('skip all today, sick');
    expect(ana.last()).toContain('/pause');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    expect(await chat.db.repos.entries.listForUser(user!.id)).toEqual([]);
  });
});
