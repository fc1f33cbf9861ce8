import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachLogRepository } from '../../src/app/ports.js';
import { createCoachLogRepository } from '../../src/db/repositories/coach.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { depsOf, givenHabit, givenUser } from './support.js';

let db: TestDatabase;
let log: CoachLogRepository;
beforeAll(async () => {
  db = await createTestDatabase();
  log = createCoachLogRepository(db.handle);
});
afterAll(async () => {
  await db.close();
});

const line = { personality: 'yoda' as const, moment: 'completion' as const, text: 'Done it is.', habitId: null, goalId: null, fromModel: false };

describe('coach message log', () => {
  it('given lines said to a person, then they are listed newest first with their personality, moment and habit', async () => {
    const deps = depsOf(db);
    const user = await givenUser(deps);
    const habit = await givenHabit(deps, user, { name: 'Pushups' });
    await log.logMessage(user.id, { ...line, habitId: habit.id, createdAt: new Date('2025-03-10T08:00:00Z') });
    await log.logMessage(user.id, { ...line, moment: 'milestone', text: 'Seven days!', fromModel: true, createdAt: new Date('2025-03-10T09:00:00Z') });
    const messages = await log.listMessages(user.id);
    expect(messages.map((m) => [m.moment, m.text, m.habitId, m.fromModel])).toEqual([
      ['milestone', 'Seven days!', null, true],
      ['completion', 'Done it is.', habit.id, false],
    ]);
    expect(await log.listMessages(user.id, { limit: 1 })).toHaveLength(1);
  });

  it("given another person's habit id, then the line is stored without linking it", async () => {
    const deps = depsOf(db);
    const user = await givenUser(deps);
    const other = await givenUser(deps);
    const theirs = await givenHabit(deps, other, { name: 'Secret' });
    const saved = await log.logMessage(user.id, { ...line, habitId: theirs.id, goalId: 'not-a-uuid' });
    expect(saved).toMatchObject({ habitId: null, goalId: null });
    expect(await log.listMessages(other.id)).toEqual([]);
  });

  it('given a deleted habit, then its lines stay with the habit cleared; a deleted person takes everything with them', async () => {
    const deps = depsOf(db);
    const user = await givenUser(deps);
    const habit = await givenHabit(deps, user, { name: 'Floss' });
    await log.logMessage(user.id, { ...line, habitId: habit.id });
    await log.saveMemory(user.id, { summary: 's', turns: [], updatedAt: new Date() });
    await db.repos.habits.delete(user.id, habit.id);
    expect((await log.listMessages(user.id))[0]?.habitId).toBeNull();
    await db.repos.users.delete(user.id);
    expect(await log.listMessages(user.id)).toEqual([]);
    expect(await log.getMemory(user.id)).toBeNull();
  });
});

describe('chat memory storage', () => {
  it('given a saved memory, then it reads back exactly, is replaced on save and is gone after clear', async () => {
    const user = await givenUser(depsOf(db));
    expect(await log.getMemory(user.id)).toBeNull();
    const memory = {
      summary: 'Wants to run mornings.',
      turns: [
        { role: 'user' as const, text: 'hi', at: new Date('2025-03-10T08:00:00.000Z') },
        { role: 'assistant' as const, text: 'hello', at: new Date('2025-03-10T08:00:01.000Z') },
      ],
      updatedAt: new Date('2025-03-10T08:00:01.000Z'),
    };
    await log.saveMemory(user.id, memory);
    expect(await log.getMemory(user.id)).toEqual(memory);
    await log.saveMemory(user.id, { ...memory, summary: null, turns: [] });
    expect(await log.getMemory(user.id)).toMatchObject({ summary: null, turns: [] });
    await log.clearMemory(user.id);
    expect(await log.getMemory(user.id)).toBeNull();
  });
});
