// Logging habits: done, skip and slip, one or several at once, with the streak refreshed after.
import { z } from 'zod';
import { ENTRY_SOURCES, type Entry, type Habit, type LocalDate, type Pause, type User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { milestoneReached, recentWindowOf, refreshAfterLog, type LogStats, type Milestone } from './habit-stats.js';
import { daysBetween } from '../core/day.js';
import { entryQuantity, isDayMet } from '../core/timeline.js';
import { checkLog, type LogRuleFailure } from './log-rules.js';
import { Abort, catchAbort, parseInput, type InvalidInput } from './outcome.js';
import type { Repositories } from './ports.js';
import { localDateSchema } from './schemas.js';
import { userToday } from './users.js';

export { undoLast, removeEntry, correctLast, restoreEntry } from './corrections.js';
export type { UndoOutcome, CorrectLastInput, CorrectLastOutcome, RestoreEntryInput, RestoreEntryOutcome } from './corrections.js';

export type LogUser = Pick<User, 'id' | 'timeZone' | 'dayStartHour' | 'weekStart'>;

const logFields = {
  habitId: z.string().min(1),
  kind: z.enum(['done', 'skip', 'slip']).default('done'),
  /** The person's local date; default: their today. */
  date: localDateSchema.optional(),
  quantity: z.number().finite().nonnegative().nullish(),
  note: z.string().trim().max(1000).nullish(),
  mood: z.number().int().min(1).max(5).nullish(),
  energy: z.number().int().min(1).max(5).nullish(),
};
const writeFields = {
  source: z.enum(ENTRY_SOURCES).default('chat'),
  /** The platform update id (or similar): the same key twice writes once. */
  idempotencyKey: z.string().min(1).max(200).nullish(),
  /** The person confirmed a backdate of more than 7 days. */
  confirmed: z.boolean().default(false),
};
export const logEntrySchema = z.object({ ...logFields, ...writeFields }).strict();
export type LogEntryInput = z.input<typeof logEntrySchema>;
type LogEntryValues = z.output<typeof logEntrySchema>;

export interface LoggedEntry {
  entry: Entry;
  habit: Habit;
  /** The habit's streak and today's standing after this log. */
  stats: LogStats;
  /** Set when this log just reached a streak milestone. */
  milestone: Milestone | null;
  /** The idempotency key was seen before: nothing new was written. */
  duplicate: boolean;
  /**
   * A done on a habit with a numeric target: the day's amount so far (a done without one counts
   * as the target) and whether the day is met, partial (at-least, below) or over (at-most).
   */
  amount: { total: number; target: number; outcome: 'met' | 'partial' | 'over' } | null;
  /** The same day's entry of the other kind that this one replaced (a skip replaced by a done, or the reverse). */
  replaced: 'done' | 'skip' | null;
}

export type LogFailure =
  | { ok: false; error: 'unknown_habit'; habitId: string }
  /** A once-a-day habit was already logged that day (or a skip was asked for a done day). */
  | { ok: false; error: 'already_done'; habit: Habit; entry: Entry }
  | LogRuleFailure;

export type LogEntryOutcome = ({ ok: true } & LoggedEntry) | LogFailure | InvalidInput;

/**
 * Logs one entry. Build habits take done and skip, break habits slip and skip. Dates default to
 * the person's today, never the future; more than 7 days back needs `confirmed`. A date before
 * the habit's start moves the start back so the entry counts.
 */
export async function logEntry(deps: AppDeps, user: LogUser, input: LogEntryInput): Promise<LogEntryOutcome> {
  const parsed = parseInput(logEntrySchema, input);
  if (!parsed.ok) return parsed;
  const now = deps.clock.now();
  return writeLog(deps.repos, user, parsed.value, userToday(user, now), { inTransaction: false, now });
}

async function writeLog(
  repos: Repositories,
  user: LogUser,
  log: LogEntryValues,
  today: LocalDate,
  options: {
    inTransaction: boolean;
    /** The injected clock's time: the entry's createdAt. */
    now: Date;
    pauses?: Pause[] | undefined;
    habit?: Habit | undefined;
  },
): Promise<({ ok: true } & LoggedEntry) | LogFailure> {
  // A habit the caller has just read is not read again: the insert below still writes only when
  // the habit is this person's, and a read here would be no fresher (nothing locks the row).
  let habit = options.habit ?? (await repos.habits.get(user.id, log.habitId));
  if (!habit) return { ok: false, error: 'unknown_habit', habitId: log.habitId };
  const date = log.date ?? today;
  const refused = checkLog(habit, log.kind, date, today, log.confirmed);
  if (refused) return refused;

  // One day is not both done and skipped (the seeds' rule): the later replaces the earlier, so
  // the day's entries are read first. Inside a transaction a unique violation would poison it,
  // so a second once-a-day done or skip is found here too; outside one the unique index refuses
  // it by itself. A break habit takes any number of slips a day (two cigarettes are two slips).
  let replaced: Entry[] = [];
  if (log.kind !== 'slip') {
    const sameDay = await repos.entries.listForHabit(user.id, habit.id, { from: date, to: date });
    const redelivered = log.idempotencyKey ? sameDay.find((entry) => entry.idempotencyKey === log.idempotencyKey) : undefined;
    const clash = sameDay.find((entry) => !habit?.multiplePerDay && entry.kind === log.kind);
    if (clash && !redelivered && (options.inTransaction || log.kind === 'skip')) {
      return { ok: false, error: 'already_done', habit, entry: clash };
    }
    if (!redelivered) replaced = sameDay.filter((entry) => entry.kind === (log.kind === 'done' ? 'skip' : 'done'));
  }
  // The history the streak refresh will read is known before the write, so the write reads it too.
  const historyFrom = recentWindowOf(habit, today, { kind: log.kind, localDate: date, quantity: log.quantity ?? null });
  const added = await repos.entries.add(user.id, {
    habitId: habit.id,
    kind: log.kind,
    localDate: date,
    quantity: log.quantity ?? null,
    note: log.note ? log.note : null,
    mood: log.mood ?? null,
    energy: log.energy ?? null,
    source: log.source,
    idempotencyKey: log.idempotencyKey ?? null,
    createdAt: options.now,
  }, { readHistory: { from: historyFrom } });
  if (added.status === 'unknown_habit') return { ok: false, error: 'unknown_habit', habitId: log.habitId };
  if (added.status === 'conflict') return { ok: false, error: 'already_done', habit, entry: added.existing };
  // Removed after the new entry is in: a refused write replaces nothing.
  if (added.status === 'created') for (const earlier of replaced) await repos.entries.remove(user.id, earlier.id);
  const replacedKind = added.status === 'created' && replaced.length > 0 ? (replaced[0]!.kind as 'done' | 'skip') : null;
  // A date before the habit's start moves the start back, after the entry is in: a refused write
  // moves nothing, and a redelivery after a crash right here finds the entry (duplicate) and
  // moves the start then. So a single log needs no transaction.
  if (daysBetween(date, habit.startDate) > 0) {
    habit = (await repos.habits.update(user.id, habit.id, { startDate: date })) ?? habit;
  }
  // The history read with the insert still holds a replaced entry: read it again then, all of it
  // (a replaced done can shorten a run, which the refresh treats as it treats a slip).
  const readWithInsert = added.status === 'created' && replacedKind === null ? added.history : undefined;
  const refreshed = await refreshAfterLog(repos, user, habit, today, replacedKind ? { ...added.entry, kind: 'slip' } : added.entry, options.pauses, readWithInsert);
  const amount = habit.target && log.kind === 'done' ? await amountOfDay(repos, user, habit, date) : null;
  return {
    amount,
    replaced: replacedKind,
    ok: true,
    entry: added.entry,
    habit: refreshed.habit,
    stats: refreshed.stats,
    milestone: milestoneReached(refreshed.previousStreak, refreshed.stats.currentStreak, refreshed.stats.streakUnit),
    duplicate: added.status === 'duplicate',
  };
}

/** The day's done amount of a numeric habit, judged as core/timeline.ts judges it. */
async function amountOfDay(repos: Repositories, user: LogUser, habit: Habit, date: LocalDate): Promise<LoggedEntry['amount']> {
  const target = habit.target;
  if (!target) return null;
  const sameDay = await repos.entries.listForHabit(user.id, habit.id, { from: date, to: date });
  const total = sameDay.filter((entry) => entry.kind === 'done').reduce((sum, entry) => sum + entryQuantity(target, entry.quantity), 0);
  const outcome = isDayMet(target, true, total) ? 'met' : target.direction === 'at_least' ? 'partial' : 'over';
  return { total, target: target.quantity, outcome };
}

export const logManySchema = z
  .object({
    logs: z.array(z.object(logFields).strict()).min(1).max(20),
    ...writeFields,
  })
  .strict();
export type LogManyInput = z.input<typeof logManySchema>;

export type LogManyOutcome =
  | {
      ok: true;
      logged: LoggedEntry[];
      /** Once-a-day habits already logged that day: reported, nothing written for them. */
      alreadyDone: { habit: Habit; entry: Entry }[];
    }
  /** Nothing was written; `index` is the log (in the input order) that was refused. */
  | (Exclude<LogFailure, { error: 'already_done' }> & { index: number })
  | InvalidInput;

export interface LogManyOptions {
  /**
   * The person's habits as the caller has just read them (the free-text reader's list): a log
   * for one of them does not read its habit again. Habits not in it are read as usual.
   */
  habits?: readonly Habit[];
  /** The person's pauses as the caller has just read them: not read again for the streak refresh. */
  pauses?: Pause[];
}

/**
 * Logs several habits from one message ("journaled and flossed"): all are written, or none.
 * One log is one insert, so it needs no transaction (see writeLog); several share one.
 */
export async function logMany(deps: AppDeps, user: LogUser, input: LogManyInput, options: LogManyOptions = {}): Promise<LogManyOutcome> {
  const parsed = parseInput(logManySchema, input);
  if (!parsed.ok) return parsed;
  const { logs, source, idempotencyKey, confirmed } = parsed.value;
  const now = deps.clock.now();
  const today = userToday(user, now);
  const known = new Map<string, Habit>();
  for (const habit of options.habits ?? []) known.set(habit.id, habit);
  const keyOf = (index: number) => (idempotencyKey ? `${idempotencyKey}#${index}` : null);

  if (logs.length === 1) {
    const log = logs[0]!;
    const outcome = await writeLog(deps.repos, user, { ...log, source, confirmed, idempotencyKey: keyOf(0) }, today, {
      inTransaction: false,
      now,
      habit: known.get(log.habitId),
      pauses: options.pauses,
    });
    if (outcome.ok) return { ok: true, logged: [outcome], alreadyDone: [] };
    if (outcome.error === 'already_done') return { ok: true, logged: [], alreadyDone: [{ habit: outcome.habit, entry: outcome.entry }] };
    return { ...outcome, index: 0 };
  }

  return catchAbort<LogManyOutcome, LogManyOutcome>(() =>
    deps.repos.transaction(async (repos) => {
      const pauses = options.pauses ?? (await repos.pauses.list(user.id));
      const logged: LoggedEntry[] = [];
      const alreadyDone: { habit: Habit; entry: Entry }[] = [];
      for (const [index, log] of logs.entries()) {
        const outcome = await writeLog(repos, user, { ...log, source, confirmed, idempotencyKey: keyOf(index) }, today, {
          inTransaction: true,
          now,
          pauses,
          habit: known.get(log.habitId),
        });
        if (outcome.ok) {
          logged.push(outcome);
          // A later log of the same habit starts from its refreshed start date and streaks.
          known.set(outcome.habit.id, outcome.habit);
        } else if (outcome.error === 'already_done') alreadyDone.push({ habit: outcome.habit, entry: outcome.entry });
        else throw new Abort<LogManyOutcome>({ ...outcome, index });
      }
      return { ok: true, logged, alreadyDone };
    }),
  );
}
