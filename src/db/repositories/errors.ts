// PostgreSQL error codes as both drivers surface them: drizzle wraps the driver's error
// (postgres.js PostgresError, PGlite DatabaseError) in DrizzleQueryError.cause.

export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';
export const CHECK_VIOLATION = '23514';

/** The SQLSTATE of a database error, looking through wrappers; undefined for anything else. */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The violated constraint's name, when the driver reports it. */
export function pgConstraint(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    const record = current as { constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    const name = record.constraint ?? record.constraint_name;
    if (typeof name === 'string') return name;
    current = record.cause;
  }
  return undefined;
}
