// Property test: streaks, score, success rate and formation for every frequency kind,
// checked against a reference written separately below, the slow and literal way: luxon
// DateTimes stepped one day at a time, entries and pauses searched afresh for every day,
// windows summed day by day. It shares no code with src/core beyond the types.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { countCells, habitCells } from '../../src/app/week.js';
import { evaluateDays, type DayOutcome } from '../../src/core/evaluation.js';
import { computeScore } from '../../src/core/score.js';
import { computeStreaks } from '../../src/core/streaks.js';
import { computeHabitStats, type HabitHistory } from '../../src/core/stats.js';
import type { Frequency, Target, Weekday } from '../../src/core/types.js';

type Status = 'met' | 'missed' | 'bridged' | 'pending';

interface Reference {
  current: number;
  longest: number;
  score: number;
  successRate: number;
  formationDays: number;
}

function referenceStats(history: HabitHistory, today: string, weekStart: 1 | 7, windowDays: number): Reference {
  const { habit, entries, pauses } = history;
  const day = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
  const todayDay = day(today);
  const start = day(habit.startDate);
  const target: Target | null = habit.target;

  let first = start;
  for (const entry of entries) {
    const date = day(entry.localDate);
    if (date < first && date <= todayDay) first = date;
  }

  // --- what happened on one day ---
  const factsOn = (date: DateTime) => {
    const iso = date.toISODate() as string;
    const lived = date <= todayDay;
    const onDay = lived ? entries.filter((entry) => entry.localDate === iso) : [];
    const dones = onDay.filter((entry) => entry.kind === 'done');
    const sum = dones.reduce(
      (total, entry) => total + (entry.quantity ?? (target?.direction === 'at_least' ? target.quantity : 0)),
      0,
    );
    const skip = onDay.some((entry) => entry.kind === 'skip');
    const slip = onDay.some((entry) => entry.kind === 'slip');
    const paused =
      pauses.some((pause) => iso >= pause.startDate && (pause.endDate === null || iso <= pause.endDate)) ||
      (habit.status === 'paused' && date >= todayDay);
    let met: boolean;
    let credit: number;
    if (habit.kind === 'break') {
      met = !slip;
      credit = met ? 1 : 0;
    } else if (dones.length === 0) {
      met = false;
      credit = 0;
    } else if (target === null) {
      met = true;
      credit = 1;
    } else if (target.direction === 'at_least') {
      met = sum >= target.quantity;
      credit = target.quantity > 0 ? Math.min(1, Math.max(0, sum / target.quantity)) : 1;
    } else {
      met = sum <= target.quantity;
      credit = met ? 1 : target.quantity > 0 ? Math.max(0, 1 - (sum - target.quantity) / target.quantity) : 0;
    }
    const overLimit = habit.kind === 'build' && target?.direction === 'at_most' && dones.length > 0 && !met;
    let status: Status;
    if (habit.kind === 'break') status = slip ? 'missed' : paused || skip ? 'bridged' : 'met';
    else if (met) status = 'met';
    else if (paused || skip) status = 'bridged';
    else if (date.equals(todayDay) && !slip && !overLimit) status = 'pending';
    else status = 'missed';
    return { met, credit, skip, paused, status };
  };

  const daysFrom = (from: DateTime, to: DateTime) => {
    const days: DateTime[] = [];
    for (let date = from; date <= to; date = date.plus({ days: 1 })) days.push(date);
    return days;
  };

  // --- occurrences: due days, every day (break), or periods ---
  const frequency: Frequency = habit.frequency;
  const occurrences: { end: DateTime; status: Status; metDays: number }[] = [];
  if (habit.kind === 'break' || frequency.kind === 'daily' || frequency.kind === 'weekdays' || frequency.kind === 'every_n_days') {
    // every N days: a flexible interval. It runs from the first tracked day; a completion, or the
    // interval's last day passing, starts the next one the day after.
    let intervalFrom: DateTime = first;
    for (const date of daysFrom(first, todayDay)) {
      let due = true;
      const facts = factsOn(date);
      if (habit.kind === 'build' && frequency.kind === 'weekdays') due = frequency.days.includes(date.weekday as 1);
      if (habit.kind === 'build' && frequency.kind === 'every_n_days') {
        due = facts.met || date.equals(intervalFrom.plus({ days: frequency.n - 1 }));
        if (due) intervalFrom = date.plus({ days: 1 });
      }
      if (!due) continue;
      const { status } = facts;
      occurrences.push({ end: date, status, metDays: status === 'met' ? 1 : 0 });
    }
  } else if (first <= todayDay) {
    const periodStart = (date: DateTime) => {
      if (frequency.kind === 'per_month') return date.startOf('month');
      if (weekStart === 1) return date.startOf('week');
      return date.weekday === 7 ? date : date.startOf('week').minus({ days: 1 });
    };
    const periodEnd = (from: DateTime) => (frequency.kind === 'per_month' ? from.endOf('month').startOf('day') : from.plus({ days: 6 }));
    for (let from = periodStart(first); from <= todayDay; from = periodEnd(from).plus({ days: 1 })) {
      const to = periodEnd(from);
      const days = daysFrom(from, to);
      let active = 0;
      let skips = 0;
      let metDays = 0;
      for (const date of days) {
        if (date < first) continue;
        const facts = factsOn(date);
        if (!facts.paused) active += 1;
        if (date > todayDay) continue;
        if (facts.met) metDays += 1;
        else if (facts.skip && !facts.paused) skips += 1;
      }
      const quota = Math.min(frequency.times, days.length);
      const needed = Math.max(0, Math.min(active, Math.ceil((quota * active) / days.length)) - skips);
      let status: Status;
      if (metDays >= needed && metDays > 0) status = 'met';
      else if (needed === 0) status = 'bridged';
      else if (to >= todayDay) status = 'pending';
      else status = 'missed';
      occurrences.push({ end: to, status, metDays });
    }
  }

  // --- streaks: split the statuses at every miss; count the met ones in each stretch ---
  const stretches = occurrences
    .map((occurrence) => occurrence.status)
    .join(',')
    .split('missed')
    .map((stretch) => stretch.split(',').filter((status) => status === 'met').length);
  const current = stretches.at(-1) ?? 0;
  const longest = Math.max(0, ...stretches);

  // --- score: Loop's moving average, the window summed afresh every day ---
  let numerator = 1;
  let denominator = 1;
  if (habit.kind === 'build') {
    if (frequency.kind === 'weekdays') [numerator, denominator] = [new Set(frequency.days).size, 7];
    if (frequency.kind === 'per_week') [numerator, denominator] = [Math.min(frequency.times, 7), 7];
    if (frequency.kind === 'every_n_days') [numerator, denominator] = [1, frequency.n];
    if (frequency.kind === 'per_month') [numerator, denominator] = [Math.min(frequency.times, 30), 30];
    if (numerator < denominator) [numerator, denominator] = [numerator * 2, denominator * 2];
  }
  const multiplier = Math.pow(0.5, Math.sqrt(numerator / denominator) / 13);
  let score = 0;
  for (const date of daysFrom(first, todayDay)) {
    const { status } = factsOn(date);
    if (status !== 'met' && status !== 'missed') continue;
    let inWindow = 0;
    for (let back = 0; back < denominator; back += 1) {
      const windowDay = date.minus({ days: back });
      if (windowDay < first) {
        inWindow += numerator / denominator;
        continue;
      }
      const facts = factsOn(windowDay);
      if (facts.met) inWindow += facts.credit;
      else if (facts.paused) inWindow += numerator / denominator;
      else if (facts.skip) inWindow += 1;
      else inWindow += facts.credit;
    }
    score = score * multiplier + Math.min(1, inWindow / numerator) * (1 - multiplier);
  }

  // --- success rate over the window, and formation (never miss twice) ---
  const windowStart = todayDay.minus({ days: windowDays - 1 });
  const inRate = occurrences.filter((occurrence) => occurrence.end >= windowStart);
  const met = inRate.filter((occurrence) => occurrence.status === 'met').length;
  const decided = inRate.filter((occurrence) => occurrence.status === 'met' || occurrence.status === 'missed').length;
  let formation = 0;
  let lastDecided: Status | null = null;
  for (const occurrence of occurrences) {
    if (occurrence.status === 'missed' && lastDecided === 'missed') formation = 0;
    formation += occurrence.metDays;
    if (occurrence.status === 'met' || occurrence.status === 'missed') lastDecided = occurrence.status;
  }

  return { current, longest, score, successRate: decided === 0 ? 0 : met / decided, formationDays: Math.min(66, formation) };
}

// --- random histories ---
const BASE = DateTime.fromISO('2023-12-01', { zone: 'utc' });
const dateAt = (offset: number) => BASE.plus({ days: offset }).toISODate() as string;

const frequencyArbitrary: fc.Arbitrary<Frequency> = fc.oneof(
  fc.constant<Frequency>({ kind: 'daily' }),
  fc
    .uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })
    .map((days): Frequency => ({ kind: 'weekdays', days: days as Weekday[] })),
  fc.integer({ min: 1, max: 7 }).map((times): Frequency => ({ kind: 'per_week', times })),
  fc.integer({ min: 1, max: 9 }).map((n): Frequency => ({ kind: 'every_n_days', n })),
  fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 7, max: 31 })).map((times): Frequency => ({ kind: 'per_month', times })),
);

const targetArbitrary: fc.Arbitrary<Target | null> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.record({
      quantity: fc.integer({ min: 0, max: 8 }),
      unit: fc.constant('units'),
      direction: fc.constantFrom('at_least' as const, 'at_most' as const),
    }),
  },
);

/** Day by day from the start: mostly done (long runs), sometimes nothing, a skip, a slip, two entries. */
function daysArbitrary(doneWeight: number) {
  return fc.array(
    fc.record({
      kinds: fc.oneof(
        { weight: doneWeight, arbitrary: fc.constant(['done' as const]) },
        { weight: 4, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.constant(['skip' as const]) },
        { weight: 1, arbitrary: fc.constant(['slip' as const]) },
        { weight: 1, arbitrary: fc.constant(['done' as const, 'done' as const]) },
      ),
      quantity: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 3 }),
    }),
    { maxLength: 115, size: 'max' },
  );
}

const scenarioArbitrary = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 800 }),
    span: fc.integer({ min: -3, max: 110 }), // negative: the habit starts after today
    kind: fc.constantFrom('build' as const, 'build' as const, 'build' as const, 'break' as const),
    status: fc.constantFrom('active' as const, 'active' as const, 'active' as const, 'paused' as const),
    frequency: frequencyArbitrary,
    target: targetArbitrary,
    weekStart: fc.constantFrom(1 as const, 7 as const),
    windowDays: fc.integer({ min: 1, max: 60 }),
    days: fc.oneof(daysArbitrary(20), daysArbitrary(100)),
    // Entries anywhere too: backdated before the start or dated after today included.
    entries: fc.array(
      fc.record({
        offset: fc.integer({ min: -10, max: 115 }),
        kind: fc.constantFrom('done' as const, 'done' as const, 'done' as const, 'done' as const, 'skip' as const, 'slip' as const),
        quantity: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 3 }),
      }),
      { maxLength: 40 },
    ),
    pauses: fc.array(
      fc.record({ offset: fc.integer({ min: -5, max: 110 }), length: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 4 }) }),
      { maxLength: 3 },
    ),
  })
  .map((scenario) => {
    const history: HabitHistory = {
      habit: {
        id: 'habit',
        kind: scenario.kind,
        frequency: scenario.frequency,
        target: scenario.target,
        startDate: dateAt(scenario.startOffset),
        multiplePerDay: true,
        status: scenario.status,
      },
      entries: [
        ...scenario.days.flatMap((day, offset) =>
          day.kinds.map((kind) => ({ kind, localDate: dateAt(scenario.startOffset + offset), quantity: day.quantity })),
        ),
        ...scenario.entries.map((entry) => ({
          kind: entry.kind,
          localDate: dateAt(scenario.startOffset + entry.offset),
          quantity: entry.quantity,
        })),
      ],
      pauses: scenario.pauses.map((pause) => ({
        habitId: null,
        startDate: dateAt(scenario.startOffset + pause.offset),
        endDate: pause.length === null ? null : dateAt(scenario.startOffset + pause.offset + pause.length),
      })),
    };
    return { history, today: dateAt(scenario.startOffset + scenario.span), weekStart: scenario.weekStart, windowDays: scenario.windowDays };
  });

describe('streaks, score, success rate and formation against a slow reference', () => {
  it('property: agree on random histories of every frequency kind', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ history, today, weekStart, windowDays }) => {
        const expected = referenceStats(history, today, weekStart, windowDays);
        const stats = computeHabitStats(history, today, { weekStart, windowDays });
        expect({ current: stats.currentStreak, longest: stats.longestStreak, formationDays: stats.formationDays }).toEqual({
          current: expected.current,
          longest: expected.longest,
          formationDays: expected.formationDays,
        });
        expect(Math.abs(stats.score - expected.score)).toBeLessThan(1e-9);
        expect(Math.abs(stats.successRate - expected.successRate)).toBeLessThan(1e-12);
        expect(stats.score).toBeGreaterThanOrEqual(0);
        expect(stats.score).toBeLessThanOrEqual(1);
        expect(computeStreaks(history, today, weekStart)).toEqual({ current: expected.current, longest: expected.longest });
        expect(computeScore(history, today)).toBe(stats.score);
      }),
      { numRuns: 600 },
    );
  });

  it('property: the longest streak is never shorter than the current one', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ history, today, weekStart }) => {
        const stats = computeHabitStats(history, today, { weekStart });
        expect(stats.longestStreak).toBeGreaterThanOrEqual(stats.currentStreak);
      }),
      { numRuns: 300 },
    );
  });

  it('property: filling in a missed past day never lowers a streak or the score', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.integer({ min: 1, max: 120 }), ({ history, today, weekStart }, daysAgo) => {
        const date = DateTime.fromISO(today, { zone: 'utc' }).minus({ days: daysAgo }).toISODate() as string;
        fc.pre(history.habit.kind === 'build' && history.habit.target === null && date >= history.habit.startDate);
        fc.pre(!history.entries.some((entry) => entry.localDate === date));
        fc.pre(!history.pauses.some((pause) => date >= pause.startDate && (pause.endDate === null || date <= pause.endDate)));
        const before = computeHabitStats(history, today, { weekStart });
        const filled = { ...history, entries: [...history.entries, { kind: 'done' as const, localDate: date, quantity: null }] };
        const after = computeHabitStats(filled, today, { weekStart });
        expect(after.currentStreak).toBeGreaterThanOrEqual(before.currentStreak);
        expect(after.longestStreak).toBeGreaterThanOrEqual(before.longestStreak);
        expect(after.score).toBeGreaterThanOrEqual(before.score - 1e-12);
      }),
      { numRuns: 150 },
    );
  });
});

describe('every view reads one evaluation (core/evaluation.ts)', () => {
  const breaks = new Set<DayOutcome>(['missed', 'slipped']);
  it('property: /week cells, /today, /stats totals and streaks agree on random histories', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ history, today, weekStart }) => {
        const stats = computeHabitStats(history, today, { weekStart });
        const earliest = [history.habit.startDate, ...history.entries.map((entry) => entry.localDate).filter((date) => date <= today)].sort()[0]!;
        const days: string[] = [];
        for (let date = DateTime.fromISO(earliest, { zone: 'utc' }); (date.toISODate() as string) <= today; date = date.plus({ days: 1 })) days.push(date.toISODate() as string);
        const outcomes = evaluateDays(history, days, today, weekStart);
        const habit = { ...history.habit, kind: history.habit.kind } as Parameters<typeof habitCells>[0];
        const cells = habitCells(habit, history.entries, history.pauses as never, days, today, weekStart);

        // /week and "how am I doing?" count cells; /stats counts met days: the same days.
        expect(countCells(cells).met).toBe(stats.totalDone);
        expect(outcomes.filter((outcome) => outcome === 'met').length).toBe(stats.totalDone);
        // /today: done today is a met today, and a pending today is due and not done.
        const todays = outcomes.at(-1);
        if (days.length > 0 && history.habit.kind === 'build') {
          expect(todays === 'met').toBe(stats.doneToday);
          if (todays === 'pending') expect(stats.dueToday && !stats.doneToday).toBe(true);
          if (todays === 'paused' || todays === 'not_due') expect(stats.dueToday).toBe(false);
        }
        // /streaks: for habits judged on every day, the current streak is the met days back from
        // today up to the first day the evaluation says broke it.
        if (history.habit.kind === 'break' || history.habit.frequency.kind === 'daily') {
          let run = 0;
          for (let index = outcomes.length - 1; index >= 0; index -= 1) {
            const outcome = outcomes[index]!;
            const isToday = index === outcomes.length - 1;
            if (outcome === 'met') run += 1;
            else if (breaks.has(outcome) || (outcome === 'partial' && !isToday) || (outcome === 'missed' && isToday)) break;
          }
          expect(run).toBe(stats.currentStreak);
        }
      }),
      { numRuns: 150 },
    );
  });
});
