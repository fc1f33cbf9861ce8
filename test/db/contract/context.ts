// Shared plumbing for the repository contract: one database per suite run, a fresh user
// per test (so tests never see each other's rows), and raw SQL that bypasses repositories.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import type { NewHabit, Repositories } from '../../../src/app/ports.js';
import type { Habit, User } from '../../../src/core/types.js';
import { rowsOf } from '../../../src/db/client.js';
import { pgErrorCode } from '../../../src/db/repositories/errors.js';
import type { TestDatabase } from '../../support/db.js';

export type DatabaseFactory = () => Promise<TestDatabase>;

export interface ContractContext {
  readonly database: TestDatabase;
  readonly repos: Repositories;
  newUser(displayName?: string): Promise<User>;
  newHabit(userId: string, input?: Partial<NewHabit>): Promise<Habit>;
  /** Runs SQL as written, straight to the database. */
  raw(text: string): Promise<Record<string, unknown>[]>;
  /** Rows of `table` owned by the user, counted without any repository. */
  countOwned(table: string, userId: string): Promise<number>;
}

export function useContractDatabase(factory: DatabaseFactory): ContractContext {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await factory();
  });
  afterAll(async () => {
    await database?.close();
  });
  const current = (): TestDatabase => {
    if (!database) throw new Error('contract database not ready');
    return database;
  };
  const context: ContractContext = {
    get database() {
      return current();
    },
    get repos() {
      return current().repos;
    },
    newUser: (displayName = 'Ana') =>
      context.repos.users.create({ platform: 'telegram', externalId: randomUUID() }, { displayName }),
    newHabit: (userId, input = {}) => context.repos.habits.create(userId, { name: 'Read', startDate: '2024-01-01', ...input }),
    async raw(text) {
      return rowsOf<Record<string, unknown>>(await current().handle.db.execute(sql.raw(text)));
    },
    async countOwned(table, userId) {
      const [row] = await context.raw(`select count(*)::int as n from ${table} where user_id = '${userId}'`);
      return Number(row?.n);
    },
  };
  return context;
}

/** Asserts the database itself refused the statement with this SQLSTATE. */
export async function expectRefused(work: Promise<unknown>, code: string): Promise<void> {
  let caught: unknown;
  try {
    await work;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected the database to refuse with ${code}`).toBeDefined();
  expect(pgErrorCode(caught)).toBe(code);
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
