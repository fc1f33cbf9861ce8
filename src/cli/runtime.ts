// Builds everything a running bot needs from the configuration: the database (PGlite under
// ./.data by default, PostgreSQL when DATABASE_URL is set) with migrations applied, the
// repositories, the coach (templates, plus a model when OPENAI_API_KEY is set) with its
// message log, and the conversation. The console chat uses it; the Telegram, Discord and
// worker commands reuse it.
import pino, { type Logger } from 'pino';
import { withCoachLog } from '../app/coach-log.js';
import { createEventDispatcher, type EventDispatcher } from '../app/event-dispatcher.js';
import { createEventHandlers, type EventHandlers } from '../app/events.js';
import type { ReviewQuestions } from '../app/review-questions.js';
import type { AppDeps } from '../app/deps.js';
import type { ChatAdmins } from '../app/chat-admin-ports.js';
import type { Clock, Coach, Repositories } from '../app/ports.js';
import { timeZoneSchema } from '../app/schemas.js';
import { createLlmCoach, type LlmCoach } from '../coach/llm-coach.js';
import { createOpenAiClient } from '../coach/openai-client.js';
import { createTemplateCoach, loadPersonalities, loadReviewQuestions } from '../coach/index.js';
import type { TemplateCoach } from '../coach/template-coach.js';
import { ConfigError, type Config } from '../config.js';
import { createDatabase, migrateDatabase, type DatabaseHandle } from '../db/client.js';
import { createCoachLogRepository } from '../db/repositories/coach.js';
import { createEventOutbox } from '../db/repositories/events.js';
import { createRepositories } from '../db/repositories/index.js';
import { createConversation } from '../dialog/conversation.js';
import { createTokenBucketLimiter } from '../dialog/rate-limit.js';
import type { FreeTextHandler } from '../dialog/deps.js';
import type { Conversation } from '../dialog/messages.js';
import { pokingAfterEachTurn, startEventDelivery, type EventDelivery } from '../jobs/events.js';
import { freeTextFromCoachChat } from '../dialog/coach-chat.js';
import { REDACTED_PATHS, logSafeError } from './log-redaction.js';

export interface RuntimeOverrides {
  /** A fixed clock (`--now`) or a test clock; default: the system clock. */
  clock?: Clock;
  /** PGlite directory or 'memory' (`--db`); wins over DATABASE_URL. */
  pglitePath?: string;
  logger?: Logger;
  /** Replaces the coach built from prompts/ (tests). */
  coach?: Coach;
  promptsDir?: string;
  /** Minimum log level, e.g. 'warn' for the interactive chat so logs don't interleave with it. */
  minLogLevel?: pino.Level;
  /** The domain-event handlers (tests); default: the ones this runtime registers. */
  eventHandlers?: EventHandlers;
}

export interface Runtime {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: DatabaseHandle;
  repos: Repositories;
  app: AppDeps;
  coach: Coach;
  /** The personalities' template lines (prompts/), for words said to a group rather than a person. */
  templates: TemplateCoach;
  conversation: Conversation;
  /** The weekly review's questions from prompts/, loaded once for dialog and jobs. */
  reviewQuestions: ReviewQuestions;
  /** Who cares what happened: consumers register here at composition time (app/events.ts). */
  eventHandlers: EventHandlers;
  /** Delivers the outbox to `eventHandlers`. */
  events: EventDispatcher;
  /**
   * Starts delivering events in this process (once; later calls return the same): the embedded
   * default (chat, `all` without Redis) right after each turn and on a timer, a worker on a
   * short timer. Stopped by close().
   */
  deliverEvents(options?: { intervalMs?: number }): EventDelivery;
  /** Stops event delivery and closes the database; safe to call twice. */
  close(): Promise<void>;
}

const systemClock: Clock = { now: () => new Date() };
const LEVELS: pino.Level[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

/**
 * Structured logs to stderr (never into the chat on stdout), or to `destination` (tests).
 * Secrets and message texts are redacted if ever passed; errors are logged without the
 * parameters of a failed query (see log-redaction.ts).
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, minLevel?: pino.Level, destination?: pino.DestinationStream): Logger {
  let level: string = config.LOG_LEVEL;
  if (minLevel && level !== 'silent' && LEVELS.indexOf(level as pino.Level) < LEVELS.indexOf(minLevel)) level = minLevel;
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: logSafeError, error: logSafeError },
    },
    destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** Where the data lives, for messages; never the URL itself (it may hold a password). */
export function describeDatabase(config: Pick<Config, 'DATABASE_URL' | 'PGLITE_PATH'>, overrides: Pick<RuntimeOverrides, 'pglitePath'> = {}): string {
  if (overrides.pglitePath) return overrides.pglitePath === 'memory' ? 'PGlite (in memory)' : `PGlite (${overrides.pglitePath})`;
  return config.DATABASE_URL ? 'PostgreSQL' : `PGlite (${config.PGLITE_PATH})`;
}

/**
 * createRuntime for a long-running command (bot, worker, all): when the database cannot be
 * opened, says so on stderr, naming the database, and returns null.
 */
export async function openRuntimeOrReport(config: Config, command: string): Promise<Runtime | null> {
  try {
    return await createRuntime(config);
  } catch (error) {
    const who = command ? `${command} ` : '';
    process.stderr.write(`${who}could not start on ${describeDatabase(config)}: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
}

/** DEFAULT_TIME_ZONE as an IANA zone ("UTC-3" becomes Etc/GMT+3); an unknown zone stops startup, naming it. */
export function defaultTimeZoneOf(config: Pick<Config, 'DEFAULT_TIME_ZONE'>): string {
  const zone = timeZoneSchema.safeParse(config.DEFAULT_TIME_ZONE);
  if (!zone.success) throw new ConfigError([`DEFAULT_TIME_ZONE: unknown time zone "${config.DEFAULT_TIME_ZONE}" (expected e.g. America/Sao_Paulo, UTC or UTC-3)`]);
  return zone.data;
}

export async function createRuntime(config: Config, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  const defaultTimeZone = defaultTimeZoneOf(config);
  const logger = overrides.logger ?? createLogger(config, overrides.minLogLevel);
  const clock = overrides.clock ?? systemClock;
  const database = await createDatabase(
    overrides.pglitePath ? { pglitePath: overrides.pglitePath } : { databaseUrl: config.DATABASE_URL, pglitePath: config.PGLITE_PATH },
  );
  try {
    const report = await migrateDatabase(database);
    logger.info({ database: describeDatabase(config, overrides), applied: report.applied.length }, 'database ready');
    const repos = createRepositories(database);
    // New people start in DEFAULT_TIME_ZONE, whatever their language, until they choose their own.
    const app: AppDeps = { repos, clock, defaultTimeZone };
    let coach: Coach;
    // The coach's work after a reply (memory summaries) finishes before the database closes.
    let settleCoach = (): Promise<void> => Promise.resolve();
    let freeText: FreeTextHandler | undefined;
    // The personalities' lines: the coach speaks with them, and the group recap speaks for a group.
    const templates = createTemplateCoach(await loadPersonalities(overrides.promptsDir));
    if (overrides.coach) {
      coach = overrides.coach;
    } else {
      const client = createOpenAiClient(config);
      const log = createCoachLogRepository(database);
      // With a model, the coach logs every line it says and keeps each person's chat memory.
      const llm: LlmCoach = createLlmCoach({
        client, model: config.OPENAI_MODEL, timeoutMs: config.LLM_TIMEOUT_MS, templates, deps: app, logger, ...(client ? { log } : {}),
        writeLimits: { maxEntries: config.LLM_MAX_ENTRIES_PER_TURN, maxNewHabits: config.LLM_MAX_NEW_HABITS_PER_TURN },
      });
      settleCoach = () => llm.settled();
      // Without one, only the notable template lines (milestones, slips, goals reached) are logged.
      coach = client ? llm : withCoachLog(llm, {
        log, clock, onError: (error) => logger.warn({ event: 'coach_log_failed', err: error }, 'could not log a coach message'),
      });
      // Only a model reads what the rule parser could not; without one the offline hints answer.
      if (client) freeText = freeTextFromCoachChat(llm);
    }
    // Read once here, so a review flow does not reread prompts/ on every answer.
    const reviewQuestions = await loadReviewQuestions(overrides.promptsDir);
    const rateLimiter = config.RATE_LIMIT_BURST > 0
      ? createTokenBucketLimiter({ burst: config.RATE_LIMIT_BURST, refillPerSecond: config.RATE_LIMIT_PER_SECOND })
      : undefined;
    // Consumers of domain events (group acknowledgements, partner notes, badges) register here.
    const eventHandlers = overrides.eventHandlers ?? createEventHandlers();
    const events = createEventDispatcher({ outbox: createEventOutbox(database.db), handlers: eventHandlers, clock, logger });
    let delivery: EventDelivery | null = null;
    const chatAdmins = await telegramChatAdmins(config, clock, logger);
    // A turn pokes the delivery after its reply, when this process delivers events at all.
    const conversation = pokingAfterEachTurn(createConversation({
      repos, clock, coach, logger, defaultTimeZone, reviewQuestions, ...(freeText ? { freeText } : {}), ...(rateLimiter ? { rateLimiter } : {}),
      ...(chatAdmins ? { chatAdmins } : {}),
    }), { poke: () => delivery?.poke() });
    let closed = false;
    return {
      config, logger, clock, database, repos, app, coach, templates, conversation, reviewQuestions, eventHandlers, events,
      deliverEvents(options = {}) {
        delivery ??= startEventDelivery({ dispatcher: events, logger, ...options });
        return delivery;
      },
      async close() {
        if (closed) return;
        closed = true;
        await delivery?.stop();
        await settleCoach();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Telegram's group admins (getChatAdministrators, cached), when Telegram is configured. Discord
 * needs none: its interactions carry the member's permissions. Loaded only then, so a
 * Discord-only process never loads grammY.
 */
async function telegramChatAdmins(config: Config, clock: Clock, logger: Logger): Promise<ChatAdmins | undefined> {
  if (!config.TELEGRAM_BOT_TOKEN) return undefined;
  const [{ createTelegramApi }, { createTelegramChatAdmins }] = await Promise.all([
    import('../adapters/telegram/api.js'), import('../adapters/telegram/chat-admins.js'),
  ]);
  const api = createTelegramApi({ token: config.TELEGRAM_BOT_TOKEN, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}) });
  return createTelegramChatAdmins({ api, clock, logger });
}
