import { describe, expect, it } from 'vitest';
import { counterDays, subtaskProgress, targetGoalProgress } from '../../src/core/goals.js';

// "Read 30 books" from 2026-01-01 to 2026-01-30: a plan of one book a day, 30 days inclusive.
const books = { targetValue: 30, startDate: '2026-01-01', deadline: '2026-01-30' };
const add = (localDate: string, amount: number) => ({ localDate, amount });

describe('target goals', () => {
  it('given 10 of 30 by the morning of day 11, it is exactly on the plan', () => {
    const progress = targetGoalProgress(books, [add('2026-01-03', 4), add('2026-01-09', 6)], '2026-01-11');
    expect(progress).toMatchObject({
      current: 10,
      target: 30,
      remaining: 20,
      percent: 33,
      reached: false,
      daysLeft: 20, // the 11th through the 30th
      neededPerDay: 1,
      neededPerWeek: 7,
      expectedByToday: 10,
      onTrack: true,
      overdue: false,
    });
    expect(progress.fraction).toBeCloseTo(1 / 3, 12);
  });

  it('given less than the plan, it is behind and needs a faster pace', () => {
    const progress = targetGoalProgress(books, [add('2026-01-05', 5)], '2026-01-11');
    expect(progress.onTrack).toBe(false);
    expect(progress.neededPerDay).toBeCloseTo(25 / 20, 12);
    expect(progress.neededPerWeek).toBeCloseTo((25 / 20) * 7, 12);
  });

  it('on its first day nothing is expected yet', () => {
    const progress = targetGoalProgress(books, [], '2026-01-01');
    expect(progress).toMatchObject({ expectedByToday: 0, onTrack: true, daysLeft: 30, neededPerDay: 1 });
  });

  it('on the deadline the whole rest is due today', () => {
    const progress = targetGoalProgress(books, [add('2026-01-20', 27)], '2026-01-30');
    expect(progress).toMatchObject({ daysLeft: 1, neededPerDay: 3, onTrack: false, overdue: false });
  });

  it('after the deadline without reaching it, it is overdue', () => {
    const progress = targetGoalProgress(books, [add('2026-01-20', 27)], '2026-02-02');
    expect(progress).toMatchObject({ daysLeft: 0, neededPerDay: null, onTrack: false, overdue: true, remaining: 3 });
  });

  it('once reached, it is done: 100%, nothing remaining, on track', () => {
    const progress = targetGoalProgress(books, [add('2026-01-10', 25), add('2026-01-12', 8)], '2026-01-12');
    expect(progress).toMatchObject({ current: 33, percent: 100, fraction: 1, remaining: 0, reached: true, neededPerDay: null, onTrack: true });
  });

  it('counts corrections (negative increments) and ignores increments dated after today', () => {
    const progress = targetGoalProgress(books, [add('2026-01-02', 5), add('2026-01-03', -2), add('2026-01-20', 10)], '2026-01-05');
    expect(progress.current).toBe(3);
  });

  it('without a deadline there is no pace, only progress', () => {
    const progress = targetGoalProgress({ ...books, deadline: null }, [add('2026-01-02', 15)], '2026-01-05');
    expect(progress).toMatchObject({ percent: 50, daysLeft: null, neededPerDay: null, onTrack: null, overdue: false });
  });
});

describe('continuous counters', () => {
  it.each([
    ['started today', '2026-03-10', null, '2026-03-10', 0],
    ['started ten days ago', '2026-03-01', null, '2026-03-11', 10],
    ['reset yesterday', '2026-01-01', '2026-03-10', '2026-03-11', 1],
    ['reset today', '2026-01-01', '2026-03-11', '2026-03-11', 0],
    ['across a leap day', '2024-02-28', null, '2024-03-01', 2],
  ])('%s: %s, reset %s, on %s -> %i days', (_name, startDate, lastResetDate, today, days) => {
    expect(counterDays({ startDate, lastResetDate }, today)).toBe(days);
  });
});

describe('subtasks', () => {
  it('counts the done ones', () => {
    expect(subtaskProgress([{ done: true }, { done: false }, { done: true }])).toEqual({ done: 2, total: 3 });
  });
});
