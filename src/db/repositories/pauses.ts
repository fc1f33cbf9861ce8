// Pauses (vacation, sick): per habit or for all of a user's habits.
import { and, asc, eq } from 'drizzle-orm';
import type { PauseRepository } from '../../app/ports.js';
import type { Database } from '../client.js';
import { pauses } from '../schema/index.js';
import { isUuid } from './ids.js';
import { bound, preparedOnce } from './prepared.js';
import { toPause } from './mappers.js';

export function createPauseRepository(db: Database): PauseRepository {
  const mine = (userId: string, pauseId: string) => and(eq(pauses.id, pauseId), eq(pauses.userId, userId));
  // Read after every log (the streak refresh).
  const listMine = preparedOnce(() =>
    db.select().from(pauses)
      .where(eq(pauses.userId, bound('userId')))
      .orderBy(asc(pauses.startDate), asc(pauses.createdAt))
      .prepare('pauses_list'),
  );

  return {
    /** A habitId that is not the user's is refused by the database (composite foreign key): it throws. */
    async add(userId, input) {
      const [row] = await db
        .insert(pauses)
        .values({ userId, habitId: input.habitId, startDate: input.startDate, endDate: input.endDate, reason: input.reason })
        .returning();
      if (!row) throw new Error('pauses insert returned no row');
      return toPause(row);
    },

    async list(userId) {
      return (await listMine().execute({ userId })).map(toPause);
    },

    async end(userId, pauseId, endDate) {
      if (!isUuid(pauseId)) return null;
      const [row] = await db.update(pauses).set({ endDate }).where(mine(userId, pauseId)).returning();
      return row ? toPause(row) : null;
    },

    async remove(userId, pauseId) {
      if (!isUuid(pauseId)) return false;
      const rows = await db.delete(pauses).where(mine(userId, pauseId)).returning({ id: pauses.id });
      return rows.length > 0;
    },
  };
}
