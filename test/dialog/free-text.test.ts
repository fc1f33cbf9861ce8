// Free text never writes what the person did not say: an unsure parse asks first, with buttons.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withHabits, onboarded, startChat, type ChatHarness } from './support/chat.js';

describe('free text that the parser is not sure of', () => {
  let chat: ChatHarness;
  // Monday 23 November 2026.
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  async function entriesOf(name = 'ana') {
    const user = await chat.db.repos.users.findByIdentity('console', name);
    const habits = await chat.db.repos.habits.list(user!.id, { includeArchived: true });
    const names = new Map(habits.map((habit) => [habit.id, habit.name]));
    return (await chat.db.repos.entries.listForUser(user!.id)).map((entry) => ({
      habit: names.get(entry.habitId), kind: entry.kind, date: entry.localDate, quantity: entry.quantity,
    }));
  }

  it('given an amount far above the target, then it asks; "No" writes nothing and "Yes" writes it', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Pushups', '20 pushups']]);
    await ana.say('did 1000 pushups');
    expect(ana.last()).toContain('far above your target');
    expect(await entriesOf()).toEqual([]);
    await ana.press('No');
    expect(await entriesOf()).toEqual([]);
    await ana.say('did 1000 pushups');
    await ana.press('Yes');
    expect(await entriesOf()).toEqual([{ habit: 'Pushups', kind: 'done', date: '2026-11-23', quantity: 1000 }]);
  });

  it('given an amount within five times the largest entry so far, then it is written without asking', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Pushups', '20 pushups']]);
    await ana.say('did 1000 pushups yesterday');
    await ana.press('Yes');
    await ana.say('did 900 pushups');
    expect(ana.buttons().map((b) => b.label)).toEqual(['↩️ Undo']);
    expect(await entriesOf()).toHaveLength(2);
  });

  it('given a negative amount, then it asks about the amount without its sign', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Pushups', '20 pushups']]);
    await ana.say('did -5 pushups');
    expect(ana.last()).toContain('negative amount');
    await ana.press('Yes');
    expect(await entriesOf()).toEqual([{ habit: 'Pushups', kind: 'done', date: '2026-11-23', quantity: 5 }]);
  });

  it('given "slipped" with one break habit that nothing named, then it asks "Log a slip on …?"', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['No smoking']]);
    await ana.say('slipped today');
    expect(ana.last()).toContain('Log a slip on No smoking?');
    await ana.press('No');
    expect(await entriesOf()).toEqual([]);
  });

  it('given "no pushups today, too tired" (no skip word), then it asks before skipping; "No" writes nothing and "Yes" skips', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Pushups', '20 pushups']]);
    await ana.say('no pushups today, too tired');
    expect(ana.last()).toContain('Mark Pushups as skipped?');
    expect(await entriesOf()).toEqual([]);
    await ana.press('No');
    expect(await entriesOf()).toEqual([]);
    await ana.say('no pushups today, too tired');
    await ana.press('Yes');
    expect(await entriesOf()).toEqual([{ habit: 'Pushups', kind: 'skip', date: '2026-11-23', quantity: null }]);
  });

  it('given "sem flexões hoje, muito cansado", then it asks in Portuguese and writes nothing until Sim', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await withHabits(bia, [['Flexões']]);
    await bia.say('sem flexões hoje, muito cansado');
    expect(bia.last()).toContain('Marcar um dia pulado em');
    expect(await entriesOf('bia')).toEqual([]);
  });

  it('given a break habit named "Não fumar", then another habit\'s negation logs no slip', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await withHabits(bia, [['Não fumar'], ['Correr'], ['Regar as plantas']]);
    await bia.say('não corri hoje');
    await bia.say('hoje não reguei as plantas');
    await bia.say('comi doce hoje');
    expect(await entriesOf('bia')).toEqual([]);
  });

  it('given an English speaker writing "corri 5 km" (Portuguese words only), then it asks first; "Yes" writes the run', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Run', '5 km']]);
    await ana.say('corri 5 km');
    expect(await entriesOf()).toEqual([]);
    await ana.press('Yes');
    expect(await entriesOf()).toEqual([{ habit: 'Run', kind: 'done', date: '2026-11-23', quantity: 5 }]);
  });

  it('given "a quick call with the team" and a habit "Call mom", then it asks instead of logging the call; "No" writes nothing', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Call mom']]);
    await ana.say('quick call with the team');
    expect(await entriesOf()).toEqual([]);
    await ana.press('No');
    expect(await entriesOf()).toEqual([]);
  });

  it('given a target change in words, then nothing is logged and the habit opens for editing', async () => {
    const ana = await onboarded(chat);
    await withHabits(ana, [['Drink water', '8 glasses']]);
    await ana.say('change my water target to 10 glasses');
    expect(ana.last()).toContain('Nothing logged');
    expect(await entriesOf()).toEqual([]);
  });
});
