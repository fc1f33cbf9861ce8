import { describe, expect, it } from 'vitest';
import { computeScore, computeScoreSeries, halfLifeDays, nextScore, scoreMultiplier } from '../../src/core/score.js';
import type { Frequency, Target } from '../../src/core/types.js';
import { fromPattern, type PatternOptions } from './fixtures.js';

function score(pattern: string, options: PatternOptions = {}): number {
  const { history, today } = fromPattern(pattern, options);
  return computeScore(history, today);
}

const dailyMultiplier = scoreMultiplier({ kind: 'daily' });

describe('half-life', () => {
  it.each<[Frequency, number]>([
    [{ kind: 'daily' }, 13],
    [{ kind: 'per_week', times: 7 }, 13],
    [{ kind: 'weekdays', days: [1, 3, 5] }, 13 / Math.sqrt(3 / 7)],
    [{ kind: 'per_week', times: 3 }, 13 / Math.sqrt(3 / 7)],
    [{ kind: 'per_week', times: 1 }, 13 * Math.sqrt(7)],
    [{ kind: 'every_n_days', n: 2 }, 13 * Math.sqrt(2)],
    [{ kind: 'per_month', times: 1 }, 13 * Math.sqrt(30)],
  ])('%j: %d days (longer for sparser habits)', (frequency, days) => {
    expect(halfLifeDays(frequency)).toBeCloseTo(days, 10);
    expect(Math.pow(scoreMultiplier(frequency), days)).toBeCloseTo(0.5, 12);
  });

  it('break habits decay like daily ones whatever their frequency', () => {
    expect(halfLifeDays({ kind: 'per_month', times: 1 }, 'break')).toBe(13);
  });
});

describe('a daily habit', () => {
  it('done every day from 0 reaches 0.5 after 13 days', () => {
    expect(score('x'.repeat(13))).toBeCloseTo(0.5, 12);
    expect(score('x'.repeat(26))).toBeCloseTo(0.75, 12);
  });

  it('today not done yet leaves the score where yesterday put it', () => {
    expect(score('x'.repeat(13) + '.')).toBeCloseTo(0.5, 12);
  });

  it('a missed day decays it by the daily multiplier', () => {
    expect(score('x'.repeat(13) + '..')).toBeCloseTo(0.5 * dailyMultiplier, 12);
  });

  it('a skip or a pause leaves it unchanged that day', () => {
    const base = score('xxxxx');
    expect(score('xxxxxs')).toBe(base);
    expect(score('xxxxxpp')).toBe(base);
    expect(score('xxsxx')).toBe(score('xxxx'));
  });

  it('a few missed days after a long run do not destroy it', () => {
    const strong = score('x'.repeat(100));
    const afterThreeMisses = score('x'.repeat(100) + '....');
    expect(strong).toBeGreaterThan(0.99);
    expect(afterThreeMisses).toBeGreaterThan(0.8);
    expect(afterThreeMisses).toBeLessThan(strong);
  });

  it('nothing done stays at 0', () => {
    expect(score('.....')).toBe(0);
  });
});

describe('partial credit for numeric targets', () => {
  const atLeast10: Target = { quantity: 10, unit: 'pushups', direction: 'at_least' };
  const atMost2: Target = { quantity: 2, unit: 'coffees', direction: 'at_most' };

  it('at least: half the target every day is worth half', () => {
    expect(score('5'.repeat(13) + '.', { target: atLeast10 })).toBeCloseTo(0.25, 12);
  });

  it('at least: today short of the target is still open and not scored yet', () => {
    expect(score('5'.repeat(13), { target: atLeast10 })).toBeCloseTo(0.5 * (1 - Math.pow(dailyMultiplier, 12)), 12);
  });

  it.each([
    ['1', 1], // within the limit: full credit
    ['2', 1],
    ['3', 0.5], // 50% over: half
    ['4', 0], // twice the limit: nothing
    ['9', 0],
  ])('at most 2: a day of %s is worth %d (over the limit is decided at once)', (pattern, credit) => {
    expect(score(pattern, { target: atMost2 })).toBeCloseTo(credit * (1 - dailyMultiplier), 12);
  });

  it('at most: a day with nothing logged earns nothing', () => {
    expect(score('1.1', { target: atMost2 })).toBeCloseTo(nextScore(nextScore(nextScore(0, 1, dailyMultiplier), 0, dailyMultiplier), 1, dailyMultiplier), 12);
  });
});

describe('sparser habits', () => {
  it('once a week, done every Monday, earns full value every day', () => {
    const weekly: Frequency = { kind: 'per_week', times: 1 };
    const pattern = 'x......'.repeat(10) + 'x'; // 71 days, today a Monday done
    expect(score(pattern, { frequency: weekly })).toBeCloseTo(1 - Math.pow(0.5, 71 / halfLifeDays(weekly)), 12);
  });

  it('once a week: a missed week lowers it, more gently than a daily habit loses a week', () => {
    const weekly: Frequency = { kind: 'per_week', times: 1 };
    const kept = score('x......'.repeat(20) + 'x', { frequency: weekly });
    const missed = score('x......'.repeat(19) + '.......' + 'x', { frequency: weekly });
    expect(missed).toBeLessThan(kept);
    expect(kept - missed).toBeLessThan(score('x'.repeat(141)) - score('x'.repeat(134) + '.......'));
  });

  it('Mon/Wed/Fri done on Tue/Thu/Sat still builds strength (the score is forgiving; the streak is not)', () => {
    const monWedFri: Frequency = { kind: 'weekdays', days: [1, 3, 5] };
    expect(score('.x.x.x.'.repeat(8), { frequency: monWedFri })).toBeGreaterThan(0.6);
  });
});

describe('break habits', () => {
  it('a day without a slip is a success', () => {
    expect(score('.'.repeat(13), { kind: 'break' })).toBeCloseTo(0.5, 12);
  });

  it('a slip is a failed day', () => {
    const m = dailyMultiplier;
    expect(score('.'.repeat(12) + '!', { kind: 'break' })).toBeCloseTo((1 - Math.pow(m, 12)) * m, 12);
    expect(score('.'.repeat(12) + '!', { kind: 'break' })).toBeLessThan(score('.'.repeat(12), { kind: 'break' }));
  });
});

describe('the score series', () => {
  it('gives one score per day, oldest first, ending at today\'s score', () => {
    const { history, today } = fromPattern('xxxxx');
    const series = computeScoreSeries(history, today, 7);
    expect(series).toHaveLength(7);
    expect(series[0]).toEqual({ date: '2026-02-28', score: 0 });
    expect(series.at(-1)).toEqual({ date: today, score: computeScore(history, today) });
    expect(series.map((point) => point.score)).toEqual([...series.map((point) => point.score)].sort((a, b) => a - b));
  });
});
