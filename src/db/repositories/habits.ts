// Habits, always scoped by their owner.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { HabitPatch, HabitRepository } from '../../app/ports.js';
import type { Database } from '../client.js';
import { habits } from '../schema/index.js';
import { isUuid } from './ids.js';
import { bound, preparedOnce } from './prepared.js';
import { frequencyColumns, targetColumns, toHabit } from './mappers.js';

type HabitColumns = Partial<typeof habits.$inferInsert>;

function habitColumns(input: HabitPatch): HabitColumns {
  const columns: HabitColumns = {};
  const copy = <K extends keyof HabitPatch & keyof HabitColumns>(key: K): void => {
    if (input[key] !== undefined) (columns as Record<string, unknown>)[key] = input[key];
  };
  copy('name');
  copy('emoji');
  copy('categoryId');
  copy('kind');
  copy('why');
  copy('identity');
  copy('twoMinuteVersion');
  copy('implementationIntention');
  copy('stackAnchor');
  copy('reminderTimes');
  copy('reminderDays');
  copy('synonyms');
  copy('multiplePerDay');
  copy('startDate');
  copy('currentStreak');
  copy('longestStreak');
  if (input.frequency !== undefined) Object.assign(columns, frequencyColumns(input.frequency));
  if (input.target !== undefined) Object.assign(columns, targetColumns(input.target));
  if (input.status !== undefined) {
    columns.status = input.status;
    // archived_at is set exactly while archived (a CHECK holds the database to it).
    columns.archivedAt = input.status === 'archived' ? (input.archivedAt ?? new Date()) : null;
  } else if (input.archivedAt !== undefined) {
    columns.archivedAt = input.archivedAt;
  }
  return columns;
}

export function createHabitRepository(db: Database): HabitRepository {
  // Read by the free-text reader on every message.
  const listActive = preparedOnce(() =>
    db.select().from(habits)
      .where(and(eq(habits.userId, bound('userId')), ne(habits.status, 'archived')))
      .orderBy(asc(habits.createdAt), asc(habits.id))
      .prepare('habits_list_active'),
  );

  async function get(userId: string, habitId: string) {
    if (!isUuid(habitId)) return null;
    const [row] = await db.select().from(habits).where(and(eq(habits.id, habitId), eq(habits.userId, userId)));
    return row ? toHabit(row) : null;
  }

  return {
    async create(userId, input) {
      const columns = habitColumns(input);
      const [row] = await db
        .insert(habits)
        .values({
          ...columns,
          ...frequencyColumns(input.frequency ?? { kind: 'daily' }),
          name: input.name,
          startDate: input.startDate,
          userId,
        })
        .returning();
      if (!row) throw new Error('habits insert returned no row');
      return toHabit(row);
    },

    get,

    async list(userId, options) {
      if (!options?.includeArchived) return (await listActive().execute({ userId })).map(toHabit);
      const where = options?.includeArchived
        ? eq(habits.userId, userId)
        : and(eq(habits.userId, userId), ne(habits.status, 'archived'));
      const rows = await db.select().from(habits).where(where).orderBy(asc(habits.createdAt), asc(habits.id));
      return rows.map(toHabit);
    },

    /**
     * Turning multiplePerDay off while a day already has two 'done' entries is refused
     * by the database (the update throws a unique violation); nothing changes.
     */
    async update(userId, habitId, patch) {
      if (!isUuid(habitId)) return null;
      const columns = habitColumns(patch);
      if (Object.keys(columns).length === 0) return get(userId, habitId);
      const [row] = await db
        .update(habits)
        .set(columns)
        .where(and(eq(habits.id, habitId), eq(habits.userId, userId)))
        .returning();
      return row ? toHabit(row) : null;
    },

    async delete(userId, habitId) {
      if (!isUuid(habitId)) return false;
      const rows = await db
        .delete(habits)
        .where(and(eq(habits.id, habitId), eq(habits.userId, userId)))
        .returning({ id: habits.id });
      return rows.length > 0;
    },
  };
}
