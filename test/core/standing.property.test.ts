// The standing read from recent history (/today, /habits) against the whole history's stats:
// on random histories of every frequency kind, build and break, with targets, skips, slips and
// pauses, cut anywhere, it either gives the whole history's answer or says it cannot (null).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standingOf } from '../../src/core/standing.js';
import { computeHabitStats, type HabitHistory } from '../../src/core/stats.js';
import { dateAt, frequencyArbitrary, targetArbitrary } from './support/habit-arbitraries.js';

/** Day by day: mostly done (long runs that reach past the cut), sometimes nothing, a skip, a slip. */
const daysArbitrary = fc.array(
  fc.record({
    kinds: fc.oneof(
      { weight: 30, arbitrary: fc.constant(['done' as const]) },
      { weight: 2, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.constant(['skip' as const]) },
      { weight: 1, arbitrary: fc.constant(['slip' as const]) },
    ),
    quantity: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 3 }),
  }),
  { maxLength: 240, size: 'max' },
);

const scenarioArbitrary = fc
  .record({
    span: fc.integer({ min: -3, max: 240 }),
    cut: fc.integer({ min: -15, max: 245 }),
    kind: fc.constantFrom('build' as const, 'build' as const, 'break' as const),
    status: fc.constantFrom('active' as const, 'active' as const, 'paused' as const),
    frequency: frequencyArbitrary,
    target: targetArbitrary,
    weekStart: fc.constantFrom(1 as const, 7 as const),
    days: daysArbitrary,
    // Backdated before the start and after today too.
    stray: fc.array(fc.record({ offset: fc.integer({ min: -20, max: 245 }), kind: fc.constantFrom('done' as const, 'skip' as const, 'slip' as const) }), { maxLength: 10 }),
    pauses: fc.array(fc.record({ offset: fc.integer({ min: -5, max: 240 }), length: fc.option(fc.integer({ min: 0, max: 20 }), { freq: 4 }) }), { maxLength: 3 }),
  })
  .map((scenario) => {
    const history: HabitHistory = {
      habit: { id: 'habit', kind: scenario.kind, frequency: scenario.frequency, target: scenario.target, startDate: dateAt(0), multiplePerDay: true, status: scenario.status },
      entries: [
        ...scenario.days.flatMap((day, offset) => day.kinds.map((kind) => ({ kind, localDate: dateAt(offset), quantity: day.quantity }))),
        ...scenario.stray.map((entry) => ({ kind: entry.kind, localDate: dateAt(entry.offset), quantity: null })),
      ].sort((a, b) => a.localDate.localeCompare(b.localDate)),
      pauses: scenario.pauses.map((pause) => ({
        habitId: null,
        startDate: dateAt(pause.offset),
        endDate: pause.length === null ? null : dateAt(pause.offset + pause.length),
      })),
    };
    return { history, today: dateAt(scenario.span), knownFrom: dateAt(scenario.cut), weekStart: scenario.weekStart };
  });

function wholeStanding(history: HabitHistory, today: string, weekStart: 1 | 7) {
  const { currentStreak, streakUnit, dueToday, doneToday, periodProgress, todayOutcome } = computeHabitStats(history, today, { weekStart });
  return { currentStreak, streakUnit, dueToday, doneToday, periodProgress, todayOutcome };
}

describe('where a habit stands today, from its recent history only', () => {
  it('property: from the whole history it is the whole history stats', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ history, today, weekStart }) => {
        expect(standingOf(history, today, weekStart, null)).toEqual(wholeStanding(history, today, weekStart));
      }),
      { numRuns: 400 },
    );
  });

  it('property: cut anywhere, it is the whole history answer or null (read further back), never another number', () => {
    let answered = 0;
    fc.assert(
      fc.property(scenarioArbitrary, ({ history, today, weekStart, knownFrom }) => {
        const recent = { ...history, entries: history.entries.filter((entry) => entry.localDate >= knownFrom) };
        const standing = standingOf(recent, today, weekStart, knownFrom);
        if (standing === null) return;
        answered += 1;
        expect(standing).toEqual(wholeStanding(history, today, weekStart));
      }),
      { numRuns: 3000 },
    );
    // Most cuts leave a miss inside: the bounded read answers without the old history.
    expect(answered).toBeGreaterThan(600);
  });

  it('a streak longer than the cut is not answered from the cut', () => {
    const history: HabitHistory = {
      habit: { id: 'h', kind: 'build', frequency: { kind: 'daily' }, target: null, startDate: '2024-01-01', multiplePerDay: false, status: 'active' },
      entries: Array.from({ length: 200 }, (_, offset) => ({ kind: 'done' as const, localDate: dateAt(offset), quantity: null })),
      pauses: [],
    };
    const today = dateAt(200);
    const knownFrom = dateAt(140);
    const recent = { ...history, entries: history.entries.filter((entry) => entry.localDate >= knownFrom) };
    expect(standingOf(recent, today, 1, knownFrom)).toBeNull();
  });

  it('a break habit with no entries for months is not taken for clean since the cut only', () => {
    const history: HabitHistory = {
      habit: { id: 'h', kind: 'break', frequency: { kind: 'daily' }, target: null, startDate: dateAt(0), multiplePerDay: true, status: 'active' },
      entries: [{ kind: 'slip', localDate: dateAt(10), quantity: null }],
      pauses: [],
    };
    const today = dateAt(200);
    expect(standingOf({ ...history, entries: [] }, today, 1, dateAt(110))).toBeNull();
    expect(standingOf(history, today, 1, null)?.currentStreak).toBe(190);
  });

  it('an every-3-days habit with a miss but no completion inside the cut is not answered from it', () => {
    const history: HabitHistory = {
      habit: { id: 'h', kind: 'build', frequency: { kind: 'every_n_days', n: 3 }, target: null, startDate: dateAt(0), multiplePerDay: false, status: 'active' },
      entries: [{ kind: 'done', localDate: dateAt(5), quantity: null }],
      pauses: [],
    };
    expect(standingOf({ ...history, entries: [] }, dateAt(40), 1, dateAt(20))).toBeNull();
  });
});
