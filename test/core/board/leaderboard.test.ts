// The leaderboard and the group streak, as a group would read them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupStreakOf } from '../../../src/core/board/group-streak.js';
import { leaderboardOf, rankRows, type BoardRow, type MemberInput } from '../../../src/core/board/leaderboard.js';
import { parseDayNumber } from '../../../src/core/day-number.js';
import { fromPattern, type PatternOptions } from '../fixtures.js';

// Patterns start on Monday 2026-03-02; 14 characters end on Sunday 2026-03-15 (today).
function member(memberId: string, habits: [string, PatternOptions?][], name = memberId): MemberInput {
  const histories = habits.map(([pattern, options], index) => {
    const { history, today } = fromPattern(pattern, options);
    return { history: { ...history, habit: { ...history.habit, id: `${memberId}-${index}` } }, today };
  });
  return {
    memberId, name, today: histories[0]?.today ?? '2026-03-15', weekStart: 1,
    habits: histories.map(({ history }) => ({ history, summary: null, countsFrom: '2026-03-02' })),
  };
}

const brief = (rows: BoardRow[]) => rows.map((row) => [row.name, row.rank, row.met, row.decided]);

describe('the leaderboard', () => {
  it('ranks one daily habit against five fairly: by the share of due days met, not by how many', () => {
    const ana = member('ana', [['xxxxxxx xxxxxxx']]);
    const bruno = member('bruno', Array.from({ length: 5 }, (): [string] => ['xxxxxxx xxxxx..']));
    // Bruno's today is not done yet: it is not counted (it is not over); his Saturdays were missed.
    expect(brief(leaderboardOf([bruno, ana], 'week', 1))).toEqual([['ana', 1, 7, 7], ['bruno', 2, 25, 30]]);
  });

  it('shares a rank on a tie (1, 1, 3), even when the counts differ (4 of 7 against 8 of 14)', () => {
    const rows = leaderboardOf([
      member('cid', [['xxxxxxx x.....x']]),
      member('ana', [['xxxxxxx x.x.x.x'], ['xxxxxxx .xx.x.x']]),
      member('bia', [['xxxxxxx xxxxxxx']]),
      member('dan', [['xxxxxxx xx..x.x']]),
    ], 'week', 1);
    expect(brief(rows)).toEqual([['bia', 1, 7, 7], ['ana', 2, 8, 14], ['dan', 2, 4, 7], ['cid', 4, 2, 7]]);
  });

  it('counts an amount below the target as not met, and skips and pauses as not asked', () => {
    const target = { quantity: 20, unit: 'pushups', direction: 'at_least' as const };
    const rows = leaderboardOf([member('ana', [['xxxxxxx 9 9 9 9 9 9 9'.replace(/ /g, ''), { target }]]), member('bia', [['xxxxxxx ssppxxx']])], 'week', 1);
    // Ana's 9 of 20 today is partial, and today is not over: not counted yet.
    expect(brief(rows)).toEqual([['bia', 1, 3, 3], ['ana', 2, 0, 6]]);
  });

  it('counts a break habit by clean days, and a week of a 3-a-week habit only once it is met or over', () => {
    const rows = leaderboardOf([
      member('ana', [['....... .!.....', { kind: 'break' }]]),
      member('bia', [['x.x.x.. x.x....', { frequency: { kind: 'per_week', times: 3 } }]]),
    ], 'all', 1);
    // Bia's second week (2 of 3 so far) is still open: only her first, met, counts.
    expect(brief(rows)).toEqual([['bia', 1, 1, 1], ['ana', 2, 13, 14]]);
  });

  it('leaves today out until it is done, and this week begins on the group week start (Sunday here)', () => {
    const ana = member('ana', [['xxxxxxx xxxxxx.']]);
    expect(brief(leaderboardOf([ana], 'week', 1))).toEqual([['ana', 1, 6, 6]]);
    // A Sunday week: only today (Sunday 15th) is in it, and today is not done yet.
    expect(brief(leaderboardOf([ana], 'week', 7))).toEqual([['ana', null, 0, 0]]);
  });

  it('gives each member the longest current streak among their shared habits', () => {
    const [row] = leaderboardOf([member('ana', [['..xxxxx xxxxxxx'], ['x.x.x.. x.x....', { frequency: { kind: 'per_week', times: 3 } }]])], 'all', 1);
    expect(row?.streak).toEqual({ habitId: 'ana-0', count: 12, unit: 'day' });
  });

  it('property: the order members are listed in changes nothing, and equal rates always share a rank', () => {
    const rowArbitrary = fc.record({ memberId: fc.uuid(), name: fc.constantFrom('Ana', 'Bia', 'Cid'), met: fc.nat(6), extra: fc.nat(6) })
      .map(({ memberId, name, met, extra }): BoardRow => ({ memberId, name, rank: null, rate: null, met, decided: met + extra, streak: null, habits: [] }));
    fc.assert(fc.property(fc.uniqueArray(rowArbitrary, { selector: (row) => row.memberId, maxLength: 12 }), fc.nat(), (rows, seed) => {
      const shuffled = [...rows].sort((a, b) => ((a.memberId.charCodeAt(seed % 30) ^ seed) - (b.memberId.charCodeAt(seed % 30) ^ seed)));
      const ranked = rankRows(rows);
      expect(rankRows(shuffled)).toEqual(ranked);
      for (const a of ranked) for (const b of ranked) {
        if (a.decided > 0 && b.decided > 0 && a.met * b.decided === b.met * a.decided) expect(a.rank).toBe(b.rank);
        if (a.rank !== null && b.rank !== null && a.met * b.decided > b.met * a.decided) expect(a.rank).toBeLessThan(b.rank);
      }
      ranked.forEach((row, index) => { if (row.rank !== null) expect(row.rank).toBeLessThanOrEqual(index + 1); });
    }), { numRuns: 500 });
  });
});

describe('the group streak', () => {
  const day = parseDayNumber;
  const group = { today: '2026-03-18', weekStart: 1 as const, start: '2026-02-02' };
  const streak = (habits: { lastMissEnd: number | null; countsFrom: string }[][]) =>
    groupStreakOf(habits.map((list) => ({ habits: list })), group.today, group.weekStart, group.start);

  it.each([
    ['nobody ever missed: every ended week since the group began', [[{ lastMissEnd: null, countsFrom: '2026-02-02' }]], 6],
    ['a miss two weeks ago: the one week since', [[{ lastMissEnd: day('2026-03-04'), countsFrom: '2026-02-02' }], [{ lastMissEnd: null, countsFrom: '2026-02-02' }]], 1],
    ['a miss last week: none', [[{ lastMissEnd: day('2026-03-15'), countsFrom: '2026-02-02' }]], 0],
    ['a miss this week breaks it already', [[{ lastMissEnd: day('2026-03-16'), countsFrom: '2026-02-02' }]], 0],
    ['a miss before the member joined does not count', [[{ lastMissEnd: day('2026-03-04'), countsFrom: '2026-03-09' }]], 1],
    ['it starts when something was first shared', [[{ lastMissEnd: null, countsFrom: '2026-03-03' }]], 2],
    ['nothing shared: no streak', [[]], 0],
  ])('%s', (_title, habits, expected) => {
    expect(streak(habits)).toBe(expected);
  });
});
