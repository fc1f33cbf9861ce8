// What the rule parser reads from free text. Pure data, resolved against the
// speaking person's own habits and goals. CONTRACT: src/dialog codes against this.
import type { EntryKind, Habit, Goal, LocalDate, Locale, Weekday } from '../types.js';

export type ParserHabit = Pick<Habit, 'id' | 'name' | 'emoji' | 'synonyms' | 'kind' | 'target'>;
export type ParserGoal = Pick<Goal, 'id' | 'title' | 'unit' | 'kind'>;

export interface ParseContext {
  habits: ParserHabit[];
  goals: ParserGoal[];
  /** The person's current local date (their zone and day-start hour). */
  today: LocalDate;
  locale: Locale;
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
}

export type ParseResult =
  | { kind: 'log'; logs: ParsedLog[] }
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
   * "no takeout today 💪", "cigarro: limpo": a break habit kept today. Nothing is written (a day
   * without a slip counts as kept), but it deserves a cheer, not "nothing logged".
   */
  | { kind: 'kept'; habitIds: string[] }
  /** Not a log: nothing is written. */
  | { kind: 'none'; reason: 'question' | 'greeting' | 'plan' | 'negation' | 'thanks' | 'unknown' };

export type { Weekday };
