// Success rate over a window, and progress towards the 66-day habit formation.
//
// Success rate: of the due days (or weeks/months) in the last N days that are decided,
// the share that was met. Bridged ones (skips, pauses) and a pending today or current
// period are left out of both sides; a period counts when any of its days falls in the
// window. Nothing decided yet gives 0.
//
// Formation ("never miss twice"): Lally et al. (2010) found a habit takes a median of 66
// days of repetition to become automatic, and that missing a single opportunity did not
// set it back. So formation counts the met days (completions, or clean days for a break
// habit), one missed occurrence is forgiven, and two missed in a row (two due days, two
// weeks, two months; skips and pauses between them do not separate them) start it over
// from 0. It is reported capped at 66; falling back after 66 is possible and honest.
import type { Occurrence } from './occurrences.js';
import { occurrencesOf } from './occurrences.js';
import { parseDayNumber } from './day-number.js';
import { buildTimeline, type HistoryInput } from './timeline.js';
import type { LocalDate } from './types.js';

export const FORMATION_DAYS = 66;
export const DEFAULT_WINDOW_DAYS = 30;

/** Share 0..1 of decided occurrences met among those that overlap [windowStart, today]. */
export function successRateOf(occurrences: readonly Occurrence[], windowStart: number): number {
  return decidedIn(occurrences, windowStart).rate;
}

/** Met and decided (met or missed: ended) occurrences that overlap [windowStart, today], and their rate. */
export function decidedIn(occurrences: readonly Occurrence[], windowStart: number): { met: number; decided: number; rate: number } {
  let met = 0;
  let decided = 0;
  for (let index = occurrences.length - 1; index >= 0; index -= 1) {
    const occurrence = occurrences[index] as Occurrence;
    if (occurrence.end < windowStart) break;
    if (occurrence.status === 'met') met += 1;
    if (occurrence.status === 'met' || occurrence.status === 'missed') decided += 1;
  }
  return { met, decided, rate: decided === 0 ? 0 : met / decided };
}

/** Met days counted towards formation (uncapped): see the file comment. */
export function formationCountOf(occurrences: readonly Occurrence[]): number {
  let count = 0;
  let previousMissed = false;
  for (const occurrence of occurrences) {
    if (occurrence.status === 'missed') {
      if (previousMissed) count = 0;
      previousMissed = true;
    } else if (occurrence.status === 'met') previousMissed = false;
    count += occurrence.metDays;
  }
  return count;
}

export interface Formation {
  /** Days counted towards 66, 0..66. */
  days: number;
  /** days / 66 */
  progress: number;
}

export function formationOf(occurrences: readonly Occurrence[]): Formation {
  const days = Math.min(FORMATION_DAYS, formationCountOf(occurrences));
  return { days, progress: days / FORMATION_DAYS };
}

/** Success rate of one habit over the last `windowDays` days through `today`. */
export function computeSuccessRate(
  history: HistoryInput,
  today: LocalDate,
  windowDays = DEFAULT_WINDOW_DAYS,
  weekStart: 1 | 7 = 1,
): number {
  const timeline = buildTimeline(history, today, weekStart);
  return successRateOf(occurrencesOf(timeline), parseDayNumber(today) - windowDays + 1);
}

/** 66-day formation progress of one habit as of `today`. */
export function computeFormation(history: HistoryInput, today: LocalDate, weekStart: 1 | 7 = 1): Formation {
  return formationOf(occurrencesOf(buildTimeline(history, today, weekStart)));
}
