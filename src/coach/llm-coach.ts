// The coach as the app sees it: `line()` for coach moments and `chat()` for free text.
// With a model (any OpenAI-compatible server), chosen moments and free chat go to it under a
// deadline; without one, or when it is slow, fails or answers nonsense, templates answer and
// the reason is logged. Every line is written to the coach message log, and free chat keeps a
// bounded memory per person.
import type { OpenAI } from 'openai';
import { coachMessageOf } from '../app/coach-log.js';
import type { AppDeps } from '../app/deps.js';
import type { Coach, CoachChat, CoachChatOutcome, CoachLineRequest, CoachLogRepository, CoachMoment, CoachWriteLimits } from '../app/ports.js';
import type { User } from '../core/types.js';
import type { MemoryLimits } from './chat-memory.js';
import { callModel } from './llm-client.js';
import { runChat } from './llm-chat.js';
import { summarizerFor } from './llm-summary.js';
import { DEFAULT_WRITE_LIMITS } from './llm-write-limits.js';
import { createMemoryKeeper } from './memory-keeper.js';
import type { TemplateCoach } from './template-coach.js';

/** pino's shape (`logger.warn({fields}, 'message')`), so any pino logger fits. */
export interface CoachLogger {
  warn(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
}

export interface LlmCoachOptions {
  /** null: no model configured; every answer comes from templates. */
  client: OpenAI | null;
  model: string;
  /** The whole answer's deadline (context, model rounds, tools). */
  timeoutMs: number;
  templates: TemplateCoach;
  deps: AppDeps;
  /** The coach message log and chat memory; without it nothing is remembered. */
  log?: CoachLogRepository;
  logger?: CoachLogger;
  /** Moments `line()` asks the model for; the rest (confirmations, reminders) stay templates. */
  modelMoments?: CoachMoment[];
  maxToolRounds?: number;
  memoryLimits?: MemoryLimits;
  /** How much one free-chat message may write (default 5 entries, 2 new habits). */
  writeLimits?: CoachWriteLimits;
}

export interface LlmCoach extends Coach, CoachChat {
  /** Resolves when the background work after replies (memory summaries) is done: await before closing the database. */
  settled(): Promise<void>;
}

export const DEFAULT_MODEL_MOMENTS: CoachMoment[] = ['weekly_analysis', 'milestone', 'goal_completed'];
const MAX_LINE_CHARS = 400;

const silent: CoachLogger = { warn: () => undefined, info: () => undefined };

export function createLlmCoach(options: LlmCoachOptions): LlmCoach {
  const logger = options.logger ?? silent;
  const modelMoments = new Set(options.modelMoments ?? DEFAULT_MODEL_MOMENTS);

  async function record(request: Pick<CoachLineRequest, 'user' | 'moment' | 'habitId' | 'goalId'>, text: string, fromModel: boolean): Promise<void> {
    if (!options.log) return;
    try {
      await options.log.logMessage(request.user.id, coachMessageOf(request, text, fromModel, options.deps.clock.now()));
    } catch (error) {
      logger.warn({ event: 'coach_log_failed', error: error instanceof Error ? error.name : 'unknown' }, 'could not log a coach message');
    }
  }

  function fellBack(userId: string, moment: CoachMoment, reason: string, detail: Record<string, unknown> = {}): void {
    // No model configured is the normal offline mode, not a fault.
    const level = reason === 'no_model' ? 'info' : 'warn';
    logger[level]({ event: 'coach_fallback', userId, moment, reason, ...detail }, 'coach answered from templates');
  }

  async function modelLine(request: CoachLineRequest): Promise<string | null> {
    if (!options.client) return null;
    const pack = options.templates.pack(request);
    const turn = await callModel({
      client: options.client,
      model: options.model,
      signal: AbortSignal.timeout(options.timeoutMs),
      timeoutMs: options.timeoutMs,
      messages: [
        { role: 'system', content: `${pack.system}\n\nExamples of your voice:\n${pack.examples.map((line) => `- ${line}`).join('\n')}` },
        {
          role: 'user',
          content: `Coach moment: ${request.moment}. Facts (JSON): ${JSON.stringify(request.vars)}.\nWrite one short line (at most two sentences) in your voice. Mention only these facts.`,
        },
      ],
    });
    if (!turn.ok) {
      fellBack(request.user.id, request.moment, turn.reason, turn.detail);
      return null;
    }
    const text = turn.content?.trim() ?? '';
    if (text === '' || text.length > MAX_LINE_CHARS || turn.toolCalls.length > 0) {
      fellBack(request.user.id, request.moment, 'invalid_output');
      return null;
    }
    return text;
  }

  async function line(request: CoachLineRequest): Promise<string> {
    let text: string | null = null;
    try {
      text = modelMoments.has(request.moment) ? await modelLine(request) : null;
    } catch (error) {
      fellBack(request.user.id, request.moment, 'api_error', { error: error instanceof Error ? error.name : 'unknown' });
    }
    const spoken = text ?? options.templates.render(request);
    await record(request, spoken, text !== null);
    return spoken;
  }

  const memoryKeeper = options.log ? createMemoryKeeper(options.log, options.memoryLimits, logger) : null;

  async function chat(user: User, text: string, chatOptions: { idempotencyKey?: string | null } = {}): Promise<CoachChatOutcome> {
    const now = options.deps.clock.now();
    const memory = options.log ? await options.log.getMemory(user.id).catch(() => null) : null;
    const { detail, ...outcome } = await runChat(
      {
        client: options.client, model: options.model, timeoutMs: options.timeoutMs, maxToolRounds: options.maxToolRounds ?? 3,
        templates: options.templates, deps: options.deps, writeLimits: options.writeLimits ?? DEFAULT_WRITE_LIMITS,
      },
      user,
      text,
      memory,
      chatOptions,
    );
    if (outcome.fellBack) fellBack(user.id, 'free_chat', outcome.reason ?? 'unknown', detail);
    const firstHabit = outcome.writes[0]?.habit.id ?? null;
    await record({ user, moment: 'free_chat', habitId: firstHabit }, outcome.text, !outcome.fellBack);
    if (memoryKeeper) {
      // The summary (a second model call) runs after the reply, never on its path.
      const summarize = options.client ? summarizerFor({ client: options.client, model: options.model, timeoutMs: options.timeoutMs, locale: user.locale }) : undefined;
      await memoryKeeper.record(user.id, { userText: text, reply: outcome.text, now }, summarize).catch((error: unknown) => {
        logger.warn({ event: 'coach_memory_failed', error: error instanceof Error ? error.name : 'unknown' }, 'could not save chat memory');
      });
    }
    return outcome;
  }

  return { line, chat, settled: () => memoryKeeper?.settled() ?? Promise.resolve() };
}
