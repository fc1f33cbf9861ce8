// Bulk clear/restore of everything a user owns (behind /import). Restore keeps ids and
// timestamps exactly; every row is written as `userId`'s whatever its own userId says.
import { eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { UserDataRepository, UserDataSnapshot } from '../../app/ports.js';
import type { Database } from '../client.js';
import { categories, entries, goalProgress, goals, habits, pauses, subtasks } from '../schema/index.js';
import { frequencyColumns, targetColumns } from './mappers.js';

// Stays well under PostgreSQL's 65,535 bind parameters per statement.
const ROWS_PER_INSERT = 1000;

async function insertAll<T extends PgTable>(db: Database, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db.insert(table).values(rows.slice(start, start + ROWS_PER_INSERT));
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

    async restore(userId, data: UserDataSnapshot) {
      const onceADay = new Map(data.habits.map((habit) => [habit.id, habit.multiplePerDay]));
      await db.transaction(async (tx) => {
        await insertAll(tx, categories, data.categories.map((c) => ({ id: c.id, userId, name: c.name, emoji: c.emoji })));
        await insertAll(
          tx,
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
        await insertAll(
          tx,
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
        await insertAll(
          tx,
          pauses,
          data.pauses.map((p) => ({ id: p.id, userId, habitId: p.habitId, startDate: p.startDate, endDate: p.endDate, reason: p.reason })),
        );
        await insertAll(
          tx,
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
        await insertAll(
          tx,
          goalProgress,
          data.goalProgress.map((p) => ({
            id: p.id, goalId: p.goalId, userId, amount: p.amount, localDate: p.localDate, note: p.note, createdAt: p.createdAt,
          })),
        );
        await insertAll(
          tx,
          subtasks,
          data.subtasks.map((s) => ({ id: s.id, goalId: s.goalId, userId, title: s.title, done: s.done, position: s.position })),
        );
      });
    },
  };
}
