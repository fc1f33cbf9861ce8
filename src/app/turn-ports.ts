// The round trip every message starts with. A message needs to know whether its update was
// answered before, its person, their flow state in this chat and, to read free text, their
// habits, goals and pauses: asked one by one that is six statements before any work, and on the
// hot path statements are the cost. It only reads, so it costs no commit either.
import type { Goal, Habit, Pause, Platform, User } from '../core/types.js';
import type { DialogState } from './ports.js';

/** What a person's words can be about: their habits and goals (not archived), and every pause. */
export interface Catalog {
  habits: Habit[];
  goals: Goal[];
  pauses: Pause[];
}

export interface OpenTurnRequest {
  platform: Platform;
  /** The bot that received the update ('' when the adapter names none). */
  botId: string;
  updateId: string;
  /** The speaker's id on the platform. */
  externalId: string;
  /** The chat whose flow state is read. */
  chatRef: string;
  /** Saved replies older than 48 hours before this are expired and never returned. */
  now: Date;
}

export interface OpenedTurn {
  /** For an update answered before to this person, within 48 hours: the reply saved then (null when none was). */
  savedReply: unknown;
  /** The person behind the identity as of this message; null on first contact. */
  person: { user: User; state: DialogState | null; catalog: Catalog } | null;
}

export interface TurnRepository {
  /** Reads an earlier reply to the update, the person, their flow state and their catalog, in one statement. */
  open(request: OpenTurnRequest): Promise<OpenedTurn>;
  /** The person's catalog, in one statement. */
  catalog(userId: string): Promise<Catalog>;
}
