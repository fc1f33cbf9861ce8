import nock from './http-mock.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMemory } from '../../src/app/ports.js';
import { emptyMemory, remember, type MemoryLimits } from '../../src/coach/chat-memory.js';
import { createLlmCoach } from '../../src/coach/llm-coach.js';
import { createTemplateCoach } from '../../src/coach/template-coach.js';
import { loadPersonalities } from '../../src/coach/templates.js';
import { createCoachLogRepository } from '../../src/db/repositories/coach.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { depsOf, fakeLlm, givenUser, ok, openAiClient } from './support.js';

const small: MemoryLimits = { maxTurns: 4, keepTurns: 2, maxTurnChars: 200, maxSummaryChars: 300 };
const at = new Date('2025-03-10T12:00:00Z');

describe('remember', () => {
  it('given turns within the limit, then they are kept verbatim and nothing is summarized', async () => {
    const memory = await remember(emptyMemory(at), { userText: 'hi', reply: 'hello', now: at }, { limits: small });
    expect(memory.turns.map((turn) => [turn.role, turn.text])).toEqual([['user', 'hi'], ['assistant', 'hello']]);
    expect(memory.summary).toBeNull();
  });

  it('given more turns than the limit and no model, then the oldest fold into a plain summary and the newest stay', async () => {
    let memory: ChatMemory = emptyMemory(at);
    for (const n of [1, 2, 3]) memory = await remember(memory, { userText: `question ${n}`, reply: `answer ${n}`, now: at }, { limits: small });
    expect(memory.turns.map((turn) => turn.text)).toEqual(['question 3', 'answer 3']);
    expect(memory.summary).toContain('Person: question 1');
    expect(memory.summary).toContain('Coach: answer 2');
  });

  it('given a summarizer, then its summary replaces the folded turns; when it fails, the plain fold is used', async () => {
    let memory: ChatMemory = emptyMemory(at);
    for (const n of [1, 2]) memory = await remember(memory, { userText: `q${n}`, reply: `a${n}`, now: at }, { limits: small });
    const summarized = await remember(memory, { userText: 'q3', reply: 'a3', now: at }, { limits: small, summarize: () => Promise.resolve('Struggles with mornings.') });
    expect(summarized.summary).toBe('Struggles with mornings.');
    const failed = await remember(memory, { userText: 'q3', reply: 'a3', now: at }, { limits: small, summarize: () => Promise.reject(new Error('down')) });
    expect(failed.summary).toContain('Person: q1');
  });

  it('given a very long message, then it is clipped so the memory stays bounded', async () => {
    const memory = await remember(emptyMemory(at), { userText: 'x'.repeat(5000), reply: 'ok', now: at }, { limits: small });
    expect(memory.turns[0]!.text.length).toBeLessThanOrEqual(small.maxTurnChars);
  });
});

describe('chat memory through the coach', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    nock.disableNetConnect();
  });
  afterAll(async () => {
    nock.enableNetConnect();
    await db.close();
  });
  afterEach(() => {
    nock.cleanAll();
  });

  it('given an earlier exchange, then the next request carries it; past the limit, the model summarizes the oldest turns', async () => {
    const deps = depsOf(db);
    const log = createCoachLogRepository(db.handle);
    const user = await givenUser(deps, { personality: 'mentor' });
    const coach = createLlmCoach({
      client: openAiClient(), model: 'test-model', timeoutMs: 2500, deps, log, memoryLimits: small,
      templates: createTemplateCoach(await loadPersonalities()),
    });

    const first = fakeLlm(ok({ text: 'What gets in the way of the gym?' }));
    await coach.chat(user, 'I keep skipping the gym');
    expect(first.bodies[0]!.messages.at(-1)).toMatchObject({ role: 'user', content: 'I keep skipping the gym' });

    const second = fakeLlm(ok({ text: 'Try packing the bag the night before.' }));
    await coach.chat(user, 'mornings are chaos');
    const history = second.bodies[0]!.messages.filter((m) => m.role !== 'system').map((m) => m.content);
    expect(history).toEqual(['I keep skipping the gym', 'What gets in the way of the gym?', 'mornings are chaos']);

    const third = fakeLlm(ok({ text: 'Pack it tonight, then.' }), ok({ text: 'Skips the gym because mornings are chaotic; plans to pack the bag at night.' }));
    await coach.chat(user, 'ok I will try');
    // The summary runs after the reply, off its path.
    await coach.settled();
    expect(third.bodies).toHaveLength(2);
    const memory = await log.getMemory(user.id);
    expect(memory?.summary).toBe('Skips the gym because mornings are chaotic; plans to pack the bag at night.');
    expect(memory?.turns.map((turn) => turn.text)).toEqual(['ok I will try', 'Pack it tonight, then.']);

    const messages = await log.listMessages(user.id);
    expect(messages).toHaveLength(3);
    expect(messages.every((message) => message.moment === 'free_chat' && message.personality === 'mentor' && message.fromModel)).toBe(true);
  });
});
