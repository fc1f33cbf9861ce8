import { describe, expect, it } from 'vitest';
import { computeStreaks } from '../../src/core/streaks.js';
import type { Frequency, HabitKind, Target } from '../../src/core/types.js';
import { entry, fromPattern, MONDAY, type PatternOptions } from './fixtures.js';

// Patterns: 'x' done, '.' nothing, 's' skip, '!' slip, 'p' paused, 'P' paused but done,
// a digit = done with that quantity. They start on Monday 2026-03-02; the last day is today.
function streaks(pattern: string, options: PatternOptions = {}, weekStart: 1 | 7 = 1) {
  const { history, today } = fromPattern(pattern, options);
  return computeStreaks(history, today, weekStart);
}

const daily: Frequency = { kind: 'daily' };
const monWedFri: Frequency = { kind: 'weekdays', days: [1, 3, 5] };
const every3: Frequency = { kind: 'every_n_days', n: 3 };

describe('day-judged habits: due days met in a row', () => {
  it.each<[string, Frequency, string, number, number]>([
    ['done every day', daily, 'xxxxx', 5, 5],
    ['today not done yet does not break it', daily, 'xxxx.', 4, 4],
    ['a missed day breaks it', daily, 'xxx.x', 1, 3],
    ['a miss yesterday and nothing yet today', daily, 'xx.xx..', 0, 2],
    ['a skip bridges without counting', daily, 'xxsxx', 4, 4],
    ['a vacation bridges without counting', daily, 'xxppppxx', 4, 4],
    ['done during a vacation still counts', daily, 'xxPPx', 5, 5],
    ['a skip today keeps it', daily, 'xxxs', 3, 3],
    ['a slip logged today breaks it now', daily, 'xxx!', 0, 3],
    ['nothing ever', daily, '....', 0, 0],
    ['Mon/Wed/Fri: done on each due day', monWedFri, 'x.x.x..x', 4, 4],
    ['Mon/Wed/Fri: non-due days neither break nor count', monWedFri, 'xxx.xxxx', 4, 4],
    ['Mon/Wed/Fri: a missed Friday breaks it', monWedFri, 'x.x....x', 1, 2],
    ['Mon/Wed/Fri: Saturday, nothing since Friday, still running', monWedFri, 'x.x.x.', 3, 3],
    ['every 3 days: each due day done', every3, 'x..x..x', 3, 3],
    ['every 3 days: a day late breaks the run and starts a new one', every3, 'x..x...x', 1, 2],
    ['every 3 days: done early restarts the interval (due 3 days after the last one)', every3, 'x.x..x', 3, 3],
    ['every 3 days: today not due, still running', every3, 'x..x..', 2, 2],
  ])('%s (%j, %s): current %i, longest %i', (_name, frequency, pattern, current, longest) => {
    expect(streaks(pattern, { frequency })).toEqual({ current, longest });
  });
});

describe('period-judged habits: met weeks or months in a row', () => {
  const threeAWeek: Frequency = { kind: 'per_week', times: 3 };
  it.each<[string, string, number, number]>([
    ['two full weeks, the third under way', 'xxx.... x.x.x.. x..', 2, 2],
    ['the current week not met yet does not break it', 'xxx.... xxx.... ......', 2, 2],
    ['a week short of three breaks it', 'xx..... xxx.... x', 1, 1],
    ['the current week already met counts', 'xxx.... xxx....  xxx', 3, 3],
    ['a skip excuses one of the three', 'xxs.... xxx....', 2, 2],
    ['four vacation days ask for two', 'ppppxx. xxx....', 2, 2],
    ['a whole week away bridges', 'xxx.... ppppppp xxx....', 2, 2],
    ['one done in a week is not three', 'x...... xxx....', 1, 1],
  ])('3 a week: %s (%s): current %i, longest %i', (_name, pattern, current, longest) => {
    expect(streaks(pattern, { frequency: threeAWeek })).toEqual({ current, longest });
  });

  it('several entries on one day count as one day of the three', () => {
    const { history, today } = fromPattern('x...... .', { frequency: threeAWeek }); // today: the next Monday
    history.entries.push(entry(MONDAY), entry(MONDAY));
    expect(computeStreaks(history, today)).toEqual({ current: 0, longest: 0 });
  });

  it('a habit started mid-week is asked for a share of the quota in its first week', () => {
    // Started Thursday: 4 of 7 days -> ceil(3 * 4 / 7) = 2 needed.
    expect(streaks('x.x. xxx....', { frequency: threeAWeek, start: '2026-03-05' })).toEqual({ current: 2, longest: 2 });
    expect(streaks('x... xxx....', { frequency: threeAWeek, start: '2026-03-05' })).toEqual({ current: 1, longest: 1 });
  });

  it('weeks follow the person\'s week start', () => {
    // Sunday 2026-03-01 and Saturday 2026-03-07, once a week.
    const pattern = 'x.....x';
    const options = { frequency: { kind: 'per_week', times: 1 } as Frequency, start: '2026-03-01' };
    expect(streaks(pattern, options, 7)).toEqual({ current: 1, longest: 1 }); // one Sunday-Saturday week
    expect(streaks(pattern, options, 1)).toEqual({ current: 2, longest: 2 }); // two Monday weeks
  });

  it('per_month counts months, the current one pending', () => {
    const twiceAMonth: PatternOptions = { frequency: { kind: 'per_month', times: 2 }, start: '2024-01-01' };
    const january = 'x'.padEnd(31, '.').replace(/^x\./, 'xx');
    const february = '.'.repeat(27) + 'x' + 'x'; // leap February, met on its last two days
    expect(streaks(january + february + '...', twiceAMonth)).toEqual({ current: 2, longest: 2 });
    const shortJanuary = 'x'.padEnd(31, '.');
    expect(streaks(shortJanuary + february, twiceAMonth)).toEqual({ current: 1, longest: 1 });
  });
});

describe('break habits: clean days since the last slip', () => {
  const breakHabit = { kind: 'break' as HabitKind };
  it.each<[string, string, number, number]>([
    ['started today, no slip: day 1', '.', 1, 1],
    ['five clean days, today included', '.....', 5, 5],
    ['a slip two days ago', '..!..', 2, 2],
    ['a slip yesterday', '....!.', 1, 4],
    ['a slip today', '....!', 0, 4],
    ['a vacation bridges without counting', '.!.pp.', 2, 2],
    ['done check-ins change nothing', 'x.x.x', 5, 5],
  ])('%s (%s): current %i, longest %i', (_name, pattern, current, longest) => {
    expect(streaks(pattern, breakHabit)).toEqual({ current, longest });
  });

  it('ignores the frequency: every day is a day without', () => {
    expect(streaks('..!...', { kind: 'break', frequency: { kind: 'per_week', times: 1 } })).toEqual({ current: 3, longest: 3 });
  });
});

describe('numeric targets', () => {
  const atLeast10: Target = { quantity: 10, unit: 'pushups', direction: 'at_least' };
  const atMost2: Target = { quantity: 2, unit: 'coffees', direction: 'at_most' };

  it('an at-least day is met when the day\'s sum reaches the target', () => {
    const { history, today } = fromPattern('...', { target: atLeast10 });
    history.entries.push(entry(MONDAY, 'done', 10), entry('2026-03-03', 'done', 6), entry('2026-03-03', 'done', 4));
    history.entries.push(entry(today, 'done', 9));
    expect(computeStreaks(history, today)).toEqual({ current: 2, longest: 2 }); // today (9 of 10) is still pending
  });

  it('an at-most day is met with a done entry within the limit, not by silence', () => {
    expect(streaks('2120', { target: atMost2 })).toEqual({ current: 4, longest: 4 });
    expect(streaks('213.2', { target: atMost2 })).toEqual({ current: 1, longest: 2 });
  });

  it('going over an at-most limit today breaks the streak at once (the sum can only grow)', () => {
    expect(streaks('223', { target: atMost2 })).toEqual({ current: 0, longest: 2 });
    expect(streaks('22.', { target: atMost2 })).toEqual({ current: 2, longest: 2 }); // nothing yet: still open
  });

  it('a done entry without a quantity counts as done as planned', () => {
    expect(streaks('xx', { target: atLeast10 })).toEqual({ current: 2, longest: 2 });
    expect(streaks('xx', { target: atMost2 })).toEqual({ current: 2, longest: 2 });
  });
});

describe('backdating', () => {
  it('a backdated entry written last fills its own day', () => {
    const { history, today } = fromPattern('xx.xx');
    expect(computeStreaks(history, today)).toEqual({ current: 2, longest: 2 });
    history.entries.push(entry('2026-03-04')); // "I did it on Wednesday too"
    expect(computeStreaks(history, today)).toEqual({ current: 5, longest: 5 });
  });

  it('an entry before the start date extends the history', () => {
    const { history, today } = fromPattern('xx');
    history.entries.unshift(entry('2026-02-28'), entry('2026-03-01'));
    expect(computeStreaks(history, today)).toEqual({ current: 4, longest: 4 });
  });

  it('an entry dated after today does not count yet', () => {
    const { history, today } = fromPattern('xx');
    history.entries.push(entry('2026-03-04'));
    expect(computeStreaks(history, today)).toEqual({ current: 2, longest: 2 });
  });

  it('entries keep their local date across a change of zone', () => {
    // Logged Mon..Wed in New York; the person flies to Tokyo, where it is already Thursday.
    const { history } = fromPattern('xxx');
    expect(computeStreaks(history, '2026-03-05')).toEqual({ current: 3, longest: 3 }); // Thursday pending
  });
});

describe('pauses and status', () => {
  it('an open-ended pause bridges everything after it', () => {
    const { history, today } = fromPattern('xx.....');
    history.pauses.push({ habitId: null, startDate: '2026-03-04', endDate: null });
    expect(computeStreaks(history, today)).toEqual({ current: 2, longest: 2 });
  });
});
