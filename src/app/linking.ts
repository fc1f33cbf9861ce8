// /link: one person on two platforms becomes one profile. A one-time code made on one side is
// typed on the other; the person typing it sees what would move (previewLink) and confirms;
// only then are the two users merged (redeemLinkCode), and nothing is lost.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { User } from '../core/types.js';
import type { AppDeps } from './deps.js';
import { parseInput, type InvalidInput } from './outcome.js';
import type { ProfileSize, Repositories } from './ports.js';

export const LINK_CODE_TTL_MS = 10 * 60 * 1000;
/** No 0/O, 1/I/L: codes are read on one screen and typed on another. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/**
 * Why 12: 31^12 ≈ 7.9e17 possible codes. A person may type 5 wrong codes an hour (counted in
 * PostgreSQL, so across every process), i.e. at most 5 guesses in a code's 10-minute life.
 * Even with 10,000 live codes at once, one guess hits with p ≈ 1e4 / 7.9e17 ≈ 1.3e-14. An
 * attacker with 10,000 accounts gets 50,000 guesses an hour: ≈ 6e-10 per hour, ≈ 6e-6 in a
 * year of trying. (6 characters, the old length, gave 31^6 ≈ 8.9e8: one such attacker hit a
 * live code within hours.)
 */
export const LINK_CODE_LENGTH = 12;
export const MAX_WRONG_CODES = 5;
export const WRONG_CODES_WINDOW_MS = 60 * 60 * 1000;

export function normalizeLinkCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

/** "ABCDEFGHJKMN" -> "ABCD-EFGH-JKMN": easier to read out and type; the dashes are optional. */
export function formatLinkCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** A fresh random code of LINK_CODE_LENGTH characters (also the `/group bridge` codes). */
export function randomOneTimeCode(): string {
  return Array.from({ length: LINK_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Makes a one-time code, valid for 10 minutes, that links another platform to this person. */
export async function createLinkCode(deps: AppDeps, user: Pick<User, 'id'>): Promise<{ ok: true; code: string; expiresAt: Date }> {
  const code = randomOneTimeCode();
  const expiresAt = new Date(deps.clock.now().getTime() + LINK_CODE_TTL_MS);
  await deps.repos.linkCodes.create(user.id, code, expiresAt);
  return { ok: true, code, expiresAt };
}

export const redeemLinkCodeSchema = z
  .object({
    code: z.string().transform(normalizeLinkCode)
      .pipe(z.string().regex(new RegExp(`^[A-Z0-9]{${LINK_CODE_LENGTH}}$`), `a code is ${LINK_CODE_LENGTH} letters and digits`)),
  })
  .strict();

type CodeRefused =
  /** Unknown, already used or expired. */
  | { ok: false; error: 'invalid_code' }
  /** The code was made by this same person (on this platform). */
  | { ok: false; error: 'same_user' }
  /** Too many wrong codes in the last hour: not even looked at. */
  | { ok: false; error: 'too_many_attempts' }
  | InvalidInput;

export type PreviewLinkOutcome =
  /** `from` moves into `into` (the code's owner) if the person confirms. */
  | { ok: true; code: string; into: ProfileSize & { id: string }; from: ProfileSize }
  | CodeRefused;

export type RedeemLinkCodeOutcome =
  /** `user` is the one profile left: the code's creator, now with both platforms and both histories. */
  | { ok: true; user: User; mergedUserId: string }
  | CodeRefused;

/**
 * Looks a code up without using it: whose profile it would join and what would move. A wrong
 * code counts against the person typing it (at most MAX_WRONG_CODES an hour).
 */
export async function previewLink(deps: AppDeps, user: Pick<User, 'id'>, input: { code: string }): Promise<PreviewLinkOutcome> {
  const parsed = parseInput(redeemLinkCodeSchema, input);
  if (!parsed.ok) return parsed;
  const { code } = parsed.value;
  return deps.repos.transaction(async (repos): Promise<PreviewLinkOutcome> => {
    const owner = await checkedOwner(deps, repos, user, (now) => repos.linkCodes.find(code, now));
    if (!owner.ok) return owner;
    const into = await repos.linkCodes.profileSize(owner.userId);
    const from = await repos.linkCodes.profileSize(user.id);
    if (!into || !from) return { ok: false, error: 'invalid_code' };
    return { ok: true, code, into: { ...into, id: owner.userId }, from };
  });
}

/**
 * Redeems a code the person has confirmed: the redeeming user is merged into the code's
 * creator (their identities, habits, entries, goals... move; the creator's settings are kept).
 * Only ever called after the person said yes to previewLink's summary.
 */
export async function redeemLinkCode(deps: AppDeps, user: Pick<User, 'id'>, input: { code: string }): Promise<RedeemLinkCodeOutcome> {
  const parsed = parseInput(redeemLinkCodeSchema, input);
  if (!parsed.ok) return parsed;
  return deps.repos.transaction(async (repos): Promise<RedeemLinkCodeOutcome> => {
    const owner = await checkedOwner(deps, repos, user, (now) => repos.linkCodes.consume(parsed.value.code, now));
    if (!owner.ok) return owner;
    await repos.users.mergeInto(owner.userId, user.id);
    const merged = await repos.users.get(owner.userId);
    if (!merged) return { ok: false, error: 'invalid_code' };
    return { ok: true, user: merged, mergedUserId: user.id };
  });
}

/** The code's owner, within the person's limit of wrong codes; a wrong code is counted. */
async function checkedOwner(
  deps: AppDeps,
  repos: Repositories,
  user: Pick<User, 'id'>,
  lookUp: (now: Date) => Promise<{ userId: string } | null>,
): Promise<{ ok: true; userId: string } | CodeRefused> {
  const now = deps.clock.now();
  const windowStart = new Date(now.getTime() - WRONG_CODES_WINDOW_MS);
  if ((await repos.linkCodes.failuresSince(user.id, windowStart)) >= MAX_WRONG_CODES) return { ok: false, error: 'too_many_attempts' };
  const owner = await lookUp(now);
  if (!owner) {
    await repos.linkCodes.recordFailure(user.id, now, windowStart);
    return { ok: false, error: 'invalid_code' };
  }
  if (owner.userId === user.id) return { ok: false, error: 'same_user' };
  return { ok: true, userId: owner.userId };
}
