// Goals with their progress entries and subtasks. Children are reached only through a
// goal the user owns; the composite foreign keys (goal_id, user_id) guard the same rule.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { GoalRepository, NewGoal } from '../../app/ports.js';
import type { Database } from '../client.js';
import { goalProgress, goals, subtasks } from '../schema/index.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode } from './errors.js';
import { isUuid } from './ids.js';
import { bound, preparedOnce } from './prepared.js';
import { toGoal, toGoalProgress, toSubtask } from './mappers.js';

type GoalColumns = Partial<typeof goals.$inferInsert>;

function goalColumns(input: Partial<NewGoal>): GoalColumns {
  const columns: GoalColumns = {};
  for (const key of ['title', 'kind', 'targetValue', 'unit', 'deadline', 'startDate', 'lastResetDate', 'habitId', 'status'] as const) {
    if (input[key] !== undefined) (columns as Record<string, unknown>)[key] = input[key];
  }
  return columns;
}

/** Runs an insert whose parent may have vanished meanwhile; a foreign key refusal reads as "not found". */
async function orNullIfParentGone<T>(insert: () => Promise<T>): Promise<T | null> {
  try {
    return await insert();
  } catch (error) {
    if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION) return null;
    throw error;
  }
}

export function createGoalRepository(db: Database): GoalRepository {
  const mine = (userId: string, goalId: string) => and(eq(goals.id, goalId), eq(goals.userId, userId));
  // Read by the free-text reader on every message.
  const listActive = preparedOnce(() =>
    db.select().from(goals)
      .where(and(eq(goals.userId, bound('userId')), ne(goals.status, 'archived')))
      .orderBy(asc(goals.createdAt), asc(goals.id))
      .prepare('goals_list_active'),
  );

  async function owns(userId: string, goalId: string): Promise<boolean> {
    if (!isUuid(goalId)) return false;
    const [row] = await db.select({ id: goals.id }).from(goals).where(mine(userId, goalId));
    return row !== undefined;
  }

  return {
    /** A habitId that is not the user's is refused by the database (composite foreign key): it throws. */
    async create(userId, input) {
      const [row] = await db
        .insert(goals)
        .values({ ...goalColumns(input), title: input.title, kind: input.kind, startDate: input.startDate, userId })
        .returning();
      if (!row) throw new Error('goals insert returned no row');
      return toGoal(row);
    },

    async get(userId, goalId) {
      if (!isUuid(goalId)) return null;
      const [row] = await db.select().from(goals).where(mine(userId, goalId));
      return row ? toGoal(row) : null;
    },

    async list(userId, options) {
      if (!options?.includeArchived) return (await listActive().execute({ userId })).map(toGoal);
      const where = options?.includeArchived
        ? eq(goals.userId, userId)
        : and(eq(goals.userId, userId), ne(goals.status, 'archived'));
      const rows = await db.select().from(goals).where(where).orderBy(asc(goals.createdAt), asc(goals.id));
      return rows.map(toGoal);
    },

    async update(userId, goalId, patch) {
      if (!isUuid(goalId)) return null;
      const columns = goalColumns(patch);
      if (Object.keys(columns).length === 0) return this.get(userId, goalId);
      const [row] = await db.update(goals).set(columns).where(mine(userId, goalId)).returning();
      return row ? toGoal(row) : null;
    },

    async addProgress(userId, goalId, input) {
      if (!(await owns(userId, goalId))) return null;
      const key = input.idempotencyKey || null;
      const rows = await orNullIfParentGone(() =>
        db
          .insert(goalProgress)
          .values({
            goalId,
            userId,
            amount: input.amount,
            localDate: input.localDate,
            note: input.note ?? null,
            idempotencyKey: key,
            ...(input.createdAt ? { createdAt: input.createdAt } : {}),
          })
          // The unique (user_id, idempotency_key) decides a redelivery, even two at once.
          .onConflictDoNothing({ target: [goalProgress.userId, goalProgress.idempotencyKey] })
          .returning(),
      );
      if (rows === null) return null;
      const row = rows[0];
      if (row) return toGoalProgress(row);
      if (!key) return null;
      const [earlier] = await db
        .select()
        .from(goalProgress)
        .where(and(eq(goalProgress.userId, userId), eq(goalProgress.idempotencyKey, key)));
      return earlier ? toGoalProgress(earlier) : null;
    },

    async removeProgress(userId, progressId) {
      if (!isUuid(progressId)) return false;
      const rows = await db
        .delete(goalProgress)
        .where(and(eq(goalProgress.id, progressId), eq(goalProgress.userId, userId)))
        .returning({ id: goalProgress.id });
      return rows.length > 0;
    },

    async listProgress(userId, goalId) {
      if (!isUuid(goalId)) return [];
      const rows = await db
        .select()
        .from(goalProgress)
        .where(and(eq(goalProgress.goalId, goalId), eq(goalProgress.userId, userId)))
        .orderBy(asc(goalProgress.localDate), asc(goalProgress.createdAt), asc(goalProgress.id));
      return rows.map(toGoalProgress);
    },

    async addSubtask(userId, goalId, title) {
      if (!(await owns(userId, goalId))) return null;
      const nextPosition = sql<number>`(select coalesce(max(${subtasks.position}) + 1, 0) from ${subtasks} where ${subtasks.goalId} = ${goalId})`;
      const rows = await orNullIfParentGone(() =>
        db.insert(subtasks).values({ goalId, userId, title, position: nextPosition }).returning(),
      );
      const row = rows?.[0];
      return row ? toSubtask(row) : null;
    },

    async setSubtaskDone(userId, subtaskId, done) {
      if (!isUuid(subtaskId)) return null;
      const [row] = await db
        .update(subtasks)
        .set({ done })
        .where(and(eq(subtasks.id, subtaskId), eq(subtasks.userId, userId)))
        .returning();
      return row ? toSubtask(row) : null;
    },

    async listSubtasks(userId, goalId) {
      if (!isUuid(goalId)) return [];
      const rows = await db
        .select()
        .from(subtasks)
        .where(and(eq(subtasks.goalId, goalId), eq(subtasks.userId, userId)))
        .orderBy(asc(subtasks.position), asc(subtasks.id));
      return rows.map(toSubtask);
    },
  };
}
