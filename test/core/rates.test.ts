import { describe, expect, it } from 'vitest';
import { computeFormation, computeSuccessRate, FORMATION_DAYS } from '../../src/core/rates.js';
import type { Frequency } from '../../src/core/types.js';
import { fromPattern, type PatternOptions } from './fixtures.js';

function rate(pattern: string, windowDays: number, options: PatternOptions = {}): number {
  const { history, today } = fromPattern(pattern, options);
  return computeSuccessRate(history, today, windowDays);
}

function formation(pattern: string, options: PatternOptions = {}): number {
  const { history, today } = fromPattern(pattern, options);
  return computeFormation(history, today).days;
}

const threeAWeek: Frequency = { kind: 'per_week', times: 3 };

describe('success rate over a window', () => {
  it.each<[string, string, number, PatternOptions, number]>([
    ['every day done', 'xxxxxxxxxx', 30, {}, 1],
    ['half done; today still open is left out', 'xxxxx.....', 30, {}, 5 / 9],
    ['only the window counts', '.'.repeat(20) + 'x'.repeat(20), 30, {}, 20 / 30],
    ['skips and pauses leave the denominator', 'xxsxpx', 30, {}, 1],
    ['a skip beside a miss', 'x.sx', 30, {}, 2 / 3],
    ['nothing decided yet', '.', 30, {}, 0],
    ['Mon/Wed/Fri: only due days count', 'x.x....x', 30, { frequency: { kind: 'weekdays', days: [1, 3, 5] } }, 3 / 4],
    ['3 a week: met, missed, the current week left out', 'xxx.... x...... x', 30, { frequency: threeAWeek }, 1 / 2],
    ['3 a week: a week reaching into the window counts', 'x...... xxx.... xxx....', 15, { frequency: threeAWeek }, 2 / 3],
    ['break habit: clean days out of lived days', '..!..', 30, { kind: 'break' }, 4 / 5],
  ])('%s (%s, last %i days)', (_name, pattern, windowDays, options, expected) => {
    expect(rate(pattern, windowDays, options)).toBeCloseTo(expected, 12);
  });
});

describe('66-day formation ("never miss twice")', () => {
  it.each<[string, string, PatternOptions, number]>([
    ['counts met days', 'x'.repeat(20), {}, 20],
    ['is capped at 66', 'x'.repeat(80), {}, FORMATION_DAYS],
    ['forgives one missed day', 'x'.repeat(10) + '.' + 'x'.repeat(10), {}, 20],
    ['starts over after two missed in a row', 'x'.repeat(10) + '..' + 'x'.repeat(5), {}, 5],
    ['a skip between two misses does not separate them', 'x'.repeat(10) + '.s.' + 'x'.repeat(5), {}, 5],
    ['two misses apart are two single misses', 'x'.repeat(10) + '.x.' + 'x'.repeat(5), {}, 16],
    ['today still open costs nothing', 'x'.repeat(10) + '.', {}, 10],
    ['can fall back after reaching 66', 'x'.repeat(70) + '..' + 'xxx', {}, 3],
    ['Mon/Wed/Fri: non-due days are not misses', 'x.x.x..x.x.x', { frequency: { kind: 'weekdays', days: [1, 3, 5] } }, 6],
    ['3 a week: completions count, two missed weeks start over', 'xxx....xxx....x..............', { frequency: threeAWeek }, 0],
    ['3 a week: one missed week is forgiven', 'xxx....x......xxx....', { frequency: threeAWeek }, 7],
    ['break habit: clean days', '.'.repeat(30), { kind: 'break' }, 30],
    ['break habit: one slip forgiven', '..!..', { kind: 'break' }, 4],
    ['break habit: two slips in a row start over', '..!!...', { kind: 'break' }, 3],
  ])('%s (%s)', (_name, pattern, options, expected) => {
    expect(formation(pattern, options)).toBe(expected);
  });

  it('reports progress as a share of 66', () => {
    const { history, today } = fromPattern('x'.repeat(33));
    expect(computeFormation(history, today)).toEqual({ days: 33, progress: 0.5 });
  });
});
