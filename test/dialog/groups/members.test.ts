// Members: /join (or the card's Join button), /leave, /members with what each shares, and an
// admin removing someone. Who left or was removed is in no listing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../../src/dialog/buttons.js';
import { givenGroup, startGroupWorld, withOwnHabits, type GroupWorld } from './support.js';

describe('group members', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  it('people join by command or by the Join button, see each other with what they share, and leave', async () => {
    const [ana, bia, caio] = [world.person('Ana'), world.person('Bia'), world.person('Caio')];
    await givenGroup(world, ana);
    await bia.say('/join');
    expect(bia.last()).toContain('Welcome to **Runners**, Bia!');
    await bia.say('/join');
    expect(bia.last()).toBe("You're already in **Runners**, Bia.");
    await caio.say('/group');
    await caio.press('Join');
    expect(caio.last()).toContain('Welcome to **Runners**, Caio!');

    await ana.say('/members');
    expect(ana.last()).toBe([
      '👥 **Runners**, members and what they share:',
      '• **Ana** — shares nothing yet',
      '• **Bia** — shares nothing yet',
      '• **Caio** — shares nothing yet',
    ].join('\n'));

    await bia.say('/leave');
    expect(bia.last()).toContain('Bia left **Runners**');
    await ana.say('/members');
    expect(ana.last()).not.toContain('Bia');
    expect(await world.db.repos.groups.activeMembers((await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: world.chatId }))!.id)).toHaveLength(2);
  });

  it('an admin removes a member by name or button; the removed one is out of every listing and cannot /join back', async () => {
    const [ana, bia, caio] = [world.person('Ana'), world.person('Bia'), world.person('Caio')];
    await givenGroup(world, ana);
    await bia.say('/join');
    await caio.say('/join');

    await bia.say('/remove Caio');
    expect(bia.last()).toBe("Only this chat's admins remove members. Nothing was changed.");
    await ana.say('/remove @Caio');
    expect(ana.last()).toBe('Caio is no longer a member of this group.');
    await caio.say('/join');
    expect(caio.last()).toContain('An admin removed you from this group');
    await ana.say('/remove');
    expect(ana.buttons().map((b) => b.label)).toEqual(['Bia']);
    await ana.press('Bia');
    expect(ana.last()).toBe('Bia is no longer a member of this group.');
    await ana.say('/members');
    expect(ana.last()).toBe('👥 **Runners**, members and what they share:\n• **Ana** — shares nothing yet');
  });

  it('a Remove or Join button pressed by someone it was not for, or forged, does nothing', async () => {
    const [ana, bia, caio] = [world.person('Ana'), world.person('Bia'), world.person('Caio')];
    await givenGroup(world, ana);
    await bia.say('/join');
    await caio.say('/join');
    const group = (await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: world.chatId }))!;
    const biaId = (await world.db.repos.groups.activeMembers(group.id))[1]!.userId;
    // Caio (no admin) presses a remove button for Bia.
    await caio.pressData(encodeButton({ action: 'group', op: 'remove', id: biaId }));
    expect(caio.last()).toBe("Only this chat's admins remove members. Nothing was changed.");
    // A Join button of another group, and garbage.
    const elsewhere = world.person('Dora', { chatId: '-2002', title: 'Readers' });
    await givenGroup(world, elsewhere);
    await caio.pressData(encodeButton({ action: 'group', op: 'join', id: (await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: '-2002' }))!.id }));
    expect(caio.last()).toBe("That button isn't valid anymore. Nothing was changed.");
    await caio.pressData('1:g:q:~AAAAAAAAAAAAAAAAAAAAAA');
    expect(caio.last()).toBe("That button isn't valid anymore. Nothing was changed.");
    expect(await world.count("group_members where status = 'active'")).toBe(4);
    expect(await world.count('group_members')).toBe(4);
  });

  it('/join outside a group, or in a chat that is no group\'s home, says so and writes nothing', async () => {
    const ana = world.person('Ana');
    await withOwnHabits(ana, []);
    await ana.dm('/join');
    expect(ana.last()).toBe('/join works in a group chat: add me to a Telegram group or a Discord channel and send /group there. Nothing was changed.');
    await ana.say('/join');
    expect(ana.last()).toBe("This chat isn't a group's home yet, so nothing was changed. Send /group to make it one.");
    await ana.say('/members');
    expect(ana.last()).toContain("isn't a group's home yet");
    await world.person('Cat', { platform: 'console' }).say('/join');
    expect(await world.count('groups')).toBe(0);
    expect(await world.count('group_members')).toBe(0);
  });

  it('someone the platform says left the chat is out of the group', async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await bia.say('/join');
    await world.conversation.memberLeft!({ platform: 'telegram', chatId: world.chatId, userExternalId: 'id-Bia' });
    await world.conversation.memberLeft!({ platform: 'telegram', chatId: world.chatId, userExternalId: 'nobody' });
    await world.conversation.memberLeft!({ platform: 'telegram', chatId: 'elsewhere', userExternalId: 'id-Ana' });
    await ana.say('/members');
    expect(ana.last()).toBe('👥 **Runners**, members and what they share:\n• **Ana** — shares nothing yet');
  });
});
