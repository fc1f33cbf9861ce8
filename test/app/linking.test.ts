import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkCode, previewLink, redeemLinkCode } from '../../src/app/linking.js';
import { createDatabase } from '../../src/db/client.js';
import { createRepositories } from '../../src/db/repositories/index.js';
import { logEntry } from '../../src/app/logging.js';
import { statsFor } from '../../src/app/queries.js';
import { ensureUser } from '../../src/app/users.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenHabit, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('account linking', () => {
  it('given a Telegram and a Discord user with their own histories, when linked by code, then one profile holds both', async () => {
    const world = worldOf(db);
    const onTelegram = expectOk(await ensureUser(world.deps, { platform: 'telegram', externalId: 'tg-77', localeHint: 'pt-BR' })).user;
    const onDiscord = expectOk(await ensureUser(world.deps, { platform: 'discord', externalId: 'dc-77' })).user;
    const read = await givenHabit(world, onTelegram, { name: 'Ler' });
    const run = await givenHabit(world, onDiscord, { name: 'Run' });
    expectOk(await logEntry(world.deps, onTelegram, { habitId: read.id }));
    expectOk(await logEntry(world.deps, onDiscord, { habitId: run.id }));

    const { code, expiresAt } = await createLinkCode(world.deps, onTelegram);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{12}$/);
    expect(expiresAt.toISOString()).toBe('2025-03-10T12:10:00.000Z');
    world.clock.advance(5 * 60_000);
    const linked = expectOk(await redeemLinkCode(world.deps, onDiscord, { code: ` ${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)}-${code.slice(8)} ` }));
    expect(linked.user.id).toBe(onTelegram.id);
    expect(linked.user.locale).toBe('pt-BR');
    expect(linked.mergedUserId).toBe(onDiscord.id);

    const viaDiscord = expectOk(await ensureUser(world.deps, { platform: 'discord', externalId: 'dc-77' }));
    expect(viaDiscord.user.id).toBe(onTelegram.id);
    const identities = await db.repos.users.identities(onTelegram.id);
    expect(identities.map((identity) => identity.platform).sort()).toEqual(['discord', 'telegram']);
    const stats = await statsFor(world.deps, linked.user);
    expect(stats.habits.map((item) => [item.habit.name, item.stats.totalDone])).toEqual([['Ler', 1], ['Run', 1]]);
    expect(await db.repos.users.get(onDiscord.id)).toBeNull();
  });

  it('given a code, then it works once, not after 10 minutes, and not for its own maker', async () => {
    const world = worldOf(db);
    const maker = expectOk(await ensureUser(world.deps, { platform: 'telegram', externalId: 'tg-88' })).user;
    const other = expectOk(await ensureUser(world.deps, { platform: 'discord', externalId: 'dc-88' })).user;
    const third = expectOk(await ensureUser(world.deps, { platform: 'discord', externalId: 'dc-99' })).user;

    expect(await redeemLinkCode(world.deps, maker, { code: (await createLinkCode(world.deps, maker)).code })).toEqual({ ok: false, error: 'same_user' });

    const late = await createLinkCode(world.deps, maker);
    world.clock.advance(10 * 60_000 + 1);
    expect(await redeemLinkCode(world.deps, other, { code: late.code })).toEqual({ ok: false, error: 'invalid_code' });

    const once = await createLinkCode(world.deps, maker);
    expectOk(await redeemLinkCode(world.deps, other, { code: once.code }));
    expect(await redeemLinkCode(world.deps, third, { code: once.code })).toEqual({ ok: false, error: 'invalid_code' });
    expect(await redeemLinkCode(world.deps, third, { code: 'no!' })).toMatchObject({ ok: false, error: 'invalid_input' });
  });

  it('given a code, when it is only looked at, then nothing moves and the two sides are counted', async () => {
    const world = worldOf(db);
    const owner = expectOk(await ensureUser(world.deps, { platform: 'discord', externalId: 'dc-look', displayName: 'Ana' })).user;
    const visitor = expectOk(await ensureUser(world.deps, { platform: 'telegram', externalId: 'tg-look' })).user;
    const run = await givenHabit(world, visitor, { name: 'Run' });
    expectOk(await logEntry(world.deps, visitor, { habitId: run.id }));
    const { code } = await createLinkCode(world.deps, owner);

    const preview = expectOk(await previewLink(world.deps, visitor, { code }));
    expect(preview.into).toEqual({ id: owner.id, displayName: 'Ana', platforms: ['discord'], habits: 0, entries: 0 });
    expect(preview.from).toMatchObject({ platforms: ['telegram'], habits: 1, entries: 1 });
    expect(await db.repos.users.get(visitor.id)).not.toBeNull();
    // Still usable: looking does not use the code up.
    expectOk(await redeemLinkCode(world.deps, visitor, { code }));
  });

  it('given wrong codes guessed at once from two processes, then only five are looked at in an hour', async () => {
    const world = worldOf(db);
    const guesser = expectOk(await ensureUser(world.deps, { platform: 'telegram', externalId: 'tg-guess' })).user;
    const owner = expectOk(await ensureUser(world.deps, { platform: 'discord', externalId: 'dc-guessed' })).user;
    const { code } = await createLinkCode(world.deps, owner);
    const otherProcess = await createDatabase({ databaseUrl: db.url!, maxConnections: 5 });
    try {
      const elsewhere = { repos: createRepositories(otherProcess), clock: world.clock };
      const guesses = Array.from({ length: 12 }, (_, index) => `ZZZZZZZZZZ${'ABCDEFGHJKMN'[index]!}Z`);
      const outcomes = await Promise.all(guesses.map((guess, index) => previewLink(index % 2 ? elsewhere : world.deps, guesser, { code: guess })));
      expect(outcomes.filter((outcome) => !outcome.ok && outcome.error === 'invalid_code')).toHaveLength(5);
      expect(outcomes.filter((outcome) => !outcome.ok && outcome.error === 'too_many_attempts')).toHaveLength(7);
      // The right code too, until the hour is over.
      expect(await previewLink(elsewhere, guesser, { code })).toEqual({ ok: false, error: 'too_many_attempts' });
      world.clock.advance(60 * 60_000 + 1);
      const fresh = await createLinkCode(world.deps, owner);
      expect((await previewLink(elsewhere, guesser, { code: fresh.code })).ok).toBe(true);
    } finally {
      await otherProcess.close();
    }
  });
});
