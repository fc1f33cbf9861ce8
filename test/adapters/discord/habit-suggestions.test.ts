// Autocomplete suggestions: only the speaking person's own habits, forgiving case and
// accents, those starting with what was typed first.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHabitSuggestions } from '../../../src/adapters/discord/habit-suggestions.js';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';

let db: TestDatabase;
const ana = { platform: 'discord' as const, externalId: '811111111111111111' };
const bea = { platform: 'discord' as const, externalId: '822222222222222222' };

beforeAll(async () => {
  db = await createTestDatabase();
  const anaUser = await db.repos.users.create(ana, { displayName: 'Ana' });
  const beaUser = await db.repos.users.create(bea, { displayName: 'Bea' });
  const habit = (userId: string, name: string, extra: Record<string, unknown> = {}) =>
    db.repos.habits.create(userId, { name, startDate: '2026-01-01', frequency: { kind: 'daily' }, ...extra });
  await habit(anaUser.id, 'Meditação', { emoji: '🧘' });
  await habit(anaUser.id, 'Read', { synonyms: ['livro'] });
  await habit(anaUser.id, 'Drink water');
  const old = await habit(anaUser.id, 'Mediate disputes');
  await db.repos.habits.update(anaUser.id, old.id, { status: 'archived', archivedAt: new Date() });
  await habit(beaUser.id, 'Medicine');
});
afterAll(async () => { await db?.close(); });

describe('habit suggestions for autocomplete', () => {
  const suggest = (typed: string, who = ana) => createHabitSuggestions(db.repos)(who, typed);

  test('given nothing typed, then every current habit, oldest first, labelled with its emoji', async () => {
    expect(await suggest('')).toEqual([
      { name: '🧘 Meditação', value: 'Meditação' },
      { name: 'Read', value: 'Read' },
      { name: 'Drink water', value: 'Drink water' },
    ]);
  });

  test('given "medita" without the accent, then Meditação; never an archived habit or another person\'s', async () => {
    expect((await suggest('medita')).map((choice) => choice.value)).toEqual(['Meditação']);
    expect((await suggest('medi', bea)).map((choice) => choice.value)).toEqual(['Medicine']);
  });

  test('given a word inside a name or a taught word, then it matches, after names that start with it', async () => {
    expect((await suggest('water')).map((choice) => choice.value)).toEqual(['Drink water']);
    expect((await suggest('LIVRO')).map((choice) => choice.value)).toEqual(['Read']);
    expect((await suggest('r')).map((choice) => choice.value)).toEqual(['Read', 'Drink water']);
  });

  test('given someone the bot has never met, then nothing', async () => {
    expect(await suggest('', { platform: 'discord', externalId: '899999999999999999' })).toEqual([]);
  });
});
