// Check-ins in a group: the log is written to the speaker's own habit exactly as in a direct
// chat; the group hears a short acknowledgement only for a habit shared with it, otherwise the
// answer goes to the speaker privately. Undo from the group works only for who logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { givenGroup, startGroupWorld, withOwnHabits, type GroupWorld } from './support.js';

describe('check-ins in a group', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  const entriesOf = async (name: string) => {
    const user = (await world.db.repos.users.findByIdentity('telegram', `id-${name}`))!;
    return world.db.repos.entries.listForUser(user.id);
  };

  it('a shared habit: written as in a DM, the group hears a short acknowledgement with Undo, and no note', async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await withOwnHabits(bia, ['Running']);
    await bia.say('/join');
    await bia.say('/share Running');
    await bia.say('ran 5 km, knee hurts');
    expect(bia.lastReplies()).toHaveLength(1);
    expect(bia.last()).toMatch(/^👏 Bia checked in: ✅ Running/);
    expect(bia.last()).not.toContain('knee');
    expect(bia.lastReplies()[0]!.direct).toBeUndefined();
    expect(bia.buttons().map((b) => b.label)).toEqual(['↩️ Undo']);
    const [entry] = await entriesOf('Bia');
    expect(entry).toMatchObject({ kind: 'done', note: expect.stringContaining('knee') });

    // /log says the same.
    await bia.say('/log ran');
    expect(bia.last()).toMatch(/👏 Bia checked in|already/);
  });

  it('a habit not shared with the group: written, and the whole answer goes to the speaker privately', async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await withOwnHabits(bia, ['Therapy', 'Running']);
    await bia.say('/join');
    await bia.say('/share Running');
    await bia.say('did therapy');
    const [echo, notice] = bia.lastReplies();
    expect(echo).toMatchObject({ direct: true });
    expect(echo!.text).toContain('Therapy');
    expect(notice).toMatchObject({ text: "🔒 That's your private data, so I've sent it to you privately." });
    expect(notice!.text).not.toContain('Therapy');
    expect(await entriesOf('Bia')).toHaveLength(1);
  });

  it('Undo from the group works only for the person who logged', async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await withOwnHabits(bia, ['Running']);
    await bia.say('/join');
    await bia.say('/share Running');
    await bia.say('ran 5 km');
    const undo = bia.buttons().find((b) => b.label.includes('Undo'))!;
    await ana.pressData(undo.data);
    expect(ana.last()).toBe('There is nothing to undo.');
    expect(await entriesOf('Bia')).toHaveLength(1);
    await bia.pressData(undo.data);
    expect(bia.last()).toContain('Undone');
    expect(await entriesOf('Bia')).toHaveLength(0);
  });
});
