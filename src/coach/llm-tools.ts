// The model's tools: log, skip, undo, query stats, create a habit. Each call's arguments are
// validated with zod and run through the same app use cases as the commands, for the
// speaking person only (habits are found by name among THEIR habits; an id of anyone else's
// simply does not match). What a tool wrote is returned as data, so the reply can say
// exactly that and offer Undo.
import { z } from 'zod';
import type { AppDeps } from '../app/deps.js';
import { normalizeName } from '../app/habit-input.js';
import { createHabit } from '../app/habits.js';
import { logEntry, undoLast } from '../app/logging.js';
import type { CoachWrite } from '../app/ports.js';
import { statsFor } from '../app/queries.js';
import type { Habit, User } from '../core/types.js';
import { summarizeHabit } from './llm-context.js';
import { TOOL_DEFINITIONS, toolArgumentSchemas, type ToolName } from './llm-tool-definitions.js';

export { TOOL_DEFINITIONS, toolArgumentSchemas, type ToolName };

export type ToolUser = Pick<User, 'id' | 'timeZone' | 'dayStartHour' | 'weekStart'>;

export interface ToolRun {
  /** JSON for the model: the facts of what happened. */
  content: string;
  write?: CoachWrite;
  /** Set when the call was refused (bad arguments, unknown tool, unknown habit...). Nothing was written. */
  refused?: { tool: string; reason: string };
}

export interface ToolContext {
  deps: AppDeps;
  user: ToolUser;
  /** Base for idempotency keys of writes (a redelivered message writes once). */
  idempotencyKey?: string | null;
  /** The index of this call in the conversation turn, to keep keys distinct. */
  callIndex: number;
}

const json = (value: unknown): string => JSON.stringify(value);

function refuse(tool: string, reason: string, extra: Record<string, unknown> = {}): ToolRun {
  return { content: json({ ok: false, error: reason, ...extra }), refused: { tool, reason } };
}

/** The person's habit a tool call names: by id, name or synonym (case and accents ignored). */
export function matchHabit(habits: readonly Habit[], ref: string): Habit | undefined {
  const wanted = normalizeName(ref);
  return habits.find((habit) => habit.id === ref || [habit.name, ...habit.synonyms].some((name) => normalizeName(name) === wanted));
}

async function findHabit(ctx: ToolContext, ref: string): Promise<Habit | { unknown: string[] }> {
  const habits = await ctx.deps.repos.habits.list(ctx.user.id);
  return matchHabit(habits, ref) ?? { unknown: habits.map((habit) => habit.name) };
}

function keyFor(ctx: ToolContext): string | null {
  return ctx.idempotencyKey ? `${ctx.idempotencyKey}#llm${ctx.callIndex}` : null;
}

async function writeEntry(ctx: ToolContext, tool: string, habitRefText: string, fields: { kind: 'done' | 'skip' | 'slip'; quantity?: number | null; date?: string | null; note?: string | null }): Promise<ToolRun> {
  const habit = await findHabit(ctx, habitRefText);
  if ('unknown' in habit) return refuse(tool, 'unknown_habit', { yourHabits: habit.unknown });
  const outcome = await logEntry(ctx.deps, ctx.user, {
    habitId: habit.id,
    kind: fields.kind,
    quantity: fields.quantity ?? null,
    note: fields.note ?? null,
    ...(fields.date ? { date: fields.date } : {}),
    source: 'llm',
    idempotencyKey: keyFor(ctx),
  });
  if (!outcome.ok) return refuse(tool, outcome.error, 'issues' in outcome ? { issues: outcome.issues } : {});
  const { entry, habit: saved, stats } = outcome;
  return {
    content: json({
      ok: true,
      written: { habit: saved.name, kind: entry.kind, date: entry.localDate, quantity: entry.quantity, unit: saved.target?.unit ?? null },
      currentStreak: stats.currentStreak,
      streakUnit: stats.streakUnit,
      milestone: outcome.milestone?.streak ?? null,
    }),
    write: { kind: 'entry', entry, habit: saved },
  };
}

type Handlers = { [N in ToolName]: (ctx: ToolContext, args: z.output<(typeof toolArgumentSchemas)[N]>) => Promise<ToolRun> };

const handlers: Handlers = {
  log_habit: (ctx, args) => writeEntry(ctx, 'log_habit', args.habit, { kind: args.kind ?? 'done', quantity: args.quantity, date: args.date, note: args.note }),
  skip_habit: (ctx, args) => writeEntry(ctx, 'skip_habit', args.habit, { kind: 'skip', date: args.date, note: args.reason }),
  undo_last: async (ctx) => {
    const outcome = await undoLast(ctx.deps, ctx.user);
    if (!outcome.ok) return refuse('undo_last', outcome.error);
    return {
      content: json({ ok: true, removed: { habit: outcome.habit.name, kind: outcome.removed.kind, date: outcome.removed.localDate, quantity: outcome.removed.quantity } }),
      write: { kind: 'undo', removed: outcome.removed, habit: outcome.habit },
    };
  },
  get_stats: async (ctx, args) => {
    const view = await statsFor(ctx.deps, ctx.user);
    let habits = view.habits;
    if (args.habit) {
      const habit = await findHabit(ctx, args.habit);
      if ('unknown' in habit) return refuse('get_stats', 'unknown_habit', { yourHabits: habit.unknown });
      habits = habits.filter((item) => item.habit.id === habit.id);
    }
    const { overall } = view;
    return {
      content: json({
        ok: true,
        today: view.date,
        habits: habits.map(({ habit, stats }) => summarizeHabit(habit, stats)),
        overall: {
          habitCount: overall.habitCount,
          averageScore: Math.round(overall.averageScore * 100),
          averageSuccessRate: Math.round(overall.averageSuccessRate * 100),
          totalDone: overall.totalDone,
          dueToday: overall.dueToday,
          doneToday: overall.doneToday,
          best: overall.best ? { habit: overall.best.habit.name, streak: overall.best.streak, unit: overall.best.unit } : null,
        },
      }),
    };
  },
  create_habit: async (ctx, args) => {
    const outcome = await createHabit(ctx.deps, ctx.user, {
      name: args.name,
      ...(args.kind ? { kind: args.kind } : {}),
      ...(args.frequency ? { frequency: args.frequency } : {}),
      ...(args.target ? { target: args.target } : {}),
    });
    if (!outcome.ok) return refuse('create_habit', outcome.error, 'issues' in outcome ? { issues: outcome.issues } : {});
    const { habit } = outcome;
    return {
      content: json({ ok: true, created: { name: habit.name, kind: habit.kind, frequency: habit.frequency, target: habit.target } }),
      write: { kind: 'habit_created', habit },
    };
  },
};

function isToolName(name: string): name is ToolName {
  return Object.hasOwn(toolArgumentSchemas, name);
}

export type ToolArguments = { [N in ToolName]: { name: N; args: z.output<(typeof toolArgumentSchemas)[N]> } }[ToolName];

/** A tool call's arguments, validated; a refusal for the model when they are not usable. */
export function parseToolCall(name: string, rawArguments: string): ToolArguments | { refusal: ToolRun } {
  if (!isToolName(name)) return { refusal: refuse(name, 'unknown_tool') };
  let input: unknown;
  try {
    input = rawArguments.trim() === '' ? {} : JSON.parse(rawArguments);
  } catch {
    return { refusal: refuse(name, 'invalid_arguments', { issues: ['arguments are not valid JSON'] }) };
  }
  const parsed = toolArgumentSchemas[name].safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`);
    return { refusal: refuse(name, 'invalid_arguments', { issues }) };
  }
  return { name, args: parsed.data } as ToolArguments;
}

/** Validates and runs one tool call. Never throws for bad input: a refusal is returned to the model. */
export async function runTool(ctx: ToolContext, name: string, rawArguments: string): Promise<ToolRun> {
  const call = parseToolCall(name, rawArguments);
  if ('refusal' in call) return call.refusal;
  const handler = handlers[call.name] as (ctx: ToolContext, args: unknown) => Promise<ToolRun>;
  return handler(ctx, call.args);
}
