// Current and longest streaks.
//
// - daily, weekdays, every_n_days: due days met in a row; days that are not due neither
//   break nor count (a Tuesday done for a Mon/Wed/Fri habit is not counted either).
// - per_week, per_month: met weeks/months in a row.
// - break habits: clean days (no slip) in a row, today included unless it has a slip; with no
//   pause or skip that is the days since the last slip (slip yesterday: 1), and a habit started
//   today with no slip is on day 1.
// - Skips and pauses bridge: they neither break a streak nor add to it.
// - Today (or the current week/month) not met yet does not break the current streak, unless
//   today can no longer be met (a slip logged, an at-most limit already exceeded).
// - Streaks read local dates, not when an entry was written: a backdated entry counts.
import type { Occurrence } from './occurrences.js';
import { occurrencesOf } from './occurrences.js';
import { buildTimeline, type HistoryInput } from './timeline.js';
import type { LocalDate } from './types.js';

export interface Streaks {
  current: number;
  longest: number;
}

/** Fold occurrences (oldest first) into the current and longest run of met ones. */
export function streaksOf(occurrences: readonly Occurrence[]): Streaks {
  let run = 0;
  let longest = 0;
  for (const occurrence of occurrences) {
    if (occurrence.status === 'met') {
      run += 1;
      if (run > longest) longest = run;
    } else if (occurrence.status === 'missed') run = 0;
  }
  return { current: run, longest };
}

/** Current and longest streak of one habit as of `today` (the person's date). */
export function computeStreaks(history: HistoryInput, today: LocalDate, weekStart: 1 | 7 = 1): Streaks {
  return streaksOf(occurrencesOf(buildTimeline(history, today, weekStart)));
}
