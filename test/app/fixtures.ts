// Shared set-up for the use-case specs: a real PostgreSQL database per file, a fixed clock
// per test, and people created through the use cases themselves.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { AppDeps } from '../../src/app/deps.js';
import { createHabit, type CreateHabitInput } from '../../src/app/habits.js';
import { ensureUser, updateSettings, type SettingsInput } from '../../src/app/users.js';
import type { Habit, User } from '../../src/core/types.js';
import { FixedClock } from '../support/clock.js';
import type { TestDatabase } from '../support/db.js';

export interface World {
  deps: AppDeps;
  clock: FixedClock;
}

/** Monday 10 March 2025, 12:00 UTC: noon in Lisbon, 09:00 in São Paulo. */
export const MONDAY_NOON = '2025-03-10T12:00:00Z';

export function worldOf(db: TestDatabase, now: string = MONDAY_NOON): World {
  const clock = new FixedClock(now);
  return { deps: { repos: db.repos, clock }, clock };
}

/** A new person (on the console) with the given settings; Lisbon time by default. */
export async function givenUser(world: World, settings: SettingsInput = {}): Promise<User> {
  const created = await ensureUser(world.deps, { platform: 'console', externalId: `person-${randomUUID()}`, displayName: 'Ana' });
  if (!created.ok) throw new Error('could not create the user');
  const updated = await updateSettings(world.deps, created.user, { timeZone: 'Europe/Lisbon', ...settings });
  if (!updated.ok) throw new Error(`could not set up the user: ${JSON.stringify(updated)}`);
  return updated.user;
}

export async function givenHabit(world: World, user: User, input: CreateHabitInput): Promise<Habit> {
  const outcome = await createHabit(world.deps, user, input);
  if (!outcome.ok) throw new Error(`could not create the habit: ${JSON.stringify(outcome)}`);
  return outcome.habit;
}

/** Narrows an outcome to its success case, failing the test with the outcome otherwise. */
export function expectOk<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
  return outcome as Extract<T, { ok: true }>;
}
