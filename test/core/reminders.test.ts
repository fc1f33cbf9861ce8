import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isQuietTime,
  isStreakAtRisk,
  isTooLate,
  nextNudgeSlot,
  nextReminderSlot,
  nextReviewSlot,
  parseSlotKey,
  positionAfter,
  slotKey,
  wallTimeAt,
  wallTimeInstant,
  type ReminderPlan,
} from '../../src/core/reminders.js';

const plan = (overrides: Partial<ReminderPlan> = {}): ReminderPlan => ({
  zone: 'America/Sao_Paulo',
  dayStartHour: 0,
  quietHours: null,
  reminderTimes: ['07:30'],
  reminderDays: null,
  frequency: { kind: 'daily' },
  startDate: '2026-01-01',
  ...overrides,
});
const after = (iso: string, key?: string) => ({ at: new Date(iso), key: key ?? null });
const iso = (date: Date | undefined) => date?.toISOString();

describe('the instant of a wall-clock time', () => {
  it.each([
    ['2026-06-10', '07:30', 'America/Sao_Paulo', '2026-06-10T10:30:00.000Z'],
    ['2026-01-10', '07:30', 'Europe/Berlin', '2026-01-10T06:30:00.000Z'], // CET
    ['2026-07-10', '07:30', 'Europe/Berlin', '2026-07-10T05:30:00.000Z'], // CEST
    // Spring forward in Berlin: 02:00 -> 03:00. 02:30 does not exist: it fires when the clock jumps.
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', '03:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    // Fall back: 02:30 happens twice; the first one (CEST) is the slot.
    ['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
  ])('given %s %s in %s, then it fires at %s', (date, time, zone, expected) => {
    expect(wallTimeInstant(date, time, zone).toISOString()).toBe(expected);
  });

  it('shows the wall time back at that instant, 03:00 for the skipped 02:30', () => {
    expect(wallTimeAt(wallTimeInstant('2026-03-29', '02:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('03:00');
    expect(wallTimeAt(new Date('2026-06-10T10:30:00Z'), 'America/Sao_Paulo')).toBe('07:30');
  });

  it('names a slot without ":" and reads the name back', () => {
    expect(slotKey('2026-03-29', '02:30')).toBe('20260329T0230');
    expect(parseSlotKey('20260329T0230')).toEqual({ date: '2026-03-29', time: '02:30' });
    expect(parseSlotKey('20260230T0230')).toBeNull();
    expect(parseSlotKey('2026-03-29T02:30')).toBeNull();
  });
});

describe('the next reminder of a habit', () => {
  it('given 07:30 in Sao Paulo and 06:00 local, then today at 07:30 (10:30 UTC)', () => {
    const slot = nextReminderSlot(plan(), after('2026-06-10T09:00:00Z'));
    expect(slot).toMatchObject({ date: '2026-06-10', time: '07:30', key: '20260610T0730' });
    expect(iso(slot?.at)).toBe('2026-06-10T10:30:00.000Z');
  });

  it('given the slot just fired, then tomorrow at the same local time', () => {
    const slot = nextReminderSlot(plan(), after('2026-06-10T10:30:00Z', '20260610T0730'));
    expect(slot?.key).toBe('20260611T0730');
  });

  it('given several times, then the earliest one still ahead, in order', () => {
    const times = plan({ reminderTimes: ['21:00', '07:30', '12:00'] });
    expect(nextReminderSlot(times, after('2026-06-10T11:00:00Z'))?.time).toBe('12:00');
    expect(nextReminderSlot(times, after('2026-06-10T15:00:00Z'))?.time).toBe('21:00');
  });

  it('given Berlin across the spring-forward night, then 02:30 fires once, at 03:00, and 03:00 right after it', () => {
    const berlin = plan({ zone: 'Europe/Berlin', reminderTimes: ['02:30', '03:00'] });
    const first = nextReminderSlot(berlin, after('2026-03-28T23:00:00Z'));
    expect(first).toMatchObject({ key: '20260329T0230' });
    expect(iso(first?.at)).toBe('2026-03-29T01:00:00.000Z');
    const second = nextReminderSlot(berlin, { at: first!.at, key: first!.key });
    expect(second).toMatchObject({ key: '20260329T0300' });
    expect(iso(second?.at)).toBe('2026-03-29T01:00:00.000Z');
    expect(nextReminderSlot(berlin, { at: second!.at, key: second!.key })?.key).toBe('20260330T0230');
  });

  it('given Berlin on the fall-back night, then 02:30 fires once that day, not at the repeated hour', () => {
    const berlin = plan({ zone: 'Europe/Berlin', reminderTimes: ['02:30'] });
    const slot = nextReminderSlot(berlin, after('2026-10-24T22:00:00Z'));
    expect(iso(slot?.at)).toBe('2026-10-25T00:30:00.000Z');
    // An hour later the wall clock reads 02:30 again: the next reminder is the next day's.
    const next = nextReminderSlot(berlin, { at: slot!.at, key: slot!.key });
    expect(next?.key).toBe('20261026T0230');
    expect(iso(next?.at)).toBe('2026-10-26T01:30:00.000Z'); // CET now
  });

  it('given 07:30 in Berlin the week DST starts, then always 07:30 local: 06:30 UTC before, 05:30 UTC after', () => {
    const berlin = plan({ zone: 'Europe/Berlin' });
    let position = after('2026-03-27T00:00:00Z');
    const fired: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const slot = nextReminderSlot(berlin, position)!;
      fired.push(iso(slot.at)!);
      position = { at: slot.at, key: slot.key };
    }
    expect(fired).toEqual(['2026-03-27T06:30:00.000Z', '2026-03-28T06:30:00.000Z', '2026-03-29T05:30:00.000Z', '2026-03-30T05:30:00.000Z']);
  });

  it('given reminder days Mon/Wed, then only those weekdays', () => {
    const slot = nextReminderSlot(plan({ reminderDays: [1, 3] }), after('2026-06-10T11:00:00Z')); // Wed after 07:30
    expect(slot?.date).toBe('2026-06-15'); // Monday
  });

  it('given a Mon/Wed/Fri habit, then no reminder on the days it is not due', () => {
    const slot = nextReminderSlot(plan({ frequency: { kind: 'weekdays', days: [1, 3, 5] } }), after('2026-06-12T11:00:00Z')); // Fri after
    expect(slot?.date).toBe('2026-06-15');
  });

  it('given an every-3-days habit, then a reminder is planned every day and the history decides when it fires (due 3 days after the last completion)', () => {
    const slot = nextReminderSlot(plan({ frequency: { kind: 'every_n_days', n: 3 }, startDate: '2026-06-01' }), after('2026-06-05T00:00:00Z'));
    expect(slot?.date).toBe('2026-06-05');
  });

  it('given a habit that starts next week, then its first reminder is on its start date', () => {
    expect(nextReminderSlot(plan({ startDate: '2026-06-20' }), after('2026-06-10T00:00:00Z'))?.date).toBe('2026-06-20');
  });

  it('given quiet hours 22:00-08:00, then a 07:30 reminder never fires and 21:00 still does', () => {
    expect(nextReminderSlot(plan({ quietHours: { start: '22:00', end: '08:00' } }), after('2026-06-10T00:00:00Z'))).toBeNull();
    const slot = nextReminderSlot(plan({ reminderTimes: ['07:30', '21:00'], quietHours: { start: '22:00', end: '08:00' } }), after('2026-06-10T00:00:00Z'));
    expect(slot?.time).toBe('21:00');
  });

  it('given a night owl whose day starts at 04:00, then a 01:00 reminder belongs to the day before', () => {
    // Mondays only: 01:00 on Tuesday is still Monday for them.
    const slot = nextReminderSlot(plan({ reminderTimes: ['01:00'], reminderDays: [1], dayStartHour: 4 }), after('2026-06-10T00:00:00Z'));
    expect(slot?.date).toBe('2026-06-16'); // a Tuesday on the calendar
  });

  it('given no reminder times, then nothing is planned', () => {
    expect(nextReminderSlot(plan({ reminderTimes: [] }), after('2026-06-10T00:00:00Z'))).toBeNull();
  });

  it('always plans strictly later, and at the chosen local time, in any zone', () => {
    const zones = ['Europe/Berlin', 'America/Sao_Paulo', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Apia'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }),
        (zone, hour, minute, start) => {
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const slot = nextReminderSlot(plan({ zone, reminderTimes: [time], startDate: '2024-01-01' }), { at: start })!;
          expect(slot.at.getTime()).toBeGreaterThan(start.getTime());
          expect(slot.at.getTime() - start.getTime()).toBeLessThanOrEqual(26 * 3_600_000);
          const shown = wallTimeAt(slot.at, zone);
          // Either the chosen time, or (in a gap) the first minute after the jump.
          if (shown !== time) expect(wallTimeAt(new Date(slot.at.getTime() - 60_000), zone) < time).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('quiet hours', () => {
  it.each([
    ['23:00', '22:00', '07:00', true],
    ['06:59', '22:00', '07:00', true],
    ['07:00', '22:00', '07:00', false],
    ['21:59', '22:00', '07:00', false],
    ['13:30', '13:00', '14:00', true],
    ['14:00', '13:00', '14:00', false],
  ])('given %s and quiet hours %s-%s, then quiet is %s', (time, start, end, quiet) => {
    expect(isQuietTime(time, { start, end })).toBe(quiet);
  });

  it('given no quiet hours, then never quiet', () => {
    expect(isQuietTime('03:00', null)).toBe(false);
  });
});

describe('the evening nudge and the weekly review', () => {
  const person = { zone: 'America/Sao_Paulo', dayStartHour: 0, quietHours: null };

  it('given no nudge time chosen, then every day at 20:00 local', () => {
    const slot = nextNudgeSlot({ ...person, eveningNudgeTime: null }, after('2026-06-10T12:00:00Z'));
    expect(slot).toMatchObject({ key: '20260610T2000' });
    expect(iso(slot?.at)).toBe('2026-06-10T23:00:00.000Z');
  });

  it('given 21:30 chosen, then 21:30', () => {
    expect(nextNudgeSlot({ ...person, eveningNudgeTime: '21:30' }, after('2026-06-10T12:00:00Z'))?.time).toBe('21:30');
  });

  it('given a review day and time, then that weekday at that time', () => {
    const slot = nextReviewSlot({ ...person, reviewDay: 5, reviewTime: '09:00', weekStart: 1 }, after('2026-06-10T12:00:00Z'));
    expect(slot?.date).toBe('2026-06-12'); // Friday
    expect(slot?.time).toBe('09:00');
  });

  it('given none chosen, then the last day of the person\'s week at 18:00', () => {
    expect(nextReviewSlot({ ...person, reviewDay: null, reviewTime: null, weekStart: 1 }, after('2026-06-10T12:00:00Z'))?.key).toBe('20260614T1800');
    expect(nextReviewSlot({ ...person, reviewDay: null, reviewTime: null, weekStart: 7 }, after('2026-06-10T12:00:00Z'))?.key).toBe('20260613T1800');
  });
});

describe('lateness', () => {
  it('given a delivery 2 hours late, then it is still sent; a minute more and it is dropped', () => {
    const due = new Date('2026-06-10T10:30:00Z');
    expect(isTooLate(due, new Date('2026-06-10T12:30:00Z'))).toBe(false);
    expect(isTooLate(due, new Date('2026-06-10T12:31:00Z'))).toBe(true);
  });
});

describe('a streak at risk tonight', () => {
  const daily = { kind: 'build' as const, frequency: { kind: 'daily' as const } };
  const stats = { dueToday: true, doneToday: false, currentStreak: 3, periodProgress: null };

  it('given a daily habit due, not done, with a streak, then at risk', () => {
    expect(isStreakAtRisk(daily, stats, '2026-06-10')).toBe(true);
  });

  it.each([
    ['done today', { doneToday: true }],
    ['not due today', { dueToday: false }],
    ['no streak to lose', { currentStreak: 0 }],
  ])('given it is %s, then not at risk', (_case, change) => {
    expect(isStreakAtRisk(daily, { ...stats, ...change }, '2026-06-10')).toBe(false);
  });

  it('given a habit to break, then never at risk by doing nothing', () => {
    expect(isStreakAtRisk({ ...daily, kind: 'break' }, stats, '2026-06-10')).toBe(false);
  });

  it('given 3 times a week with 1 still needed, then at risk only on the last day of the week', () => {
    const weekly = { kind: 'build' as const, frequency: { kind: 'per_week' as const, times: 3 } };
    const progress = { ...stats, periodProgress: { done: 2, needed: 3 } };
    expect(isStreakAtRisk(weekly, progress, '2026-06-13')).toBe(false); // Saturday
    expect(isStreakAtRisk(weekly, progress, '2026-06-14')).toBe(true); // Sunday, weeks start Monday
    expect(isStreakAtRisk(weekly, { ...progress, periodProgress: { done: 0, needed: 3 } }, '2026-06-12')).toBe(true); // Fri: 3 left for 3 days
  });
});

describe('planning after a handled slot', () => {
  it('given it was handled on time, then the plan continues right after it', () => {
    const handled = { at: new Date('2026-06-10T10:30:00Z'), key: '20260610T0730' };
    expect(positionAfter(handled, new Date('2026-06-10T10:30:05Z'))).toEqual(handled);
  });

  it('given it was handled after a long outage, then slots already too late are passed over', () => {
    const handled = { at: new Date('2026-06-10T10:30:00Z'), key: '20260610T0730' };
    const position = positionAfter(handled, new Date('2026-06-10T18:00:00Z'));
    expect(position).toEqual({ at: new Date('2026-06-10T16:00:00Z'), key: null });
    const hourly = plan({ reminderTimes: ['08:00', '10:00', '12:00', '14:00', '16:00'] });
    expect(nextReminderSlot(hourly, position)?.key).toBe('20260610T1400'); // 17:00Z, within two hours
  });
});
