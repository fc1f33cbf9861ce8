import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayBounds,
  daysBetween,
  endOfMonth,
  isValidLocalDate,
  isValidTimeZone,
  localDateOf,
  startOfMonth,
  startOfWeek,
  weekdayOf,
  zoneChange,
} from '../../src/core/day.js';
import { fromDayNumber, parseDayNumber, toDayNumber } from '../../src/core/day-number.js';

const HOUR = 3_600_000;
const hoursOf = ({ start, end }: { start: Date; end: Date }) => (end.getTime() - start.getTime()) / HOUR;

describe('the person\'s date at an instant', () => {
  it.each([
    // instant (UTC), zone, day-start hour, expected date
    ['2026-01-10T01:00:00Z', 'Europe/Berlin', 0, '2026-01-10'], // 02:00 local
    ['2026-01-10T01:00:00Z', 'Europe/Berlin', 4, '2026-01-09'], // 02:00 belongs to yesterday for a night owl
    ['2026-01-10T02:59:59Z', 'Europe/Berlin', 4, '2026-01-09'], // 03:59:59
    ['2026-01-10T03:00:00Z', 'Europe/Berlin', 4, '2026-01-10'], // 04:00 starts the day
    ['2026-01-10T03:00:00Z', 'America/New_York', 0, '2026-01-09'], // 22:00 the evening before
    ['2026-01-10T03:00:00Z', 'America/Sao_Paulo', 0, '2026-01-10'], // 00:00 exactly
    ['2026-01-10T02:59:59Z', 'America/Sao_Paulo', 0, '2026-01-09'],
    ['2026-01-10T23:30:00Z', 'Asia/Tokyo', 0, '2026-01-11'],
  ])('given %s in %s with the day starting at %i:00, the date is %s', (instant, zone, hour, expected) => {
    expect(localDateOf(new Date(instant), zone, hour)).toBe(expected);
  });

  it('rejects an unknown zone and a day-start hour outside 0..23', () => {
    expect(() => localDateOf(new Date(), 'Mars/Olympus_Mons')).toThrow(/time zone/);
    expect(() => localDateOf(new Date(), 'UTC', 24)).toThrow(/Day-start hour/);
  });
});

describe('the instants a day spans', () => {
  it.each([
    // date, zone, day-start hour, hours long, starts at (UTC)
    ['2026-03-28', 'Europe/Berlin', 0, 24, '2026-03-27T23:00:00.000Z'],
    ['2026-03-29', 'Europe/Berlin', 0, 23, '2026-03-28T23:00:00.000Z'], // spring forward
    ['2026-10-25', 'Europe/Berlin', 0, 25, '2026-10-24T22:00:00.000Z'], // fall back
    ['2026-03-08', 'America/New_York', 0, 23, '2026-03-08T05:00:00.000Z'],
    ['2026-11-01', 'America/New_York', 0, 25, '2026-11-01T04:00:00.000Z'],
    // Sao Paulo's historical DST changed at midnight: the day of the change had no 00:00.
    ['2018-11-04', 'America/Sao_Paulo', 0, 23, '2018-11-04T03:00:00.000Z'], // starts at 01:00 local
    ['2018-02-17', 'America/Sao_Paulo', 0, 25, '2018-02-17T02:00:00.000Z'], // 23:00 happens twice
    ['2026-11-01', 'America/Sao_Paulo', 0, 24, '2026-11-01T03:00:00.000Z'], // no DST since 2019
    ['2026-01-10', 'Europe/Berlin', 4, 24, '2026-01-10T03:00:00.000Z'],
  ])('%s in %s (day starts %i:00) is %i hours, from %s', (date, zone, hour, hours, start) => {
    const bounds = dayBounds(date, zone, hour);
    expect(hoursOf(bounds)).toBe(hours);
    expect(bounds.start.toISOString()).toBe(start);
  });

  it('given a day-start hour inside the spring-forward gap, the day starts when the clock jumps', () => {
    // Berlin 2026-03-29: 02:00 CET jumps to 03:00 CEST, so 02:00 never happens.
    const bounds = dayBounds('2026-03-29', 'Europe/Berlin', 2);
    expect(bounds.start.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(hoursOf(bounds)).toBe(23);
    expect(localDateOf(new Date(bounds.start.getTime() - 1), 'Europe/Berlin', 2)).toBe('2026-03-28');
    expect(localDateOf(bounds.start, 'Europe/Berlin', 2)).toBe('2026-03-29');
  });

  it('given a day-start hour that happens twice at fall-back, the day starts at the first one', () => {
    const bounds = dayBounds('2026-10-25', 'Europe/Berlin', 2);
    expect(bounds.start.toISOString()).toBe('2026-10-25T00:00:00.000Z'); // 02:00 CEST
    expect(hoursOf(bounds)).toBe(25);
  });

  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'America/Sao_Paulo',
    'Australia/Lord_Howe', // 30-minute DST
    'Asia/Kathmandu', // +05:45
    'Pacific/Apia', // skipped 2011-12-30 entirely
    'Pacific/Chatham',
    'UTC',
  ];

  it('property: every instant lies inside the bounds of its own date, and days tile time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2005, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        (millis, zone, hour) => {
          const instant = new Date(millis);
          const date = localDateOf(instant, zone, hour);
          const bounds = dayBounds(date, zone, hour);
          expect(bounds.start.getTime()).toBeLessThanOrEqual(millis);
          expect(bounds.end.getTime()).toBeGreaterThan(millis);
          expect(dayBounds(addDays(date, 1), zone, hour).start.getTime()).toBe(bounds.end.getTime());
          expect(localDateOf(bounds.start, zone, hour)).toBe(date);
          // Apia skipped 30 December 2011: with a day-start hour the 29th and the 30th share the
          // 24 hours those two dates had between them, so they are measured together.
          const first = zone === 'Pacific/Apia' && date === '2011-12-30' ? addDays(date, -1) : date;
          const span = zone === 'Pacific/Apia' && (date === '2011-12-29' || date === '2011-12-30')
            ? { start: dayBounds(first, zone, hour).start, end: dayBounds(addDays(first, 1), zone, hour).end }
            : bounds;
          expect(hoursOf(span)).toBeGreaterThanOrEqual(span === bounds ? 22 : 24);
          expect(hoursOf(span)).toBeLessThanOrEqual(span === bounds ? 26 : 24);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('around the 2026-03-29 change in Berlin, hour by hour, the dates never skip or go back', () => {
    const from = Date.parse('2026-03-28T00:00:00Z');
    const dates = Array.from({ length: 72 }, (_, index) => localDateOf(new Date(from + index * HOUR), 'Europe/Berlin', 3));
    const distinct = [...new Set(dates)];
    expect(distinct).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30']);
    // With the day starting at 03:00, the lost hour (02:00-03:00 on the 29th) belongs to the 28th.
    expect(dates.filter((date) => date === '2026-03-28')).toHaveLength(23);
    expect(dates.filter((date) => date === '2026-03-29')).toHaveLength(24);
    expect(hoursOf(dayBounds('2026-03-28', 'Europe/Berlin', 3))).toBe(23);
  });
});

describe('a change of zone', () => {
  it('given a flight east, the same instant is already tomorrow in the new zone', () => {
    const instant = new Date('2026-03-10T23:30:00Z'); // 19:30 in New York, 08:30 next day in Tokyo
    expect(zoneChange(instant, 'America/New_York', 'Asia/Tokyo')).toEqual({
      fromDate: '2026-03-10',
      toDate: '2026-03-11',
      dayShift: 1,
    });
  });

  it('given a flight west, the same instant is still yesterday in the new zone', () => {
    const instant = new Date('2026-03-11T01:00:00Z'); // 10:00 in Tokyo, 18:00 the day before in Los Angeles
    expect(zoneChange(instant, 'Asia/Tokyo', 'America/Los_Angeles', 0).dayShift).toBe(-1);
  });

  it('honours the day-start hour in both zones', () => {
    const instant = new Date('2026-03-11T02:00:00Z'); // 03:00 Berlin (before 04:00: the 10th), 22:00 New York (the 10th)
    expect(zoneChange(instant, 'Europe/Berlin', 'America/New_York', 4)).toEqual({
      fromDate: '2026-03-10',
      toDate: '2026-03-10',
      dayShift: 0,
    });
  });
});

describe('date arithmetic on local dates', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 0, '2026-03-29'],
    ['2000-03-01', -366, '1999-03-01'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2026-03-02', 1, '2026-03-02', 1], // a Monday
    ['2026-03-08', 7, '2026-03-08', 7],
    ['2026-03-07', 7, '2026-03-01', 6], // Saturday
    ['2026-03-08', 1, '2026-03-02', 7],
  ] as const)('the week of %s (starting on %i) starts on %s; its weekday is %i', (date, weekStart, start, weekday) => {
    expect(startOfWeek(date, weekStart)).toBe(start);
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('finds the month bounds, leap years included', () => {
    expect(startOfMonth('2024-02-17')).toBe('2024-02-01');
    expect(endOfMonth('2024-02-17')).toBe('2024-02-29');
    expect(endOfMonth('2100-02-01')).toBe('2100-02-28');
  });

  it('validates dates and zones', () => {
    expect(isValidLocalDate('2026-02-29')).toBe(false);
    expect(isValidLocalDate('2024-02-29')).toBe(true);
    expect(isValidLocalDate('2026-3-1')).toBe(false);
    expect(isValidLocalDate('2026-13-01')).toBe(false);
    expect(() => addDays('yesterday', 1)).toThrow(/calendar date/);
    expect(() => parseDayNumber('2026-02-30')).toThrow(/calendar date/);
    expect(isValidTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('property: day numbers round-trip and agree with the JavaScript calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(toDayNumber(date)).toBe(dayNumber);
        expect(parseDayNumber(date)).toBe(dayNumber);
        expect(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });
});
