// Someone whose first words to the bot are in a group (they joined and adopted a commitment,
// but never opened a direct chat): their check-in is read as a check-in, and the group is not
// shown the private set-up questions (which name their time zone) or stuck answering them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { givenGroup, startGroupWorld, type GroupWorld } from './support.js';

describe('a member who never talked to the bot privately', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld();
  });
  afterEach(() => world.close());

  it('given a member who only joined and adopted in the group, when they check in there, then it is logged and no set-up question is posted to the group', async () => {
    const [ana, bia] = [world.person('Ana'), world.person('Bia')];
    await givenGroup(world, ana);
    await ana.say('/commit Pushups | daily | skip');
    const adopt = ana.buttons().find((button) => button.label.includes('Adopt'))!;
    await bia.say('/join');
    await bia.pressData(adopt.data);
    expect(bia.last()).toContain('Bia adopted **Pushups**');

    await bia.say('did pushups');
    expect(bia.last()).toMatch(/^👏 Bia checked in: ✅ Pushups/);
    expect(bia.last()).not.toContain('Where are you?');
    await bia.say('did pushups yesterday');
    expect(bia.last()).not.toContain("I don't know the place");
    const user = (await world.db.repos.users.findByIdentity('telegram', 'id-Bia'))!;
    expect(await world.db.repos.entries.listForUser(user.id)).toHaveLength(2);
  });

  it('given a first message in a group that is not a command, then it is not answered with the set-up questions either', async () => {
    const [ana, caio] = [world.person('Ana'), world.person('Caio')];
    await givenGroup(world, ana);
    await caio.say('hello');
    expect(caio.last()).not.toContain('Where are you?');
    expect(caio.last()).not.toContain('America/Sao_Paulo');
  });
});
