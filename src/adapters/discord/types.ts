// What the Discord adapter is handed: the conversation, a logger, and optional helpers.
import type { Conversation } from '../../dialog/messages.js';

/** Structured logger; pino's Logger satisfies it. Message text is never logged. */
export interface DiscordLogger {
  debug(object: Record<string, unknown>, message: string): void;
  info(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

export interface HabitChoice {
  /** Shown in the autocomplete list (at most 100 characters). */
  name: string;
  /** Put into the option (at most 100 characters); the habit's name, so the text command reads it. */
  value: string;
}

/** The speaking person's habits matching what they typed so far, best first (for /log autocomplete). */
export type HabitSuggestions = (person: { platform: 'discord'; externalId: string }, typed: string) => Promise<HabitChoice[]>;

export interface DiscordHandlerDeps {
  conversation: Conversation;
  logger: DiscordLogger;
  /** Without it, autocomplete offers nothing and the person types the habit's name. */
  habitSuggestions?: HabitSuggestions;
}
