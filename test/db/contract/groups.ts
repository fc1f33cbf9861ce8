// GroupRepository and GroupSharingRepository: home chats, members coming and going, and what
// a group may see (only what members shared, only of active members).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UNIQUE_VIOLATION } from '../../../src/db/repositories/errors.js';
import { UNKNOWN_ID, expectRefused, type ContractContext } from './context.js';

const AT = new Date('2026-11-23T12:00:00Z');
const MIDDLE = new Date('2026-11-23T18:00:00Z');
const LATER = new Date('2026-11-24T12:00:00Z');

export function groupContract(ctx: ContractContext): void {
  const newGroup = (name = 'Runners') =>
    ctx.repos.groups.create({ name, home: { platform: 'telegram', chatId: `-100${randomUUID().slice(0, 8)}`, title: name } });

  describe('groups', () => {
    it('given a chat, makes it the home of one group with default settings, found by that chat', async () => {
      const group = await ctx.repos.groups.create({ name: 'Runners', home: { platform: 'discord', chatId: 'c-1', title: 'runners' }, timeZone: 'Europe/Lisbon' });
      expect(group).toMatchObject({ name: 'Runners', timeZone: 'Europe/Lisbon', weekStart: 1, locale: 'pt-BR', personality: 'mentor', proofDay: 5, recapDay: 7, recapTime: '18:00' });
      expect(await ctx.repos.groups.findByChat({ platform: 'discord', chatId: 'c-1' })).toEqual(group);
      expect(await ctx.repos.groups.findByChat({ platform: 'telegram', chatId: 'c-1' })).toBeNull();
      expect(await ctx.repos.groups.chats(group.id)).toEqual([{ groupId: group.id, platform: 'discord', chatId: 'c-1', title: 'runners' }]);
      await expectRefused(ctx.repos.groups.create({ name: 'Again', home: { platform: 'discord', chatId: 'c-1', title: null } }), UNIQUE_VIOLATION);
      const updated = await ctx.repos.groups.updateSettings(group.id, { recapDay: 1, recapTime: '09:30', locale: 'en' });
      expect(updated).toMatchObject({ recapDay: 1, recapTime: '09:30', locale: 'en', timeZone: 'Europe/Lisbon' });
      expect(await ctx.repos.groups.updateSettings(UNKNOWN_ID, { locale: 'en' })).toBeNull();
    });

    it('given members joining, leaving and removed, only active ones are listed; a left one can come back, a removed one cannot by joining', async () => {
      const group = await newGroup();
      const [ana, bia, caio] = [await ctx.newUser('Ana'), await ctx.newUser('Bia'), await ctx.newUser('Caio')];
      expect(await ctx.repos.groups.join(group.id, ana.id, AT)).toBe('joined');
      expect(await ctx.repos.groups.join(group.id, ana.id, AT)).toBe('already');
      await ctx.repos.groups.join(group.id, bia.id, MIDDLE);
      await ctx.repos.groups.join(group.id, caio.id, LATER);
      expect((await ctx.repos.groups.activeMembers(group.id)).map((m) => m.displayName)).toEqual(['Ana', 'Bia', 'Caio']);
      expect(await ctx.repos.groups.markGone(group.id, bia.id, 'left', LATER)).toBe(true);
      expect(await ctx.repos.groups.markGone(group.id, bia.id, 'left', LATER)).toBe(false);
      expect(await ctx.repos.groups.markGone(group.id, caio.id, 'removed', LATER)).toBe(true);
      expect((await ctx.repos.groups.activeMembers(group.id)).map((m) => m.displayName)).toEqual(['Ana']);
      expect(await ctx.repos.groups.member(group.id, bia.id)).toMatchObject({ status: 'left', leftAt: LATER });
      expect(await ctx.repos.groups.join(group.id, caio.id, LATER)).toBe('removed');
      expect(await ctx.repos.groups.join(group.id, bia.id, LATER)).toBe('joined');
      expect((await ctx.repos.groups.activeMembers(group.id)).map((m) => m.displayName)).toEqual(['Ana', 'Bia']);
      expect((await ctx.repos.groups.groupsOf(bia.id)).map((g) => g.id)).toEqual([group.id]);
      expect(await ctx.repos.groups.groupsOf(caio.id)).toEqual([]);
    });
  });

  describe('group sharing', () => {
    it("shares only a member's own habits; the group sees active members' shared habits and nothing else", async () => {
      const group = await newGroup();
      const [ana, bia, outsider] = [await ctx.newUser('Ana'), await ctx.newUser('Bia'), await ctx.newUser('Out')];
      await ctx.repos.groups.join(group.id, ana.id, AT);
      await ctx.repos.groups.join(group.id, bia.id, MIDDLE);
      const [run, secret] = [await ctx.newHabit(ana.id, { name: 'Run' }), await ctx.newHabit(ana.id, { name: 'Secret' })];
      const biaRead = await ctx.newHabit(bia.id, { name: 'Read' });
      const outsiderHabit = await ctx.newHabit(outsider.id, { name: 'Mine' });
      expect(await ctx.repos.groupSharing.share(group.id, ana.id, run.id, AT)).toBe(true);
      expect(await ctx.repos.groupSharing.share(group.id, ana.id, run.id, AT)).toBe(true);
      expect(await ctx.repos.groupSharing.share(group.id, ana.id, biaRead.id, AT)).toBe(false);
      expect(await ctx.repos.groupSharing.share(group.id, outsider.id, outsiderHabit.id, AT)).toBe(false);
      expect(await ctx.repos.groupSharing.share(group.id, bia.id, biaRead.id, AT)).toBe(true);
      expect((await ctx.repos.groupSharing.sharedHabits(group.id)).map((s) => s.habit.name)).toEqual(['Run', 'Read']);
      expect(await ctx.repos.groupSharing.sharedHabitIds(group.id, ana.id)).toEqual([run.id]);
      expect(await ctx.repos.groupSharing.unshare(group.id, ana.id, run.id)).toBe(true);
      expect(await ctx.repos.groupSharing.unshare(group.id, bia.id, secret.id)).toBe(false);
      await ctx.repos.groups.markGone(group.id, bia.id, 'left', LATER);
      expect(await ctx.repos.groupSharing.sharedHabits(group.id)).toEqual([]);
      expect(Number((await ctx.raw(`select count(*)::int as n from group_shares where user_id = '${outsider.id}'`))[0]?.n)).toBe(0);
    });

    it('a commitment is adopted once per member, with their own habit only, and a deleted person takes memberships, shares and adoptions along', async () => {
      const group = await newGroup();
      const [ana, bia] = [await ctx.newUser('Ana'), await ctx.newUser('Bia')];
      await ctx.repos.groups.join(group.id, ana.id, AT);
      await ctx.repos.groups.join(group.id, bia.id, AT);
      const commitment = await ctx.repos.groupSharing.addCommitment(group.id, {
        title: '3 workouts a week', kind: 'build', frequency: { kind: 'per_week', times: 3 }, target: null, createdBy: ana.id,
      });
      expect(await ctx.repos.groupSharing.commitments(group.id)).toEqual([commitment]);
      expect(await ctx.repos.groupSharing.commitment(UNKNOWN_ID, commitment.id)).toBeNull();
      const [anaHabit, biaHabit] = [await ctx.newHabit(ana.id, { name: 'Workout' }), await ctx.newHabit(bia.id, { name: 'Workout' })];
      expect(await ctx.repos.groupSharing.adopt(commitment.id, ana.id, biaHabit.id, AT)).toBe('not_allowed');
      expect(await ctx.repos.groupSharing.adopt(commitment.id, ana.id, anaHabit.id, AT)).toBe('adopted');
      expect(await ctx.repos.groupSharing.adopt(commitment.id, ana.id, anaHabit.id, AT)).toBe('already');
      expect(await ctx.repos.groupSharing.adopt(commitment.id, bia.id, biaHabit.id, AT)).toBe('adopted');
      expect(await ctx.repos.groupSharing.adoptionCounts(group.id)).toEqual(new Map([[commitment.id, 2]]));
      await ctx.repos.groupSharing.share(group.id, ana.id, anaHabit.id, AT);
      const data = await ctx.repos.groupSharing.dataOf(ana.id);
      expect(data.memberships).toEqual([{ groupId: group.id, groupName: 'Runners', status: 'active', joinedAt: AT, leftAt: null }]);
      expect(data.shares).toEqual([{ groupId: group.id, habitId: anaHabit.id, sharedAt: AT }]);
      expect(data.adoptions).toEqual([{ commitmentId: commitment.id, groupId: group.id, commitmentTitle: '3 workouts a week', habitId: anaHabit.id, adoptedAt: AT }]);

      expect(await ctx.repos.users.delete(ana.id)).toBe(true);
      for (const table of ['group_members', 'group_shares', 'group_commitment_adoptions']) expect(await ctx.countOwned(table, ana.id)).toBe(0);
      expect((await ctx.repos.groups.activeMembers(group.id)).map((m) => m.displayName)).toEqual(['Bia']);
      expect(await ctx.repos.groupSharing.commitments(group.id)).toEqual([{ ...commitment, createdBy: null }]);
    });
  });
}
