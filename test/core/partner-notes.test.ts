// When partner notes look: the ended days of a miss window, and the latest weekly slot.
import { describe, expect, it } from 'vitest';
import { missWindow, recentWeeklySlot } from '../../src/core/partner-notes.js';

describe('the days a miss is looked for on', () => {
  it.each([
    { today: '2026-11-25', since: '2026-11-23', days: ['2026-11-23', '2026-11-24'] },
    { today: '2026-11-30', since: '2026-11-23', days: ['2026-11-27', '2026-11-28', '2026-11-29'] },
    { today: '2026-11-23', since: '2026-11-23', days: [] },
    { today: '2026-11-24', since: '2026-11-23', days: ['2026-11-23'] },
  ])('today $today, partners since $since: $days (never today, never before they were partners, at most 3 back)', ({ today, since, days }) => {
    expect(missWindow(today, since)).toEqual(days);
  });
});

describe('the latest weekly slot', () => {
  it('is the last Sunday 18:00 in the zone, once it has come, for two days', () => {
    expect(recentWeeklySlot(new Date('2026-11-29T16:59:00Z'), 'Europe/Berlin', 7, '18:00')).toBeNull();
    expect(recentWeeklySlot(new Date('2026-11-29T17:00:00Z'), 'Europe/Berlin', 7, '18:00')).toEqual({ date: '2026-11-29', at: new Date('2026-11-29T17:00:00Z') });
    expect(recentWeeklySlot(new Date('2026-12-01T16:59:00Z'), 'Europe/Berlin', 7, '18:00')?.date).toBe('2026-11-29');
    expect(recentWeeklySlot(new Date('2026-12-01T17:00:00Z'), 'Europe/Berlin', 7, '18:00')).toBeNull();
  });

  it('follows the zone across a clock change (Berlin leaves summer time on 25 Oct 2026)', () => {
    expect(recentWeeklySlot(new Date('2026-10-25T17:00:00Z'), 'Europe/Berlin', 7, '18:00')?.at).toEqual(new Date('2026-10-25T17:00:00Z'));
    expect(recentWeeklySlot(new Date('2026-10-18T16:00:00Z'), 'Europe/Berlin', 7, '18:00')?.at).toEqual(new Date('2026-10-18T16:00:00Z'));
  });
});
