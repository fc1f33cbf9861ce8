// SQL fragments shared by CHECK constraints and defaults (kept as literals so the migration is readable).
import { sql } from 'drizzle-orm';

/** 'HH:mm', 24h. */
export const LOCAL_TIME_PATTERN = `'^([01][0-9]|2[0-3]):[0-5][0-9]$'`;

/** A comma-joined list of 'HH:mm' (used on text[] via array_to_string). */
export const LOCAL_TIME_LIST_PATTERN = `'^(([01][0-9]|2[0-3]):[0-5][0-9](,|$))*$'`;

/** ISO weekdays, luxon's numbering. */
export const WEEKDAYS_ARRAY = `'{1,2,3,4,5,6,7}'::smallint[]`;

/**
 * Default for created_at where rows are listed in creation order: the moment of the insert,
 * not of the transaction (now()), so several rows written in one transaction keep their order.
 */
export const WRITTEN_AT = sql`clock_timestamp()`;
