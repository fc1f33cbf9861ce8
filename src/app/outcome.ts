// Shared outcome shapes: use cases answer with data, never throw for a person's mistake.
import type { z } from 'zod';

/** The input did not pass validation; `issues` name each bad field ("date: expected YYYY-MM-DD"). */
export interface InvalidInput {
  ok: false;
  error: 'invalid_input';
  issues: string[];
}

export function invalidInput(error: z.ZodError): InvalidInput {
  return {
    ok: false,
    error: 'invalid_input',
    issues: error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)),
  };
}

/** Validates `input` with `schema`: the parsed value, or an InvalidInput outcome. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | InvalidInput {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : invalidInput(parsed.error);
}

/**
 * Carries an outcome out of a transaction so it rolls back: `throw new Abort(outcome)` inside
 * `repos.transaction`, then `catchAbort` turns it back into the returned outcome.
 */
export class Abort<T> extends Error {
  constructor(readonly outcome: T) {
    super('use case aborted');
  }
}

export async function catchAbort<T, A>(work: () => Promise<T>): Promise<T | A> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Abort) return error.outcome as A;
    throw error;
  }
}
