import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/day.js';
import {
  frequencyPerDay,
  isDueOn,
  isPeriodMet,
  isValidFrequency,
  neededInPeriod,
  nextDueDate,
  periodOf,
  periodUnitOf,
} from '../../src/core/frequency.js';
import type { Frequency } from '../../src/core/types.js';
import { MONDAY } from './fixtures.js';

/** Which of the 14 days from Monday 2026-03-02 are due, as a string of 1s and 0s. */
function dueMap(frequency: Frequency, startDate = MONDAY): string {
  return Array.from({ length: 14 }, (_, index) => (isDueOn({ frequency, startDate }, addDays(MONDAY, index)) ? '1' : '0')).join('');
}

describe('due days', () => {
  it.each<[string, Frequency, string, string]>([
    ['a daily habit', { kind: 'daily' }, MONDAY, '11111111111111'],
    ['Mon/Wed/Fri', { kind: 'weekdays', days: [1, 3, 5] }, MONDAY, '10101001010100'],
    ['weekends', { kind: 'weekdays', days: [6, 7] }, MONDAY, '00000110000011'],
    ['every 3 days: any day may be due (the history decides which: timeline.ts)', { kind: 'every_n_days', n: 3 }, MONDAY, '11111111111111'],
    ['every 3 days from the Wednesday before', { kind: 'every_n_days', n: 3 }, '2026-02-25', '11111111111111'],
    ['every 2 days, anchored after these dates', { kind: 'every_n_days', n: 2 }, '2026-03-10', '11111111111111'],
    ['3 per week (any day may count)', { kind: 'per_week', times: 3 }, MONDAY, '11111111111111'],
    ['2 per month (any day may count)', { kind: 'per_month', times: 2 }, MONDAY, '11111111111111'],
  ])('%s: %j from %s', (_name, frequency, startDate, expected) => {
    expect(dueMap(frequency, startDate)).toBe(expected);
  });

  it('finds the next due date', () => {
    const schedule = { frequency: { kind: 'weekdays', days: [5] } as Frequency, startDate: MONDAY };
    expect(nextDueDate(schedule, '2026-03-03')).toBe('2026-03-06');
    expect(nextDueDate(schedule, '2026-03-06')).toBe('2026-03-06');
    expect(nextDueDate({ frequency: { kind: 'every_n_days', n: 10 }, startDate: '2026-03-20' }, MONDAY)).toBe('2026-03-20');
  });
});

describe('periods', () => {
  it.each<[Frequency, string, 1 | 7, string, string]>([
    [{ kind: 'per_week', times: 3 }, '2026-03-08', 1, '2026-03-02', '2026-03-08'], // Sunday ends a Monday week
    [{ kind: 'per_week', times: 3 }, '2026-03-08', 7, '2026-03-08', '2026-03-14'], // ...and starts a Sunday week
    [{ kind: 'per_month', times: 2 }, '2024-02-10', 1, '2024-02-01', '2024-02-29'],
    [{ kind: 'daily' }, '2026-03-08', 1, '2026-03-08', '2026-03-08'],
  ])('%j: %s (weeks start %i) is in %s..%s', (frequency, date, weekStart, start, end) => {
    expect(periodOf(frequency, date, weekStart)).toEqual({ start, end });
  });

  it('names the unit each kind is judged in', () => {
    expect(periodUnitOf({ kind: 'per_week', times: 2 })).toBe('week');
    expect(periodUnitOf({ kind: 'per_month', times: 2 })).toBe('month');
    expect(periodUnitOf({ kind: 'every_n_days', n: 2 })).toBe('day');
  });
});

describe('completions a period needs', () => {
  const threeAWeek: Frequency = { kind: 'per_week', times: 3 };
  it.each([
    ['a full week', 7, 7, 0, 3],
    ['a week with one skip', 7, 7, 1, 2],
    ['a week with four vacation days', 3, 7, 0, 2], // ceil(3 * 3 / 7)
    ['a habit started on Sunday', 1, 7, 0, 1],
    ['a fully paused week', 0, 7, 0, 0],
    ['more skips than the quota', 7, 7, 5, 0],
  ])('%s: %i active of %i days, %i skips -> %i needed', (_name, activeDays, periodDays, skips, needed) => {
    expect(neededInPeriod(threeAWeek, { activeDays, periodDays, skips })).toBe(needed);
  });

  it('never asks a month for more days than it has', () => {
    expect(neededInPeriod({ kind: 'per_month', times: 31 }, { activeDays: 28, periodDays: 28, skips: 0 })).toBe(28);
  });

  it('a period is met with enough met days, and an excused one with none done is not "met"', () => {
    expect(isPeriodMet(3, 3)).toBe(true);
    expect(isPeriodMet(2, 3)).toBe(false);
    expect(isPeriodMet(0, 0)).toBe(false);
    expect(isPeriodMet(1, 0)).toBe(true);
  });
});

describe('frequency per day and validity', () => {
  it.each<[Frequency, number]>([
    [{ kind: 'daily' }, 1],
    [{ kind: 'weekdays', days: [1, 3, 5] }, 3 / 7],
    [{ kind: 'per_week', times: 2 }, 2 / 7],
    [{ kind: 'every_n_days', n: 4 }, 1 / 4],
    [{ kind: 'per_month', times: 3 }, 3 / 30],
  ])('%j is %d per day', (frequency, perDay) => {
    expect(frequencyPerDay(frequency)).toBeCloseTo(perDay, 12);
  });

  it('rejects malformed frequencies', () => {
    expect(isValidFrequency({ kind: 'weekdays', days: [] })).toBe(false);
    expect(isValidFrequency({ kind: 'weekdays', days: [1, 1] })).toBe(false);
    expect(isValidFrequency({ kind: 'per_week', times: 8 })).toBe(false);
    expect(isValidFrequency({ kind: 'every_n_days', n: 0 })).toBe(false);
    expect(isValidFrequency({ kind: 'per_month', times: 2.5 })).toBe(false);
    expect(isValidFrequency({ kind: 'per_month', times: 31 })).toBe(true);
  });
});
