// Commitments: an admin defines one in a short flow; each member adopts it with one press,
// which makes (or links) a habit of their own, shared with the group. Nobody adopts for another.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../../src/dialog/buttons.js';
import { givenGroup, startGroupWorld, withOwnHabits, type GroupWorld } from './support.js';

describe('group commitments', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  const userOf = async (name: string) => (await world.db.repos.users.findByIdentity('telegram', `id-${name}`))!;

  it('an admin defines one step by step; members adopt it: a new habit, or the one of the same name, shared with the group', async () => {
    const [ana, bia, caio] = [world.person('Ana'), world.person('Bia'), world.person('Caio')];
    await givenGroup(world, ana);
    await withOwnHabits(bia, ['Read']);
    await bia.say('/join');
    await caio.say('/join');

    await ana.say('/commit');
    expect(ana.last()).toContain('What will the group commit to?');
    await ana.say('Read');
    expect(ana.last()).toContain('How often, for **Read**?');
    await ana.say('whenever');
    expect(ana.last()).toContain("I couldn't read how often");
    await ana.say('3 times a week');
    expect(ana.last()).toContain('An amount each time?');
    await ana.say('10 pages');
    expect(ana.last()).toBe('🤝 New commitment for **Runners**: **Read**, 3 times a week · 🎯 10 pages. Adopt it with the button: it becomes one of your habits, shared with this group.');
    const adopt = ana.buttons().find((b) => b.label.includes('Adopt'))!;

    await bia.pressData(adopt.data);
    expect(bia.last()).toBe('✅ Bia adopted **Read** (habit Read, shared with this group).');
    const biaHabits = await world.db.repos.habits.list((await userOf('Bia')).id);
    expect(biaHabits.map((h) => h.name)).toEqual(['Read']); // her own Read, linked, not a second one

    await caio.pressData(adopt.data);
    const [caioRead] = await world.db.repos.habits.list((await userOf('Caio')).id);
    expect(caioRead).toMatchObject({ name: 'Read', frequency: { kind: 'per_week', times: 3 }, target: { quantity: 10, unit: 'pages', direction: 'at_least' } });
    await caio.pressData(adopt.data);
    expect(caio.last()).toBe('Caio, you already adopted **Read**.');

    await ana.say('/members');
    expect(ana.last()).toContain('• **Bia** — Read');
    expect(ana.last()).toContain('• **Caio** — Read');
    await ana.say('/group');
    expect(ana.last()).toContain('• **Read** — 3 times a week · 2 adopted it');
    expect(await world.count('group_commitment_adoptions')).toBe(2);
  });

  it('all at once, with the words /new reads; a non-admin is refused and nothing is written', async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await bia.say('/join');
    await bia.say('/commit Workout | daily | skip');
    expect(bia.last()).toBe("Only this chat's admins add commitments. Nothing was changed.");
    expect(await world.count('group_commitments')).toBe(0);
    await ana.say('/commit No alcohol | mon-fri | skip');
    expect(ana.last()).toContain('**No alcohol**');
    const [commitment] = await world.db.repos.groupSharing.commitments((await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: world.chatId }))!.id);
    expect(commitment).toMatchObject({ title: 'No alcohol', kind: 'break', frequency: { kind: 'weekdays', days: [1, 2, 3, 4, 5] }, target: null });
  });

  it('an Adopt button adopts only for the presser, only in its own group, and only for members; forged data does nothing', async () => {
    const [ana, bia, outsider] = [world.person('Ana'), world.person('Bia'), world.person('Olga')];
    await givenGroup(world, ana);
    await bia.say('/join');
    await ana.say('/commit Walk | daily | skip');
    const adopt = ana.buttons().find((b) => b.label.includes('Adopt'))!;
    await outsider.pressData(adopt.data);
    expect(outsider.last()).toBe('Join the group first (/join), then adopt. Nothing was changed.');
    // The same button pressed in another group's chat.
    const elsewhere = world.person('Dora', { chatId: '-2002', title: 'Readers' });
    await givenGroup(world, elsewhere);
    await elsewhere.pressData(adopt.data);
    expect(elsewhere.last()).toBe("That button isn't valid anymore. Nothing was changed.");
    await bia.pressData(encodeButton({ action: 'group', op: 'adopt', id: '00000000-0000-4000-8000-000000000000' }));
    expect(bia.last()).toBe("That button isn't valid anymore. Nothing was changed.");
    await bia.pressData('1:g:a:not-an-id-at-all-but-long-enough-to-look-real-and-more');
    expect(bia.last()).toBe("That button isn't valid anymore. Nothing was changed.");
    expect(await world.count('group_commitment_adoptions')).toBe(0);
    expect(await world.count('habits')).toBe(0);
    expect(await world.count('group_shares')).toBe(0);
  });
});
