// A Discord channel as an accountability group, with raw interaction payloads: who may change
// the group's settings is the interaction member's Manage Channel permission, as Discord sends it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
});
