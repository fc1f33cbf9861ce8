// Histories written as one character per day, so table-driven tests read like a calendar:
//   'x' done   '.' nothing   's' skip   '!' slip   'p' paused   'P' paused but done
//   a digit: a done entry with that quantity
// The pattern starts on `start` (the habit's start date) and its last character is today.
import { addDays } from '../../src/core/day.js';
import type { HabitHistory } from '../../src/core/stats.js';
import type { Entry, Frequency, HabitKind, LocalDate, Target } from '../../src/core/types.js';

export interface PatternOptions {
  frequency?: Frequency;
  kind?: HabitKind;
  target?: Target | null;
  /** First day of the pattern and the habit's start date (default Monday 2026-03-02). */
  start?: LocalDate;
}

export interface PatternHistory {
  history: HabitHistory;
  today: LocalDate;
}

export const MONDAY = '2026-03-02';

export function habitOf(options: PatternOptions = {}): HabitHistory['habit'] {
  return {
    id: 'habit-1',
    kind: options.kind ?? 'build',
    frequency: options.frequency ?? { kind: 'daily' },
    target: options.target ?? null,
    startDate: options.start ?? MONDAY,
    multiplePerDay: false,
    status: 'active',
  };
}

export function entry(localDate: LocalDate, kind: Entry['kind'] = 'done', quantity: number | null = null): HabitHistory['entries'][number] {
  return { kind, localDate, quantity };
}

export function fromPattern(pattern: string, options: PatternOptions = {}): PatternHistory {
  const start = options.start ?? MONDAY;
  const days = pattern.replace(/\s+/g, '');
  const history: HabitHistory = { habit: habitOf(options), entries: [], pauses: [] };
  [...days].forEach((symbol, index) => {
    const date = addDays(start, index);
    if (symbol === 'x' || symbol === 'P') history.entries.push(entry(date));
    if (symbol === 's') history.entries.push(entry(date, 'skip'));
    if (symbol === '!') history.entries.push(entry(date, 'slip'));
    if (/\d/.test(symbol)) history.entries.push(entry(date, 'done', Number(symbol)));
    if (symbol === 'p' || symbol === 'P') history.pauses.push({ habitId: null, startDate: date, endDate: date });
  });
  return { history, today: addDays(start, days.length - 1) };
}
