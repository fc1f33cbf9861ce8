// The shapes random habit histories share across property tests: days numbered from a fixed
// start, every frequency kind, and an optional target in either direction.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { Frequency, Target, Weekday } from '../../../src/core/types.js';

const BASE = DateTime.fromISO('2023-12-01', { zone: 'utc' });
export const dateAt = (offset: number) => BASE.plus({ days: offset }).toISODate() as string;

export const frequencyArbitrary: fc.Arbitrary<Frequency> = fc.oneof(
  fc.constant<Frequency>({ kind: 'daily' }),
  fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((days): Frequency => ({ kind: 'weekdays', days: days as Weekday[] })),
  fc.integer({ min: 1, max: 7 }).map((times): Frequency => ({ kind: 'per_week', times })),
  fc.integer({ min: 1, max: 9 }).map((n): Frequency => ({ kind: 'every_n_days', n })),
  fc.integer({ min: 1, max: 12 }).map((times): Frequency => ({ kind: 'per_month', times })),
);

export const targetArbitrary: fc.Arbitrary<Target | null> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ quantity: fc.integer({ min: 0, max: 8 }), unit: fc.constant('units'), direction: fc.constantFrom('at_least' as const, 'at_most' as const) }) },
);
