// An independent phrasing table's world: habits named differently from the author's fixture,
// expectations written as "essentials" (kind; habit, entry kind, quantity, day offset, note),
// and a checker that says what differs. Written before reading the parser or its own tables.
import { DateTime } from 'luxon';
import type { EntryKind, Locale } from '../../../src/core/types.js';
import type { ParseContext, ParseResult, ParserGoal, ParserHabit } from '../../../src/core/parser/types.js';

/** Thursday. Mon = -3, Tue = -2, Wed = -1, Sun = -4, Sat = -5, Fri = -6; "the 20th" = -6. */
export const HELDOUT_TODAY = '2025-06-26';

export type Unit = [quantity: number, unit: string, direction?: 'at_least' | 'at_most'];
export function habit(id: string, name: string, emoji: string | null, target?: Unit, kind: 'build' | 'break' = 'build', synonyms: string[] = []): ParserHabit {
  const [quantity, unit, direction] = target ?? [];
  return {
    id, name, emoji, synonyms, kind,
    target: quantity === undefined || unit === undefined ? null : { quantity, unit, direction: direction ?? 'at_least' },
  };
}

const HABITS_EN: ParserHabit[] = [
  habit('run', 'Morning run', '🏃', [5, 'km']),
  habit('pushups', 'Push-ups', null, [50, 'reps']),
  habit('read', 'Read', '📚', [20, 'pages']),
  habit('meditate', 'Meditation', '🧘', [10, 'min']),
  habit('water', 'Drink water', '💧', [8, 'glasses']),
  habit('journal', 'Journal', null),
  habit('floss', 'Floss', null),
  habit('workout', 'Workout', '🏋️', undefined, 'build', ['gym']),
  habit('smoking', 'Smoking', '🚬', [5, 'cigarettes', 'at_most'], 'break'),
  habit('alcohol', 'Alcohol', null, undefined, 'break'),
  habit('spanish', 'Study Spanish', null, [20, 'min']),
  habit('dog', 'Walk the dog', '🐕'),
  habit('vitamins', 'Vitamins', '💊'),
  habit('yoga', 'Yoga', null),
  habit('guitar', 'Guitar practice', '🎸', [30, 'min']),
  habit('sleep', 'Sleep by 11', null),
  habit('social', 'No social media', null, undefined, 'break'),
];

const HABITS_PT: ParserHabit[] = [
  habit('run', 'Corrida', '🏃', [5, 'km']),
  habit('pushups', 'Flexões', null, [50, 'repetições']),
  habit('read', 'Ler', '📚', [20, 'páginas']),
  habit('meditate', 'Meditar', '🧘', [10, 'min']),
  habit('water', 'Beber água', '💧', [8, 'copos']),
  habit('journal', 'Diário', null),
  habit('floss', 'Fio dental', null),
  habit('workout', 'Treino', '🏋️', undefined, 'build', ['academia']),
  habit('smoking', 'Fumar', '🚬', [5, 'cigarros', 'at_most'], 'break'),
  habit('alcohol', 'Bebida', null, undefined, 'break'),
  habit('english', 'Estudar inglês', null, [20, 'min']),
  habit('dog', 'Passear com o cachorro', '🐕'),
  habit('vitamins', 'Vitaminas', '💊'),
  habit('yoga', 'Yoga', null),
  habit('guitar', 'Violão', '🎸', [30, 'min']),
  habit('sleep', 'Dormir cedo', null),
  habit('social', 'Sem redes sociais', null, undefined, 'break'),
];

const GOALS_EN: ParserGoal[] = [{ id: 'japan', title: 'Save for Japan', unit: '$', kind: 'target' }];
const GOALS_PT: ParserGoal[] = [{ id: 'japan', title: 'Viagem pro Japão', unit: 'R$', kind: 'target' }];

export function heldoutContext(locale: Locale): ParseContext {
  return locale === 'en'
    ? { habits: HABITS_EN, goals: GOALS_EN, today: HELDOUT_TODAY, locale, weekStart: 7 }
    : { habits: HABITS_PT, goals: GOALS_PT, today: HELDOUT_TODAY, locale, weekStart: 7 };
}

/** Absent field = not checked. */
export interface LogEssentials {
  habit: string;
  entry: EntryKind;
  /** null = no quantity; an array = any of these; ANY = not checked. */
  qty?: number | null | (number | null)[] | typeof ANY;
  day?: number;
  note?: boolean;
  reason?: boolean;
}
export type Essentials =
  | { kind: 'log'; logs: LogEssentials[] }
  | { kind: 'undo' }
  | { kind: 'correction'; qty?: number | null; day?: number | null }
  | { kind: 'goal_progress'; goal: string; amount: number; day?: number }
  | { kind: 'ambiguous' }
  | { kind: 'query'; topic?: string }
  /** Writes nothing: kind none, a query, a kept day on a break habit, or a change to a habit's settings. */
  | { kind: 'not_log' };
/** A quantity that is not checked (debatable rows). */
export const ANY = 'any' as const;
export type HeldoutRow = [text: string, expect: Essentials];

type LogOptions = Omit<LogEssentials, 'habit' | 'entry' | 'qty'>;
/** A plain done log: quantity null and no note unless told. */
export const done = (habit: string, qty: LogEssentials['qty'] = null, o: LogOptions = {}): LogEssentials =>
  ({ habit, entry: 'done', qty, day: 0, note: false, ...o });
export const skip = (habit: string, o: LogOptions = {}): LogEssentials => ({ habit, entry: 'skip', day: 0, ...o });
export const slip = (habit: string, qty: LogEssentials['qty'] = null, o: LogOptions = {}): LogEssentials =>
  ({ habit, entry: 'slip', qty, day: 0, ...o });
export const log = (...logs: LogEssentials[]): Essentials => ({ kind: 'log', logs });
export const UNDO: Essentials = { kind: 'undo' };
export const NOT_LOG: Essentials = { kind: 'not_log' };
export const AMBIGUOUS: Essentials = { kind: 'ambiguous' };
export const fix = (qty: number | null | undefined, day?: number | null): Essentials => ({ kind: 'correction', qty, day });
export const goal = (id: string, amount: number, day = 0): Essentials => ({ kind: 'goal_progress', goal: id, amount, day });
export const query = (topic?: string): Essentials => ({ kind: 'query', topic });

function daysFrom(today: string): (date: string) => number {
  return (date) => Math.round(DateTime.fromISO(date).diff(DateTime.fromISO(today), 'days').days);
}
const near = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) < 0.01);

/** What differs between the expected essentials and the parser's result (empty = right). */
export function differences(expect: Essentials, got: ParseResult, today: string = HELDOUT_TODAY): string[] {
  const offset = daysFrom(today);
  // A change to a habit's settings (issue 16) writes no entry either.
  if (expect.kind === 'not_log') return got.kind === 'none' || got.kind === 'query' || got.kind === 'kept' || got.kind === 'edit_habit' ? [] : [`kind ${got.kind}`];
  if (got.kind !== expect.kind) return [`kind ${got.kind}`];
  const out: string[] = [];
  if (expect.kind === 'query' && got.kind === 'query' && expect.topic && got.topic !== expect.topic) out.push(`topic ${got.topic}`);
  if (expect.kind === 'correction' && got.kind === 'correction') {
    if (expect.qty !== undefined && !near(got.quantity, expect.qty)) out.push(`qty ${got.quantity}`);
    if (expect.day !== undefined && (got.date === null ? null : offset(got.date)) !== expect.day) out.push(`date ${got.date}`);
  }
  if (expect.kind === 'goal_progress' && got.kind === 'goal_progress') {
    if (got.goalId !== expect.goal) out.push(`goal ${got.goalId}`);
    if (!near(got.amount, expect.amount)) out.push(`amount ${got.amount}`);
    if (expect.day !== undefined && offset(got.date) !== expect.day) out.push(`date ${got.date}`);
  }
  if (expect.kind === 'log' && got.kind === 'log') {
    const found = [...got.logs];
    for (const want of expect.logs) {
      const index = found.findIndex((g) => g.habitId === want.habit);
      const g = found[index];
      if (!g) { out.push(`missing ${want.habit}`); continue; }
      found.splice(index, 1);
      if (g.kind !== want.entry) out.push(`${want.habit} kind ${g.kind}`);
      const qty = want.qty === undefined || want.qty === ANY ? undefined : Array.isArray(want.qty) ? want.qty : [want.qty];
      if (qty && !qty.some((q) => near(g.quantity, q))) out.push(`${want.habit} qty ${g.quantity}`);
      if (want.day !== undefined && offset(g.date) !== want.day) out.push(`${want.habit} day ${offset(g.date)}`);
      if (want.note !== undefined && (g.note !== null) !== want.note) out.push(`${want.habit} note ${JSON.stringify(g.note)}`);
      if (want.reason !== undefined && (g.reason !== null) !== want.reason) out.push(`${want.habit} reason ${JSON.stringify(g.reason)}`);
    }
    for (const extra of found) out.push(`extra ${extra.habitId}`);
  }
  return out;
}
