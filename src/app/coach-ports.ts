// Ports of the coach: its voice (template or model), free chat, and the coach message log.
import type { Entry, EntryKind, Habit, LocalDate, User } from '../core/types.js';

export const COACH_MOMENTS = [
  'completion', 'miss', 'skip', 'slip', 'undo', 'milestone', 'goal_completed', 'goal_progress',
  'weekly_analysis', 'free_chat', 'reminder', 'streak_at_risk', 'welcome',
] as const;
export type CoachMoment = (typeof COACH_MOMENTS)[number];

export interface CoachLineRequest {
  user: Pick<User, 'id' | 'personality' | 'locale'>;
  moment: CoachMoment;
  habitId?: string | null;
  goalId?: string | null;
  /** Values the line may mention: habit name, streak, quantity, unit, milestone days... */
  vars: Record<string, string | number>;
}

/** The coach's voice. Never throws: without an LLM, or when it fails, it answers from templates. */
export interface Coach {
  line(request: CoachLineRequest): Promise<string>;
}


/** A write the coach made from free text, as it was actually stored. */
export type CoachWrite =
  | { kind: 'entry'; entry: Entry; habit: Habit }
  | { kind: 'undo'; removed: Entry; habit: Habit }
  | { kind: 'habit_created'; habit: Habit };

export type CoachFallbackReason =
  | 'no_model' | 'timeout' | 'api_error' | 'invalid_output' | 'too_many_tool_rounds' | 'unbacked_claim';

/** How much one model turn may write; past it, the coach asks instead of writing. */
export interface CoachWriteLimits {
  /** Entries logged, skipped or undone. */
  maxEntries: number;
  maxNewHabits: number;
}

/** Writes the model asked for past the per-turn limits: not made, asked about instead. */
export interface CoachDeferredWrites {
  /** The person's today when the reply was made (to name the days on the buttons). */
  today: LocalDate;
  /** How many entry writes (log, skip, undo) were held back. */
  entryCount: number;
  /** A few distinct held-back logs of known habits, offered as buttons that write one on a tap. */
  entries: { habitId: string; habitName: string; kind: EntryKind; date: LocalDate; quantity: number | null }[];
  /** How many habit creations were held back, and a few of their names (distinct). */
  habitCount: number;
  habitNames: string[];
}

export interface CoachChatOutcome {
  /** The reply. Any write is described from what was stored, never from the model's words. */
  text: string;
  writes: CoachWrite[];
  /** What an Undo button under this reply takes back; null when nothing can be undone. */
  undo: { entryIds: string[]; habitIds: string[] } | null;
  /** What was held back by the per-turn write limits; null when nothing was. */
  deferred?: CoachDeferredWrites | null;
  /** The model was not used or failed: the text came from templates. */
  fellBack: boolean;
  reason?: CoachFallbackReason;
}

/** Free chat with the coach (messages the rule parser could not read). Never throws. */
export interface CoachChat {
  chat(user: User, text: string, options?: { idempotencyKey?: string | null }): Promise<CoachChatOutcome>;
}

export interface CoachMessage {
  id: string;
  userId: string;
  personality: User['personality'];
  moment: CoachMoment;
  text: string;
  habitId: string | null;
  goalId: string | null;
  /** Said by the model (false: from templates). */
  fromModel: boolean;
  createdAt: Date;
}

export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
  at: Date;
}

/** A person's bounded conversation with the coach: a summary of older turns and the recent ones. */
export interface ChatMemory {
  summary: string | null;
  turns: ChatTurn[];
  updatedAt: Date;
}

/** The coach's message log and chat memory (src/db/repositories/coach.ts). Scoped to one user. */
export interface CoachLogRepository {
  logMessage(userId: string, message: Omit<CoachMessage, 'id' | 'userId' | 'createdAt'> & { createdAt?: Date }): Promise<CoachMessage>;
  /** Newest first. */
  listMessages(userId: string, options?: { limit?: number }): Promise<CoachMessage[]>;
  getMemory(userId: string): Promise<ChatMemory | null>;
  saveMemory(userId: string, memory: ChatMemory): Promise<void>;
  clearMemory(userId: string): Promise<void>;
}
