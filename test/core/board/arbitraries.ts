// Random habit histories of every frequency kind, build and break, with targets, skips, slips,
// pauses and backdated entries (the same shapes the standing property test uses).
import fc from 'fast-check';
import type { HabitHistory } from '../../../src/core/stats.js';
import { dateAt, frequencyArbitrary, targetArbitrary } from '../support/habit-arbitraries.js';

const daysArbitrary = fc.array(
  fc.record({
    kinds: fc.oneof(
      { weight: 12, arbitrary: fc.constant(['done' as const]) },
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.constant(['skip' as const]) },
      { weight: 1, arbitrary: fc.constant(['slip' as const]) },
    ),
    quantity: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 3 }),
  }),
  { maxLength: 160 },
);

export interface Scenario {
  history: HabitHistory;
  today: string;
  weekStart: 1 | 7;
  /** A day to cut at (before the start, inside, or after today). */
  cut: string;
}

export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    span: fc.integer({ min: -3, max: 160 }),
    cut: fc.integer({ min: -15, max: 165 }),
    kind: fc.constantFrom('build' as const, 'build' as const, 'break' as const),
    status: fc.constantFrom('active' as const, 'active' as const, 'paused' as const),
    frequency: frequencyArbitrary,
    target: targetArbitrary,
    weekStart: fc.constantFrom(1 as const, 7 as const),
    days: daysArbitrary,
    stray: fc.array(fc.record({ offset: fc.integer({ min: -20, max: 165 }), kind: fc.constantFrom('done' as const, 'skip' as const, 'slip' as const) }), { maxLength: 6 }),
    pauses: fc.array(fc.record({ offset: fc.integer({ min: -5, max: 160 }), length: fc.option(fc.integer({ min: 0, max: 20 }), { freq: 4 }) }), { maxLength: 3 }),
  })
  .map((scenario): Scenario => ({
    history: {
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
    },
    today: dateAt(scenario.span),
    weekStart: scenario.weekStart,
    cut: dateAt(scenario.cut),
  }));
