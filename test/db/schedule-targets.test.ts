// A schedule row and a delivery record go to one target: a person's private chat (user_id) or
// a group's home chats (group_id), and a group's kinds only to groups: the database refuses the rest.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

let db: TestDatabase;
let userId: string;
let groupId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const user = await db.repos.users.create({ platform: 'telegram', externalId: '4242' }, { displayName: 'Ana', locale: 'en', timeZone: 'Europe/Berlin' });
  userId = user.id;
  groupId = rowsOf<{ id: string }>(await db.handle.db.execute(sql`insert into groups (name) values ('Readers') returning id`))[0]!.id;
});
afterAll(async () => {
  await db.close();
});

const insertSchedule = (user: string | null, group: string | null, kind: string) =>
  db.handle.db.execute(sql`insert into schedules (user_id, group_id, kind) values (${user}::uuid, ${group}::uuid, ${kind})`);

describe('schedule and delivery targets', () => {
  it('given a group recap row for a group, then it is kept, once per group', async () => {
    await insertSchedule(null, groupId, 'group_recap');
    await expect(insertSchedule(null, groupId, 'group_recap')).rejects.toThrow();
  });

  it.each([
    ['a group recap addressed to a person', () => ({ user: userId, group: null, kind: 'group_recap' })],
    ['a nudge addressed to a group', () => ({ user: null, group: groupId, kind: 'nudge' })],
    ['a row addressed to both', () => ({ user: userId, group: groupId, kind: 'group_recap' })],
    ['a row addressed to nobody', () => ({ user: null, group: null, kind: 'review' })],
  ] as const)('given %s, then the database refuses it', async (_what, row) => {
    const { user, group, kind } = row();
    await expect(insertSchedule(user, group, kind)).rejects.toThrow();
  });

  it('given a delivery record with no target, then the database refuses it', async () => {
    await expect(db.handle.db.execute(sql`
      insert into deliveries (key, kind, status, due_at, updated_at) values ('group_recap-x-2026-10-19', 'group_recap', 'sent', now(), now())`)).rejects.toThrow();
  });
});
