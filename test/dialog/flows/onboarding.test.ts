import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startChat, type ChatHarness } from '../support/chat.js';

describe('onboarding on first contact', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  const userOf = async (name: string) => chat.db.repos.users.findByIdentity('console', name);

  it('given a Portuguese platform locale, when a new person says hi, then setup starts in Portuguese and asks where they are', async () => {
    const bia = chat.person('bia', { localeHint: 'pt-BR' });
    await bia.say('oi');
    expect(bia.last()).toContain('Oi, Bia!');
    expect(bia.last()).toContain('Onde você está?');
    expect(bia.buttons().map((b) => b.label)).toEqual(expect.arrayContaining(['Pular', '🇬🇧 English']));
    expect((await userOf('bia'))?.locale).toBe('pt-BR');
    expect((await userOf('bia'))?.onboardedAt).toBeNull();
  });

  it('given the questions answered by typing and pressing, then zone, coach and day start are saved and the person is onboarded', async () => {
    const ana = chat.person('ana', { localeHint: 'en-US' });
    await ana.say('hello');
    await ana.say('Lisbon');
    expect(ana.last()).toContain('Saved: Europe/Lisbon');
    expect(ana.last()).toContain('Pick your coach');
    await ana.press('Yoda');
    expect(ana.last()).toContain('When does your day start?');
    await ana.press('4:00');
    expect(ana.last()).toContain('All set!');
    const user = await userOf('ana');
    expect(user).toMatchObject({ timeZone: 'Europe/Lisbon', personality: 'yoda', dayStartHour: 4, locale: 'en' });
    expect(user?.onboardedAt).not.toBeNull();
  });

  it('given a place nobody knows, then it says so and asks again, changing nothing', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    const before = await userOf('ana');
    await ana.say('Atlantis');
    expect(ana.last()).toContain('I don\'t know the place "Atlantis"');
    expect((await userOf('ana'))?.timeZone).toBe(before?.timeZone);
    await ana.say('UTC-3');
    expect(ana.last()).toContain('Pick your coach');
  });

  it('given a place that could be several zones, then each is offered as a button', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    await ana.say('Portland');
    expect(ana.last()).toContain('could be more than one place');
    expect(ana.buttons().map((b) => b.label)).toEqual(expect.arrayContaining(['America/Los Angeles', 'America/New York']));
    await ana.press('New York');
    expect(ana.last()).toContain('Saved: America/New_York');
    expect((await userOf('ana'))?.timeZone).toBe('America/New_York');
  });

  it('given "skip", then the defaults are kept and the person is onboarded at once', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    await ana.say('skip');
    expect(ana.last()).toContain('All set!');
    expect((await userOf('ana'))?.onboardedAt).not.toBeNull();
    await ana.say('hi');
    expect(ana.last()).toContain('Hi Ana!');
  });

  it('given the language button, then the same question is asked again in the other language', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    await ana.press('Português');
    expect(ana.last()).toContain('Onde você está?');
    expect((await userOf('ana'))?.locale).toBe('pt-BR');
  });

  it('given /settings later, then any of it can be changed', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    await ana.say('skip');
    await ana.say('/settings');
    expect(ana.last()).toContain('Your settings');
    await ana.press('Time zone');
    await ana.say('Tokyo');
    expect(ana.last()).toContain('Saved: Asia/Tokyo');
    await ana.press('Language');
    await ana.press('Português');
    expect(ana.last()).toContain('Suas configurações');
    await ana.press('Pronto');
    expect(await userOf('ana')).toMatchObject({ timeZone: 'Asia/Tokyo', locale: 'pt-BR' });
  });

  it('given /coach, then the personality can be switched directly', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    await ana.say('skip');
    await ana.say('/coach');
    await ana.press('General');
    expect((await userOf('ana'))?.personality).toBe('general');
  });

  it('given a command during setup, then setup ends with the defaults and the command runs', async () => {
    const ana = chat.person('ana', { localeHint: 'en' });
    await ana.say('hi');
    await ana.say('/help');
    expect(ana.last()).toContain('What I can do');
    expect((await userOf('ana'))?.onboardedAt).not.toBeNull();
  });
});
