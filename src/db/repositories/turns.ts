// The statement every message starts with: the reply already given to this update (if any, to this
// person, within 48 hours), the person behind the platform identity, their flow state in this chat
// and their catalog (habits, goals, pauses). One round trip instead of six; rows of several tables come back as JSON.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Catalog, OpenedTurn, TurnRepository } from '../../app/turn-ports.js';
import type { Database } from '../client.js';
import { SAVED_REPLY_LIFETIME_MS } from './dialog.js';
import { dialogState, goals, habits, pauses, platformIdentities, processedUpdates, users } from '../schema/index.js';
import { isUuid } from './ids.js';
import { rowFromJson, rowsFromJson } from './json-rows.js';
import { toDialogState, toGoal, toHabit, toPause, toUser } from './mappers.js';
import { bound, preparedOnce } from './prepared.js';

/** The catalog's three lists, in the orders habits.list, goals.list and pauses.list give. */
function catalogColumns(owner: SQL) {
  return {
    habits: sql<unknown>`(select json_agg(h order by h.created_at, h.id) from ${habits} h
      where h.user_id = ${owner} and h.status <> 'archived')`,
    goals: sql<unknown>`(select json_agg(g order by g.created_at, g.id) from ${goals} g
      where g.user_id = ${owner} and g.status <> 'archived')`,
    pauses: sql<unknown>`(select json_agg(p order by p.start_date, p.created_at) from ${pauses} p
      where p.user_id = ${owner})`,
  };
}

function catalogOf(row: { habits: unknown; goals: unknown; pauses: unknown }): Catalog {
  return {
    habits: rowsFromJson(habits, row.habits, toHabit),
    goals: rowsFromJson(goals, row.goals, toGoal),
    pauses: rowsFromJson(pauses, row.pauses, toPause),
  };
}

export function createTurnRepository(db: Database): TurnRepository {
  const openTurn = preparedOnce(() => {
    const identity = db.$with('identity').as(
      db.select({ userId: platformIdentities.userId }).from(platformIdentities)
        .where(and(eq(platformIdentities.platform, bound('platform')), eq(platformIdentities.externalId, bound('externalId')))),
    );
    const person = sql`(select ${identity.userId} from ${identity})`;
    return db.with(identity).select({
      // Only this person's reply, from this bot, not yet expired.
      savedReply: sql<unknown>`(select ${processedUpdates.reply} from ${processedUpdates}
        where ${processedUpdates.userId} = ${person} and ${processedUpdates.platform} = ${bound('platform')}
          and ${processedUpdates.botId} = ${bound('botId')} and ${processedUpdates.updateId} = ${bound('updateId')}
          and ${processedUpdates.processedAt} >= ${bound('repliesSince')}::timestamptz)`,
      user: sql<Record<string, unknown> | null>`(select row_to_json(u) from ${users} u where u.id = ${person})`,
      state: sql<Record<string, unknown> | null>`(select row_to_json(s) from ${dialogState} s
        where s.user_id = ${person} and s.chat_ref = ${bound('chatRef')})`,
      ...catalogColumns(person),
    }).from(sql`(select 1) as one`).prepare('turns_open');
  });
  const readCatalog = preparedOnce(() =>
    db.select(catalogColumns(sql`${bound('userId')}::uuid`)).from(sql`(select 1) as one`).prepare('turns_catalog'),
  );

  return {
    async open({ platform, botId, updateId, externalId, chatRef, now }): Promise<OpenedTurn> {
      const repliesSince = new Date(now.getTime() - SAVED_REPLY_LIFETIME_MS).toISOString();
      const [row] = await openTurn().execute({ platform, botId, updateId, externalId, chatRef, repliesSince });
      if (!row) throw new Error('turns.open returned no row');
      return {
        savedReply: row.savedReply ?? null,
        person: row.user
          ? {
              user: toUser(rowFromJson(users, row.user)),
              state: row.state ? toDialogState(rowFromJson(dialogState, row.state)) : null,
              catalog: catalogOf(row),
            }
          : null,
      };
    },

    async catalog(userId) {
      if (!isUuid(userId)) return { habits: [], goals: [], pauses: [] };
      const [row] = await readCatalog().execute({ userId });
      return row ? catalogOf(row) : { habits: [], goals: [], pauses: [] };
    },
  };
}
