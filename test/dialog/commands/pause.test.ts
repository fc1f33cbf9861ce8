import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHabit, onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('/pause and /resume', () => {
  let chat: ChatHarness;
  // Monday 23 November 2026.
  beforeEach(async () => { chat = await startChat('2026-11-23T15:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  const state = async () => {
    const user = await chat.db.repos.users.findByIdentity('console', 'ana');
    return { pauses: await chat.db.repos.pauses.list(user!.id), habits: await chat.db.repos.habits.list(user!.id) };
  };

  it('given "/pause sick till friday", then everything is paused through Friday with the reason', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/pause sick till friday');
    expect(ana.last()).toContain('Paused everything until Fri 27 Nov (sick)');
    expect((await state()).pauses).toMatchObject([{ habitId: null, startDate: '2026-11-23', endDate: '2026-11-27', reason: 'sick' }]);
  });

  it('given a pause across days, then the streak survives the paused days and logging resumes it', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('read 2 days ago');
    await ana.say('read yesterday');
    await ana.say('read today');
    expect((await state()).habits[0]?.currentStreak).toBe(3);
    chat.clock.advanceDays(1);
    await ana.say('/pause read until thursday');
    expect(ana.last()).toContain('Paused Read until Thu 26 Nov');
    chat.clock.advanceDays(3);
    await ana.say('read today');
    expect(ana.last()).toContain('**Read** done: today');
    expect((await state()).habits[0]?.currentStreak).toBeGreaterThanOrEqual(4);
  });

  it('given /pause without words, then it asks what and until when with buttons', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/pause');
    await ana.press('Everything');
    expect(ana.last()).toContain('Until when?');
    await ana.press('One week');
    expect(ana.last()).toContain('until Sun 29 Nov');
    expect((await state()).pauses).toMatchObject([{ habitId: null, endDate: '2026-11-29' }]);
  });

  it('given /resume, then today is active again (the pause ends yesterday; one begun today is taken back)', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/pause');
    await ana.press('Read');
    await ana.press('Until I /resume');
    expect((await state()).pauses[0]?.endDate).toBeNull();
    await ana.say('/resume');
    expect(ana.last()).toContain('Resumed everything');
    expect((await state()).pauses).toHaveLength(0);
    await ana.say('/today');
    expect(ana.last()).toContain('⬜ **Read**');
    await ana.say('/resume');
    expect(ana.last()).toContain('Nothing is paused');
  });

  it('given Portuguese, then "/pausar férias até domingo" pauses everything', async () => {
    const bia = await onboarded(chat, 'bia', 'pt-BR');
    await createHabit(bia, 'Ler', 'todo dia');
    await bia.say('/pausar férias até domingo');
    expect(bia.last()).toContain('Pausei tudo até dom 29 de nov (férias)');
  });

  it('given an unreadable end date, then nothing is paused', async () => {
    const ana = await onboarded(chat);
    await createHabit(ana, 'Read');
    await ana.say('/pause until the cows come home');
    expect(ana.last()).toContain("didn't get the date");
    expect((await state()).pauses).toEqual([]);
  });
});
