// What a group's leaderboard keeps between reads: per habit, its occurrences that ended before a
// cut day, folded (core/board/tally.ts, HabitSummary). A leaderboard then reads only the entries
// since the cut instead of years of them. A row is a cache with its day written on it: it is
// valid only for the week start it was folded with, and the database drops it the moment
// anything it folded can have changed: an entry written, corrected or undone dated before its cut,
// a pause of the habit (or of all of its owner's habits) starting before it, a change of the
// habit's rules or owner (triggers in drizzle/0016_habit_summaries_invalidation.sql).
import { sql } from 'drizzle-orm';
import { bigint, check, date, integer, pgTable, smallint, timestamp, uuid } from 'drizzle-orm/pg-core';
import { WRITTEN_AT } from './checks.js';
import { habits } from './habits.js';

export const habitSummaries = pgTable(
  'habit_summaries',
  {
    habitId: uuid('habit_id')
      .primaryKey()
      .references(() => habits.id, { onDelete: 'cascade' }),
    /** The owner's week start the periods were folded with (a per-week habit's weeks). */
    weekStart: smallint('week_start').notNull(),
    /** Occurrences that ended before this local day are folded. */
    cut: date('cut', { mode: 'string' }).notNull(),
    met: integer('met').notNull(),
    decided: integer('decided').notNull(),
    run: integer('run').notNull(),
    lastMissEnd: date('last_miss_end', { mode: 'string' }),
    recentMet: bigint('recent_met', { mode: 'bigint' }).notNull(),
    recentMissed: bigint('recent_missed', { mode: 'bigint' }).notNull(),
    /** The owner's local day it was folded on. */
    computedFor: date('computed_for', { mode: 'string' }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().default(WRITTEN_AT),
  },
  (t) => [
    check('habit_summaries_week_start_monday_or_sunday', sql`${t.weekStart} in (1, 7)`),
    check('habit_summaries_counts', sql`${t.met} >= 0 and ${t.decided} >= ${t.met} and ${t.run} >= 0`),
  ],
);
