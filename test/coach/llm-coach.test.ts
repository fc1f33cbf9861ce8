import nock from './http-mock.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlmCoach, type LlmCoachOptions } from '../../src/coach/llm-coach.js';
import { createTemplateCoach, type TemplateCoach } from '../../src/coach/template-coach.js';
import { loadPersonalities } from '../../src/coach/templates.js';
import { undoCoachWrites } from '../../src/coach/undo.js';
import { createCoachLogRepository } from '../../src/db/repositories/coach.js';
import type { AppDeps } from '../../src/app/deps.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import {
  API_KEY, depsOf, fakeLlm, givenHabit, givenLog, givenUser, ok, openAiClient, recordingLogger,
} from './support.js';

let db: TestDatabase;
let templates: TemplateCoach;
let deps: AppDeps;

beforeAll(async () => {
  db = await createTestDatabase();
  templates = createTemplateCoach(await loadPersonalities());
  nock.disableNetConnect();
});
afterAll(async () => {
  nock.enableNetConnect();
  await db.close();
});
beforeEach(() => {
  deps = depsOf(db);
});
afterEach(() => {
  nock.cleanAll();
});

function coachWith(overrides: Partial<LlmCoachOptions> = {}) {
  const logger = recordingLogger();
  const coach = createLlmCoach({
    client: openAiClient(),
    model: 'test-model',
    timeoutMs: 2500,
    templates,
    deps,
    log: createCoachLogRepository(db.handle),
    logger,
    ...overrides,
  });
  return { coach, logger };
}

describe('free chat through the model', () => {
  it('given "did 20 pushups", when the model calls log_habit, then the entry is written and echoed from what was stored, with Undo', async () => {
    const user = await givenUser(deps);
    const habit = await givenHabit(deps, user, { name: 'Pushups', target: { quantity: 20, unit: 'reps', direction: 'at_least' } });
    const llm = fakeLlm(
      ok({ toolCalls: [{ name: 'log_habit', arguments: { habit: 'pushups', quantity: 20 } }] }),
      ok({ text: 'Strong, the practice grows.' }),
    );
    const { coach } = coachWith();

    const outcome = await coach.chat(user, 'did my twenty pushups just now', { idempotencyKey: 'console:1' });

    expect(outcome.fellBack).toBe(false);
    expect(outcome.writes).toHaveLength(1);
    const [entry] = await db.repos.entries.listForHabit(user.id, habit.id);
    expect(entry).toMatchObject({ kind: 'done', quantity: 20, source: 'llm', localDate: '2025-03-10' });
    expect(outcome.text).toBe('Logged: Pushups, 20 reps\nStrong, the practice grows.');
    expect(outcome.undo).toEqual({ entryIds: [entry!.id], habitIds: [] });
    // The model was told the facts of the write.
    const toolReply = llm.bodies[1]!.messages.find((message) => message.role === 'tool');
    expect(JSON.parse(toolReply!.content!)).toMatchObject({ ok: true, written: { habit: 'Pushups', quantity: 20 }, currentStreak: 1 });

    const undone = await undoCoachWrites(deps, user, outcome.undo!);
    expect(undone.entries.map((e) => e.id)).toEqual([entry!.id]);
    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(0);
  });

  it('given a stats question, then the model is given the real streak and answers from it', async () => {
    const user = await givenUser(deps);
    const habit = await givenHabit(deps, user, { name: 'Reading', startDate: '2025-03-01' });
    for (const date of ['2025-03-08', '2025-03-09', '2025-03-10']) await givenLog(deps, user, { habitId: habit.id, date });
    const llm = fakeLlm(
      ok({ toolCalls: [{ name: 'get_stats', arguments: { habit: 'Reading' } }] }),
      ok({ text: 'Three days, your Reading streak is.' }),
    );
    const { coach } = coachWith();

    const outcome = await coach.chat(user, 'how is my reading going?');

    expect(outcome).toMatchObject({ fellBack: false, writes: [], undo: null, text: 'Three days, your Reading streak is.' });
    const context = llm.bodies[0]!.messages.map((message) => message.content).join('\n');
    expect(context).toContain('"name":"Reading"');
    expect(context).toContain('"currentStreak":3');
    const stats = JSON.parse(llm.bodies[1]!.messages.find((message) => message.role === 'tool')!.content!);
    expect(stats.habits).toEqual([expect.objectContaining({ name: 'Reading', currentStreak: 3, doneToday: true })]);
  });

  it('given an invalid tool argument, then the call is refused, nothing is written and the model is told why', async () => {
    const user = await givenUser(deps);
    const habit = await givenHabit(deps, user, { name: 'Pushups' });
    const llm = fakeLlm(
      ok({ toolCalls: [{ name: 'log_habit', arguments: { habit: 'Pushups', quantity: -20, date: 'tomorrow' } }] }),
      ok({ text: 'That, I could not record. How many did you do?' }),
    );
    const { coach } = coachWith();

    const outcome = await coach.chat(user, 'did minus twenty pushups tomorrow');

    expect(outcome).toMatchObject({ writes: [], undo: null, fellBack: false });
    expect(outcome.text).not.toMatch(/Logged/);
    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(0);
    const refusal = JSON.parse(llm.bodies[1]!.messages.find((message) => message.role === 'tool')!.content!);
    expect(refusal).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(refusal.issues.join(' ')).toMatch(/quantity/);
    expect(refusal.issues.join(' ')).toMatch(/date/);
  });

  it('given the model claims a log without any tool call, then its words are replaced by a template line', async () => {
    const user = await givenUser(deps);
    await givenHabit(deps, user, { name: 'Running' });
    fakeLlm(ok({ text: "Great job! I've logged your 5k run." }));
    const { coach, logger } = coachWith();

    const outcome = await coach.chat(user, 'ran 5k, log it pls');

    expect(outcome).toMatchObject({ fellBack: true, reason: 'unbacked_claim', writes: [] });
    expect(outcome.text).not.toMatch(/logged/i);
    expect(logger.lines).toContainEqual(expect.objectContaining({ fields: expect.objectContaining({ event: 'coach_fallback', reason: 'unbacked_claim' }) }));
  });
});

describe('falling back to templates', () => {
  it('given a model slower than the deadline, then a template answers in under 3 s and the reason is logged without secrets', async () => {
    const user = await givenUser(deps, { personality: 'general' });
    const llm = fakeLlm({ hang: true });
    const { coach, logger } = coachWith({ timeoutMs: 2500 });

    const started = Date.now();
    const outcome = await coach.chat(user, 'I keep skipping the gym, help');
    const elapsed = Date.now() - started;

    expect(elapsed).toBeLessThan(3000);
    expect(outcome).toMatchObject({ fellBack: true, reason: 'timeout', writes: [] });
    expect(outcome.text).toBe(templates.render({ user, moment: 'free_chat', vars: { name: user.displayName } }));
    expect(llm.bodies).toHaveLength(1);
    const logged = JSON.stringify(logger.lines);
    expect(logged).toContain('"reason":"timeout"');
    expect(logged).not.toContain(API_KEY);
    expect(logged).not.toContain('skipping the gym');
  });

  it('given a 500 from the model, then a template answers at once, without retrying', async () => {
    const user = await givenUser(deps, { personality: 'mentor', locale: 'pt-BR' });
    const llm = fakeLlm({ status: 500, body: { error: { message: 'internal' } } });
    const { coach, logger } = coachWith();

    const started = Date.now();
    const outcome = await coach.chat(user, 'tô pulando a academia direto, me ajuda');

    expect(Date.now() - started).toBeLessThan(3000);
    expect(outcome).toMatchObject({ fellBack: true, reason: 'api_error' });
    expect(outcome.text.length).toBeGreaterThan(5);
    expect(llm.bodies).toHaveLength(1);
    expect(llm.scope.isDone()).toBe(true);
    expect(logger.lines).toContainEqual(expect.objectContaining({ fields: expect.objectContaining({ reason: 'api_error', status: 500 }) }));
  });

  it('given a malformed completion, then it counts as invalid output and a template answers', async () => {
    const user = await givenUser(deps);
    fakeLlm({ status: 200, body: { choices: [] } });
    const { coach } = coachWith();
    const outcome = await coach.chat(user, 'hmm');
    expect(outcome).toMatchObject({ fellBack: true, reason: 'invalid_output' });
  });

  it('given no model configured, then chat answers from templates and says why', async () => {
    const user = await givenUser(deps);
    const { coach } = coachWith({ client: null });
    const outcome = await coach.chat(user, 'help me');
    expect(outcome).toMatchObject({ fellBack: true, reason: 'no_model', writes: [] });
  });
});

describe('coach lines', () => {
  it('given a confirmation moment, then the template answers and the model is not asked', async () => {
    const user = await givenUser(deps);
    const habit = await givenHabit(deps, user, { name: 'Pushups' });
    const { coach } = coachWith();
    const request = { user, moment: 'completion' as const, habitId: habit.id, vars: { habit: 'Pushups', streak: 4 } };
    expect(await coach.line(request)).toBe(templates.render(request));
    const [logged] = await createCoachLogRepository(db.handle).listMessages(user.id);
    expect(logged).toMatchObject({ personality: 'yoda', moment: 'completion', habitId: habit.id, fromModel: false });
  });

  it('given a weekly analysis, then the model writes it from the facts it is given; on failure, the template does', async () => {
    const user = await givenUser(deps, { personality: 'mentor' });
    const llm = fakeLlm(ok({ text: 'Five of seven this week. What helped on the good days?' }), { status: 503 });
    const { coach } = coachWith();
    const request = { user, moment: 'weekly_analysis' as const, vars: { rate: 71, done: 5, due: 7 } };

    expect(await coach.line(request)).toBe('Five of seven this week. What helped on the good days?');
    expect(llm.bodies[0]!.messages.at(-1)!.content).toContain('"rate":71');
    expect(await coach.line(request)).toBe(templates.render(request));

    const messages = await createCoachLogRepository(db.handle).listMessages(user.id);
    expect(messages.map((message) => message.fromModel).sort()).toEqual([false, true]);
  });
});
