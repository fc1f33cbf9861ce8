import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTemplateCoach, loadPersonalities } from '../../../src/coach/index.js';
import { createHabit, withHabits, onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('logging in plain words', () => {
  let chat: ChatHarness;
  // Monday 23 November 2026, 12:00 UTC (09:00 in São Paulo, the default zone of pt-BR people).
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  async function entriesOf(name = 'ana') {
    const user = await chat.db.repos.users.findByIdentity('console', name);
    const habits = await chat.db.repos.habits.list(user!.id, { includeArchived: true });
    const names = new Map(habits.map((habit) => [habit.id, habit.name]));
    return (await chat.db.repos.entries.listForUser(user!.id)).map((entry) => ({
      habit: names.get(entry.habitId), kind: entry.kind, date: entry.localDate, quantity: entry.quantity, note: entry.note,
    }));
  }

  it('given "did 20 pushups", then one entry is written and echoed with habit, quantity, date and an Undo button', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Pushups', '20 pushups']]);
    await ana.say('did 20 pushups');
    expect(ana.last()).toContain('**Pushups** done: 20 pushups, today');
    expect(ana.buttons().map((b) => b.label)).toEqual(['↩️ Undo']);
    expect(await entriesOf()).toEqual([{ habit: 'Pushups', kind: 'done', date: '2026-11-23', quantity: 20, note: null }]);
  });

  it('given Portuguese, then "fiz 20 flexões ontem" logs yesterday and the echo is in Portuguese', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await withHabits(bia, [['Flexões', '20 flexões']]);
    await bia.say('fiz 20 flexões ontem');
    expect(bia.last()).toContain('✅ Feito: **Flexões**, 20 flexões, ontem');
    expect(bia.buttons().map((b) => b.label)).toEqual(['↩️ Desfazer']);
    expect(await entriesOf('bia')).toEqual([{ habit: 'Flexões', kind: 'done', date: '2026-11-22', quantity: 20, note: null }]);
  });

  it('given the Undo button, then exactly that entry is removed', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Read']]);
    await ana.say('read today');
    await ana.press('Undo');
    expect(ana.last()).toContain('Undone:');
    expect(await entriesOf()).toEqual([]);
    await ana.say('undo');
    expect(ana.last()).toContain('nothing to undo');
  });

  it('given "desfaz", then the latest entry is taken back', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await withHabits(bia, [['Ler']]);
    await bia.say('li hoje');
    expect(await entriesOf('bia')).toHaveLength(1);
    await bia.say('desfaz');
    expect(bia.last()).toContain('Desfeito');
    expect(await entriesOf('bia')).toEqual([]);
  });

  it('given a skip with a reason, then a skip is written with the reason as its note', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Gym']]);
    await ana.say("skip gym today, I'm sick");
    expect(ana.last()).toContain('**Gym** skipped: today');
    const [entry] = await entriesOf();
    expect(entry).toMatchObject({ habit: 'Gym', kind: 'skip', date: '2026-11-23' });
    expect(entry?.note).toMatch(/sick/);
  });

  it('given a slip on a habit to break, then a slip is written', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['No smoking']]);
    await ana.say('had a cigarette');
    expect(ana.last()).toContain('slip noted');
    expect(await entriesOf()).toMatchObject([{ habit: 'No smoking', kind: 'slip', date: '2026-11-23' }]);
  });

  it('given a clean day on a habit to break, then it cheers and writes nothing, in either language', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['No smoking']]);
    await ana.say('no cigarettes today 💪');
    expect(ana.last()).toContain('A clean day for No smoking');
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await withHabits(bia, [['Parar de fumar']]);
    await bia.say('hj sem cigarro 💪');
    expect(bia.last()).toContain('Dia limpo em Parar de fumar');
    expect(await entriesOf()).toEqual([]);
  });

  it('given a date more than 7 days back, then it asks first, and writes only after "yes"', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Read']]);
    await ana.say('read on 2026-11-10');
    expect(ana.last()).toContain('13 days ago');
    expect(await entriesOf()).toEqual([]);
    await ana.press('Yes');
    expect(ana.last()).toContain('**Read** done');
    expect(await entriesOf()).toMatchObject([{ habit: 'Read', date: '2026-11-10' }]);
  });

  it('given a backdate answered "no", then nothing is written', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Read']]);
    await ana.say('read on 2026-11-10');
    await ana.press('No');
    expect(ana.last()).toContain('did not log it');
    expect(await entriesOf()).toEqual([]);
  });

  it('given a backdate within 7 days, then it is written without asking', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Read']]);
    await ana.say('read 2 days ago');
    expect(await entriesOf()).toMatchObject([{ habit: 'Read', date: '2026-11-21' }]);
  });

  it('given greetings, questions, plans and negations, then nothing is ever written', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Meditate']]);
    await ana.say('hello');
    expect(ana.last()).toContain('Hi Ana');
    await ana.say("didn't meditate today");
    await ana.say('I will meditate tomorrow');
    await ana.say('should I meditate?');
    expect(await entriesOf()).toEqual([]);
  });

  it('given two habits in one message, then both are written and each gets its own Undo', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Journal'], ['Floss']]);
    await ana.say('journaled and flossed');
    expect(await entriesOf()).toHaveLength(2);
    expect(ana.buttons().map((b) => b.label)).toEqual(['↩️ Undo Journal', '↩️ Undo Floss']);
  });

  it('given the same habit logged twice in a day, then the second is reported, not written', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Read']]);
    await ana.say('read today');
    await ana.say('read today');
    expect(ana.last()).toContain('Read was already logged today');
    expect(await entriesOf()).toHaveLength(1);
  });

  it('given a /today button, then the habit is marked done', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Read'], ['Walk']]);
    await ana.say('/today');
    expect(ana.last()).toContain('⬜ **Read**');
    await ana.press('Walk');
    expect(ana.last()).toContain('**Walk** done');
    await ana.say('/today');
    expect(ana.last()).toContain('✅ **Walk**');
    expect(ana.buttons().map((b) => b.label)).toEqual(['✅ Read']);
  });

  it('given a streak reaching 7 days, then the coach marks the milestone', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Read']]);
    for (let daysAgo = 6; daysAgo >= 1; daysAgo -= 1) await ana.say(`read ${daysAgo} days ago`);
    await ana.say('read today');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    const [habit] = await chat.db.repos.habits.list(user!.id);
    expect(habit?.currentStreak).toBe(7);
    const coach = createTemplateCoach(await loadPersonalities());
    const milestone = coach.render({ user: user!, moment: 'milestone', habitId: habit!.id, vars: { habit: 'Read', days: 7 } });
    expect(ana.last()).toContain(milestone);
  });

  it('given a habit counted in weeks, then the coach does not count its streak in days', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Run', '3 times a week');
    await ana.say('ran yesterday');
    expect(ana.last()).toContain('**Run** done: yesterday');
    expect(ana.last()).not.toMatch(/\d+ days? in a row/);
    await ana.say('/streaks');
    expect(ana.last()).toContain('Run: 1 week');
  });
});

describe('corrections', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given "no, it was 30" after a log, then the last entry is fixed, not doubled', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Pushups');
    await ana.say('daily');
    await ana.press('🎯');
    await ana.say('20 pushups');
    await ana.say('done');
    await ana.say('did 20 pushups');
    await ana.say('no, it was 30');
    expect(ana.last()).toContain('Fixed: ✅ **Pushups** done: 30 pushups, today');
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    expect((await chat.db.repos.entries.listForUser(user!.id)).map((entry) => entry.quantity)).toEqual([30]);
  });

  const entriesOfAna = async () => {
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    return chat.db.repos.entries.listForUser(user!.id);
  };

  it('given a correction, when its Undo is pressed, then the entry has its earlier quantity again (in place of the "Fixed" message)', async () => {
    const ana = await onboarded(chat);
    await ana.say('/new Pushups');
    await ana.say('daily');
    await ana.press('🎯');
    await ana.say('20 pushups');
    await ana.say('done');
    await ana.say('did 20 pushups');
    await ana.say('actually it was 30');
    expect(ana.last()).toContain('Fixed: ✅ **Pushups** done: 30 pushups, today');
    expect(ana.buttons().map((button) => button.label)).toEqual(['↩️ Undo']);
    const undone = await ana.press('Undo');
    expect(ana.last()).toContain('Back as it was: ✅ **Pushups** done: 20 pushups, today');
    expect(undone[0]?.editsPrevious).toBe(true);
    expect((await entriesOfAna()).map((entry) => entry.quantity)).toEqual([20]);
  });

  it('given a log without a quantity moved to yesterday, when the fix is undone, then it is back on today with no quantity', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('read today');
    await ana.say('actually it was yesterday');
    expect(ana.last()).toContain('Fixed: ✅ **Read** done: yesterday');
    await ana.press('Undo');
    expect(ana.last()).toContain('Back as it was: ✅ **Read** done: today');
    expect((await entriesOfAna()).map((entry) => [entry.localDate, entry.quantity])).toEqual([['2026-11-23', null]]);
  });
});
