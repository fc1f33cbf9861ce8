// A multi-step flow (/new, onboarding, /settings, confirmations). Its state lives in
// Postgres (repos.dialogState), so a restart in the middle of a flow loses nothing.
import type { DialogState } from '../../app/ports.js';
import type { Reply } from '../messages.js';
import type { Turn } from '../turn.js';
import { wordsOf } from '../i18n/words/index.js';

export interface Flow {
  name: string;
  /**
   * Typed text while the flow is active. Null means "not an answer to my question":
   * the flow ends and the text is handled as an ordinary message.
   */
  onText(turn: Turn, state: DialogState, text: string): Promise<Reply[] | null>;
  /** A pressed choice button of this flow. */
  onChoice(turn: Turn, state: DialogState, value: string): Promise<Reply[]>;
  /** A pressed yes/no button. */
  onConfirm?(turn: Turn, state: DialogState, yes: boolean): Promise<Reply[]>;
  /** The person left with /cancel or another command. */
  onLeave?(turn: Turn, state: DialogState): Promise<void>;
  /**
   * A flow that outlives commands (the weekly review): a command other than /cancel answers
   * without leaving it, and this gets the command's replies to add where the flow stands.
   * `command` is the command's English name.
   */
  afterCommand?(turn: Turn, state: DialogState, command: string, replies: Reply[]): Promise<Reply[]>;
}

/** Words that mean "skip this question", in every language. */
export const SKIP_WORDS = wordsOf('skip');
/** Words that mean "I'm done adding details". */
export const DONE_WORDS = wordsOf('done');
