// What the logger may write about errors and messages. A failed query's error carries every
// parameter of the statement: drizzle puts them in its message ("Failed query: ... params: ..."),
// its stack and its `params`; a batched reply upsert's parameters are other people's notes and
// whole /export files. So an error is logged from a short list of safe fields (name, code,
// constraint, the SQL text, stack frames), never by copying it, and message texts are censored
// wherever they appear in a log line.

const CENSOR = '[redacted]';

/** Log fields that hold what people wrote (or replies built from it), at the top or one level down. */
const TEXT_FIELDS = ['text', 'caption', 'note', 'notes', 'reply', 'replies', 'content', 'params', 'parameters', 'args'];
export const REDACTED_PATHS = [
  '*.token', '*.apiKey', '*.password', '*.databaseUrl', 'config',
  ...TEXT_FIELDS.flatMap((field) => [field, `*.${field}`]),
];

/** Fields of database errors (postgres.js, PGlite) that name what failed without the data. */
const SAFE_FIELDS = ['code', 'severity', 'routine', 'constraint_name', 'constraint', 'table_name', 'table', 'column_name', 'column', 'schema_name'];
const MAX_CAUSES = 3;

/** An error message without statement parameters or a quoted input value at its end. */
function safeMessage(error: Error): string {
  const query = (error as { query?: unknown }).query;
  const message = typeof query === 'string' && 'params' in error ? `Failed query: ${query}` : error.message.split('\nparams:')[0]!;
  // PostgreSQL ends some messages with the value it refused: 'invalid input syntax for type uuid: "..."'.
  return message.replace(/: ".*"$/s, `: "${CENSOR}"`);
}

/** pino serializer for `err` and `error`: an Error as safe fields only; anything else as it is (strings, numbers). */
export function logSafeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === 'object' && error !== null ? { type: 'non-error object' } : error;
  const message = safeMessage(error);
  const safe: Record<string, unknown> = { type: error.name, message };
  const fields = error as unknown as Record<string, unknown>;
  for (const field of SAFE_FIELDS) {
    const value = fields[field];
    if (typeof value === 'string' || typeof value === 'number') safe[field] = value;
  }
  const frames = error.stack?.split('\n').filter((line) => line.startsWith('    at ')) ?? [];
  if (frames.length > 0) safe.stack = [`${error.name}: ${message}`, ...frames].join('\n');
  if (error.cause !== undefined && depth < MAX_CAUSES) safe.cause = logSafeError(error.cause, depth + 1);
  return safe;
}
