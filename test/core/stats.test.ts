import { describe, expect, it } from 'vitest';
import { computeScore } from '../../src/core/score.js';
import { computeHabitStats, computeOverallStats, type HabitHistory, type HabitStats } from '../../src/core/stats.js';
import type { Frequency } from '../../src/core/types.js';
import { fromPattern, habitOf, type PatternOptions } from './fixtures.js';

function stats(pattern: string, options: PatternOptions = {}, windowDays?: number): HabitStats {
  const { history, today } = fromPattern(pattern, options);
  return computeHabitStats(history, today, windowDays === undefined ? {} : { windowDays });
}

const threeAWeek: Frequency = { kind: 'per_week', times: 3 };

describe('the stats of one habit', () => {
  it('given a daily habit done 20 days, missed 2, then done 3 days and today, shows it all', () => {
    const { history, today } = fromPattern('x'.repeat(20) + '..' + 'xxxx');
    expect(computeHabitStats(history, today)).toEqual({
      currentStreak: 4,
      longestStreak: 20,
      streakUnit: 'day',
      score: computeScore(history, today),
      successRate: 24 / 26,
      successDecided: 26,
      formationDays: 4, // two missed in a row started it over
      formationProgress: 4 / 66,
      totalDone: 24,
      dueToday: true,
      doneToday: true,
      periodProgress: null,
      todayOutcome: 'met',
    });
  });

  it('honours the success-rate window', () => {
    expect(stats('.'.repeat(10) + 'x'.repeat(10), {}, 10).successRate).toBe(1);
    expect(stats('.'.repeat(10) + 'x'.repeat(10), {}, 20).successRate).toBe(0.5);
  });

  it.each<[string, PatternOptions, string]>([
    ['daily', {}, 'day'],
    ['Mon/Wed/Fri', { frequency: { kind: 'weekdays', days: [1, 3, 5] } }, 'day'],
    ['every 2 days', { frequency: { kind: 'every_n_days', n: 2 } }, 'day'],
    ['3 a week', { frequency: threeAWeek }, 'week'],
    ['twice a month', { frequency: { kind: 'per_month', times: 2 } }, 'month'],
    ['a break habit, even a weekly one', { kind: 'break', frequency: threeAWeek }, 'day'],
  ])('a %s habit counts its streak in %ss', (_name, options, unit) => {
    expect(stats('x', options).streakUnit).toBe(unit);
  });
});

describe('today', () => {
  it('a Mon/Wed/Fri habit is not due on a Tuesday', () => {
    expect(stats('xx', { frequency: { kind: 'weekdays', days: [1, 3, 5] } })).toMatchObject({ dueToday: false, doneToday: true });
  });

  it('3 a week: due while the week still needs completions, with its progress', () => {
    expect(stats('x.x', { frequency: threeAWeek })).toMatchObject({ dueToday: true, doneToday: true, periodProgress: { done: 2, needed: 3 } });
    expect(stats('x.x.', { frequency: threeAWeek })).toMatchObject({ dueToday: true, doneToday: false, periodProgress: { done: 2, needed: 3 } });
  });

  it('3 a week: the completion that meets the week today keeps it due and done; after that it is not due', () => {
    expect(stats('xxx', { frequency: threeAWeek })).toMatchObject({ dueToday: true, doneToday: true, currentStreak: 1 });
    expect(stats('xxx.', { frequency: threeAWeek })).toMatchObject({ dueToday: false, doneToday: false, currentStreak: 1 });
  });

  it('a skip this week lowers what the week needs', () => {
    expect(stats('xs', { frequency: threeAWeek }).periodProgress).toEqual({ done: 1, needed: 2 });
  });

  it('a paused habit, or a day inside a pause, is not due', () => {
    const { history, today } = fromPattern('xx.');
    expect(computeHabitStats(history, today).dueToday).toBe(true);
    expect(computeHabitStats({ ...history, habit: { ...history.habit, status: 'paused' } }, today)).toMatchObject({ dueToday: false, currentStreak: 2 });
    expect(computeHabitStats({ ...history, pauses: [{ habitId: null, startDate: today, endDate: null }] }, today).dueToday).toBe(false);
    expect(computeHabitStats({ ...history, habit: { ...history.habit, status: 'archived' } }, today).dueToday).toBe(false);
  });

  it('a habit starting tomorrow has nothing yet', () => {
    const history: HabitHistory = { habit: habitOf({ start: '2026-03-10' }), entries: [], pauses: [] };
    expect(computeHabitStats(history, '2026-03-09')).toMatchObject({ currentStreak: 0, longestStreak: 0, score: 0, dueToday: false, totalDone: 0 });
  });

  it('a break habit is due every day and "done" once checked in without a slip', () => {
    expect(stats('...', { kind: 'break' })).toMatchObject({ dueToday: true, doneToday: false, currentStreak: 3, totalDone: 3 });
    expect(stats('..x', { kind: 'break' })).toMatchObject({ doneToday: true });
    expect(stats('..!', { kind: 'break' })).toMatchObject({ doneToday: false, currentStreak: 0 });
  });
});

describe('overall stats', () => {
  const base: HabitStats = {
    currentStreak: 0,
    longestStreak: 0,
    streakUnit: 'day',
    score: 0,
    successRate: 0,
    successDecided: 0,
    formationDays: 0,
    formationProgress: 0,
    totalDone: 0,
    dueToday: false,
    doneToday: false,
    periodProgress: null,
    todayOutcome: 'not_due',
  };

  it('averages scores, counts due and done habits, and names the best current streak', () => {
    const overall = computeOverallStats([
      { ...base, score: 0.9, currentStreak: 10, dueToday: true, doneToday: true },
      { ...base, score: 0.3, currentStreak: 2, streakUnit: 'week', dueToday: true },
      { ...base, score: 0.6, currentStreak: 12, doneToday: true }, // done but not due: not counted as due
    ]);
    expect(overall).toEqual({
      habitCount: 3,
      averageScore: expect.closeTo(0.6, 12),
      dueToday: 2,
      doneToday: 1,
      bestCurrentStreak: { index: 1, streak: 2, unit: 'week' }, // two weeks beat twelve days
    });
  });

  it('with no habits, or no streak running, has no best streak', () => {
    expect(computeOverallStats([])).toEqual({ habitCount: 0, averageScore: 0, dueToday: 0, doneToday: 0, bestCurrentStreak: null });
    expect(computeOverallStats([base]).bestCurrentStreak).toBeNull();
  });
});
