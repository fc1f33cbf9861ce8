// Set-up for the coach specs: real PostgreSQL, a fixed clock, people and habits made through
// the app's use cases, and a fake OpenAI-compatible server (nock) that records what it was sent.
import { randomUUID } from 'node:crypto';
import type nock from 'nock';
import nockHttp from './http-mock.js';
import OpenAI from 'openai';
import type { AppDeps } from '../../src/app/deps.js';
import { createHabit, type CreateHabitInput } from '../../src/app/habits.js';
import { logEntry, type LogEntryInput } from '../../src/app/logging.js';
import type { Habit, User } from '../../src/core/types.js';
import { FixedClock } from '../support/clock.js';
import type { TestDatabase } from '../support/db.js';

export const LLM_BASE = 'https://llm.test';
export const API_KEY = 'sk-test-secret-key-never-logged';

/** Monday 10 March 2025, 12:00 UTC. */
export const NOW = '2025-03-10T12:00:00Z';

export function depsOf(db: TestDatabase, now: string = NOW): AppDeps {
  return { repos: db.repos, clock: new FixedClock(now) };
}

export function openAiClient(): OpenAI {
  return new OpenAI({ apiKey: API_KEY, baseURL: `${LLM_BASE}/v1`, maxRetries: 0, timeout: 10_000 });
}

export async function givenUser(deps: AppDeps, overrides: Partial<Pick<User, 'displayName' | 'personality' | 'locale'>> = {}): Promise<User> {
  return deps.repos.users.create(
    { platform: 'console', externalId: `person-${randomUUID()}` },
    { displayName: 'Ana', timeZone: 'UTC', locale: 'en', personality: 'yoda', ...overrides },
  );
}

export async function givenHabit(deps: AppDeps, user: User, input: CreateHabitInput): Promise<Habit> {
  const outcome = await createHabit(deps, user, input);
  if (!outcome.ok) throw new Error(`could not create the habit: ${JSON.stringify(outcome)}`);
  return outcome.habit;
}

export async function givenLog(deps: AppDeps, user: User, input: LogEntryInput): Promise<void> {
  const outcome = await logEntry(deps, user, input);
  if (!outcome.ok) throw new Error(`could not log: ${JSON.stringify(outcome)}`);
}

export interface ToolCallSpec {
  name: string;
  arguments: unknown;
}

/** A chat completion as the API returns it: text, or tool calls. */
export function completion(reply: { text?: string | null; toolCalls?: ToolCallSpec[] }): Record<string, unknown> {
  const toolCalls = reply.toolCalls?.map((call, index) => ({
    id: `call_${index}_${call.name}`,
    type: 'function',
    function: { name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments) },
  }));
  return {
    id: `chatcmpl-${randomUUID()}`,
    object: 'chat.completion',
    created: 1_741_608_000,
    model: 'test-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: reply.text ?? null, ...(toolCalls ? { tool_calls: toolCalls } : {}) },
        finish_reason: toolCalls ? 'tool_calls' : 'stop',
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

/** Every request body the fake server received, in order. */
export interface FakeLlm {
  bodies: { messages: { role: string; content: string | null; tool_call_id?: string }[]; tools?: unknown[] }[];
  scope: nock.Scope;
}

/** Answers the next chat completion requests, one reply each, recording the bodies. */
export type FakeReply =
  | { json: Record<string, unknown>; delayMs?: number }
  | { status: number; body?: unknown; delayMs?: number }
  /** Never answers: the client's own deadline has to give up on it. */
  | { hang: true };

export const ok = (reply: Parameters<typeof completion>[0], delayMs?: number): FakeReply => ({ json: completion(reply), ...(delayMs ? { delayMs } : {}) });

export function fakeLlm(...replies: FakeReply[]): FakeLlm {
  const bodies: FakeLlm['bodies'] = [];
  let scope = nockHttp(LLM_BASE);
  for (const reply of replies) {
    const interceptor = scope.post('/v1/chat/completions', (body: FakeLlm['bodies'][number]) => {
      bodies.push(body);
      return true;
    });
    if ('hang' in reply) {
      scope = interceptor.reply(() => new Promise<never>(() => undefined));
      continue;
    }
    const delayed = reply.delayMs ? interceptor.delay(reply.delayMs) : interceptor;
    scope = 'json' in reply
      ? delayed.reply(200, reply.json as nock.Body)
      : delayed.reply(reply.status, (reply.body ?? { error: { message: 'boom' } }) as nock.Body);
  }
  return { bodies, scope };
}

/** A pino-like logger that keeps what was logged. */
export function recordingLogger(): { lines: { level: string; fields: Record<string, unknown>; message: string }[]; warn: (f: Record<string, unknown>, m: string) => void; info: (f: Record<string, unknown>, m: string) => void } {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    warn: (fields, message) => lines.push({ level: 'warn', fields, message }),
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
  };
}
