import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startChat, type ChatHarness } from '../support/chat.js';

describe('/settings: evening nudge, weekly review and quiet hours', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  const userOf = async (name: string) => chat.db.repos.users.findByIdentity('console', name);
  const onboarded = async (name: string, localeHint = 'en') => {
    const person = chat.person(name, { localeHint });
    await person.say('hi');
    await person.say('skip');
    return person;
  };

  it('given /settings, then the overview shows the three with their defaults and a button for each', async () => {
    const ana = await onboarded('ana');
    await ana.say('/settings');
    expect(ana.last()).toContain('Evening nudge: 20:00');
    expect(ana.last()).toContain('Weekly review: Sunday 18:00');
    expect(ana.last()).toContain('Quiet hours: off');
    expect(ana.buttons().map((b) => b.label)).toEqual(expect.arrayContaining(['🌙 Evening nudge', '🗓️ Weekly review', '🤫 Quiet hours']));
  });

  it('given each set by typing and pressing, then the person is stored with the new times', async () => {
    const ana = await onboarded('ana');
    await ana.say('/settings');
    await ana.press('Evening nudge');
    await ana.say('8:30pm');
    expect(ana.last()).toContain('Saved: 🌙 Evening nudge 20:30');
    await ana.press('Weekly review');
    await ana.press('Wed');
    expect(ana.last()).toContain('At what time on Wednesday?');
    await ana.say('19h');
    expect(ana.last()).toContain('Weekly review: Wednesday 19:00');
    await ana.press('Quiet hours');
    await ana.say('10pm-7am');
    expect(ana.last()).toContain('Quiet hours: 22:00–07:00');
    expect(await userOf('ana')).toMatchObject({
      eveningNudgeTime: '20:30', reviewDay: 3, reviewTime: '19:00', quietHours: { start: '22:00', end: '07:00' },
    });

    await ana.press('Quiet hours');
    await ana.say('off');
    expect((await userOf('ana'))?.quietHours).toBeNull();
    await ana.press('Evening nudge');
    await ana.press('21:00');
    expect((await userOf('ana'))?.eveningNudgeTime).toBe('21:00');
  });

  it('given a time nobody can read, then it says so, changes nothing and asks again', async () => {
    const ana = await onboarded('ana');
    await ana.say('/settings');
    await ana.press('Quiet hours');
    await ana.say('22h-7h');
    const before = await userOf('ana');
    await ana.press('Evening nudge');
    await ana.say('25:99');
    expect(ana.last()).toContain('I couldn\'t read "25:99" as a time');
    expect(ana.last()).toContain('When should I warn you');
    await ana.say('/settings');
    await ana.press('Quiet hours');
    await ana.say('late till early');
    expect(ana.last()).toContain('as quiet hours');
    await ana.say('/settings');
    await ana.press('Weekly review');
    await ana.say('someday');
    expect(ana.last()).toContain('as one day of the week');
    expect(await userOf('ana')).toEqual(before);
  });

  it('given "off" typed for the nudge and the Off button for the review, then both are off, shown as off, and a new time turns each back on', async () => {
    const ana = await onboarded('ana');
    await ana.say('/settings');
    await ana.press('Evening nudge');
    await ana.say('off');
    expect(ana.last()).toContain('Saved: 🌙 Evening nudge: off');
    expect(ana.last()).toContain('Evening nudge: off');
    await ana.press('Weekly review');
    expect(ana.buttons().map((b) => b.label)).toContain('🔕 No weekly review');
    await ana.press('No weekly review');
    expect(ana.last()).toContain('Weekly review: off');
    expect(await userOf('ana')).toMatchObject({ eveningNudgeEnabled: false, weeklyReviewEnabled: false, eveningNudgeTime: null, reviewDay: null });

    await ana.press('Evening nudge');
    expect(ana.last()).toContain('Now: off');
    await ana.press('21:00');
    expect(ana.last()).toContain('Evening nudge: 21:00');
    await ana.press('Weekly review');
    await ana.press('Sat');
    await ana.say('9am');
    expect(ana.last()).toContain('Weekly review: Saturday 09:00');
    expect(await userOf('ana')).toMatchObject({
      eveningNudgeEnabled: true, eveningNudgeTime: '21:00', weeklyReviewEnabled: true, reviewDay: 6, reviewTime: '09:00',
    });
  });

  it('given Portuguese, then "desligar" turns the evening nudge off and the overview says desligado', async () => {
    const bia = await onboarded('bia', 'pt-BR');
    await bia.say('/config');
    await bia.press('Alerta da noite');
    await bia.say('desligar');
    expect(bia.last()).toContain('Alerta da noite: desligado');
    await bia.press('Revisão semanal');
    await bia.say('desligar');
    expect(bia.last()).toContain('Revisão semanal: desligado');
    expect(await userOf('bia')).toMatchObject({ eveningNudgeEnabled: false, weeklyReviewEnabled: false });
  });

  it('given Portuguese, then the day buttons are localized and "desligar" turns quiet hours off', async () => {
    const bia = await onboarded('bia', 'pt-BR');
    await bia.say('/config');
    await bia.press('Horário de silêncio');
    await bia.say('das 23h até 6h');
    expect((await userOf('bia'))?.quietHours).toEqual({ start: '23:00', end: '06:00' });
    await bia.press('Revisão semanal');
    expect(bia.buttons().map((b) => b.label)).toEqual(expect.arrayContaining(['seg', 'dom']));
    await bia.press('sex');
    await bia.say('18h');
    expect(await userOf('bia')).toMatchObject({ reviewDay: 5, reviewTime: '18:00' });
    await bia.press('Horário de silêncio');
    await bia.say('desligar');
    expect((await userOf('bia'))?.quietHours).toBeNull();
  });
});
