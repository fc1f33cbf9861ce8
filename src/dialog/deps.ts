// What a conversation needs, passed in explicitly (no singletons): storage, time, the
// coach's voice, and optional hooks added by later features.
import type { ChatAdmins } from '../app/chat-admin-ports.js';
import type { Clock, Coach, Repositories } from '../app/ports.js';
import type { ReviewQuestions } from '../app/review-questions.js';
import type { User } from '../core/types.js';
import type { Reply } from './messages.js';
import type { RateLimiter } from './rate-limit.js';

/** Minimal structured logger (pino satisfies it). Dialog never logs message text. */
export interface DialogLogger {
  debug(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

/**
 * Free text the rule parser could not read (its result was 'none' / 'unknown'), handed to
 * a smarter reader such as the LLM coach. Returning null falls back to the offline hint.
 */
export type FreeTextHandler = (
  user: User,
  text: string,
  /** Derived from the platform update id: a write made for this text must carry it. */
  options: { idempotencyKey: string },
) => Promise<Reply[] | string | null>;

export interface ConversationDeps {
  repos: Repositories;
  clock: Clock;
  coach: Coach;
  freeText?: FreeTextHandler;
  logger?: DialogLogger;
  /** The zone new people start in until they choose one (config DEFAULT_TIME_ZONE); see AppDeps. */
  defaultTimeZone?: string;
  /** A per-person limit on messages (config RATE_LIMIT_*); without one, every message is handled. */
  rateLimiter?: RateLimiter;
  /** The weekly review questions (prompts/review-questions.*); read from prompts/ when absent. (jobs engineer; additive) */
  reviewQuestions?: ReviewQuestions;
  /** Who administers a group chat, for adapters whose updates don't say (Telegram); without it nobody is (groups engineer; additive). */
  chatAdmins?: ChatAdmins;
}
