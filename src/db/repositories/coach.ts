// The coach message log and chat memory. Scoped to one user like every repository: a
// habit or goal id that is not the user's is stored as null, never linked.
import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ChatMemory, CoachLogRepository, CoachMessage } from '../../app/ports.js';
import { COACH_MOMENTS } from '../../app/ports.js';
import { PERSONALITIES } from '../../core/types.js';
import type { Database } from '../client.js';
import { chatMemory, coachMessages, goals, habits } from '../schema/index.js';
import { isUuid } from './ids.js';

const storedTurns = z.array(
  z.object({ role: z.enum(['user', 'assistant']), text: z.string(), at: z.iso.datetime({ offset: true }) }),
);

function toMessage(row: typeof coachMessages.$inferSelect): CoachMessage {
  return {
    id: row.id,
    userId: row.userId,
    personality: z.enum(PERSONALITIES).parse(row.personality),
    moment: z.enum(COACH_MOMENTS).parse(row.moment),
    text: row.text,
    habitId: row.habitId,
    goalId: row.goalId,
    fromModel: row.fromModel,
    createdAt: row.createdAt,
  };
}

export function createCoachLogRepository(handle: { db: Database }): CoachLogRepository {
  const { db } = handle;

  /** The id, if it names a row of this user's; otherwise null (a subquery, so one round trip). */
  const ownHabit = (userId: string, habitId: string | null) =>
    isUuid(habitId) ? sql`(select ${habits.id} from ${habits} where ${habits.id} = ${habitId} and ${habits.userId} = ${userId})` : null;
  const ownGoal = (userId: string, goalId: string | null) =>
    isUuid(goalId) ? sql`(select ${goals.id} from ${goals} where ${goals.id} = ${goalId} and ${goals.userId} = ${userId})` : null;

  return {
    async logMessage(userId, message) {
      const [row] = await db
        .insert(coachMessages)
        .values({
          userId,
          personality: message.personality,
          moment: message.moment,
          text: message.text,
          habitId: ownHabit(userId, message.habitId),
          goalId: ownGoal(userId, message.goalId),
          fromModel: message.fromModel,
          ...(message.createdAt ? { createdAt: message.createdAt } : {}),
        })
        .returning();
      if (!row) throw new Error('coach_messages insert returned no row');
      return toMessage(row);
    },

    async listMessages(userId, options = {}) {
      const rows = await db
        .select()
        .from(coachMessages)
        .where(eq(coachMessages.userId, userId))
        .orderBy(desc(coachMessages.createdAt), desc(coachMessages.id))
        .limit(Math.max(1, Math.min(options.limit ?? 50, 1000)));
      return rows.map(toMessage);
    },

    async getMemory(userId) {
      const [row] = await db.select().from(chatMemory).where(eq(chatMemory.userId, userId));
      if (!row) return null;
      const turns = storedTurns.safeParse(row.turns);
      // A corrupt history is forgotten rather than failing the chat.
      return {
        summary: row.summary,
        turns: turns.success ? turns.data.map((turn) => ({ ...turn, at: new Date(turn.at) })) : [],
        updatedAt: row.updatedAt,
      };
    },

    async saveMemory(userId, memory: ChatMemory) {
      const values = {
        summary: memory.summary,
        turns: memory.turns.map((turn) => ({ role: turn.role, text: turn.text, at: turn.at.toISOString() })),
        updatedAt: memory.updatedAt,
      };
      await db.insert(chatMemory).values({ userId, ...values }).onConflictDoUpdate({ target: chatMemory.userId, set: values });
    },

    async clearMemory(userId) {
      await db.delete(chatMemory).where(eq(chatMemory.userId, userId));
    },
  };
}
