import nock from './http-mock.js';
import { DateTime } from 'luxon';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AppDeps } from '../../src/app/deps.js';
import { undoHabitCreation } from '../../src/app/habits.js';
import { createLlmCoach, type LlmCoachOptions } from '../../src/coach/llm-coach.js';
import { TOOL_DEFINITIONS, toolArgumentSchemas, type ToolName } from '../../src/coach/llm-tool-definitions.js';
import { createTemplateCoach, type TemplateCoach } from '../../src/coach/template-coach.js';
import { loadPersonalities } from '../../src/coach/templates.js';
import { createCoachLogRepository } from '../../src/db/repositories/coach.js';
import { freeTextFromCoachChat } from '../../src/dialog/coach-chat.js';
import { createConversation } from '../../src/dialog/conversation.js';
import type { InboundMessage, Reply } from '../../src/dialog/messages.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { depsOf, fakeLlm, givenHabit, givenUser, NOW, ok, openAiClient } from './support.js';

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

// A generous deadline: these specs are about what is written, not about time (a loaded machine is slow).
function coachWith(overrides: Partial<LlmCoachOptions> = {}) {
  return createLlmCoach({ client: openAiClient(), model: 'test-model', timeoutMs: 20_000, templates, deps, log: createCoachLogRepository(db.handle), ...overrides });
}

/** The last `count` days up to today (NOW), newest first. */
function daysBack(count: number): string[] {
  const today = DateTime.fromISO(NOW, { zone: 'UTC' });
  return Array.from({ length: count }, (_, index) => today.minus({ days: index }).toISODate()!);
}

/** A person who has finished onboarding, talking to a conversation whose free text goes to `coach`. */
async function talkingTo(coach: ReturnType<typeof coachWith>) {
  const externalId = `person-${Math.random().toString(36).slice(2)}`;
  const user = await deps.repos.users.create({ platform: 'console', externalId }, { displayName: 'Ana', timeZone: 'UTC', locale: 'en', personality: 'yoda', onboardedAt: deps.clock.now() });
  const conversation = createConversation({ repos: db.repos, clock: deps.clock, coach, freeText: freeTextFromCoachChat(coach) });
  let sequence = 0;
  const base = (): Omit<InboundMessage, 'updateId'> => ({ platform: 'console', user: { externalId, displayName: 'Ana' }, chat: { id: externalId, kind: 'private' } });
  return {
    user,
    say: (text: string) => conversation.handle({ ...base(), text, updateId: `w${++sequence}` }),
    press: (data: string) => conversation.handle({ ...base(), button: { data }, updateId: `w${++sequence}` }),
  };
}

const buttonsOf = (replies: Reply[]) => replies.flatMap((reply) => (reply.buttons ?? []).flat());

describe('how much one model turn can write', () => {
  it('given a model that asks for 200 logs in one turn, then 5 are written and the person is asked about the rest', async () => {
    const user = await givenUser(deps);
    const habit = await givenHabit(deps, user, { name: 'Pushups', startDate: '2024-01-01' });
    const calls = daysBack(200).map((date) => ({ name: 'log_habit', arguments: { habit: 'Pushups', date } }));
    const llm = fakeLlm(ok({ toolCalls: calls }), ok({ text: 'Your history, restored it is.' }));

    const outcome = await coachWith().chat(user, 'log pushups for every day since last summer');

    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(5);
    expect(outcome.writes).toHaveLength(5);
    expect(outcome.undo?.entryIds).toHaveLength(5);
    expect(outcome.deferred).toMatchObject({ entryCount: 195, habitCount: 0 });
    expect(outcome.deferred!.entries.length).toBeGreaterThan(0);
    expect(outcome.text).toContain('195 more were not written');
    // The model was told, for each held-back call, that nothing was written.
    const toolReplies = llm.bodies[1]!.messages.filter((message) => message.role === 'tool').map((message) => JSON.parse(message.content!) as { ok: boolean; error?: string });
    expect(toolReplies).toHaveLength(200);
    expect(toolReplies.filter((reply) => reply.error === 'write_limit_reached')).toHaveLength(195);
  });

  it('given a model that asks for 100 new habits in one turn, then 2 are created and the others are named in a question', async () => {
    const user = await givenUser(deps);
    const calls = Array.from({ length: 100 }, (_, index) => ({ name: 'create_habit', arguments: { name: `Habit ${index + 1}` } }));
    fakeLlm(ok({ toolCalls: calls }), ok({ text: 'Many habits, you want.' }));

    const outcome = await coachWith().chat(user, 'make me a hundred habits');

    expect((await db.repos.habits.list(user.id)).map((habit) => habit.name)).toEqual(['Habit 1', 'Habit 2']);
    expect(outcome.deferred).toMatchObject({ habitCount: 98, entryCount: 0 });
    expect(outcome.text).toContain('98 more were not created (Habit 3, Habit 4');
  });

  it('given a model that retries the held-back calls in its next round, then the person is asked about them once', async () => {
    const user = await givenUser(deps);
    await givenHabit(deps, user, { name: 'Pushups', startDate: '2024-01-01' });
    const calls = daysBack(7).map((date) => ({ name: 'log_habit', arguments: { habit: 'Pushups', date } }));
    fakeLlm(ok({ toolCalls: calls }), ok({ toolCalls: calls.slice(5) }), ok({ text: 'Done, it is.' }));

    const outcome = await coachWith().chat(user, 'the whole week, please');

    expect(outcome.writes).toHaveLength(5);
    expect(outcome.deferred).toMatchObject({ entryCount: 2 });
    expect(outcome.text).toContain('2 more were not written');
  });

  it('given limits set lower, then the coach writes only that many', async () => {
    const user = await givenUser(deps);
    const habit = await givenHabit(deps, user, { name: 'Water', target: { quantity: 8, unit: 'glasses', direction: 'at_least' } });
    const calls = Array.from({ length: 4 }, () => ({ name: 'log_habit', arguments: { habit: 'Water', quantity: 1 } }));
    fakeLlm(ok({ toolCalls: calls }), ok({ text: 'Hydrated, you are.' }));

    await coachWith({ writeLimits: { maxEntries: 1, maxNewHabits: 0 } }).chat(user, 'four glasses, one by one');

    expect(await db.repos.entries.listForHabit(user.id, habit.id)).toHaveLength(1);
  });
});

describe('undoing what the coach wrote, through the conversation', () => {
  it('given a turn that wrote 5 entries and 2 habits, then each has its own Undo, and pressing them all takes every write back', async () => {
    const coach = coachWith();
    const person = await talkingTo(coach);
    const habit = await givenHabit(deps, person.user, { name: 'Pushups', startDate: '2024-01-01' });
    const logs = daysBack(7).map((date) => ({ name: 'log_habit', arguments: { habit: 'Pushups', date } }));
    const creates = ['Reading', 'Stretching', 'Journaling'].map((name) => ({ name: 'create_habit', arguments: { name } }));
    fakeLlm(ok({ toolCalls: [...logs, ...creates] }), ok({ text: 'Busy, you have been.' }));

    const replies = await person.say('could you sort out the backlog from my old tracker app');

    const undo = buttonsOf(replies).filter((button) => button.label.includes('Undo'));
    expect(undo.map((button) => button.label)).toEqual([...Array(5).fill('↩️ Undo Pushups'), '↩️ Undo new habit Reading', '↩️ Undo new habit Stretching']);
    // The held-back logs are offered as buttons that write one on a tap.
    const ask = buttonsOf(replies).filter((button) => button.label.startsWith('➕'));
    expect(ask.length).toBeGreaterThan(0);
    expect(replies[0]!.text).toContain('2 more were not written');
    expect(replies[0]!.text).toContain('1 more was not created (Journaling)');

    for (const button of undo) await person.press(button.data);

    expect(await db.repos.entries.listForHabit(person.user.id, habit.id)).toHaveLength(0);
    expect((await db.repos.habits.list(person.user.id)).map((item) => item.name)).toEqual(['Pushups']);

    await person.press(ask[0]!.data);
    expect(await db.repos.entries.listForHabit(person.user.id, habit.id)).toHaveLength(1);
  });
});

describe('an Undo under a habit the coach created', () => {
  it('given the Undo is pressed days later (or forged), then it does not delete a habit that has a history', async () => {
    const user = await givenUser(deps);
    const habit = await givenHabit(deps, user, { name: 'Meditation' });
    const later = depsOf(db, '2025-03-12T12:00:00Z');

    const outcome = await undoHabitCreation(later, user, { habitId: habit.id });

    expect(outcome).toMatchObject({ ok: false, error: 'too_old' });
    expect(await db.repos.habits.get(user.id, habit.id)).not.toBeNull();
  });
});

describe('the memory summary and the deadline', () => {
  it('given a slow model and a summary due, then the reply comes from the model without waiting for the summary', async () => {
    const log = createCoachLogRepository(db.handle);
    const limits = { maxTurns: 2, keepTurns: 2, maxTurnChars: 200, maxSummaryChars: 300 };
    const coach = coachWith({ memoryLimits: limits, timeoutMs: 5000 });
    const user = await givenUser(deps);
    const at = deps.clock.now();
    await log.saveMemory(user.id, { summary: null, turns: [{ role: 'user', text: 'gym is hard', at }, { role: 'assistant', text: 'Start small.', at }], updatedAt: at });
    // The answer takes most of the deadline; the summary model never answers (its own deadline ends it).
    const llm = fakeLlm(ok({ text: 'One rep, then another.' }, 1500), { hang: true });

    const started = Date.now();
    const outcome = await coach.chat(user, 'still skipping it');
    const replyMs = Date.now() - started;

    expect(outcome).toMatchObject({ fellBack: false, text: 'One rep, then another.' });
    // When the reply is back, the exchange is remembered but the summary has not been awaited.
    const atReply = await log.getMemory(user.id);
    expect(atReply?.turns).toHaveLength(4);
    expect(atReply?.summary).toBeNull();

    await coach.settled();
    expect(llm.bodies).toHaveLength(2);
    const folded = await log.getMemory(user.id);
    expect(folded?.turns.map((turn) => turn.text)).toEqual(['still skipping it', 'One rep, then another.']);
    expect(folded?.summary).toContain('gym is hard');
    expect(Date.now() - started).toBeGreaterThan(replyMs);
  });
});

describe('the tools the model is shown', () => {
  it('given the zod schemas that check every tool call, then the JSON schemas shown to the model are generated from them', () => {
    expect(TOOL_DEFINITIONS.map((tool) => tool.function.name)).toEqual(Object.keys(toolArgumentSchemas));
    for (const tool of TOOL_DEFINITIONS) {
      const { $schema: _dialect, ...expected } = z.toJSONSchema(toolArgumentSchemas[tool.function.name as ToolName], { io: 'input' });
      expect(tool.function.parameters).toEqual(expected);
      expect(tool.function.description?.length).toBeGreaterThan(10);
    }
    expect(TOOL_DEFINITIONS.find((tool) => tool.function.name === 'log_habit')!.function.parameters).toMatchObject({
      type: 'object', required: ['habit'], additionalProperties: false,
    });
  });
});
