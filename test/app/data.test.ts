import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteUser } from '../../src/app/delete.js';
import { exportUserData } from '../../src/app/export.js';
import { exportText, openExport } from '../../src/app/export-stream.js';
import { addProgress, addSubtask, completeSubtask, createGoal, resetCounter } from '../../src/app/goals.js';
import { archiveHabit } from '../../src/app/habits.js';
import { importUserData } from '../../src/app/import.js';
import { logEntry } from '../../src/app/logging.js';
import { pause } from '../../src/app/pauses.js';
import { completeOnboarding, ensureUser } from '../../src/app/users.js';
import { addDays, localDateOf } from '../../src/core/day.js';
import type { User } from '../../src/core/types.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { expectOk, givenHabit, givenUser, worldOf, type World } from './fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** A person with some of everything: categories, all kinds of habits, entries, pauses, goals. */
async function givenRichHistory(world: World): Promise<User> {
  world.clock.set('2025-03-01T09:00:00Z');
  const user = expectOk(
    await completeOnboarding(world.deps, await givenUser(world), {
      personality: 'mentor', dayStartHour: 4, quietHours: { start: '23:00', end: '07:00' }, weekStart: 7, reviewDay: 7, reviewTime: '19:00',
    }),
  ).user;
  const run = await givenHabit(world, user, {
    name: 'Run', emoji: '🏃', category: 'Health', frequency: { kind: 'per_week', times: 3 }, why: 'stamina, "really"',
    target: { quantity: 5, unit: 'km', direction: 'at_least' }, reminderTimes: ['07:00'], reminderDays: [1, 3, 5], synonyms: ['jog'],
  });
  const smoke = await givenHabit(world, user, { name: 'Smoking', kind: 'break', category: 'Health' });
  const old = await givenHabit(world, user, { name: 'Coffee', frequency: { kind: 'every_n_days', n: 2 } });
  for (let day = 0; day < 9; day += 1) {
    world.clock.advance(86_400_000);
    expectOk(await logEntry(world.deps, user, { habitId: run.id, quantity: 5 + day / 10, note: day === 3 ? 'rain, "wind"' : null, mood: 4, idempotencyKey: `k${day}` }));
    if (day === 4) expectOk(await logEntry(world.deps, user, { habitId: smoke.id, kind: 'slip', note: 'party' }));
  }
  expectOk(await logEntry(world.deps, user, { habitId: old.id, kind: 'skip' }));
  expectOk(await archiveHabit(world.deps, user, { habitId: old.id }));
  expectOk(await pause(world.deps, user, { habitId: run.id, until: '2025-03-20', reason: 'vacation' }));
  const bike = expectOk(await createGoal(world.deps, user, { title: 'Bike', targetValue: 500, unit: 'EUR', deadline: '2025-06-01', subtasks: ['pick a model'] })).view;
  expectOk(await addProgress(world.deps, user, { goalId: bike.goal.id, amount: 120.5 }));
  const subtask = expectOk(await addSubtask(world.deps, user, { goalId: bike.goal.id, title: 'test ride' })).subtask;
  expectOk(await completeSubtask(world.deps, user, { subtaskId: subtask.id }));
  const sugar = expectOk(await createGoal(world.deps, user, { title: 'No sugar', kind: 'counter' })).view;
  expectOk(await resetCounter(world.deps, user, { goalId: sugar.goal.id }));
  return user;
}

describe('export and import', () => {
  it('given a rich history, when exported, imported back and exported again, then the two files are identical', async () => {
    const world = worldOf(db);
    const user = await givenRichHistory(world);
    const first = expectOk(await exportUserData(world.deps, user)).file;
    expect(first).toMatchObject({ format: 'habit-coach-export', version: 1, profile: { personality: 'mentor', dayStartHour: 4 } });
    expect(first.habits).toHaveLength(3);
    expect(first.entries).toHaveLength(11);
    expect(first.goals.map((goal) => goal.progress)).toEqual([
      { kind: 'target', total: 120.5, target: 500, fraction: 0.241 },
      { kind: 'counter', since: '2025-03-10' },
    ]);

    world.clock.set('2025-04-01T10:00:00Z');
    const imported = expectOk(await importUserData(world.deps, user, JSON.stringify(first)));
    expect(imported.idsRemapped).toBe(false);
    expect(imported.counts).toEqual({ categories: 1, habits: 3, entries: 11, pauses: 1, goals: 2 });
    const second = expectOk(await exportUserData(world.deps, user)).file;
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('given an export, when imported by a new person on another database, then their export is the same file, ids included', async () => {
    const world = worldOf(db);
    const source = await givenRichHistory(world);
    const file = expectOk(await exportUserData(world.deps, source)).file;
    const other = await createTestDatabase();
    try {
      const elsewhere = worldOf(other, '2025-05-01T00:00:00Z');
      const fresh = expectOk(await ensureUser(elsewhere.deps, { platform: 'discord', externalId: 'newcomer' })).user;
      const imported = expectOk(await importUserData(elsewhere.deps, fresh, file));
      expect(imported.user.onboardedAt).not.toBeNull();
      expect(expectOk(await exportUserData(elsewhere.deps, fresh)).file).toEqual(file);
    } finally {
      await other.close();
    }
  });

  it('given a second account on the same database, when it imports the file, then it gets a copy with fresh ids and the owner keeps theirs', async () => {
    const world = worldOf(db);
    const owner = await givenRichHistory(world);
    const file = expectOk(await exportUserData(world.deps, owner)).file;
    const copy = await givenUser(world);
    const imported = expectOk(await importUserData(world.deps, copy, file));
    expect(imported.idsRemapped).toBe(true);
    const copied = expectOk(await exportUserData(world.deps, copy)).file;
    expect(copied.entries.map((entry) => [entry.localDate, entry.kind, entry.quantity])).toEqual(
      file.entries.map((entry) => [entry.localDate, entry.kind, entry.quantity]),
    );
    expect(copied.habits[0]?.id).not.toBe(file.habits[0]?.id);
    expect(expectOk(await exportUserData(world.deps, owner)).file).toEqual(file);
  });

  it('given an existing person with data, when they import a file, then their old data is replaced', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    await givenHabit(world, user, { name: 'To be replaced' });
    const file = expectOk(await exportUserData(world.deps, await givenRichHistory(worldOf(db)))).file;
    expectOk(await importUserData(world.deps, user, file));
    const names = (await db.repos.habits.list(user.id, { includeArchived: true })).map((habit) => habit.name);
    expect(names).toEqual(['Run', 'Smoking', 'Coffee']);
  });

  it('given the evening nudge and weekly review turned off, when exported and imported by someone else, then both stay off', async () => {
    const world = worldOf(db);
    const source = await givenRichHistory(world);
    await db.repos.users.update(source.id, { eveningNudgeEnabled: false, weeklyReviewEnabled: false });
    const file = expectOk(await exportUserData(world.deps, source)).file;
    expect(file.profile).toMatchObject({ eveningNudgeEnabled: false, weeklyReviewEnabled: false, reviewDay: 7, reviewTime: '19:00' });
    const copy = await givenUser(world);
    const imported = expectOk(await importUserData(world.deps, copy, JSON.stringify(file)));
    expect(imported.user).toMatchObject({ eveningNudgeEnabled: false, weeklyReviewEnabled: false, reviewDay: 7, reviewTime: '19:00' });
  });

  it('given an older file without the nudge and review switches, when imported, then both are on', async () => {
    const world = worldOf(db);
    const file = expectOk(await exportUserData(world.deps, await givenRichHistory(world))).file;
    const { eveningNudgeEnabled: _nudge, weeklyReviewEnabled: _review, ...oldProfile } = file.profile;
    const person = await givenUser(world);
    await db.repos.users.update(person.id, { eveningNudgeEnabled: false, weeklyReviewEnabled: false });
    const imported = expectOk(await importUserData(world.deps, person, { ...file, profile: oldProfile }));
    expect(imported.user).toMatchObject({ eveningNudgeEnabled: true, weeklyReviewEnabled: true });
  });

  it('given a file of a profile that never finished onboarding, when a new person imports it, then they count as onboarded', async () => {
    const world = worldOf(db);
    const neverOnboarded = await givenUser(world);
    await givenHabit(world, neverOnboarded, { name: 'Walk' });
    const file = expectOk(await exportUserData(world.deps, neverOnboarded)).file;
    expect(file.profile.onboardedAt).toBeNull();
    const newcomer = await givenUser(world);
    world.clock.set('2025-03-11T08:00:00Z');
    const imported = expectOk(await importUserData(world.deps, newcomer, file));
    expect(imported.user.onboardedAt?.toISOString()).toBe('2025-03-11T08:00:00.000Z');
  });

  it.each([
    ['not JSON', '{"format":'],
    ['another format', { format: 'other', version: 1 }],
    ['a newer version', { format: 'habit-coach-export', version: 2 }],
  ])('given %s, then the import is refused and nothing changes', async (_label, input) => {
    const world = worldOf(db);
    const user = await givenRichHistory(world);
    const before = expectOk(await exportUserData(world.deps, user)).file;
    expect(await importUserData(world.deps, user, input)).toMatchObject({ ok: false, error: 'invalid_file' });
    expect(expectOk(await exportUserData(world.deps, user)).file).toEqual(before);
  });

  it('given dates out of bounds or a slip on a habit to build, then the import is refused naming each row, and nothing changes', async () => {
    const world = worldOf(db);
    const user = await givenRichHistory(world);
    const before = expectOk(await exportUserData(world.deps, user)).file;
    const habitIndex = (name: string) => before.habits.findIndex((habit) => habit.name === name);
    const entryOf = (name: string) => before.entries.findIndex((entry) => entry.habitId === before.habits[habitIndex(name)]!.id);
    const refused = async (change: (file: typeof before) => void): Promise<string[]> => {
      const file = structuredClone(before);
      change(file);
      const outcome = await importUserData(world.deps, user, file);
      expect(outcome).toMatchObject({ ok: false, error: 'invalid_file' });
      return outcome.ok ? [] : (outcome as { issues: string[] }).issues;
    };
    const run = entryOf('Run');
    const runStart = before.habits[habitIndex('Run')]!.startDate;
    expect(await refused((file) => { file.entries[run]!.localDate = '0001-01-01'; })).toContain(`entries.${run} ("Run", 0001-01-01): before 2000-01-01`);
    expect(await refused((file) => { file.habits[habitIndex('Run')]!.startDate = '1999-12-31'; })).toContain(`habits.${habitIndex('Run')} ("Run"): starts 1999-12-31, before 2000-01-01`);
    expect(await refused((file) => { file.entries[run]!.localDate = '2025-02-01'; })).toContain(`entries.${run} ("Run", 2025-02-01): before its habit starts (${runStart})`);
    // Tomorrow, in the person's zone and day, is the last day a record may carry.
    const tomorrow = addDays(localDateOf(world.clock.now(), before.profile.timeZone, before.profile.dayStartHour), 1);
    expect(await refused((file) => { file.entries[run]!.localDate = '2030-01-01'; })).toContain(`entries.${run} ("Run", 2030-01-01): in the future (after ${tomorrow})`);
    expect(await importUserData(world.deps, user, { ...structuredClone(before), entries: before.entries.map((entry, i) => (i === run ? { ...entry, localDate: tomorrow } : entry)) })).toMatchObject({ ok: true });
    expect(await refused((file) => { file.entries[run]!.kind = 'slip'; })).toContain(`entries.${run} ("Run", ${before.entries[run]!.localDate}): a slip on a habit to build (only habits to break have slips)`);
    expect(expectOk(await importUserData(world.deps, user, before)).ok).toBe(true);
    expect(expectOk(await exportUserData(world.deps, user)).file).toEqual(before);
  });

  it('given a file whose entry points at a missing habit or repeats a once-a-day day, then it is refused and nothing changes', async () => {
    const world = worldOf(db);
    const user = await givenRichHistory(world);
    const before = expectOk(await exportUserData(world.deps, user)).file;
    const dangling = structuredClone(before);
    dangling.entries[0]!.habitId = '00000000-0000-4000-8000-000000000000';
    const dangled = await importUserData(world.deps, user, dangling);
    expect(dangled).toMatchObject({ ok: false, error: 'invalid_file' });
    expect(JSON.stringify(dangled)).toMatch(/unknown habitId/);

    const twice = structuredClone(before);
    const smokingSlip = twice.entries.find((entry) => entry.kind === 'slip')!;
    twice.entries.push({ ...smokingSlip, id: '00000000-0000-4000-8000-000000000001', idempotencyKey: null });
    expect(await importUserData(world.deps, user, twice)).toMatchObject({ ok: false, error: 'invalid_file' });
    expect(expectOk(await exportUserData(world.deps, user)).file).toEqual(before);
  });
});

describe('the streamed export', () => {
  async function streamed(world: World, user: User, format: 'json' | 'csv', pageSize: number): Promise<string> {
    const opened = await openExport(world.deps, user, format, { pageSize });
    let text = '';
    for await (const chunk of opened!.chunks()) text += chunk;
    return text;
  }

  it('given any page size, then the JSON is byte for byte the whole file pretty-printed, every entry once, and it imports back exactly', async () => {
    const world = worldOf(db);
    const user = await givenRichHistory(world);
    const whole = expectOk(await exportUserData(world.deps, user)).file;
    const expected = `${JSON.stringify(whole, null, 2)}\n`;
    for (const pageSize of [1, 2, 3, 5, 2000]) expect(await streamed(world, user, 'json', pageSize)).toBe(expected);
    const text = await exportText(world.deps, user, 'json');
    await deleteUser(world.deps, user);
    const twin = await givenUser(world);
    expect(await importUserData(world.deps, twin, text)).toMatchObject({ ok: true, idsRemapped: false });
    const again = expectOk(await exportUserData(world.deps, twin)).file;
    expect({ ...again, profile: { ...again.profile, displayName: whole.profile.displayName } }).toEqual(whole);
  });

  it('given a person with no entries, then the JSON still parses with an empty entries list', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    expect(JSON.parse((await exportText(world.deps, user, 'json'))!)).toMatchObject({ entries: [] });
  });

  it('given entries with commas and quotes in notes, then the CSV quotes them and has one line per entry', async () => {
    const world = worldOf(db);
    const user = await givenRichHistory(world);
    const csv = await streamed(world, user, 'csv', 4);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,habit,kind,quantity,unit,note,mood,energy,source,created_at');
    expect(lines).toHaveLength(12);
    // created_at is when the row was written (the database's time), so only its shape is checked.
    expect(lines).toContainEqual(expect.stringMatching(/^2025-03-05,Run,done,5\.3,km,"rain, ""wind""",4,,chat,\d{4}-\d\d-\d\dT[\d:.]+Z$/));
    expect(lines.some((line) => line.startsWith('2025-03-06,Smoking,slip,,,party,'))).toBe(true);
  });
});

describe('deleteUser', () => {
  it('given a person with everything, when deleted, then nothing of theirs is left and others are untouched', async () => {
    const world = worldOf(db);
    const user = await givenRichHistory(world);
    const bystander = await givenRichHistory(world);
    const bystanderBefore = expectOk(await exportUserData(world.deps, bystander)).file;
    expect(await deleteUser(world.deps, user)).toEqual({ ok: true });
    expect(await db.repos.users.get(user.id)).toBeNull();
    expect(await db.repos.users.identities(user.id)).toEqual([]);
    expect(await db.repos.entries.listForUser(user.id)).toEqual([]);
    expect(await db.repos.habits.list(user.id, { includeArchived: true })).toEqual([]);
    expect(await db.repos.goals.list(user.id, { includeArchived: true })).toEqual([]);
    const sql = postgres(db.url!, { max: 1, onnotice: () => undefined });
    const tables = ['categories', 'habits', 'entries', 'pauses', 'goals', 'goal_progress', 'subtasks', 'platform_identities'];
    const counts = await Promise.all(tables.map((table) => sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table} where user_id = $1`, [user.id])));
    await sql.end();
    expect(counts.map((rows) => rows[0]?.n)).toEqual(tables.map(() => 0));
    expect(expectOk(await exportUserData(world.deps, bystander)).file).toEqual(bystanderBefore);
    expect(await deleteUser(world.deps, user)).toEqual({ ok: false, error: 'unknown_user' });
  });
});
