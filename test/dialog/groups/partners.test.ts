// Accountability partners in conversation: a member asks another, only the asked one answers
// with the buttons, either ends it, and in a direct chat each sees only what the other shares.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../../src/dialog/buttons.js';
import { readReplyFile } from '../../../src/dialog/messages.js';
import { givenGroup, startGroupWorld, withOwnHabits, type GroupPerson, type GroupWorld } from './support.js';

const INVALID = "That button isn't valid anymore. Nothing was changed.";

describe('accountability partners', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  async function threeMembers(): Promise<[GroupPerson, GroupPerson, GroupPerson]> {
    const [ana, bia, caio] = [world.person('Ana'), world.person('Bia'), world.person('Caio')];
    await withOwnHabits(ana, ['Run']);
    await withOwnHabits(bia, ['Read', 'Journal']);
    await givenGroup(world, ana);
    await bia.say('/join');
    await caio.say('/join');
    return [ana, bia, caio];
  }

  it('Ana asks Bia by @mention; only Bia can accept, and then both are partners', async () => {
    const [ana, bia, caio] = await threeMembers();
    await ana.say('/partner @Bia');
    expect(ana.last()).toContain('🤝 Bia, Ana asks you to be accountability partners in **Runners**');
    expect(ana.buttons().map((b) => b.label)).toEqual(['🤝 Accept', 'Decline']);
    const accept = ana.buttons()[0]!.data;

    // Caio and Ana press Bia's Accept: not theirs.
    await caio.pressData(accept);
    expect(caio.last()).toBe(INVALID);
    await ana.pressData(accept);
    expect(ana.last()).toBe(INVALID);
    expect(await world.count("partnerships where status = 'requested'")).toBe(1);

    await bia.pressData(accept);
    expect(bia.last()).toBe("🤝 Ana and Bia are now accountability partners. Send me /partner in a direct chat to see each other's shared habits.");
    expect(await world.count("partnerships where status = 'active' and answered_at is not null")).toBe(1);
    // Pressed again (an old button): nothing more is written.
    await bia.pressData(accept);
    expect(bia.last()).toBe(INVALID);
    expect(await world.count('partnerships')).toBe(1);
  });

  it('Bia declines by name request; a forged token or a Decline after the answer does nothing', async () => {
    const [ana, bia] = await threeMembers();
    await ana.say('/partner Bia');
    const decline = ana.buttons()[1]!.data;
    await bia.pressData(encodeButton({ action: 'partner', op: 'accept', id: 'AAAAAAAAAAAAAAAA' }));
    expect(bia.last()).toBe(INVALID);
    await bia.pressData('1:P:q:whatever');
    expect(bia.last()).toBe(INVALID);
    await bia.pressData(decline);
    expect(bia.last()).toBe('Bia declined the request. Nothing else changed.');
    expect(await world.count("partnerships where status = 'declined'")).toBe(1);
    // Asked again: a new request with a new token; the old buttons stay dead.
    await ana.say('/partner @Bia');
    const secondAccept = ana.buttons()[0]!.data;
    expect(secondAccept).not.toBe(decline);
    await bia.pressData(decline.replace(':d:', ':a:'));
    expect(bia.last()).toBe(INVALID);
    expect(await world.count("partnerships where status = 'requested'")).toBe(1);
  });

  it('either partner ends it, by command or by the End button in a direct chat', async () => {
    const [ana, bia, caio] = await threeMembers();
    await ana.say('/partner @Bia');
    await bia.pressData(ana.buttons()[0]!.data);
    await bia.say('/partner end @Ana');
    expect(bia.last()).toBe('The partnership between Bia and Ana has ended.');
    expect(await world.count("partnerships where status = 'ended' and ended_at is not null")).toBe(1);

    await ana.say('/partner @Bia');
    await bia.pressData(ana.buttons()[0]!.data);
    await ana.dm('/partner');
    expect(ana.buttons().map((b) => b.label)).toEqual(['End with Bia']);
    const end = ana.buttons()[0]!.data;
    // Caio cannot end it for them.
    await caio.pressData(end);
    expect(caio.last()).toBe(INVALID);
    expect(await world.count("partnerships where status = 'active'")).toBe(1);
    await ana.press('End with Bia');
    expect(ana.last()).toBe('The partnership between Ana and Bia has ended.');
    expect(await world.count("partnerships where status = 'active'")).toBe(0);
  });

  it('asking oneself, a non-member, someone already asked, or outside a group gets a clear answer and writes nothing', async () => {
    const [ana, bia, caio] = await threeMembers();
    const dora = world.person('Dora');
    await withOwnHabits(dora, []);

    await ana.say('/partner @Ana');
    expect(ana.last()).toBe('You can\'t be your own accountability partner. Ask another member: "/partner @NAME". Nothing was changed.');
    await ana.say('/partner Dora');
    expect(ana.last()).toBe('"Dora" isn\'t an active member of this group, so nothing was asked. /members lists who is.');
    await ana.say('/partner @Nobody');
    expect(ana.last()).toContain('"Nobody" isn\'t an active member');
    await dora.say('/partner @Ana');
    expect(dora.last()).toBe("You're not a member of this group. Nothing was changed.");
    await ana.say('/partner');
    expect(ana.last()).toContain('"/partner @NAME"');
    await ana.dm('/partner Bia');
    expect(ana.last()).toBe('Ask for a partner in your group\'s chat: "/partner @NAME" there. Nothing was changed.');
    const anaElsewhere = world.person('Ana', { chatId: '-999' });
    await anaElsewhere.say('/partner @Bia');
    expect(anaElsewhere.last()).toBe("This chat isn't a group's home yet, so nothing was changed. Send /group to make it one.");
    expect(await world.count('partnerships')).toBe(0);

    // Someone who left is no longer a member to ask.
    await bia.say('/leave');
    await ana.say('/partner @Bia');
    expect(ana.last()).toContain('"Bia" isn\'t an active member');
    expect(await world.count('partnerships')).toBe(0);

    await caio.say('/partner @Ana');
    await ana.say('/partner @Caio');
    expect(ana.last()).toBe('You and Caio already have a partnership or a request waiting in this group. Nothing was changed.');
    await caio.say('/partner Ana');
    expect(caio.last()).toContain('already have a partnership or a request waiting');
    expect(await world.count('partnerships')).toBe(1);
  });

  it('a request in a chat that is no group\'s home says so and writes nothing', async () => {
    const ana = world.person('Ana', { chatId: '-777' });
    await withOwnHabits(ana, []);
    await ana.say('/partner @Bia');
    expect(ana.last()).toBe("This chat isn't a group's home yet, so nothing was changed. Send /group to make it one.");
    await world.person('Cat', { platform: 'console' }).say('/partner @Bia');
    expect(await world.count('partnerships')).toBe(0);
  });

  it('in a direct chat, a partner sees the other\'s shared habits with this week\'s numbers, and never an unshared one', async () => {
    const [ana, bia] = await threeMembers();
    await bia.say('/share Read');
    await ana.say('/partner @Bia');
    const accept = ana.buttons()[0]!.data;
    await ana.dm('/partner');
    expect(ana.last()).toBe('🤝 Your accountability partners:\n**Bia** (Runners): the request waits for an answer');
    await bia.pressData(accept);

    // Monday: Bia read today; Wednesday she sees Tuesday missed.
    await bia.dm('did read');
    await bia.dm('journal done');
    world.clock.advanceDays(2);
    await ana.dm('/partner');
    expect(ana.last()).toBe('🤝 Your accountability partners:\n**Bia** (Runners):\n  • Read: 1/2 due days this week · 🔥 0');
    expect(ana.last()).not.toContain('Journal');

    await bia.dm('/partner');
    expect(bia.last()).toBe('🤝 Your accountability partners:\n**Ana** (Runners):\n  shares nothing with Runners yet');
  });

  it('/export lists the person\'s partnerships (never a button token); /delete removes them and tells the partner nothing', async () => {
    const [ana, bia, caio] = await threeMembers();
    await ana.say('/partner @Bia');
    const token = (await world.db.repos.partnerships.openOf((await world.db.repos.users.findByIdentity('telegram', 'id-Bia'))!.id))[0]!.partnership.token;
    await bia.pressData(ana.buttons()[0]!.data);
    world.clock.advance(60_000);
    await caio.say('/partner @Ana');
    await ana.pressData(caio.buttons()[1]!.data);

    await bia.dm('/export');
    const text = await readReplyFile(bia.lastReplies().find((reply) => reply.file)!.file!);
    const exported = JSON.parse(text) as { groups: { partnerships: Record<string, unknown>[] } };
    expect(exported.groups.partnerships).toEqual([expect.objectContaining({ groupName: 'Runners', partnerName: 'Ana', askedBy: 'partner', status: 'active', endedAt: null })]);
    expect(text).not.toContain(token);
    await ana.dm('/export');
    const anas = JSON.parse(await readReplyFile(ana.lastReplies().find((reply) => reply.file)!.file!)) as { groups: { partnerships: { partnerName: string; status: string }[] } };
    expect(anas.groups.partnerships.map((row) => [row.partnerName, row.status])).toEqual([['Bia', 'active'], ['Caio', 'declined']]);

    await bia.dm('/delete');
    await bia.press('Delete');
    expect(await world.count('partnerships where requester_id not in (select id from users) or partner_id not in (select id from users)')).toBe(0);
    expect(await world.count('partnerships')).toBe(1);
    await ana.dm('/partner');
    expect(ana.last()).toBe('You have no accountability partners yet. In a group\'s chat, ask a member with "/partner @NAME".');
  });

  it('someone who left the group shows nothing to their partner, and a request cannot be accepted once its asker left', async () => {
    const [ana, bia, caio] = await threeMembers();
    await bia.say('/share Read');
    await ana.say('/partner @Bia');
    await bia.pressData(ana.buttons()[0]!.data);
    await caio.say('/partner @Ana');
    const caioAccept = caio.buttons()[0]!.data;

    await bia.say('/leave');
    await ana.dm('/partner');
    expect(ana.last()).toContain('**Bia** (Runners):\n  one of you is no longer in Runners, so nothing is shown');
    expect(ana.last()).not.toContain('Read');

    await caio.say('/leave');
    await ana.pressData(caioAccept);
    expect(ana.last()).toBe(INVALID);
    expect(await world.count("partnerships where status = 'requested'")).toBe(1);
  });
});
