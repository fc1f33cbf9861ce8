// /export: everything a person owns as one versioned JSON object, and their entries as CSV.
import type { Entry, Goal, GoalProgressEntry, Habit, Subtask, User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedGoal, type ExportedHabit, type ExportFile } from './export-format.js';
import type { Repositories } from './ports.js';

const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** Oldest first, ties by id: the same data always exports in the same order. */
function byCreation<T extends { createdAt: Date; id: string }>(a: T, b: T): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}

function exportHabit(habit: Habit): ExportedHabit {
  const { userId: _userId, createdAt, archivedAt, ...fields } = habit;
  return { ...fields, createdAt: iso(createdAt), archivedAt: isoOrNull(archivedAt) };
}

function exportGoal(goal: Goal, progress: GoalProgressEntry[], subtasks: Subtask[]): ExportedGoal {
  const { userId: _userId, createdAt, ...fields } = goal;
  const total = progress.reduce((sum, row) => sum + row.amount, 0);
  return {
    ...fields,
    createdAt: iso(createdAt),
    progress:
      goal.kind === 'target' && goal.targetValue !== null
        ? { kind: 'target', total, target: goal.targetValue, fraction: total / goal.targetValue }
        : { kind: 'counter', since: goal.lastResetDate ?? goal.startDate },
    progressEntries: [...progress]
      .sort(byCreation)
      .map((row) => ({ id: row.id, amount: row.amount, localDate: row.localDate, note: row.note, createdAt: iso(row.createdAt) })),
    subtasks: [...subtasks]
      .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
      .map((row) => ({ id: row.id, title: row.title, done: row.done, position: row.position })),
  };
}

async function exportGoals(repos: Repositories, userId: string): Promise<ExportedGoal[]> {
  const goals = (await repos.goals.list(userId, { includeArchived: true })).sort(byCreation);
  return Promise.all(
    goals.map(async (goal) => {
      const [progress, subtasks] = await Promise.all([repos.goals.listProgress(userId, goal.id), repos.goals.listSubtasks(userId, goal.id)]);
      return exportGoal(goal, progress, subtasks);
    }),
  );
}

/** A stored entry as the file writes it (key order is the file's). */
export function exportEntry({ userId: _userId, createdAt, ...fields }: Entry): ExportFile['entries'][number] {
  return { ...fields, createdAt: iso(createdAt) };
}

/** Everything but the entries, which are many: the streamed export writes them page by page. */
export type ExportHead = Omit<ExportFile, 'entries'>;

export async function exportHead(deps: AppDeps, user: Pick<User, 'id'>): Promise<ExportHead | null> {
  const { repos } = deps;
  const profile = await repos.users.get(user.id);
  if (!profile) return null;
  const [categories, habits, pauses, goals, groups, partners] = await Promise.all([
    repos.categories.list(user.id),
    repos.habits.list(user.id, { includeArchived: true }),
    repos.pauses.list(user.id),
    exportGoals(repos, user.id),
    repos.groupSharing.dataOf(user.id),
    repos.partnerships.allOf(user.id),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    profile: {
      displayName: profile.displayName,
      timeZone: profile.timeZone,
      locale: profile.locale,
      dayStartHour: profile.dayStartHour,
      personality: profile.personality,
      quietHours: profile.quietHours,
      weekStart: profile.weekStart,
      shareStats: profile.shareStats,
      eveningNudgeEnabled: profile.eveningNudgeEnabled,
      eveningNudgeTime: profile.eveningNudgeTime,
      weeklyReviewEnabled: profile.weeklyReviewEnabled,
      reviewDay: profile.reviewDay,
      reviewTime: profile.reviewTime,
      onboardedAt: isoOrNull(profile.onboardedAt),
    },
    categories: [...categories]
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map(({ id, name, emoji }) => ({ id, name, emoji })),
    habits: [...habits].sort(byCreation).map(exportHabit),
    pauses: [...pauses]
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))
      .map(({ userId: _userId, ...fields }) => fields),
    goals,
    groups: {
      memberships: groups.memberships.map((row) => ({ ...row, joinedAt: iso(row.joinedAt), leftAt: isoOrNull(row.leftAt) })),
      shares: groups.shares.map((row) => ({ ...row, sharedAt: iso(row.sharedAt) })),
      adoptions: groups.adoptions.map((row) => ({ ...row, adoptedAt: iso(row.adoptedAt) })),
      partnerships: partners.map(({ partnership, groupName, other }) => ({
        id: partnership.id, groupId: partnership.groupId, groupName, partnerName: other.displayName,
        askedBy: partnership.requesterId === user.id ? 'me' as const : 'partner' as const, status: partnership.status,
        askedAt: iso(partnership.createdAt), answeredAt: isoOrNull(partnership.answeredAt), endedAt: isoOrNull(partnership.endedAt),
      })),
    },
  };
}

/**
 * The person's whole data (archived habits and goals included), ids kept, in one object: for
 * small accounts and tests. Chats and the CLI stream it instead (export-stream.ts).
 */
export async function exportUserData(deps: AppDeps, user: Pick<User, 'id'>): Promise<{ ok: true; file: ExportFile } | { ok: false; error: 'unknown_user' }> {
  const head = await exportHead(deps, user);
  if (!head) return { ok: false, error: 'unknown_user' };
  const entries = await deps.repos.entries.listForUser(user.id);
  const { format, version, profile, categories, habits, pauses, goals, groups } = head;
  return { ok: true, file: { format, version, profile, categories, habits, entries: entries.map(exportEntry), pauses, goals, groups } };
}
