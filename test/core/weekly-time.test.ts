import { describe, expect, it } from 'vitest';
import { nextWeeklySlot } from '../../src/core/weekly-time.js';

describe('the next weekly slot of a group', () => {
  it.each([
    // Monday 2026-11-23 12:00 UTC is 09:00 in São Paulo.
    ['2026-11-23T12:00:00Z', 'America/Sao_Paulo', 7, '18:00', '2026-11-29'],
    ['2026-11-23T12:00:00Z', 'America/Sao_Paulo', 1, '18:00', '2026-11-23'],
    ['2026-11-23T12:00:00Z', 'America/Sao_Paulo', 1, '08:00', '2026-11-30'],
    // Already Tuesday in Tokyo.
    ['2026-11-23T16:00:00Z', 'Asia/Tokyo', 1, '18:00', '2026-11-30'],
  ] as const)('at %s in %s, weekday %i at %s comes on %s', (now, zone, weekday, time, date) => {
    expect(nextWeeklySlot(new Date(now), zone, weekday, time)).toEqual({ date, weekday, time });
  });
});
