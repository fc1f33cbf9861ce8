// A group's numbers in its chat: /leaderboard ranks members by the share of their shared due
// days met (ties share a rank), /stats there is the group's, /stats me the speaker's shared
// habits, and nothing unshared is ever named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { givenGroup, startGroupWorld, withOwnHabits, type GroupWorld } from './support.js';

describe('the leaderboard and group stats', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld('2026-11-23T12:00:00Z'); // Monday, 09:00 in São Paulo
  });
  afterEach(() => world.close());

  async function runnersWithAnaAndBia() {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await withOwnHabits(ana, ['Running']);
    await withOwnHabits(bia, ['Running', 'Secret journal']);
    await givenGroup(world, ana);
    await bia.say('/join');
    await ana.say('/share Running');
    await bia.say('/share Running');
    return { ana, bia };
  }

  it('given two members with one shared daily habit, then the rank follows the share of due days met, and a tie shares the rank', async () => {
    const { ana, bia } = await runnersWithAnaAndBia();
    await ana.dm('did running');
    await bia.dm('did running');
    await bia.dm('did secret journal');
    await ana.say('/leaderboard');
    expect(ana.last()).toContain('**🏆 Runners: this week**');
    expect(ana.last()).toContain('1. Ana: 100% (1 of 1)');
    expect(ana.last()).toContain('1. Bia: 100% (1 of 1)');

    world.clock.set('2026-11-25T12:00:00Z'); // Wednesday: Bia missed Tuesday, Ana did not
    await ana.dm('did running yesterday');
    await ana.say('/leaderboard week');
    expect(ana.last()).toContain('1. Ana: 100% (2 of 2)');
    expect(ana.last()).toContain('2. Bia: 50% (1 of 2)');
    expect(ana.last()).not.toContain('journal');
  });

  it('given /stats in the group, then the group\'s numbers; /stats me, the speaker\'s shared habits only; in a direct chat, their own', async () => {
    const { ana, bia } = await runnersWithAnaAndBia();
    await ana.dm('did running');
    await bia.dm('did secret journal');
    world.clock.set('2026-11-24T12:00:00Z');
    await ana.say('/stats');
    expect(ana.last()).toContain('**📊 Runners**');
    expect(ana.last()).toContain('2 members · 2 shared habits');
    await bia.say('/stats me');
    expect(bia.last()).toContain('**Running**');
    expect(bia.last()).not.toContain('journal');
    await bia.dm('/stats');
    expect(bia.last()).toContain('Secret journal');
  });

  it('given a period nobody ranks by, then it says which ones there are and shows nothing', async () => {
    const { ana } = await runnersWithAnaAndBia();
    await ana.say('/leaderboard fortnight');
    expect(ana.last()).toBe('I rank by week, month or all: "fortnight" is none of them. Try /leaderboard month.');
    await ana.dm('/leaderboard');
    expect(ana.last()).toContain('/leaderboard works in a group chat');
  });
});
