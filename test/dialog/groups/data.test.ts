// A person's groups in /export, and /delete taking them out of every group with what they shared.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportUserData } from '../../../src/app/export.js';
import { readReplyFile } from '../../../src/dialog/messages.js';
import { givenGroup, startGroupWorld, withOwnHabits, type GroupWorld } from './support.js';

describe("a member's data and groups", () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  async function biaInTwoGroups() {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    const dora = world.person('Dora', { chatId: '-2002', title: 'Readers' });
    const biaThere = world.person('Bia', { chatId: '-2002', title: 'Readers' });
    await givenGroup(world, ana);
    await givenGroup(world, dora);
    await withOwnHabits(bia, ['Running']);
    await bia.say('/join');
    await bia.say('/share Running');
    await ana.say('/commit Read | daily | skip');
    await bia.pressData(ana.buttons().find((b) => b.label.includes('Adopt'))!.data);
    await biaThere.say('/join');
    await biaThere.say('/share Read');
    return { ana, bia, dora };
  }

  it('/export includes memberships, shares and adoptions', async () => {
    const { bia } = await biaInTwoGroups();
    await bia.dm('/export');
    const file = bia.lastReplies().find((reply) => reply.file)?.file;
    expect(file).toBeDefined();
    const exported = JSON.parse(await readReplyFile(file!)) as { groups: { memberships: { groupName: string }[]; shares: unknown[]; adoptions: { commitmentTitle: string }[] } };
    expect(exported.groups.memberships.map((m) => m.groupName)).toEqual(['Runners', 'Readers']);
    expect(exported.groups.shares).toHaveLength(3);
    expect(exported.groups.adoptions.map((a) => a.commitmentTitle)).toEqual(['Read']);

    const user = (await world.db.repos.users.findByIdentity('telegram', 'id-Bia'))!;
    const whole = await exportUserData({ repos: world.db.repos, clock: world.clock }, user);
    expect(whole.ok && whole.file.groups.shares).toHaveLength(3);
  });

  it('/delete removes the person from every group, and what they shared goes with them', async () => {
    const { ana, bia, dora } = await biaInTwoGroups();
    await bia.dm('/delete');
    await bia.press('Delete');
    for (const table of ['group_members', 'group_shares', 'group_commitment_adoptions']) {
      expect(await world.count(`${table} where user_id not in (select id from users)`)).toBe(0);
    }
    expect(await world.count('group_shares')).toBe(0);
    expect(await world.count('group_commitment_adoptions')).toBe(0);
    expect(await world.count('group_members')).toBe(2);
    await ana.say('/members');
    expect(ana.last()).not.toContain('Bia');
    await dora.say('/members');
    expect(dora.last()).toBe('👥 **Readers**, members and what they share:\n• **Dora** — shares nothing yet');
    expect(await world.count('group_commitments')).toBe(1);
  });
});
