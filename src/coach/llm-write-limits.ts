// How much one model turn may write. A model that asks for 200 logs or 100 habits in one
// turn gets the first few written and the rest held back: the model is told nothing more was
// written, and the person is asked (with buttons that write one on a tap) instead.
import type { AppDeps } from '../app/deps.js';
import { normalizeName } from '../app/habit-input.js';
import type { CoachDeferredWrites, CoachWrite, CoachWriteLimits } from '../app/ports.js';
import type { EntryKind, LocalDate } from '../core/types.js';
import { matchHabit, parseToolCall, type ToolRun, type ToolUser } from './llm-tools.js';

export const DEFAULT_WRITE_LIMITS: CoachWriteLimits = { maxEntries: 5, maxNewHabits: 2 };

/** Held-back logs offered as buttons; the rest are only counted (a reply keeps a few buttons). */
const MAX_OFFERED_ENTRIES = 3;
const MAX_NAMED_HABITS = 10;

type Limited = 'entry' | 'habit';

function limitedKind(tool: string): Limited | null {
  if (tool === 'log_habit' || tool === 'skip_habit' || tool === 'undo_last') return 'entry';
  return tool === 'create_habit' ? 'habit' : null;
}

function used(writes: readonly CoachWrite[], kind: Limited): number {
  return writes.filter((write) => (kind === 'habit' ? write.kind === 'habit_created' : write.kind !== 'habit_created')).length;
}

export interface HeldCall {
  name: string;
  arguments: string;
}

/** Whether this call would pass the turn's limits, given what the turn has written so far. */
export function overLimit(limits: CoachWriteLimits, writes: readonly CoachWrite[], tool: string): boolean {
  const kind = limitedKind(tool);
  if (kind === null) return false;
  return used(writes, kind) >= (kind === 'entry' ? limits.maxEntries : limits.maxNewHabits);
}

/** What the model is told about a held-back call: nothing was written, the person will be asked. */
export function heldBack(limits: CoachWriteLimits, tool: string): ToolRun {
  const limit = limitedKind(tool) === 'habit' ? limits.maxNewHabits : limits.maxEntries;
  return {
    content: JSON.stringify({ ok: false, error: 'write_limit_reached', limit, note: 'Nothing was written. Do not retry; the person will be asked about the rest.' }),
    refused: { tool, reason: 'write_limit_reached' },
  };
}

/** The held-back calls as a question for the person: a count, a few logs to tap, habit names. */
export async function deferredWrites(deps: AppDeps, user: ToolUser, today: LocalDate, held: readonly HeldCall[]): Promise<CoachDeferredWrites | null> {
  if (held.length === 0) return null;
  const habits = await deps.repos.habits.list(user.id);
  const deferred: CoachDeferredWrites = { today, entryCount: 0, entries: [], habitCount: 0, habitNames: [] };
  const offered = new Set<string>();
  for (const call of held) {
    if (limitedKind(call.name) === 'entry') deferred.entryCount += 1;
    else deferred.habitCount += 1;
    const parsed = parseToolCall(call.name, call.arguments);
    if ('refusal' in parsed) continue;
    if (parsed.name === 'create_habit') {
      const known = deferred.habitNames.some((name) => normalizeName(name) === normalizeName(parsed.args.name));
      if (!known && deferred.habitNames.length < MAX_NAMED_HABITS) deferred.habitNames.push(parsed.args.name);
      continue;
    }
    if (parsed.name !== 'log_habit' && parsed.name !== 'skip_habit') continue;
    const habit = matchHabit(habits, parsed.args.habit);
    if (!habit || deferred.entries.length >= MAX_OFFERED_ENTRIES) continue;
    const kind: EntryKind = parsed.name === 'skip_habit' ? 'skip' : (parsed.args.kind ?? 'done');
    const quantity = parsed.name === 'log_habit' ? (parsed.args.quantity ?? null) : null;
    const entry = { habitId: habit.id, habitName: habit.name, kind, date: parsed.args.date ?? today, quantity };
    const key = JSON.stringify([entry.habitId, entry.kind, entry.date, entry.quantity]);
    if (offered.has(key)) continue;
    offered.add(key);
    deferred.entries.push(entry);
  }
  return deferred;
}
