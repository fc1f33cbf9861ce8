// What the rule parser reads from free text. Pure data, resolved against the
// speaking person's own habits and goals. CONTRACT: src/dialog codes against this.
import type { EntryKind, Habit, Goal, LocalDate, Locale, Weekday } from '../types.js';

/**
 * The languages the parser reads. Wider than the dialog's Locale until Spanish lands there (the
 * dialog passes its Locale, which is assignable).
 */
export type ParserLanguage = Locale;

export type ParserHabit = Pick<Habit, 'id' | 'name' | 'emoji' | 'synonyms' | 'kind' | 'target'>;
export type ParserGoal = Pick<Goal, 'id' | 'title' | 'unit' | 'kind'>;

export interface ParseContext {
  habits: ParserHabit[];
  /**
   * The largest quantity the person ever logged per habit id, when the caller knows it: an amount
   * far above both it and the target is asked about, not written.
   */
  largest?: Readonly<Record<string, number>>;
  goals: ParserGoal[];
  /** The person's current local date (their zone and day-start hour). */
  today: LocalDate;
  locale: ParserLanguage;
  weekStart?: 1 | 7;
}

export interface ParsedLog {
  habitId: string;
  kind: EntryKind;
  /** Converted to the habit's target unit when it has one ("3 miles" on a km habit). */
  quantity: number | null;
  date: LocalDate;
  note: string | null;
  /** Skip reason ("I'm sick"). */
  reason: string | null;
  /** What the log was read from, as typed. */
  evidence: LogEvidence;
  /** Why the log should be confirmed before it is written; empty when the parser is sure. */
  doubts: Doubt[];
}

/**
 * How the habit was named: by its name or a taught synonym, by a concept it belongs to ("ran" for
 * "Corrida"), by part of its name or a related concept only, by the unit alone ("8 glasses"), or
 * by nothing ("slipped" when there is one break habit).
 */
export type HabitMatch = 'name' | 'concept' | 'loose' | 'unit' | 'nothing';

export interface LogEvidence {
  match: HabitMatch;
  /** The words that named the habit ("" when nothing did). */
  habitWords: string;
  /** The words of the quantity ("20", "3 miles"), or null. */
  quantityWords: string | null;
  /** Set when only another language's words named the habit (a fallback: the person is asked). */
  otherLanguage?: true;
  /** Set when a loose match came from a related concept or a generic word only ("treino" for "Plank", "call" for "Call mom"). */
  generic?: true;
}

/**
 * - slip_not_named: a slip on a habit its own words did not name (a related concept, part of its name, or nothing);
 * - negative_amount: "did -5 pushups" (the quantity is the amount without its sign);
 * - large_amount: more than 5 times both the target and the largest entry known.
 */
/** skip_not_said: a refusal with a reason ('no run today, too tired') read as a skip. */
/** loose_match: only part of the habit's name or a related concept named it ("call" for "Call mom", "treino" for "Plank"). */
/** other_language: only words of another language than the person's named it ("corri" from an English speaker). */
export type Doubt = 'slip_not_named' | 'negative_amount' | 'large_amount' | 'skip_not_said' | 'loose_match' | 'other_language';

/** "sure": write it; "unsure": ask first (yes writes, no writes nothing). */
export type Confidence = 'sure' | 'unsure';

export type ParseResult =
  | { kind: 'log'; logs: ParsedLog[]; confidence: Confidence }
  | { kind: 'undo' }
  /** "no, it was 30", "actually yesterday": fix the last entry. */
  | { kind: 'correction'; quantity: number | null; date: LocalDate | null; habitId: string | null }
  | { kind: 'goal_progress'; goalId: string; amount: number; date: LocalDate; note: string | null }
  /**
   * Looks like a log but could mean several habits, or an unknown one: ask with buttons.
   * `candidates` are habit ids, best first (all habits of the fitting kind when nothing named one);
   * `quantity` is the number as typed (no habit, no unit to convert into); `text` is the words
   * that named the activity ("swam", "read"), or the whole message when none did.
   */
  | { kind: 'ambiguous'; entryKind: EntryKind; candidates: string[]; quantity: number | null; date: LocalDate; text: string }
  | { kind: 'query'; topic: 'how_am_i' | 'today' | 'stats' | 'streaks' | 'week' | 'goals' }
  /**
   * "change my water target to 10 glasses", "muda a meta de água para 10 copos": a change to a habit's
   * settings, never a log. `habitId` when one habit was named; `quantity` the new value as typed.
   */
  | { kind: 'edit_habit'; habitId: string | null; quantity: number | null }
  /**
   * "no takeout today 💪", "cigarro: limpo": a break habit kept today. Nothing is written (a day
   * without a slip counts as kept), but it deserves a cheer, not "nothing logged".
   */
  | { kind: 'kept'; habitIds: string[] }
  /** Not a log: nothing is written. */
  | { kind: 'none'; reason: 'question' | 'greeting' | 'plan' | 'negation' | 'thanks' | 'unknown' };

export type { Weekday };
