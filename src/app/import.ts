// /import: replaces everything a person owns with the contents of an export file, in one
// transaction. A bad file changes nothing; export -> import -> export gives the same file.
import { randomUUID } from 'node:crypto';
import type { User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { exportFileSchema, type ExportFile } from './export-format.js';
import { dateIssues, integrityIssues } from './import-checks.js';
import { unstorableTextIssues } from './import-text.js';
import { invalidInput } from './outcome.js';
import { RestoreFailure } from './restore-failure.js';
import type { UserDataSnapshot, UserPatch } from './ports.js';

export type ImportOutcome =
  | {
      ok: true;
      user: User;
      counts: { categories: number; habits: number; entries: number; pauses: number; goals: number };
      /** The file's ids were taken by another person's rows (a copy of someone's file): fresh ids were given. */
      idsRemapped: boolean;
    }
  | { ok: false; error: 'invalid_file'; issues: string[] }
  /** The database refused a row (`row` names it, as "entries.12") or the connection was lost. Nothing was written. */
  | { ok: false; error: 'row_refused' | 'connection_lost'; row: string; detail: string }
  | { ok: false; error: 'unknown_user' };

/** Reads an export file (its JSON text or the parsed object) into the person's account, replacing their data. */
export async function importUserData(
  deps: AppDeps,
  user: Pick<User, 'id'>,
  json: unknown,
  options: { onBatch?: (row: string) => void } = {},
): Promise<ImportOutcome> {
  const file = parseFile(json, deps.clock.now());
  if (!file.ok) return file;
  const attempt = (remap: boolean): Promise<User | null> =>
    deps.repos.transaction(async (repos) => {
      const importer = await repos.users.get(user.id);
      if (!importer) return null;
      const updated = await repos.users.update(user.id, profilePatch(file.value, importer, deps.clock.now()));
      if (!updated) return null;
      await repos.userData.clear(user.id);
      await repos.userData.restore(user.id, toSnapshot(remap ? remapIds(file.value) : file.value, user.id), options.onBatch);
      return updated;
    });
  let idsRemapped = false;
  let updated: User | null;
  try {
    try {
      updated = await attempt(false);
    } catch (error) {
      if (error instanceof RestoreFailure && error.reason === 'connection_lost') throw error;
      // Most likely the ids belong to someone else's rows (a file imported into a second account).
      idsRemapped = true;
      updated = await attempt(true);
    }
  } catch (error) {
    if (!(error instanceof RestoreFailure)) throw error;
    return { ok: false, error: error.reason === 'refused' ? 'row_refused' : 'connection_lost', row: error.row, detail: error.detail };
  }
  if (!updated) return { ok: false, error: 'unknown_user' };
  const { categories, habits, entries, pauses, goals } = file.value;
  return {
    ok: true,
    user: updated,
    counts: { categories: categories.length, habits: habits.length, entries: entries.length, pauses: pauses.length, goals: goals.length },
    idsRemapped,
  };
}

function parseFile(json: unknown, now: Date): { ok: true; value: ExportFile } | { ok: false; error: 'invalid_file'; issues: string[] } {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      return { ok: false, error: 'invalid_file', issues: ['not JSON'] };
    }
  }
  const unstorable = unstorableTextIssues(data);
  if (unstorable.length > 0) return { ok: false, error: 'invalid_file', issues: unstorable };
  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: 'invalid_file', issues: invalidInput(parsed.error).issues };
  const issues = [...integrityIssues(parsed.data), ...dateIssues(parsed.data, now)];
  return issues.length > 0 ? { ok: false, error: 'invalid_file', issues } : { ok: true, value: parsed.data };
}

/**
 * A restored profile counts as onboarded. A file that never finished onboarding keeps the
 * importer's own onboarding time, or gets the import time (the one case the round trip changes).
 */
function profilePatch(file: ExportFile, importer: User, now: Date): UserPatch {
  const { onboardedAt, ...profile } = file.profile;
  return { ...profile, onboardedAt: onboardedAt ? new Date(onboardedAt) : (importer.onboardedAt ?? now) };
}

function toSnapshot(file: ExportFile, userId: string): UserDataSnapshot {
  const date = (value: string): Date => new Date(value);
  return {
    categories: file.categories.map((row) => ({ ...row, userId })),
    habits: file.habits.map((row) => ({
      ...row,
      userId,
      createdAt: date(row.createdAt),
      archivedAt: row.archivedAt ? date(row.archivedAt) : null,
    })),
    entries: file.entries.map((row) => ({ ...row, userId, createdAt: date(row.createdAt) })),
    pauses: file.pauses.map((row) => ({ ...row, userId })),
    goals: file.goals.map(({ progress: _progress, progressEntries: _entries, subtasks: _subtasks, ...row }) => ({
      ...row,
      userId,
      createdAt: date(row.createdAt),
    })),
    goalProgress: file.goals.flatMap((goal) =>
      goal.progressEntries.map((row) => ({ ...row, goalId: goal.id, userId, createdAt: date(row.createdAt) })),
    ),
    subtasks: file.goals.flatMap((goal) => goal.subtasks.map((row) => ({ ...row, goalId: goal.id, userId }))),
  };
}

/** The same file with every id replaced by a fresh one, references kept consistent. */
function remapIds(file: ExportFile): ExportFile {
  const fresh = new Map<string, string>();
  const id = (old: string): string => {
    let next = fresh.get(old);
    if (!next) fresh.set(old, (next = randomUUID()));
    return next;
  };
  const ref = (old: string | null): string | null => (old === null ? null : id(old));
  return {
    ...file,
    categories: file.categories.map((row) => ({ ...row, id: id(row.id) })),
    habits: file.habits.map((row) => ({ ...row, id: id(row.id), categoryId: ref(row.categoryId) })),
    entries: file.entries.map((row) => ({ ...row, id: id(row.id), habitId: id(row.habitId) })),
    pauses: file.pauses.map((row) => ({ ...row, id: id(row.id), habitId: ref(row.habitId) })),
    goals: file.goals.map((goal) => ({
      ...goal,
      id: id(goal.id),
      habitId: ref(goal.habitId),
      progressEntries: goal.progressEntries.map((row) => ({ ...row, id: id(row.id) })),
      subtasks: goal.subtasks.map((row) => ({ ...row, id: id(row.id) })),
    })),
  };
}
