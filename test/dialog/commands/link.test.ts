// /link and the /start deep links ("/start link-CODE", "/start lang-pt"): one person on two
// platforms becomes one profile, but only once the person whose data moves has seen both sides
// and said yes; a link can pick a newcomer's language; anything else is ignored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStartPayload } from '../../../src/dialog/commands/help.js';
import type { InboundMessage } from '../../../src/dialog/messages.js';
import { createHabit, onboarded, startChat, type ChatHarness } from '../support/chat.js';

describe('/start payloads', () => {
  it.each([
    ['link-K7P2QX', { kind: 'link', code: 'K7P2QX' }],
    ['link-K7P2-QX4M-HR9D', { kind: 'link', code: 'K7P2-QX4M-HR9D' }],
    ['link_k7p2qx', { kind: 'link', code: 'k7p2qx' }],
    ['lang-pt', { kind: 'language', locale: 'pt-BR' }],
    ['lang-pt_BR', { kind: 'language', locale: 'pt-BR' }],
    ['en', { kind: 'language', locale: 'en' }],
    ['from_site', null],
    ['link-', null],
    ['', null],
  ])('given "/start %s", then it reads %j', (payload, expected) => {
    expect(readStartPayload(payload)).toEqual(expected);
  });
});

describe('linking two platforms by conversation', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  /** A person set up on Discord with one habit, holding a fresh link code. */
  async function onDiscordWithCode(): Promise<string> {
    const ana = chat.person('ana', { platform: 'discord', localeHint: 'en' });
    await ana.say('hi');
    await ana.say('skip');
    await createHabit(ana, 'Read');
    await ana.say('read today');
    await ana.say('/link');
    const code = /\*\*([A-Z0-9-]{14})\*\*/.exec(ana.last())?.[1];
    expect(code, ana.last()).toBeDefined();
    expect(ana.last()).toContain(`/link ${code!}`);
    return code!;
  }

  it('given a code made on Discord, when a new Telegram person opens "/start link-CODE" and says yes, then both are one profile, without setup', async () => {
    const code = await onDiscordWithCode();
    const tg = chat.person('4242', { platform: 'telegram', localeHint: 'pt-BR' });
    await tg.say(`/start link-${code}`);
    expect(tg.last()).toContain('Juntar esta conta do Telegram ao perfil de Ana (Discord)?');
    await tg.press('Sim, vincular');
    expect(tg.last()).toContain('Linked, Ana!');
    const viaTelegram = await chat.db.repos.users.findByIdentity('telegram', '4242');
    const viaDiscord = await chat.db.repos.users.findByIdentity('discord', 'ana');
    expect(viaTelegram?.id).toBe(viaDiscord?.id);
    // The profile's own settings (English) win over the Telegram client's language.
    await tg.say('/habits');
    expect(tg.last()).toContain('**Read**');
    await tg.say('/start');
    expect(tg.last()).toContain('Welcome back, Ana!');
  });

  it('given "/link CODE" typed on the other platform, then it links the same way', async () => {
    const code = await onDiscordWithCode();
    const tg = chat.person('4242', { platform: 'telegram', localeHint: 'en' });
    await tg.say('hi');
    await tg.say('skip');
    await tg.say(`/link ${code.toLowerCase()}`);
    await tg.say('yes');
    expect(tg.last()).toContain('Linked, Ana!');
    expect((await chat.db.repos.users.findByIdentity('telegram', '4242'))?.id)
      .toBe((await chat.db.repos.users.findByIdentity('discord', 'ana'))?.id);
  });

  it('given an unknown or used code, then it says so, nothing is merged and setup starts as usual', async () => {
    const tg = chat.person('4242', { platform: 'telegram', localeHint: 'en' });
    await tg.say('/start link-ZZZZ-ZZZZ-ZZZZ');
    expect(tg.last()).toContain('That link code is unknown, already used or expired');
    expect(tg.last()).toContain('Where are you?');
    const user = await chat.db.repos.users.findByIdentity('telegram', '4242');
    expect(await chat.db.repos.users.identities(user!.id)).toHaveLength(1);
  });

  it('given someone else\'s deep link, when it is tapped, then nothing moves until this person confirms, and they see both sides', async () => {
    const code = await onDiscordWithCode();
    const bruno = await onboarded(chat, 'bruno');
    await createHabit(bruno, 'Run');
    await bruno.say('ran today');
    await bruno.say('ran yesterday');
    const before = await chat.db.repos.users.findByIdentity('console', 'bruno');

    await bruno.say(`/start link-${code}`);
    expect(bruno.last()).toContain('Join this console account to the profile of Ana (Discord)?');
    expect(bruno.last()).toContain('Moves from here: 1 habit, 2 entries.');
    expect(bruno.last()).toContain('That profile has: 1 habit, 1 entry.');
    expect(bruno.buttons().map((button) => button.label)).toEqual(['Yes, link them', 'No']);
    expect((await chat.db.repos.users.findByIdentity('console', 'bruno'))?.id).toBe(before!.id);

    await bruno.press('No');
    expect(bruno.last()).toContain('nothing was changed');
    expect((await chat.db.repos.users.findByIdentity('console', 'bruno'))?.id).toBe(before!.id);
    expect(await chat.db.repos.entries.listForUser(before!.id)).toHaveLength(2);
    await bruno.say('/habits');
    expect(bruno.last()).toContain('Run');
    expect(bruno.last()).not.toContain('Read');
  });

  it('given five wrong codes within an hour, then even a right one is refused until the hour has passed', async () => {
    const code = await onDiscordWithCode();
    const tg = chat.person('4242', { platform: 'telegram', localeHint: 'en' });
    for (const wrong of ['AAAA-AAAA-AAAA', 'BBBB-BBBB-BBBB', 'CCCC-CCCC-CCCC', 'DDDD-DDDD-DDDD', 'EEEE-EEEE-EEEE']) {
      await tg.say(`/link ${wrong}`);
      expect(tg.last()).toContain('unknown, already used or expired');
      chat.restart(); // another process answers each time: the count lives in PostgreSQL
    }
    await tg.say(`/link ${code}`);
    expect(tg.last()).toContain('Too many wrong link codes in the last hour');
    expect(tg.buttons()).toEqual([]);

    chat.clock.advance(61 * 60_000); // the code has expired too: a fresh one
    const ana = chat.person('ana', { platform: 'discord', localeHint: 'en' });
    await ana.say('/link');
    const fresh = /\*\*([A-Z0-9-]{14})\*\*/.exec(ana.last())![1]!;
    await tg.say(`/link ${fresh}`);
    expect(tg.last()).toContain('profile of Ana (Discord)?');
  });

  it('given a code in a group, then it is neither made nor taken there', async () => {
    const code = await onDiscordWithCode();
    const message = (text: string, updateId: string): InboundMessage => ({
      platform: 'telegram', user: { externalId: '4242', displayName: 'Bruno' }, chat: { id: '-100', kind: 'group' }, text, updateId, addressedToBot: true,
    });
    const made = await chat.conversation.handle(message('/link', 'g-1'));
    expect(made[0]?.text).toContain('Link codes are private');
    const taken = await chat.conversation.handle(message(`/link ${code}`, 'g-2'));
    expect(taken[0]?.text).toContain('Link codes are private');
    expect((await chat.db.repos.users.findByIdentity('telegram', '4242'))?.id)
      .not.toBe((await chat.db.repos.users.findByIdentity('discord', 'ana'))?.id);
  });
});

describe('/start with a language', () => {
  let chat: ChatHarness;
  beforeEach(async () => { chat = await startChat('2026-11-23T12:00:00Z'); });
  afterEach(async () => { await chat.close(); });

  it('given "/start lang-pt" from an English client, then setup happens in Portuguese', async () => {
    const bia = chat.person('bia', { platform: 'telegram', localeHint: 'en' });
    await bia.say('/start lang-pt');
    expect(bia.last()).toContain('Onde você está?');
    expect((await chat.db.repos.users.findByIdentity('telegram', 'bia'))?.locale).toBe('pt-BR');
  });

  it('given a returning person, then a language link leaves their chosen language alone', async () => {
    const ana = chat.person('ana', { platform: 'telegram', localeHint: 'en' });
    await ana.say('hi');
    await ana.say('skip');
    await ana.say('/start lang-pt');
    expect(ana.last()).toContain('Welcome back');
  });

  it('given an unknown payload, then /start works as usual', async () => {
    const ana = chat.person('ana', { platform: 'telegram', localeHint: 'en' });
    await ana.say('/start from_site');
    expect(ana.last()).toContain('Where are you?');
  });
});
