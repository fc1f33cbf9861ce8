// A shared habit's numbers on the leaderboard are /stats' numbers, and a summary of its closed
// periods changes none of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize, tallyHabit } from '../../../src/core/board/tally.js';
import { parseDayNumber } from '../../../src/core/day-number.js';
import { computeHabitStats } from '../../../src/core/stats.js';
import { dateAt } from '../support/habit-arbitraries.js';
import { scenarioArbitrary } from './arbitraries.js';

describe('a shared habit tally', () => {
  it('property: over /stats window it gives /stats success (met of decided) and current streak', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ history, today, weekStart }) => {
        const stats = computeHabitStats(history, today, { weekStart });
        const tally = tallyHabit(history, today, weekStart, parseDayNumber(today) - 29);
        expect(tally.decided).toBe(stats.successDecided);
        expect(tally.decided === 0 ? 0 : tally.met / tally.decided).toBeCloseTo(stats.successRate, 12);
        expect(tally.currentStreak).toBe(stats.currentStreak);
        expect(tally.streakUnit).toBe(stats.streakUnit);
      }),
      { numRuns: 1500 },
    );
  });

  it('property: from a summary of the closed periods and the entries after its cut, every number is the whole history one', () => {
    let summarized = 0;
    fc.assert(
      fc.property(scenarioArbitrary, fc.integer({ min: 0, max: 100 }), ({ history, today, weekStart, cut }, windowBack) => {
        const summary = summarize(history, today, weekStart, cut);
        if (summary === null) return;
        summarized += 1;
        const recent = { ...history, entries: history.entries.filter((entry) => entry.localDate >= summary.cut) };
        expect(tallyHabit(recent, today, weekStart, -Infinity, summary)).toEqual(tallyHabit(history, today, weekStart, -Infinity));
        const windowStart = Math.max(parseDayNumber(summary.cut) - 64, parseDayNumber(today) - windowBack);
        expect(tallyHabit(recent, today, weekStart, windowStart, summary)).toEqual(tallyHabit(history, today, weekStart, windowStart));
      }),
      { numRuns: 3000 },
    );
    expect(summarized).toBeGreaterThan(1000);
  });

  it('property: a summary carried forward from an older one is the one made from the whole history', () => {
    let carried = 0;
    fc.assert(
      fc.property(scenarioArbitrary, fc.integer({ min: 0, max: 90 }), ({ history, today, weekStart, cut }, further) => {
        const older = summarize(history, today, weekStart, cut);
        if (older === null) return;
        const wanted = dateAt(Math.min(parseDayNumber(cut) + further, parseDayNumber(today)) - parseDayNumber(dateAt(0)));
        const recent = { ...history, entries: history.entries.filter((entry) => entry.localDate >= older.cut) };
        const forward = summarize(recent, today, weekStart, wanted, older);
        const whole = summarize(history, today, weekStart, wanted);
        if (forward !== older) carried += 1;
        expect(forward).toEqual(wanted <= older.cut ? older : whole);
      }),
      { numRuns: 2000 },
    );
    expect(carried).toBeGreaterThan(500);
  });

  it('refuses a window that starts further back than its recent days (it would need the whole history)', () => {
    const history = { habit: { id: 'h', kind: 'build' as const, frequency: { kind: 'daily' as const }, target: null, startDate: '2026-01-01', multiplePerDay: false, status: 'active' as const }, entries: [], pauses: [] };
    const summary = summarize(history, '2026-02-01', 1, '2026-01-20');
    expect(summary?.cut).toBe('2026-01-20');
    expect(() => tallyHabit(history, '2026-02-01', 1, parseDayNumber('2025-11-01'), summary)).toThrow(RangeError);
  });
});
