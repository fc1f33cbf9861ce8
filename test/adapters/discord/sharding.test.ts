// Discord sharding, offline. What runs: the per-shard discord.js clients a ShardingManager's
// processes build (shard ids and count from the manager's environment), each fed raw
// interactions the way the gateway delivers them, on one PostgreSQL through one conversation;
// and the manager the parent builds. What does not run offline: the manager spawning its
// shard processes and their gateway logins (a shard counts as spawned only once it connects).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClientUser } from 'discord.js';
import { createDiscordBot, type DiscordBot } from '../../../src/adapters/discord/bot.js';
import { createDiscordShards, shardOfEnvironment } from '../../../src/adapters/discord/sharding.js';
import type { User } from '../../../src/core/types.js';
import { shownTexts } from './calls.js';
import { BOT_USER, type RecordedCall } from './fake-discord.js';
import { recordingLogger, startHarness, type Harness } from './harness.js';
import { APPLICATION_ID, num, person, slashCommand, str, type Person } from './payloads.js';

/** What a ShardingManager puts in the environment of shard `id`'s process. */
const managerEnvironment = (id: number, count: number) => ({ SHARDING_MANAGER: 'true', SHARDS: String(id), SHARD_COUNT: String(count) });

describe('a shard process', () => {
  test('given the environment a ShardingManager sets, then it knows which shard it serves out of how many', () => {
    expect(shardOfEnvironment(managerEnvironment(1, 2))).toEqual({ ids: [1], count: 2 });
    expect(shardOfEnvironment({ SHARDING_MANAGER: 'true', SHARDS: '[0,2]', SHARD_COUNT: '4' })).toEqual({ ids: [0, 2], count: 4 });
    expect(shardOfEnvironment({})).toBeNull();
  });

  test('given a shard id outside the count or no count, then it refuses to start instead of serving the wrong servers', () => {
    expect(() => shardOfEnvironment(managerEnvironment(2, 2))).toThrow(/out of 2/);
    expect(() => shardOfEnvironment({ SHARDING_MANAGER: 'true', SHARDS: '0' })).toThrow(/bad shard environment/);
  });
});

describe('two shards serving one conversation', () => {
  let h: Harness;
  let second: DiscordBot;
  let ana: Person;
  let anaUser: User;

  beforeAll(async () => {
    h = await startHarness({ shard: shardOfEnvironment(managerEnvironment(0, 2))! });
    second = createDiscordBot({
      token: 'test-token', applicationId: APPLICATION_ID, conversation: h.conversation, logger: recordingLogger([]),
      shard: shardOfEnvironment(managerEnvironment(1, 2))!,
    });
    const ClientUserClass = ClientUser as unknown as new (client: unknown, data: unknown) => ClientUser;
    Object.assign(second.client, { user: new ClientUserClass(second.client, BOT_USER) });
    ana = person({ username: 'ana', globalName: 'Ana' });
    anaUser = await h.givenPerson(ana);
    await h.givenHabit(anaUser, { name: 'Read', target: { quantity: 20, unit: 'pages', direction: 'at_least' } });
    await h.givenHabit(anaUser, { name: 'Run' });
  });
  afterAll(async () => {
    await second?.stop();
    await h?.close();
  });

  async function interactOnSecondShard(raw: unknown): Promise<RecordedCall[]> {
    const before = h.api.calls.length;
    (second.client as unknown as { actions: Record<string, { handle(raw: unknown): unknown }> }).actions.InteractionCreate!.handle(raw);
    await second.idle();
    return (await h.api.settled()).slice(before);
  }

  test('given shard ids from the manager, then each client is built for its own shard of two', () => {
    expect([h.bot.client.options.shards, h.bot.client.options.shardCount]).toEqual([[0], 2]);
    expect([second.client.options.shards, second.client.options.shardCount]).toEqual([[1], 2]);
  });

  test('given Ana logs on shard 0 and again on shard 1, then both land in her one history and each shard answers its own interaction', async () => {
    const first = await h.interact(slashCommand(ana, 'guild', 'log', [str('habit', 'Read'), num('quantity', 30)]));
    const other = await interactOnSecondShard(slashCommand(ana, 'dm', 'log', [str('habit', 'Run')]));
    expect(first.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
    expect(other[0]!.path).toMatch(/^\/interactions\/\d+\/token-\d+\/callback$/);
    expect(shownTexts(other).join('\n')).toMatch(/Run/);
    const entries = await h.db.repos.entries.listForUser(anaUser.id);
    expect(entries).toHaveLength(2);
  });
});

describe('the parent (`habit-coach bot --shards 2`)', () => {
  test('given --shards 2, then its manager spawns `habit-coach bot` twice, with the same Node flags', async () => {
    const shards = createDiscordShards({
      token: 'test-token', shards: 2, file: 'bin/habit-coach.js', shardArgs: ['bot'], execArgv: ['--import', 'tsx'], logger: recordingLogger([]),
    });
    expect(shards.manager.totalShards).toBe(2);
    expect(shards.manager.file).toMatch(/\/bin\/habit-coach\.js$/);
    expect(shards.manager.shardArgs).toEqual(['bot']);
    expect((shards.manager as unknown as { execArgv: string[] }).execArgv).toEqual(['--import', 'tsx']);
    await shards.stop(); // nothing spawned: nothing to wait for
  });
});
