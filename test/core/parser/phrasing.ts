// A phrasing table row: what a person types and what the parser must understand.
// Only what a row states is checked, except that a log's quantity and date are always
// checked (no quantity means null, no date means today).
import { DateTime } from 'luxon';
import type { ParseResult } from '../../../src/core/parser/types.js';
import type { EntryKind } from '../../../src/core/types.js';
import { TODAY } from './fixtures.js';

export interface ExpectedLog {
  habit: string;
  kind?: EntryKind;
  quantity?: number | null;
  /** Days from today (-1 = yesterday) or an ISO date. */
  date?: number | string;
  note?: string | null;
  reason?: string | null;
}

export type Expected =
  /** `confidence` is checked only when stated: "unsure" logs are asked about before they are written. */
  | { kind: 'log'; logs: ExpectedLog[]; confidence?: 'sure' | 'unsure' }
  | { kind: 'undo' }
  | { kind: 'correction'; quantity?: number | null; date?: number | string | null; habitId?: string | null }
  | { kind: 'goal_progress'; goalId: string; amount: number }
  | { kind: 'ambiguous'; entryKind?: EntryKind; candidates?: string[] }
  | { kind: 'query'; topic: Extract<ParseResult, { kind: 'query' }>['topic'] }
  | { kind: 'kept'; habitIds: string[] }
  | { kind: 'edit_habit'; habitId: string | null; quantity?: number | null }
  | { kind: 'none'; reason?: Extract<ParseResult, { kind: 'none' }>['reason'] };

export interface Phrasing {
  text: string;
  expect: Expected;
}

type LogOptions = Omit<ExpectedLog, 'habit' | 'kind'>;

export const done = (habit: string, options: LogOptions = {}): ExpectedLog => ({ habit, kind: 'done', ...options });
export const skip = (habit: string, options: LogOptions = {}): ExpectedLog => ({ habit, kind: 'skip', ...options });
export const slip = (habit: string, options: LogOptions = {}): ExpectedLog => ({ habit, kind: 'slip', ...options });

export const log = (text: string, ...logs: ExpectedLog[]): Phrasing => ({ text, expect: { kind: 'log', logs } });
/** A log the parser is not sure of: the dialog asks before writing it. */
export const unsure = (text: string, ...logs: ExpectedLog[]): Phrasing => ({ text, expect: { kind: 'log', logs, confidence: 'unsure' } });
/** A log the parser is sure of: written at once. */
export const sure = (text: string, ...logs: ExpectedLog[]): Phrasing => ({ text, expect: { kind: 'log', logs, confidence: 'sure' } });
/** A change to a habit's settings: nothing is logged. */
export const editHabit = (text: string, habitId: string | null, quantity?: number | null): Phrasing => ({
  text,
  expect: { kind: 'edit_habit', habitId, ...(quantity !== undefined ? { quantity } : {}) },
});
export const none = (text: string, reason?: Extract<ParseResult, { kind: 'none' }>['reason']): Phrasing => ({
  text,
  expect: reason ? { kind: 'none', reason } : { kind: 'none' },
});
/** A break habit kept today: nothing written, a cheer. */
export const kept = (text: string, ...habitIds: string[]): Phrasing => ({ text, expect: { kind: 'kept', habitIds } });
export const query = (text: string, topic: Extract<ParseResult, { kind: 'query' }>['topic']): Phrasing => ({ text, expect: { kind: 'query', topic } });
export const undo = (text: string): Phrasing => ({ text, expect: { kind: 'undo' } });
export const correction = (text: string, fix: Omit<Extract<Expected, { kind: 'correction' }>, 'kind'>): Phrasing => ({
  text,
  expect: { kind: 'correction', ...fix },
});
export const goal = (text: string, goalId: string, amount: number): Phrasing => ({ text, expect: { kind: 'goal_progress', goalId, amount } });
export const ambiguous = (text: string, entryKind?: EntryKind, candidates?: string[]): Phrasing => ({
  text,
  expect: { kind: 'ambiguous', ...(entryKind ? { entryKind } : {}), ...(candidates ? { candidates } : {}) },
});

function isoDate(date: number | string | undefined): string {
  if (date === undefined) return TODAY;
  if (typeof date === 'string') return date;
  return DateTime.fromISO(TODAY).plus({ days: date }).toISODate() ?? TODAY;
}

const loose = (text: string | null | undefined): string => (text ?? '').toLowerCase().replace(/[.!\s]+$/u, '').trim();

/** Differences between what was expected and what the parser said; empty when they agree. */
export function compare(expected: Expected, actual: ParseResult): string[] {
  if (expected.kind !== actual.kind) return [`kind ${actual.kind}, expected ${expected.kind}`];
  const problems: string[] = [];
  if (expected.kind === 'log' && actual.kind === 'log') {
    if (expected.logs.length !== actual.logs.length) return [`${actual.logs.length} logs, expected ${expected.logs.length}`];
    expected.logs.forEach((want, i) => {
      const got = actual.logs[i];
      if (!got) return;
      if (got.habitId !== want.habit) problems.push(`log ${i}: habit ${got.habitId}, expected ${want.habit}`);
      if (got.kind !== (want.kind ?? 'done')) problems.push(`log ${i}: kind ${got.kind}, expected ${want.kind}`);
      if (got.quantity !== (want.quantity ?? null)) problems.push(`log ${i}: quantity ${got.quantity}, expected ${want.quantity ?? null}`);
      if (got.date !== isoDate(want.date)) problems.push(`log ${i}: date ${got.date}, expected ${isoDate(want.date)}`);
      if (want.note !== undefined && loose(got.note) !== loose(want.note)) problems.push(`log ${i}: note ${got.note}, expected ${want.note}`);
      if (want.reason !== undefined && loose(got.reason) !== loose(want.reason)) problems.push(`log ${i}: reason ${got.reason}, expected ${want.reason}`);
    });
    if (expected.confidence && actual.confidence !== expected.confidence) problems.push(`confidence ${actual.confidence}, expected ${expected.confidence}`);
  }
  if (expected.kind === 'edit_habit' && actual.kind === 'edit_habit') {
    if (actual.habitId !== expected.habitId) problems.push(`habit ${actual.habitId}, expected ${expected.habitId}`);
    if (expected.quantity !== undefined && actual.quantity !== expected.quantity) problems.push(`quantity ${actual.quantity}, expected ${expected.quantity}`);
  }
  if (expected.kind === 'correction' && actual.kind === 'correction') {
    if (expected.quantity !== undefined && actual.quantity !== expected.quantity) problems.push(`quantity ${actual.quantity}, expected ${expected.quantity}`);
    if (expected.date !== undefined && actual.date !== (expected.date === null ? null : isoDate(expected.date))) problems.push(`date ${actual.date}`);
    if (expected.habitId !== undefined && actual.habitId !== expected.habitId) problems.push(`habit ${actual.habitId}, expected ${expected.habitId}`);
  }
  if (expected.kind === 'goal_progress' && actual.kind === 'goal_progress') {
    if (actual.goalId !== expected.goalId) problems.push(`goal ${actual.goalId}, expected ${expected.goalId}`);
    if (actual.amount !== expected.amount) problems.push(`amount ${actual.amount}, expected ${expected.amount}`);
  }
  if (expected.kind === 'ambiguous' && actual.kind === 'ambiguous') {
    if (expected.entryKind && actual.entryKind !== expected.entryKind) problems.push(`entry kind ${actual.entryKind}`);
    for (const id of expected.candidates ?? []) if (!actual.candidates.includes(id)) problems.push(`candidates lack ${id}`);
  }
  if (expected.kind === 'kept' && actual.kind === 'kept' && actual.habitIds.join() !== expected.habitIds.join()) {
    problems.push(`kept ${actual.habitIds.join()}, expected ${expected.habitIds.join()}`);
  }
  if (expected.kind === 'query' && actual.kind === 'query' && actual.topic !== expected.topic) problems.push(`topic ${actual.topic}, expected ${expected.topic}`);
  if (expected.kind === 'none' && actual.kind === 'none' && expected.reason && actual.reason !== expected.reason) {
    problems.push(`reason ${actual.reason}, expected ${expected.reason}`);
  }
  return problems;
}
