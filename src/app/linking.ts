// /link: one person on two platforms becomes one profile. A one-time code made on one side is
// typed on the other; the two users are merged and nothing is lost.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { parseInput, type InvalidInput } from './outcome.js';

export const LINK_CODE_TTL_MS = 10 * 60 * 1000;
/** No 0/O, 1/I/L: codes are read on one screen and typed on another. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;

export function normalizeLinkCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

/** Makes a one-time code, valid for 10 minutes, that links another platform to this person. */
export async function createLinkCode(deps: AppDeps, user: Pick<User, 'id'>): Promise<{ ok: true; code: string; expiresAt: Date }> {
  const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  const expiresAt = new Date(deps.clock.now().getTime() + LINK_CODE_TTL_MS);
  await deps.repos.linkCodes.create(user.id, code, expiresAt);
  return { ok: true, code, expiresAt };
}

export const redeemLinkCodeSchema = z
  .object({ code: z.string().transform(normalizeLinkCode).pipe(z.string().regex(/^[A-Z0-9]{6}$/, 'a code is 6 letters and digits')) })
  .strict();

export type RedeemLinkCodeOutcome =
  /** `user` is the one profile left: the code's creator, now with both platforms and both histories. */
  | { ok: true; user: User; mergedUserId: string }
  /** Unknown, already used or expired. */
  | { ok: false; error: 'invalid_code' }
  /** The code was made by this same person (on this platform). */
  | { ok: false; error: 'same_user' }
  | InvalidInput;

/**
 * Redeems a code typed on the other platform: the redeeming user is merged into the code's
 * creator (their identities, habits, entries, goals... move; the creator's settings are kept).
 */
export async function redeemLinkCode(deps: AppDeps, user: Pick<User, 'id'>, input: { code: string }): Promise<RedeemLinkCodeOutcome> {
  const parsed = parseInput(redeemLinkCodeSchema, input);
  if (!parsed.ok) return parsed;
  return deps.repos.transaction(async (repos): Promise<RedeemLinkCodeOutcome> => {
    const owner = await repos.linkCodes.consume(parsed.value.code, deps.clock.now());
    if (!owner) return { ok: false, error: 'invalid_code' };
    if (owner.userId === user.id) return { ok: false, error: 'same_user' };
    await repos.users.mergeInto(owner.userId, user.id);
    const merged = await repos.users.get(owner.userId);
    if (!merged) return { ok: false, error: 'invalid_code' };
    return { ok: true, user: merged, mergedUserId: user.id };
  });
}
