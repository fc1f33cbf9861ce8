// A group stays active while people talk in its home chat, to the bot or not: the group's
// last_active_at follows them, written at most once per chat every few minutes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY_WRITE_EVERY_MS } from '../../../src/dialog/group-activity.js';
import { givenGroup, startGroupWorld, type GroupWorld } from './support.js';

describe('group activity', () => {
  let world: GroupWorld;
  beforeEach(async () => {
    world = await startGroupWorld('2026-11-23T12:00:00Z');
  });
  afterEach(() => world.close());

  const lastActive = async () => (await world.db.repos.groups.findByChat({ platform: 'telegram', chatId: world.chatId }))!.lastActiveAt.toISOString();
  const chatter = (text: string, updateId: string) => world.conversation.handle({
    platform: 'telegram', user: { externalId: 'id-Bia', displayName: 'Bia' }, chat: { id: world.chatId, kind: 'group', title: 'Runners' },
    text, updateId, addressedToBot: false,
  });
  const at = (iso: string) => world.clock.set(iso);

  it('a message not addressed to the bot still makes the group active; within a few minutes the group is not written again', async () => {
    await givenGroup(world, world.person('Ana'));
    expect(await lastActive()).toBe('2026-11-23T12:00:00.000Z');
    at('2026-12-20T09:00:00Z');
    expect(await chatter('morning all', 'a1')).toEqual([]);
    expect(await lastActive()).toBe('2026-12-20T09:00:00.000Z');
    at('2026-12-20T09:03:00Z');
    await chatter('who is running today?', 'a2');
    expect(await lastActive()).toBe('2026-12-20T09:00:00.000Z');
    at(new Date(Date.parse('2026-12-20T09:00:00Z') + ACTIVITY_WRITE_EVERY_MS).toISOString());
    await chatter('me!', 'a3');
    expect(await lastActive()).toBe('2026-12-20T09:05:00.000Z');
  });

  it('a new group is active from the moment it was made, by the bot\'s clock (not the database\'s)', async () => {
    await givenGroup(world, world.person('Ana'));
    expect(await lastActive()).toBe('2026-11-23T12:00:00.000Z');
  });

  it('a chat that is no group\'s home, and a direct chat, write nothing', async () => {
    at('2026-12-20T09:00:00Z');
    expect(await chatter('hello?', 'b1')).toEqual([]);
    expect(await world.count('groups')).toBe(0);
    await world.person('Bia').dm('hi');
    expect(await world.count('groups')).toBe(0);
  });
});
