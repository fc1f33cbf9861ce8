// Bulk clear/restore of everything a user owns (behind /import). Restore keeps ids and
// timestamps exactly; every row is written as `userId`'s whatever its own userId says.
import { eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { UserDataRepository, UserDataSnapshot } from '../../app/ports.js';
import type { Database } from '../client.js';
import { categories, entries, goalProgress, goals, habits, pauses, subtasks } from '../schema/index.js';
import { RestoreFailure } from '../../app/restore-failure.js';
import { pgConstraint, pgErrorCode } from './errors.js';
import { frequencyColumns, targetColumns } from './mappers.js';

// Stays well under PostgreSQL's 65,535 bind parameters per statement.
const ROWS_PER_INSERT = 1000;

/** The database's reason in a few words: the rule's name, or its message (never the row's values). */
function refusalDetail(error: unknown): string {
  const constraint = pgConstraint(error);
  if (constraint) return constraint;
  const cause = (error as { cause?: unknown }).cause;
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}

/** No answer from the database, or the server ending the connection (SQLSTATE classes 08 and 57P). */
function connectionLost(error: unknown): boolean {
  const code = pgErrorCode(error);
  return code === undefined || code.startsWith('08') || code.startsWith('57P');
}

/**
 * Inserts in batches, each under a savepoint. When the database refuses a batch, its rows are
 * tried one by one (each under its own savepoint) to name the one it refuses; a lost
 * connection names the batch. Either way a RestoreFailure ends the import's transaction.
 */
async function insertAll<T extends PgTable>(db: Database, label: string, table: T, rows: T['$inferInsert'][], onBatch?: (row: string) => void): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    onBatch?.(label);
    try {
      await db.transaction(async (savepoint) => { await savepoint.insert(table).values(batch); });
    } catch (error) {
      if (connectionLost(error)) throw new RestoreFailure(label, 'connection_lost', refusalDetail(error));
      for (const [offset, row] of batch.entries()) {
        try {
          await db.transaction(async (savepoint) => { await savepoint.insert(table).values(row); });
        } catch (rowError) {
          const reason = connectionLost(rowError) ? 'connection_lost' : 'refused';
          throw new RestoreFailure(`${label}.${start + offset}`, reason, refusalDetail(rowError));
        }
      }
      throw new RestoreFailure(label, 'refused', refusalDetail(error)); // only the batch as a whole
    }
  }
}

export function createUserDataRepository(db: Database): UserDataRepository {
  return {
    async clear(userId) {
      await db.transaction(async (tx) => {
        // Habits first: their entries and pauses go with them by cascade.
        await tx.delete(habits).where(eq(habits.userId, userId));
        await tx.delete(pauses).where(eq(pauses.userId, userId));
        await tx.delete(goals).where(eq(goals.userId, userId));
        await tx.delete(categories).where(eq(categories.userId, userId));
      });
    },

    async restore(userId, data: UserDataSnapshot, onBatch) {
      const onceADay = new Map(data.habits.map((habit) => [habit.id, habit.multiplePerDay]));
      const insert = <T extends PgTable>(tx: Database, label: string, table: T, rows: T['$inferInsert'][]) => insertAll(tx, label, table, rows, onBatch);
      await db.transaction(async (tx) => {
        await insert(tx, 'categories', categories, data.categories.map((c) => ({ id: c.id, userId, name: c.name, emoji: c.emoji })));
        await insert(
          tx,
          'habits',
          habits,
          data.habits.map((h) => ({
            id: h.id,
            userId,
            name: h.name,
            emoji: h.emoji,
            categoryId: h.categoryId,
            kind: h.kind,
            why: h.why,
            identity: h.identity,
            ...frequencyColumns(h.frequency),
            ...targetColumns(h.target),
            twoMinuteVersion: h.twoMinuteVersion,
            implementationIntention: h.implementationIntention,
            stackAnchor: h.stackAnchor,
            reminderTimes: h.reminderTimes,
            reminderDays: h.reminderDays,
            synonyms: h.synonyms,
            multiplePerDay: h.multiplePerDay,
            status: h.status,
            startDate: h.startDate,
            currentStreak: h.currentStreak,
            longestStreak: h.longestStreak,
            createdAt: h.createdAt,
            archivedAt: h.archivedAt,
          })),
        );
        await insert(
          tx,
          'entries',
          entries,
          data.entries.map((e) => ({
            id: e.id,
            userId,
            habitId: e.habitId,
            habitMultiplePerDay: onceADay.get(e.habitId) ?? false,
            kind: e.kind,
            localDate: e.localDate,
            quantity: e.quantity,
            note: e.note,
            mood: e.mood,
            energy: e.energy,
            source: e.source,
            idempotencyKey: e.idempotencyKey,
            createdAt: e.createdAt,
          })),
        );
        await insert(
          tx,
          'pauses',
          pauses,
          data.pauses.map((p) => ({ id: p.id, userId, habitId: p.habitId, startDate: p.startDate, endDate: p.endDate, reason: p.reason })),
        );
        await insert(
          tx,
          'goals',
          goals,
          data.goals.map((g) => ({
            id: g.id,
            userId,
            title: g.title,
            kind: g.kind,
            targetValue: g.targetValue,
            unit: g.unit,
            deadline: g.deadline,
            startDate: g.startDate,
            lastResetDate: g.lastResetDate,
            habitId: g.habitId,
            status: g.status,
            createdAt: g.createdAt,
          })),
        );
        await insert(
          tx,
          'goal progress',
          goalProgress,
          data.goalProgress.map((p) => ({
            id: p.id, goalId: p.goalId, userId, amount: p.amount, localDate: p.localDate, note: p.note, createdAt: p.createdAt,
          })),
        );
        await insert(
          tx,
          'subtasks',
          subtasks,
          data.subtasks.map((s) => ({ id: s.id, goalId: s.goalId, userId, title: s.title, done: s.done, position: s.position })),
        );
      });
    },
  };
}
