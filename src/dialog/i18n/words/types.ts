// The words a person types to answer the dialog (not the log parser's: those are its lexicons).
// One file per language declares them; index.ts merges them. All written without accents and in
// lower case: answers are compared after normalizeAnswer.
import type { Personality, Weekday } from '../../../core/types.js';

export interface DialogWords {
  /** Typed "yes" to a yes/no question. */
  yes: readonly string[];
  /** Typed "no" to a yes/no question. */
  no: readonly string[];
  /** Leaves any question (also as /cancel aliases). */
  cancel: readonly string[];
  /** "Skip this question". */
  skip: readonly string[];
  /** "I'm done adding details". */
  done: readonly string[];
  /** Turns a switch off (evening nudge, review, quiet hours). */
  off: readonly string[];
  /** A goal without a deadline (besides the skip words). */
  noDeadline: readonly string[];
  /** Answers that name this language at "Which language?" ("espanol", "spanish"). */
  languageNames: readonly string[];
  /** Other names of the coach personalities ("sargento" -> general). */
  personalities: Readonly<Record<string, Personality>>;
  /** "midnight" for the day-start question. */
  midnight: readonly string[];
  /** Weekday names and abbreviations typed for a habit's days. */
  weekdays: Readonly<Record<string, Weekday>>;
  /** Small counts typed in words ("twice", "tres"). */
  counts: Readonly<Record<string, number>>;
  /**
   * Command names in this language -> the command's English name. The English names are the
   * commands themselves; an alias never shadows another language's alias for a different command.
   */
  commands: Readonly<Record<string, string>>;
}
