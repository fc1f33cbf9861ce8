// Account linking: moves everything one user owns to another, then deletes the first.
// Nothing is lost except what would break a rule of the target account: a same-named
// habit is merged into the target's (where that creates a second 'done'/'skip' on one
// day for a once-a-day habit, the target's entry is kept), a same-named category is
// merged, and a colliding idempotency key is cleared. Tables of later capabilities are
// found through the catalog (foreign keys to users.id and habits.id) and move too.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client.js';
import { rowsOf } from '../client.js';
import { UNIQUE_VIOLATION, pgErrorCode } from './errors.js';

export async function mergeUsers(tx: Database, intoUserId: string, fromUserId: string): Promise<void> {
  const locked = rowsOf<{ id: string }>(
    await tx.execute(sql`select id from users where id in (${intoUserId}, ${fromUserId}) order by id for update`),
  );
  if (!locked.some((row) => row.id === intoUserId)) throw new Error(`mergeInto: target user ${intoUserId} does not exist`);
  if (!locked.some((row) => row.id === fromUserId)) return;

  await tx.execute(sql`
    update entries f set idempotency_key = null
    where f.user_id = ${fromUserId} and f.idempotency_key is not null
      and exists (select 1 from entries i where i.user_id = ${intoUserId} and i.idempotency_key = f.idempotency_key)`);

  await mergeSameNamedHabits(tx, intoUserId, fromUserId);
  await mergeCategories(tx, intoUserId, fromUserId);

  // What is left is not tied to a moved habit or category: move it as it is.
  await tx.execute(sql`update pauses set user_id = ${intoUserId} where user_id = ${fromUserId}`);
  await tx.execute(sql`update goals set user_id = ${intoUserId} where user_id = ${fromUserId}`);
  await tx.execute(sql`update platform_identities set user_id = ${intoUserId} where user_id = ${fromUserId}`);
  await tx.execute(sql`
    delete from dialog_state f
    where f.user_id = ${fromUserId}
      and exists (select 1 from dialog_state i where i.user_id = ${intoUserId} and i.chat_ref = f.chat_ref)`);
  await tx.execute(sql`update dialog_state set user_id = ${intoUserId} where user_id = ${fromUserId}`);
  await moveRowsOfOtherTables(tx, intoUserId, fromUserId);
  await tx.execute(sql`
    update users i set onboarded_at = coalesce(i.onboarded_at, f.onboarded_at)
    from users f where i.id = ${intoUserId} and f.id = ${fromUserId}`);
  await tx.execute(sql`delete from users where id = ${fromUserId}`);
}

async function mergeSameNamedHabits(tx: Database, intoUserId: string, fromUserId: string): Promise<void> {
  const pairs = rowsOf<{ from_id: string; into_id: string; into_multiple: boolean }>(
    await tx.execute(sql`
      select f.id as from_id, i.id as into_id, i.multiple_per_day as into_multiple
      from habits f
      join lateral (
        select id, multiple_per_day from habits
        where user_id = ${intoUserId} and lower(name) = lower(f.name)
        order by created_at, id limit 1
      ) i on true
      where f.user_id = ${fromUserId}`),
  );
  for (const pair of pairs) {
    if (!pair.into_multiple) {
      // Keep the target's entry, or the earliest of the source's, for each once-a-day slot.
      await tx.execute(sql`
        delete from entries f
        where f.habit_id = ${pair.from_id} and f.kind in ('done', 'skip')
          and (
            exists (select 1 from entries i where i.habit_id = ${pair.into_id} and i.local_date = f.local_date and i.kind = f.kind)
            or exists (select 1 from entries d where d.habit_id = ${pair.from_id} and d.local_date = f.local_date
                       and d.kind = f.kind and (d.created_at, d.id) < (f.created_at, f.id))
          )`);
    }
    await tx.execute(sql`
      update entries set habit_id = ${pair.into_id}, user_id = ${intoUserId}, habit_multiple_per_day = ${pair.into_multiple}
      where habit_id = ${pair.from_id}`);
    await tx.execute(sql`update pauses set habit_id = ${pair.into_id}, user_id = ${intoUserId} where habit_id = ${pair.from_id}`);
    await tx.execute(sql`update goals set habit_id = ${pair.into_id}, user_id = ${intoUserId} where habit_id = ${pair.from_id}`);
    await tx.execute(sql`
      update habits i set longest_streak = greatest(i.longest_streak, f.longest_streak),
        start_date = least(i.start_date, f.start_date)
      from habits f where i.id = ${pair.into_id} and f.id = ${pair.from_id}`);
    for (const ref of await singleColumnReferences(tx, 'habits')) {
      await tx.execute(sql`update ${sql.identifier(ref.table_name)} set ${sql.identifier(ref.column_name)} = ${pair.into_id}
        where ${sql.identifier(ref.column_name)} = ${pair.from_id}`);
    }
    await tx.execute(sql`delete from habits where id = ${pair.from_id}`);
  }
}

async function mergeCategories(tx: Database, intoUserId: string, fromUserId: string): Promise<void> {
  // Categories the target lacks move as they are; ON UPDATE CASCADE carries their habits
  // (and, from there, the habits' entries, pauses and goals) along.
  await tx.execute(sql`
    update categories f set user_id = ${intoUserId}
    where f.user_id = ${fromUserId}
      and not exists (select 1 from categories i where i.user_id = ${intoUserId} and lower(i.name) = lower(f.name))`);
  // The remaining habits have no category or one the target also has: point them at the target's.
  await tx.execute(sql`
    update habits h set user_id = ${intoUserId},
      category_id = (
        select i.id from categories c
        join categories i on i.user_id = ${intoUserId} and lower(i.name) = lower(c.name)
        where c.id = h.category_id
      )
    where h.user_id = ${fromUserId}`);
  await tx.execute(sql`delete from categories where user_id = ${fromUserId}`);
}

interface ColumnReference {
  table_name: string;
  column_name: string;
}

/** Single-column foreign keys pointing at `table`'s id, from tables this file does not know by name. */
async function singleColumnReferences(tx: Database, table: 'users' | 'habits'): Promise<ColumnReference[]> {
  const known = ['platform_identities', 'categories', 'habits', 'entries', 'pauses', 'goals', 'goal_progress', 'subtasks', 'dialog_state'];
  return rowsOf<ColumnReference>(
    await tx.execute(sql`
      select cl.relname as table_name, a.attname as column_name
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid
      join pg_namespace n on n.oid = cl.relnamespace and n.nspname = current_schema()
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.confrelid = ${table}::regclass and cardinality(c.conkey) = 1
      order by 1, 2`),
  ).filter((ref) => !known.includes(ref.table_name));
}

/**
 * Tables added by other capabilities (coach log, chat memory, groups...) move too, found
 * through the catalog. Where moving a row would break a unique key (e.g. one chat memory
 * per user), the target's row is kept and the source's goes with the source user.
 */
async function moveRowsOfOtherTables(tx: Database, intoUserId: string, fromUserId: string): Promise<void> {
  for (const ref of await singleColumnReferences(tx, 'users')) {
    const table = sql.identifier(ref.table_name);
    const column = sql.identifier(ref.column_name);
    const moved = await attempt(tx, sql`update ${table} set ${column} = ${intoUserId} where ${column} = ${fromUserId}`);
    if (moved) continue;
    const rows = rowsOf<{ row_ref: string }>(
      await tx.execute(sql`select ctid::text as row_ref from ${table} where ${column} = ${fromUserId}`),
    );
    for (const row of rows) {
      await attempt(tx, sql`update ${table} set ${column} = ${intoUserId} where ctid = ${row.row_ref}::tid`);
    }
  }
}

/** Runs one statement in a savepoint; a unique violation rolls back just that statement. */
async function attempt(tx: Database, statement: SQL): Promise<boolean> {
  try {
    await tx.transaction(async (savepoint) => {
      await savepoint.execute(statement);
    });
    return true;
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) return false;
    throw error;
  }
}
