// /link: a Telegram user and a Discord user are different people until they link with a
// one-time code. Then they are one profile, with both histories, reachable from both.
// Discord's /link goes through the conversation like every other command: a code only asks,
// and the Yes button merges. (The Telegram side makes or redeems its code with the app's use
// case, as its own /link would.)
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLinkCode, redeemLinkCode } from '../../../src/app/linking.js';
import type { User } from '../../../src/core/types.js';
import { buttonsOf, describeCalls, shownTexts } from './calls.js';
import { startHarness, type Harness } from './harness.js';
import { buttonPress, person, slashCommand, str, type Person } from './payloads.js';

let h: Harness;
let onDiscord: Person;
let discordUser: User;
let telegramUser: User;
const TELEGRAM_ID = '55501';

beforeAll(async () => {
  h = await startHarness();
  onDiscord = person({ globalName: 'Ana on Discord' });
  discordUser = await h.givenPerson(onDiscord);
  telegramUser = await h.db.repos.users.create({ platform: 'telegram', externalId: TELEGRAM_ID }, {
    displayName: 'Ana on Telegram', timeZone: 'Europe/Lisbon', personality: 'yoda', onboardedAt: h.clock.now(),
  });
  const read = await h.givenHabit(telegramUser, { name: 'Read' });
  const run = await h.givenHabit(discordUser, { name: 'Run' });
  await h.db.repos.entries.add(telegramUser.id, { habitId: read.id, kind: 'done', localDate: '2026-03-02', source: 'chat' });
  await h.db.repos.entries.add(telegramUser.id, { habitId: read.id, kind: 'done', localDate: '2026-03-03', source: 'chat' });
  await h.db.repos.entries.add(discordUser.id, { habitId: run.id, kind: 'done', localDate: '2026-03-03', source: 'chat' });
});
afterAll(async () => { await h?.close(); });

const app = () => ({ repos: h.db.repos, clock: h.clock });
const platformsOf = async (userId: string) => (await h.db.repos.users.identities(userId)).map((identity) => identity.platform).sort();

describe('linking a Telegram account and a Discord account', () => {
  test('given a code made on Telegram typed into /link on Discord, then one profile has both platforms and both histories', async () => {
    const { code } = await createLinkCode(app(), telegramUser);
    const asked = await h.interact(slashCommand(onDiscord, 'dm', 'link', [str('code', code.toLowerCase())]));
    expect(describeCalls(asked)).toEqual(['defer reply', 'edit original']);
    expect(shownTexts(asked)[0]).toContain('Join this Discord account to the profile of Ana on Telegram (Telegram)?');
    expect(shownTexts(asked)[0]).toContain('Moves from here: 1 habit, 1 entry.');
    expect(shownTexts(asked)[0]).toContain('That profile has: 1 habit, 2 entries.');
    expect(await h.db.repos.users.get(discordUser.id)).not.toBeNull();
    const yes = buttonsOf(asked.at(-1)).flat().find((button) => button.label.includes('Yes'))!;
    const calls = await h.interact(buttonPress(onDiscord, 'dm', yes.customId));
    expect(shownTexts(calls).join('\n')).toContain('Vinculado, Ana on Telegram!'); // the profile that stays speaks its own language

    const fromTelegram = await h.db.repos.users.findByIdentity('telegram', TELEGRAM_ID);
    const fromDiscord = await h.db.repos.users.findByIdentity('discord', onDiscord.id);
    expect(fromDiscord!.id).toBe(telegramUser.id);
    expect(fromTelegram!.id).toBe(telegramUser.id);
    expect(fromDiscord).toMatchObject({ timeZone: 'Europe/Lisbon', personality: 'yoda' }); // the code maker's settings
    expect(await platformsOf(telegramUser.id)).toEqual(['discord', 'telegram']);
    expect((await h.db.repos.habits.list(telegramUser.id)).map((habit) => habit.name).sort()).toEqual(['Read', 'Run']);
    expect(await h.db.repos.entries.listForUser(telegramUser.id)).toHaveLength(3);
    expect(await h.db.repos.users.get(discordUser.id)).toBeNull();
  });

  test('then /habits on Discord shows the habits kept on Telegram too', async () => {
    const text = shownTexts(await h.interact(slashCommand(onDiscord, 'dm', 'habits'))).join('\n');
    expect(text).toContain('Read');
    expect(text).toContain('Run');
  });

  test('given /link without a code on Discord, then a code to type on Telegram, which links them there', async () => {
    const bea = person({ locale: 'pt-BR' });
    const calls = await h.interact(slashCommand(bea, 'dm', 'link'));
    expect(describeCalls(calls)).toEqual(['defer reply', 'edit original']);
    const code = /\*\*([A-Z0-9-]{14})\*\*/.exec(shownTexts(calls)[0]!)?.[1];
    expect(shownTexts(calls)[0]).toMatch(/Seu código de vínculo/);

    const beaOnTelegram = await h.db.repos.users.create({ platform: 'telegram', externalId: '55502' }, { displayName: 'Bea' });
    const outcome = await redeemLinkCode(app(), beaOnTelegram, { code: code! });
    expect(outcome.ok).toBe(true);
    const beaOnDiscord = await h.db.repos.users.findByIdentity('discord', bea.id);
    expect(await platformsOf(beaOnDiscord!.id)).toEqual(['discord', 'telegram']);
  });

  test('given a code used twice or made up, then it says so and nothing is merged', async () => {
    const stranger = person();
    for (const code of ['ABCD-2345-6789', 'nope']) {
      const calls = await h.interact(slashCommand(stranger, 'dm', 'link', [str('code', code)]));
      expect(shownTexts(calls).join('\n')).toMatch(/code is unknown, already used or expired|12 letters and digits/);
    }
    const strangerUser = await h.db.repos.users.findByIdentity('discord', stranger.id);
    expect(await platformsOf(strangerUser!.id)).toEqual(['discord']);
    expect(await platformsOf(telegramUser.id)).toEqual(['discord', 'telegram']);
  });
});
