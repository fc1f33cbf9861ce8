// SQL fragments shared by CHECK constraints (kept as literals so the migration is readable).

/** 'HH:mm', 24h. */
export const LOCAL_TIME_PATTERN = `'^([01][0-9]|2[0-3]):[0-5][0-9]$'`;

/** A comma-joined list of 'HH:mm' (used on text[] via array_to_string). */
export const LOCAL_TIME_LIST_PATTERN = `'^(([01][0-9]|2[0-3]):[0-5][0-9](,|$))*$'`;

/** ISO weekdays, luxon's numbering. */
export const WEEKDAYS_ARRAY = `'{1,2,3,4,5,6,7}'::smallint[]`;
