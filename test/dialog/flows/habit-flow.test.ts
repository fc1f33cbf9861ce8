import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('/new: a habit by conversation', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  const habits = async (name = 'ana') => {
    const user = await chat.db.repos.users.findByIdentity('console', name);
    return chat.db.repos.habits.list(user!.id);
  };

  it('given a name and "every day", then a daily habit exists and the optional rest is offered', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new');
    expect(ana.last()).toContain('What habit');
    await ana.say('📚 Read');
    expect(ana.last()).toContain('How often');
    await ana.press('Every day');
    expect(ana.last()).toContain('Created 📚 Read, every day');
    expect(ana.buttons().map((b) => b.label)).toEqual(expect.arrayContaining(['🎯 Target', '⏰ Reminder', '💡 Why', "👍 That's all"]));
    const [habit] = await habits();
    expect(habit).toMatchObject({ name: 'Read', emoji: '📚', frequency: { kind: 'daily' }, kind: 'build' });
  });

  it('given specific weekdays by button and by typing, then the weekdays are saved', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Gym');
    await ana.press('On some weekdays');
    await ana.say('mon wed fri');
    await ana.say('/new Yoga');
    await ana.press('On some weekdays');
    await ana.press('Weekends');
    const byName = Object.fromEntries((await habits()).map((habit) => [habit.name, habit.frequency]));
    expect(byName).toEqual({ Gym: { kind: 'weekdays', days: [1, 3, 5] }, Yoga: { kind: 'weekdays', days: [6, 7] } });
  });

  it('given N times a week, every N days and N times a month, then each kind is created', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Run');
    await ana.press('N times a week');
    await ana.press('3');
    await ana.say('/new Water plants');
    await ana.press('Every N days');
    await ana.say('4');
    await ana.say('/new Call mom');
    await ana.say('twice a month');
    const byName = Object.fromEntries((await habits()).map((habit) => [habit.name, habit.frequency]));
    expect(byName).toEqual({
      Run: { kind: 'per_week', times: 3 },
      'Water plants': { kind: 'every_n_days', n: 4 },
      'Call mom': { kind: 'per_month', times: 2 },
    });
  });

  it('given the optional details, then target, reminder, why, two-minute version, intention and anchor are saved', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Pushups');
    await ana.say('daily');
    await ana.press('Target');
    await ana.say('20 pushups');
    await ana.press('Reminder');
    await ana.say('7:30');
    await ana.press('Why');
    await ana.say('to stay strong');
    await ana.press('Two-minute');
    await ana.say('one pushup');
    await ana.press('When & where');
    await ana.say('at 7am in the living room');
    await ana.press('After I');
    await ana.say('after I brush my teeth');
    await ana.press("That's all");
    expect(ana.last()).toContain('**Pushups** — every day');
    expect(ana.last()).toContain('at least 20 pushups');
    expect(ana.last()).toContain('after I brush my teeth');
    const [habit] = await habits();
    expect(habit).toMatchObject({
      target: { quantity: 20, unit: 'pushups', direction: 'at_least' },
      reminderTimes: ['07:30'],
      why: 'to stay strong',
      twoMinuteVersion: 'one pushup',
      implementationIntention: 'at 7am in the living room',
      stackAnchor: 'brush my teeth',
    });
  });

  it('given a "no ..." name, then it becomes a habit to break', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new No smoking');
    await ana.press('Every day');
    expect(ana.last()).toContain('habit to break');
    expect((await habits())[0]?.kind).toBe('break');
  });

  it('given a name already taken, then it asks for another and creates nothing', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Read');
    await ana.press('Every day');
    await ana.say('/new read');
    expect(ana.last()).toContain('You already have Read');
    expect(await habits()).toHaveLength(1);
  });

  it('given a restart in the middle of /new, then the flow continues where it was', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Meditate');
    chat.restart();
    await ana.say('3 times a week');
    expect(ana.last()).toContain('Created Meditate, 3 times a week');
  });

  it('given /cancel, then the flow is left and nothing more is asked', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new');
    await ana.say('/cancel');
    expect(ana.last()).toContain('cancelled');
    await ana.say('/cancel');
    expect(ana.last()).toContain('nothing to cancel');
    expect(await habits()).toHaveLength(0);
  });

  it('given /edit and /archive, then a habit changes and then leaves the list', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Read');
    await ana.press('Every day');
    await ana.say('/edit read');
    await ana.press('Frequency');
    await ana.press('N times a week');
    await ana.press('5');
    expect((await habits())[0]?.frequency).toEqual({ kind: 'per_week', times: 5 });
    await ana.press('Name');
    await ana.say('Read books');
    expect((await habits())[0]?.name).toBe('Read books');
    await ana.say('/archive');
    await ana.press('Read books');
    expect(ana.last()).toContain('Archive Read books?');
    await ana.press('Archive');
    expect(ana.last()).toContain('is archived');
    expect(await habits()).toHaveLength(0);
    await ana.say('/habits');
    expect(ana.last()).toContain("don't have any habits");
  });

  it('given /habits, then each habit is listed with its frequency and streak', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Read');
    await ana.press('Every day');
    await ana.say('/new Run');
    await ana.say('3x a week');
    await ana.say('/habits');
    expect(ana.last()).toContain('**Read** — every day');
    expect(ana.last()).toContain('**Run** — 3 times a week');
  });
});

describe('/edit: words the person teaches', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given other words for a habit, then logging with those words finds it, and a word of another habit is refused', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Workout');
    await ana.press('Every day');
    await ana.say('/new Read');
    await ana.press('Every day');
    await ana.say('/edit workout');
    await ana.press('Other words');
    await ana.say('gym, read');
    expect(ana.last()).toContain('"read" already means Read');
    await ana.press("That's all");
    await ana.say('went to the gym');
    expect(ana.last()).toContain('**Workout** done: today');
  });
});
