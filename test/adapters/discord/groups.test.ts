// A Discord channel as an accountability group, with raw interaction payloads: who may change
// the group's settings is the interaction member's Manage Channel permission, as Discord sends it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBridgeCode } from '../../../src/app/group-bridge.js';
import { describeCalls, shownTexts } from './calls.js';
import { startHarness, type Harness } from './harness.js';
import { GUILD_CHANNEL_ID, person, slashCommand, str, type Person } from './payloads.js';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** A slash command in the guild channel by a member with these permissions (a bitfield, as Discord sends it). */
function asMember(who: Person, permissions: string, name: string, text?: string) {
  const raw = slashCommand(who, 'guild', name, text ? [str('text', text)] : []) as ReturnType<typeof slashCommand> & { member: Record<string, unknown> };
  return { ...raw, member: { ...raw.member, permissions } };
}

const MANAGE_CHANNELS = String(1 << 4);

describe('Discord: an accountability group in a channel', () => {
  test('the channel becomes a group, shown to the whole channel; only Manage Channel changes its settings', async () => {
    const ana = person({ username: 'ana', globalName: 'Ana' });
    const bia = person({ username: 'bia', globalName: 'Bia' });
    await h.givenPerson(ana);
    await h.givenPerson(bia);

    // The channel is not in discord.js's cache here (no gateway), so its name is given.
    const created = await h.interact(asMember(ana, MANAGE_CHANNELS, 'group', 'Habits crew'));
    expect(describeCalls(created)[0]).toBe('defer reply');
    expect(shownTexts(created).join('\n')).toContain('**Habits crew** is now a group');

    const changed = await h.interact(asMember(ana, MANAGE_CHANNELS, 'group', 'settings recap sun 19:00'));
    expect(shownTexts(changed).join('\n')).toContain('recap: Sunday 19:00');

    const refused = await h.interact(asMember(bia, '0', 'group', 'settings recap mon 08:00'));
    expect(shownTexts(refused).join('\n')).toBe("Only this chat's admins change the group's settings. Nothing was changed.");
    expect(await h.db.repos.groups.findByChat({ platform: 'discord', chatId: GUILD_CHANNEL_ID })).toMatchObject({ name: 'Habits crew', recapDay: 7, recapTime: '19:00' });
  });

  test('a Telegram group bridged into this channel: the code is redeemed by Manage Channel only; in a bridged group, /group bridge says it is done', async () => {
    const ana = person({ username: 'ana2', globalName: 'Ana' });
    const dan = person({ username: 'dan', globalName: 'Dan' });
    await h.givenPerson(ana);
    await h.givenPerson(dan);
    const channel = '1320000000000000009';
    const inChannel = (raw: ReturnType<typeof asMember>) => ({ ...raw, channel_id: channel, channel: { ...(raw as { channel?: object }).channel, id: channel } });
    // The Telegram side, as its admin made it: a group and a bridge code (the dialog specs cover the Telegram words).
    const maker = await h.db.repos.users.create({ platform: 'telegram', externalId: '555000111' }, { displayName: 'Tess', locale: 'en' });
    await h.db.repos.groups.create({ name: 'Runners', home: { platform: 'telegram', chatId: '-100555111', title: 'Runners' }, locale: 'en' });
    const made = await createBridgeCode({ repos: h.db.repos, clock: h.clock }, { id: maker.id, isAdmin: true }, { platform: 'telegram', chatId: '-100555111' });
    if (!made.ok) throw new Error(made.error);

    const refused = await h.interact(inChannel(asMember(dan, '0', 'group', `bridge ${made.code}`)));
    expect(shownTexts(refused).join('\n')).toBe("Only this chat's admins bridge a group. Nothing was changed.");
    const bridged = await h.interact(inChannel(asMember(ana, MANAGE_CHANNELS, 'group', `bridge ${made.code}`)));
    expect(shownTexts(bridged).join('\n')).toContain('This chat is now a home of **Runners** too, with its Telegram chat');
    expect(await h.db.repos.groups.findByChat({ platform: 'discord', chatId: channel })).toMatchObject({ name: 'Runners' });

    const again = await h.interact(inChannel(asMember(ana, MANAGE_CHANNELS, 'group', 'bridge')));
    expect(shownTexts(again).join('\n')).toBe('**Runners** already has a home on Telegram and one on Discord. Nothing was changed.');
  });

  test("an admin's /group bridge shows the code to them alone", async () => {
    const ana = person({ username: 'ana3', globalName: 'Ana' });
    await h.givenPerson(ana);
    const made = await h.interact(asMember(ana, MANAGE_CHANNELS, 'group', 'bridge'));
    const calls = describeCalls(made);
    const codeCall = made.find((call) => JSON.stringify(call.body ?? {}).includes('Bridge code for'));
    expect(codeCall, calls.join(', ')).toBeDefined();
    expect(calls[made.indexOf(codeCall!)]).toMatch(/\(ephemeral\)$/);
  });
});
