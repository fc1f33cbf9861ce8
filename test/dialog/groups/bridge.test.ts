// A bridged group: an admin of a Telegram group gets a one-time code (privately), an admin of a
// Discord channel redeems it there, and the two chats are one group (one roster, one card).
// Every wrong use (a non-admin, an expired or used code, the same platform, a chat that is
// already a group's home) says why and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGroupWorld, type GroupPerson, type GroupWorld } from './support.js';

const DISCORD_CHANNEL = '1310000000000000001';

describe('/group bridge', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  /** A Telegram group made by Ana (an admin), and the bridge code she was sent privately. */
  async function telegramGroupWithCode(): Promise<{ ana: GroupPerson; code: string }> {
    const ana = world.person('Ana');
    world.admins.add('id-Ana');
    await ana.say('/group');
    const code = await codeFor(ana);
    return { ana, code };
  }

  async function codeFor(admin: GroupPerson): Promise<string> {
    const replies = await admin.say('/group bridge');
    const direct = replies.filter((reply) => reply.direct);
    expect(direct).toHaveLength(1);
    expect(direct[0]!.private).toBe(true);
    return /\*\*([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\*\*/.exec(direct[0]!.text)![1]!;
  }

  function discordAdmin(name: string, channel = DISCORD_CHANNEL): GroupPerson {
    world.admins.add(`id-${name}`);
    return world.person(name, { platform: 'discord', chatId: channel, title: 'runners' });
  }

  async function tables(): Promise<Record<string, number>> {
    return {
      groups: await world.count('groups'),
      group_chats: await world.count('group_chats'),
      group_members: await world.count('group_members'),
      group_bridge_codes: await world.count('group_bridge_codes'),
    };
  }

  it("an admin's code, said by an admin of a Discord channel, makes the channel a second home: members of both chats are one group", async () => {
    const { ana, code } = await telegramGroupWithCode();
    expect(ana.last()).toContain('Bridge code for **Runners**');
    expect(ana.last()).toContain('An admin of the Discord chat to bridge sends "/group bridge');
    expect(ana.last()).toContain("I've sent you the bridge code privately");
    // Only a hash is kept: the code itself is nowhere in the table.
    const stored = JSON.stringify(await world.db.handle.db.execute('select * from group_bridge_codes'));
    expect(stored).not.toContain(code.replace(/-/g, ''));

    const dan = discordAdmin('Dan');
    await dan.say(`/group bridge ${code.toLowerCase()}`);
    expect(dan.last()).toContain('🌉 This chat is now a home of **Runners** too, with its Telegram chat');
    expect(dan.last()).toContain('👥 **Runners**');
    expect(dan.last()).toContain('2 members');
    expect(await world.db.repos.groups.findByChat({ platform: 'discord', chatId: DISCORD_CHANNEL }))
      .toEqual(await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: world.chatId }));

    const eve = world.person('Eve', { platform: 'discord', chatId: DISCORD_CHANNEL });
    await eve.say('/join');
    expect(eve.last()).toContain('Welcome to **Runners**, Eve!');
    await world.person('Bia').say('/join');
    for (const speaker of [ana, eve]) {
      await speaker.say('/members');
      expect(speaker.last()).toBe([
        '👥 **Runners**, members and what they share:',
        // Everyone joined in the same (fixed) instant: by name, whichever chat they joined from.
        '• **Ana** — shares nothing yet',
        '• **Bia** — shares nothing yet',
        '• **Dan** — shares nothing yet',
        '• **Eve** — shares nothing yet',
      ].join('\n'));
    }
    await ana.say('/group');
    expect(ana.last()).toContain('4 members');
    expect(await tables()).toEqual({ groups: 1, group_chats: 2, group_members: 4, group_bridge_codes: 0 });

    // Bridged once: there is no third platform to bridge to.
    await ana.say('/group bridge');
    expect(ana.last()).toBe('**Runners** already has a home on Telegram and one on Discord. Nothing was changed.');
  });

  it('a non-admin neither gets a code nor redeems one, and nothing is written', async () => {
    const bia = world.person('Bia');
    const { code } = await telegramGroupWithCode();
    const before = await tables();
    await bia.say('/group bridge');
    expect(bia.last()).toBe("Only this chat's admins bridge a group. Nothing was changed.");
    const eve = world.person('Eve', { platform: 'discord', chatId: DISCORD_CHANNEL });
    await eve.say(`/group bridge ${code}`);
    expect(eve.last()).toBe("Only this chat's admins bridge a group. Nothing was changed.");
    expect(await tables()).toEqual(before);
    // The code still works for an admin.
    await discordAdmin('Dan').say(`/group bridge ${code}`);
    expect(await world.count('group_chats')).toBe(2);
  });

  it('a code that expired, or was used already, gets a clear reply and writes nothing', async () => {
    const { code } = await telegramGroupWithCode();
    world.clock.set(new Date(world.clock.now().getTime() + 16 * 60_000).toISOString());
    const dan = discordAdmin('Dan');
    const before = await tables();
    await dan.say(`/group bridge ${code}`);
    expect(dan.last()).toBe("That bridge code is unknown, already used or expired. Nothing was changed. An admin makes a new one with /group bridge in the group's home chat.");
    expect(await tables()).toEqual(before);

    const ana = world.person('Ana');
    const fresh = await codeFor(ana);
    await dan.say(`/group bridge ${fresh}`);
    expect(await world.count('group_chats')).toBe(2);
    const other = discordAdmin('Fay', '1310000000000000002');
    const bridged = await tables();
    await other.say(`/group bridge ${fresh}`);
    expect(other.last()).toContain('That bridge code is unknown, already used or expired.');
    expect(await tables()).toEqual(bridged);
  });

  it('a code said on the same platform, or in a chat that is already a group\'s home, is refused and stays usable', async () => {
    const { code } = await telegramGroupWithCode();
    const before = await tables();
    world.admins.add('id-Gil');
    const otherTelegram = world.person('Gil', { chatId: '-1002', title: 'Walkers' });
    await otherTelegram.say(`/group bridge ${code}`);
    expect(otherTelegram.last()).toBe("That code's group already has its home on Telegram: send the code in a chat on the other platform. Nothing was changed.");
    const sameChat = world.person('Ana');
    await sameChat.say(`/group bridge ${code}`);
    expect(sameChat.last()).toBe("This chat is already the home of **Runners**, so it can't become another group's home. Nothing was changed.");
    expect(await tables()).toEqual(before);

    const dan = discordAdmin('Dan');
    await dan.say('/group Cyclists');
    const withCyclists = await tables();
    await dan.say(`/group bridge ${code}`);
    expect(dan.last()).toBe("This chat is already the home of **Cyclists**, so it can't become another group's home. Nothing was changed.");
    expect(await tables()).toEqual(withCyclists);

    await discordAdmin('Hal', '1310000000000000003').say(`/group bridge ${code}`);
    expect(await world.count('group_chats')).toBe(3);
  });

  it('after 5 wrong codes in an hour even the right one is not looked at; a code that does not read is refused at once', async () => {
    const { code } = await telegramGroupWithCode();
    const dan = discordAdmin('Dan');
    await dan.say('/group bridge 1234');
    expect(dan.last()).toBe('A bridge code is 12 letters and digits, like "/group bridge K7P2-QX4M-HR9D". Nothing was changed.');
    for (let guess = 0; guess < 5; guess += 1) await dan.say(`/group bridge ABCD-EFGH-JKM${'NPQRS'[guess]}`);
    const before = await tables();
    await dan.say(`/group bridge ${code}`);
    expect(dan.last()).toBe('Too many wrong codes in the last hour. Nothing was changed; try again later.');
    expect(await tables()).toEqual(before);
    world.clock.set(new Date(world.clock.now().getTime() + 61 * 60_000).toISOString());
    const fresh = await codeFor(world.person('Ana'));
    await dan.say(`/group bridge ${fresh}`);
    expect(await world.count('group_chats')).toBe(2);
  });

  it('in a direct chat it says where groups live and writes nothing', async () => {
    const dan = world.person('Dan', { platform: 'discord' });
    await dan.dm('/group bridge ABCD-EFGH-JKMN');
    expect(dan.last()).toContain('/group works in a group chat');
    expect(await world.count('group_chats')).toBe(0);
  });
});
