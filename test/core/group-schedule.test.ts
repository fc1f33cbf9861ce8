// A group's weekly posts fire at its own wall-clock time in its own zone, through daylight-saving
// changes, once per local week.
import { describe, expect, it } from 'vitest';
import { groupWeekKey, isGroupDormant, nextGroupWeeklySlot } from '../../src/core/group-schedule.js';

const after = (iso: string) => ({ at: new Date(iso) });

describe('a group\'s weekly recap slot', () => {
  const berlin = { zone: 'Europe/Berlin', day: 7 as const, time: '18:00' };

  it.each([
    // summer time: 18:00 CEST is 16:00 UTC
    ['2026-10-12T00:00:00Z', '20261018T1800', '2026-10-18T16:00:00.000Z'],
    // the clocks went back that morning: 18:00 CET is 17:00 UTC, still 18:00 on the wall
    ['2026-10-18T16:00:00Z', '20261025T1800', '2026-10-25T17:00:00.000Z'],
    ['2026-10-25T17:00:00Z', '20261101T1800', '2026-11-01T17:00:00.000Z'],
    // the clocks went forward that morning
    ['2026-03-23T00:00:00Z', '20260329T1800', '2026-03-29T16:00:00.000Z'],
  ])('planned after %s, then it is %s at %s', (from, key, at) => {
    const slot = nextGroupWeeklySlot(berlin, after(from));
    expect({ key: slot?.key, at: slot?.at.toISOString() }).toEqual({ key, at });
  });

  it('given a recap time the spring-forward gap skips, then it fires once, when the clock jumps', () => {
    const slot = nextGroupWeeklySlot({ zone: 'Europe/Berlin', day: 7, time: '02:30' }, after('2026-03-28T12:00:00Z'));
    expect({ key: slot?.key, at: slot?.at.toISOString() }).toEqual({ key: '20260329T0230', at: '2026-03-29T01:00:00.000Z' });
  });

  it('given a recap time the fall-back hour repeats, then it fires once, the first time', () => {
    const first = nextGroupWeeklySlot({ zone: 'Europe/Berlin', day: 7, time: '02:30' }, after('2026-10-24T12:00:00Z'));
    expect(first?.at.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    const next = nextGroupWeeklySlot({ zone: 'Europe/Berlin', day: 7, time: '02:30' }, { at: first!.at, key: first!.key });
    expect(next?.key).toBe('20261101T0230');
  });

  it('given the group\'s zone, then its members\' zones do not matter: Tokyo\'s Sunday 18:00 is Sunday 09:00 UTC', () => {
    const slot = nextGroupWeeklySlot({ zone: 'Asia/Tokyo', day: 7, time: '18:00' }, after('2026-06-10T00:00:00Z'));
    expect(slot?.at.toISOString()).toBe('2026-06-14T09:00:00.000Z');
  });
});

describe('the week a recap belongs to', () => {
  it.each([
    ['20261025T1800', 1, '2026-10-19'],
    ['20261025T1800', 7, '2026-10-25'],
    ['20261019T0900', 1, '2026-10-19'],
    ['not a slot', 1, null],
  ] as const)('slot %s with weeks starting on %i is the week of %s', (slot, weekStart, week) => {
    expect(groupWeekKey(slot, weekStart)).toBe(week);
  });
});

describe('a dormant group', () => {
  it('is one nobody spoke in for more than four weeks', () => {
    const now = new Date('2026-06-29T12:00:00Z');
    expect(isGroupDormant(new Date('2026-06-01T11:59:00Z'), now)).toBe(true);
    expect(isGroupDormant(new Date('2026-06-01T12:00:00Z'), now)).toBe(false);
  });
});
