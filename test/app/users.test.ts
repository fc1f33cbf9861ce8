import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeOnboarding, ensureUser, guessLocale, updateSettings, userToday } from '../../src/app/users.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('ensureUser', () => {
  it('given a first message, then the person is created once and found again after', async () => {
    const world = worldOf(db);
    const identity = { platform: 'telegram' as const, externalId: 'tg-1001', displayName: 'João', localeHint: 'pt-br' };
    const first = expectOk(await ensureUser(world.deps, identity));
    const second = expectOk(await ensureUser(world.deps, identity));
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.user.id).toBe(first.user.id);
    expect(first.user.locale).toBe('pt-BR');
    expect(first.user.timeZone).toBe('America/Sao_Paulo');
    expect(first.user.onboardedAt).toBeNull();
  });

  it('given a deployment default zone (DEFAULT_TIME_ZONE), then every new person starts there, whatever their language', async () => {
    const world = worldOf(db);
    const deps = { ...world.deps, defaultTimeZone: 'Europe/Lisbon' };
    const english = expectOk(await ensureUser(deps, { platform: 'telegram', externalId: 'tg-zone-en', localeHint: 'en-US' }));
    const portuguese = expectOk(await ensureUser(deps, { platform: 'telegram', externalId: 'tg-zone-pt', localeHint: 'pt-BR' }));
    expect(english.user.timeZone).toBe('Europe/Lisbon');
    expect(portuguese.user.timeZone).toBe('Europe/Lisbon');
    const offset = expectOk(await ensureUser({ ...world.deps, defaultTimeZone: 'UTC-3' }, { platform: 'telegram', externalId: 'tg-zone-offset' }));
    expect(offset.user.timeZone).toBe('Etc/GMT+3');
  });

  it('given no default zone (or one that is not a zone), then the language decides: São Paulo for Portuguese, UTC otherwise', async () => {
    const world = worldOf(db);
    const english = expectOk(await ensureUser({ ...world.deps, defaultTimeZone: 'Mars/Olympus' }, { platform: 'telegram', externalId: 'tg-guess-en', localeHint: 'en' }));
    expect(english.user.timeZone).toBe('UTC');
    const portuguese = expectOk(await ensureUser(world.deps, { platform: 'telegram', externalId: 'tg-guess-pt', localeHint: 'pt' }));
    expect(portuguese.user.timeZone).toBe('America/Sao_Paulo');
  });

  it('given two first messages at once, then one person is created', async () => {
    const world = worldOf(db);
    const identity = { platform: 'discord' as const, externalId: 'dc-race' };
    const [a, b] = await Promise.all([ensureUser(world.deps, identity), ensureUser(world.deps, identity)]);
    expect(expectOk(a).user.id).toBe(expectOk(b).user.id);
  });

  it('given a bad identity, then nothing is created', async () => {
    const outcome = await ensureUser(worldOf(db).deps, { platform: 'myspace' as never, externalId: '' });
    expect(outcome).toMatchObject({ ok: false, error: 'invalid_input' });
  });

  it.each([
    ['pt-BR', 'pt-BR'], ['pt', 'pt-BR'], ['pt_PT', 'pt-BR'], ['en-US', 'en'], ['de', 'en'], [undefined, 'en'], ['ptx', 'en'],
  ])('given the locale hint %s, then the language is %s', (hint, locale) => {
    expect(guessLocale(hint)).toBe(locale);
  });
});

describe('updateSettings', () => {
  it('given valid settings, then they are all stored', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const updated = expectOk(
      await updateSettings(world.deps, user, {
        timeZone: 'America/New_York', dayStartHour: 4, personality: 'yoda', quietHours: { start: '22:00', end: '07:00' },
        weekStart: 7, eveningNudgeTime: '21:00', reviewDay: 7, reviewTime: '18:30', shareStats: false, locale: 'pt-BR',
      }),
    ).user;
    expect(updated).toMatchObject({
      timeZone: 'America/New_York', dayStartHour: 4, personality: 'yoda', quietHours: { start: '22:00', end: '07:00' },
      weekStart: 7, eveningNudgeTime: '21:00', reviewDay: 7, reviewTime: '18:30', shareStats: false, locale: 'pt-BR',
    });
  });

  it('given a UTC offset, then it is stored as the matching IANA zone', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    expect(expectOk(await updateSettings(world.deps, user, { timeZone: 'UTC+3' })).user.timeZone).toBe('Etc/GMT-3');
    expect(expectOk(await updateSettings(world.deps, user, { timeZone: 'GMT-5' })).user.timeZone).toBe('Etc/GMT+5');
  });

  it('given an unknown zone or an hour out of range, then nothing changes', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const outcome = await updateSettings(world.deps, user, { timeZone: 'Mars/Olympus', dayStartHour: 24 });
    expect(outcome).toMatchObject({ ok: false, error: 'invalid_input' });
    expect(outcome.ok ? [] : (outcome as { issues: string[] }).issues.join(' ')).toMatch(/timeZone.*dayStartHour|dayStartHour.*timeZone/s);
    const stored = await db.repos.users.get(user.id);
    expect(stored).toMatchObject({ timeZone: 'Europe/Lisbon', dayStartHour: 0 });
  });
});

describe('completeOnboarding', () => {
  it('given onboarding answers, then they are stored and the person counts as onboarded', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const done = expectOk(await completeOnboarding(world.deps, user, { personality: 'general', dayStartHour: 3 })).user;
    expect(done.onboardedAt?.toISOString()).toBe('2025-03-10T12:00:00.000Z');
    expect(done).toMatchObject({ personality: 'general', dayStartHour: 3 });
  });
});

describe('userToday', () => {
  it('given a night owl whose day starts at 04:00, then 02:00 still belongs to yesterday', () => {
    const user = { timeZone: 'Europe/Lisbon', dayStartHour: 4 };
    expect(userToday(user, new Date('2025-03-10T02:00:00Z'))).toBe('2025-03-09');
    expect(userToday(user, new Date('2025-03-10T04:00:00Z'))).toBe('2025-03-10');
  });

  it('given a zone far from UTC, then the date is the local one', () => {
    expect(userToday({ timeZone: 'Pacific/Auckland', dayStartHour: 0 }, new Date('2025-03-10T12:00:00Z'))).toBe('2025-03-11');
  });
});
