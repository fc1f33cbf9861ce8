import { describe, expect, it } from 'vitest';
import { dateBoundProblem, EARLIEST_DAY_NUMBER, EARLIEST_LOCAL_DATE } from '../../src/core/date-bounds.js';
import { parseDayNumber } from '../../src/core/day-number.js';
import { evaluateDays } from '../../src/core/evaluation.js';
import { computeHabitStats, type HabitHistory } from '../../src/core/stats.js';
import { buildTimeline } from '../../src/core/timeline.js';

const TODAY = '2026-11-23';

function ancient(kind: 'build' | 'break'): HabitHistory {
  return {
    habit: { id: 'h', kind, frequency: { kind: 'daily' }, target: null, startDate: '0001-01-01', multiplePerDay: false, status: 'active' },
    entries: [
      { kind: kind === 'build' ? 'done' : 'slip', localDate: '0001-01-01', quantity: null },
      { kind: kind === 'build' ? 'done' : 'slip', localDate: '0001-06-30', quantity: null },
      { kind: kind === 'build' ? 'done' : 'slip', localDate: '2026-11-22', quantity: null },
    ],
    pauses: [{ habitId: null, startDate: '0001-01-01', endDate: '0002-01-01' }],
  };
}

describe('dates the product accepts', () => {
  it('given dates before 2000, after tomorrow or before the start, then they are out of bounds', () => {
    expect(dateBoundProblem('1999-12-31', '2026-11-23')).toBe('before_2000');
    expect(dateBoundProblem(EARLIEST_LOCAL_DATE, '2026-11-23')).toBeNull();
    expect(dateBoundProblem('2026-11-24', '2026-11-23')).toBeNull();
    expect(dateBoundProblem('2026-11-25', '2026-11-23')).toBe('after_tomorrow');
    expect(dateBoundProblem('2026-11-01', '2026-11-23', '2026-11-02')).toBe('before_habit_start');
  });

  it.each(['build', 'break'] as const)(
    'given a %s habit started in year 0001 with entries then (rows written around the checks), then the work is bounded by 2000-01-01, not by the calendar',
    (kind) => {
      const history = ancient(kind);
      const timeline = buildTimeline(history, TODAY);
      // Days walked: from 2000-01-01 at most, not the 739,000 days since year 1.
      expect(timeline.first).toBe(EARLIEST_DAY_NUMBER);
      expect(timeline.met.length).toBe(parseDayNumber(TODAY) - EARLIEST_DAY_NUMBER + 1);
      const stats = computeHabitStats(history, TODAY);
      expect(stats.currentStreak).toBe(kind === 'build' ? 1 : 1);
      expect(evaluateDays(history, ['0001-01-01', '2026-11-22'], TODAY)).toEqual(['before_start', kind === 'build' ? 'met' : 'slipped']);
    },
  );
});
