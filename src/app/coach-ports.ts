// Ports of the coach: its voice (template or model), free chat, and the coach message log.
import type { Entry, Habit, User } from '../core/types.js';

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

export interface CoachChatOutcome {
  /** The reply. Any write is described from what was stored, never from the model's words. */
  text: string;
  writes: CoachWrite[];
  /** What an Undo button under this reply takes back; null when nothing can be undone. */
  undo: { entryIds: string[]; habitIds: string[] } | null;
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
