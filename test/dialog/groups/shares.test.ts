// What a group sees of a member: only the habits they shared with it, by name. Notes, skip
// reasons, mood and unshared habits never reach a group chat, whatever is asked there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../../src/dialog/buttons.js';
import { givenGroup, startGroupWorld, withOwnHabits, type GroupWorld } from './support.js';

describe('sharing habits with a group', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  it('/share and /unshare a habit by its name; /members shows it while shared', async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await withOwnHabits(bia, ['Running', 'Journal']);
    await bia.say('/join');
    await bia.say('/share running');
    expect(bia.last()).toBe('🔗 **Running** is now shared with **Runners**: its check-ins and numbers can show here, never your notes.');
    await ana.say('/members');
    expect(ana.last()).toContain('• **Bia** — Running');
    expect(ana.last()).not.toContain('Journal');
    await bia.say('/unshare Running');
    expect(bia.last()).toBe('**Running** is no longer shared with **Runners**.');
    await ana.say('/members');
    expect(ana.last()).toContain('• **Bia** — shares nothing yet');
    // Without a name: her own habits to pick from.
    await bia.say('/share');
    expect(bia.buttons().map((b) => b.label)).toEqual(['Running', 'Journal']);
    await bia.press('Journal');
    expect(bia.last()).toContain('**Journal** is now shared');
  });

  it('/share of a habit that does not exist, or before joining, says so and writes nothing', async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await withOwnHabits(bia, ['Running']);
    await bia.say('/share Running');
    expect(bia.last()).toBe('Join the group first with /join, then share. Nothing was changed.');
    await bia.say('/join');
    await bia.say('/share Swimming');
    expect(bia.last()).toBe('You have no habit called "Swimming", so nothing was shared. /habits lists yours.');
    await bia.dm('/share Running');
    expect(bia.last()).toContain('/share works in a group chat');
    expect(await world.count('group_shares')).toBe(0);
  });

  it("someone else's habit cannot be shared, not even with a forged picker button", async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await withOwnHabits(ana, ['Secret diary']);
    await bia.say('/join');
    const [diary] = await world.db.repos.habits.list((await world.db.repos.users.findByIdentity('telegram', 'id-Ana'))!.id);
    await bia.pressData(encodeButton({ action: 'pick', command: 'share', habitId: diary!.id }));
    expect(bia.last()).toBe("That habit isn't there anymore.");
    await bia.say('/share Secret diary');
    expect(bia.last()).toContain('You have no habit called "Secret diary"');
    expect(await world.count('group_shares')).toBe(0);
  });

  it('notes, skip reasons, mood and unshared habits never appear in the group, whatever is asked there', async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await withOwnHabits(bia, ['Running', 'Therapy']);
    await bia.say('/join');
    await bia.say('/share Running');
    const biaUser = (await world.db.repos.users.findByIdentity('telegram', 'id-Bia'))!;
    const [running, therapy] = await world.db.repos.habits.list(biaUser.id);
    await world.db.repos.entries.add(biaUser.id, { habitId: running!.id, kind: 'done', localDate: '2026-11-22', quantity: null, note: 'knee hurts a lot', mood: 1, source: 'chat' });
    await world.db.repos.entries.add(biaUser.id, { habitId: running!.id, kind: 'skip', localDate: '2026-11-21', quantity: null, note: 'hangover from the party', source: 'chat' });
    await world.db.repos.entries.add(biaUser.id, { habitId: therapy!.id, kind: 'done', localDate: '2026-11-22', quantity: null, note: 'talked about mom', source: 'chat' });

    const seenInGroup: string[] = [];
    for (const text of ['/group', '/members', '/group settings']) {
      await ana.say(text);
      seenInGroup.push(ana.last());
    }
    for (const text of ['/members', '/share', '/group']) {
      await bia.say(text);
      // Bia's own picker lists her habits to her; what the group is shown must not.
      if (text !== '/share') seenInGroup.push(bia.last());
    }
    const said = seenInGroup.join('\n');
    expect(said).toContain('Running');
    for (const secret of ['Therapy', 'knee hurts', 'hangover', 'talked about mom', 'mood']) expect(said).not.toContain(secret);
  });
});
