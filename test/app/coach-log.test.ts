import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCoachLog } from '../../src/app/coach-log.js';
import type { Coach } from '../../src/app/ports.js';
import { createTemplateCoach, loadPersonalities } from '../../src/coach/index.js';
import { createCoachLogRepository } from '../../src/db/repositories/coach.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { givenUser, worldOf } from './fixtures.js';

let db: TestDatabase;
let templates: Coach;
beforeAll(async () => {
  db = await createTestDatabase();
  templates = createTemplateCoach(await loadPersonalities());
});
afterAll(async () => {
  await db.close();
});

describe('the template coach with its notable lines logged', () => {
  it('given a milestone, then the line said is the line logged; a completion is said but not logged', async () => {
    const world = worldOf(db);
    const user = await givenUser(world);
    const log = createCoachLogRepository(db.handle);
    const coach = withCoachLog(templates, { log, clock: world.clock });
    const milestone = await coach.line({ user, moment: 'milestone', vars: { habit: 'Read', days: 7 } });
    const completion = await coach.line({ user, moment: 'completion', vars: { habit: 'Read', streak: 8 } });
    expect(completion).not.toBe('');
    const logged = await log.listMessages(user.id);
    expect(logged).toEqual([expect.objectContaining({ moment: 'milestone', text: milestone, fromModel: false, personality: user.personality })]);
    expect(logged[0]?.createdAt.toISOString()).toBe(world.clock.now().toISOString());
  });

  it('given the log refusing the write, then the line is still said and the failure reported', async () => {
    const world = worldOf(db);
    const failures: unknown[] = [];
    const coach = withCoachLog(templates, { log: createCoachLogRepository(db.handle), clock: world.clock, onError: (error) => failures.push(error) });
    // A person who does not exist: the database refuses the row (foreign key).
    const line = await coach.line({ user: { id: randomUUID(), personality: 'mentor', locale: 'en' }, moment: 'slip', vars: { habit: 'Smoking' } });
    expect(line).not.toBe('');
    expect(failures).toHaveLength(1);
  });
});
