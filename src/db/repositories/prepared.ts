// Statements on the hot path of every logged message are built once and kept: drizzle otherwise
// rebuilds the SQL text and its parameter list on every call (a measurable share of a message's
// CPU). Built on first use, not at creation, because a transaction makes its own repositories
// and most of them never run these statements.
import { sql } from 'drizzle-orm';

/** The statement `build` makes, built on the first call and reused after. */
export function preparedOnce<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

/** A value bound when a prepared statement runs. */
export const bound = (name: string) => sql.placeholder(name);
