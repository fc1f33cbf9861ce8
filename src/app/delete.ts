// /delete: the person and everything they own are removed (the dialog confirms first).
import type { User } from '../core/types.js';
import type { AppDeps } from './deps.js';

export type DeleteUserOutcome = { ok: true } | { ok: false; error: 'unknown_user' };

/** Deletes the person, their platform identities and, by cascade, every row they own. */
export async function deleteUser(deps: AppDeps, user: Pick<User, 'id'>): Promise<DeleteUserOutcome> {
  return (await deps.repos.users.delete(user.id)) ? { ok: true } : { ok: false, error: 'unknown_user' };
}
