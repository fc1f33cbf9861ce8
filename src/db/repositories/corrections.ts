// What an entry was before a correction, so the Undo under the fix can name a row the person
// owns instead of carrying a day and an amount that anyone could forge.
import { and, eq } from 'drizzle-orm';
import type { CorrectionRepository } from '../../app/ports.js';
import type { Database } from '../client.js';
import { entryCorrections } from '../schema/index.js';

export function createCorrectionRepository(db: Database): CorrectionRepository {
  const mine = (userId: string, id: string) => and(eq(entryCorrections.userId, userId), eq(entryCorrections.id, id));
  return {
    async save(userId, correction) {
      const [row] = await db.insert(entryCorrections)
        .values({ userId, entryId: correction.entryId, previousDate: correction.previousDate, previousQuantity: correction.previousQuantity })
        .returning({ id: entryCorrections.id });
      return row!.id;
    },

    async get(userId, id) {
      const [row] = await db.select().from(entryCorrections).where(mine(userId, id));
      return row ? { entryId: row.entryId, previousDate: row.previousDate, previousQuantity: row.previousQuantity } : null;
    },

    async remove(userId, id) {
      await db.delete(entryCorrections).where(mine(userId, id));
    },
  };
}
