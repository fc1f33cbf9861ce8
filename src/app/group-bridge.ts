// A bridged group: one group with a home chat on Telegram and one on Discord, so members of
// both chats are one group (one roster, one card, one recap posted to both). An admin says
// `/group bridge` in the group's home chat and gets a one-time code (privately); an admin of a
// chat on the OTHER platform says `/group bridge CODE` there, and that chat becomes the
// group's second home. The codes are the /link codes' kind (linking.ts has the arithmetic):
// 12 characters of 31, 15 minutes, single use, and wrong codes count against the same
// 5-an-hour budget as wrong /link codes (a guess is a guess, whichever command it came by).
// Only a SHA-256 of a code is stored.
import { createHash } from 'node:crypto';
import type { Platform } from '../core/types.js';
import type { AppDeps } from './deps.js';
import type { ChatRef, Group } from './group-ports.js';
import { MAX_WRONG_CODES, randomOneTimeCode, redeemLinkCodeSchema, WRONG_CODES_WINDOW_MS } from './linking.js';
import { Abort, catchAbort, parseInput, type InvalidInput } from './outcome.js';

/**
 * 15 minutes: long enough to open the other app and find the right channel. With 5 guesses an
 * hour per person, one guess at a 31^12 ≈ 7.9e17 space hits a live code with p ≈ 1.3e-18 per
 * live code; even 10,000 accounts guessing for a year (≈ 4.4e8 guesses) against 10,000 live
 * codes stay under 1e-5.
 */
export const BRIDGE_CODE_TTL_MS = 15 * 60 * 1000;

/** The platforms a group can have a home chat on (the console has no groups). */
const BRIDGEABLE: readonly Platform[] = ['telegram', 'discord'];

export function hashBridgeCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

export type CreateBridgeCodeOutcome =
  | { ok: true; code: string; expiresAt: Date; group: Group }
  | { ok: false; error: 'no_group' | 'not_admin' }
  /** The group has a home on every platform already. */
  | { ok: false; error: 'already_bridged'; group: Group };

/** A one-time code that makes a chat on the other platform this group's second home. Admins only. */
export async function createBridgeCode(
  deps: AppDeps,
  actor: { id: string; isAdmin: boolean },
  chat: ChatRef,
): Promise<CreateBridgeCodeOutcome> {
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return { ok: false, error: 'no_group' };
  if (!actor.isAdmin) return { ok: false, error: 'not_admin' };
  const homes = new Set((await deps.repos.groups.chats(group.id)).map((home) => home.platform));
  if (BRIDGEABLE.every((platform) => homes.has(platform))) return { ok: false, error: 'already_bridged', group };
  const code = randomOneTimeCode();
  const expiresAt = new Date(deps.clock.now().getTime() + BRIDGE_CODE_TTL_MS);
  await deps.repos.groupBridges.createCode(group.id, hashBridgeCode(code), actor.id, expiresAt);
  return { ok: true, code, expiresAt, group };
}

export type RedeemBridgeCodeOutcome =
  /** `chat` is now the group's second home (the admin who redeemed it is a member); `otherPlatform`: where its first home is. */
  | { ok: true; group: Group; otherPlatform: Platform }
  | { ok: false; error: 'not_a_group_chat' | 'not_admin' | 'invalid_code' | 'same_platform' | 'too_many_attempts' }
  /** This chat is already a group's home (that group, or this very one). */
  | { ok: false; error: 'chat_taken'; group: Group }
  | InvalidInput;

/**
 * Redeems a code in a chat on the other platform. Every refusal writes nothing (a wrong code is
 * only counted against the person's limit); the code is used only when the chat is added.
 */
export async function redeemBridgeCode(
  deps: AppDeps,
  actor: { id: string; isAdmin: boolean },
  chat: ChatRef & { chatKind: 'private' | 'group'; title: string | null },
  input: { code: string },
): Promise<RedeemBridgeCodeOutcome> {
  if (chat.chatKind !== 'group' || !BRIDGEABLE.includes(chat.platform)) return { ok: false, error: 'not_a_group_chat' };
  if (!actor.isAdmin) return { ok: false, error: 'not_admin' };
  const parsed = parseInput(redeemLinkCodeSchema, input);
  if (!parsed.ok) return parsed;
  const here = { platform: chat.platform, chatId: chat.chatId };
  const taken = await deps.repos.groups.findByChat(here);
  if (taken) return { ok: false, error: 'chat_taken', group: taken };
  const codeHash = hashBridgeCode(parsed.value.code);
  return catchAbort(() => deps.repos.transaction(async (repos): Promise<RedeemBridgeCodeOutcome> => {
    const now = deps.clock.now();
    const windowStart = new Date(now.getTime() - WRONG_CODES_WINDOW_MS);
    if ((await repos.linkCodes.failuresSince(actor.id, windowStart)) >= MAX_WRONG_CODES) return { ok: false, error: 'too_many_attempts' };
    const found = await repos.groupBridges.findCode(codeHash, now);
    if (!found) {
      await repos.linkCodes.recordFailure(actor.id, now, windowStart);
      return { ok: false, error: 'invalid_code' };
    }
    const homes = await repos.groups.chats(found.groupId);
    // The code stays usable: it was typed in the wrong place, not guessed.
    if (homes.some((home) => home.platform === chat.platform)) return { ok: false, error: 'same_platform' };
    if (!(await repos.groupBridges.consumeCode(codeHash, now))) return { ok: false, error: 'invalid_code' };
    // Raced by another /group in this chat: roll the used code back too.
    if (!(await repos.groupBridges.addChat(found.groupId, { ...here, title: chat.title?.slice(0, 200) ?? null }))) {
      const raced = await repos.groups.findByChat(here);
      throw new Abort<RedeemBridgeCodeOutcome>(raced ? { ok: false, error: 'chat_taken', group: raced } : { ok: false, error: 'invalid_code' });
    }
    const group = await repos.groups.get(found.groupId);
    if (!group) throw new Abort<RedeemBridgeCodeOutcome>({ ok: false, error: 'invalid_code' });
    // As with /group: the admin who opened this home is its first member here.
    await repos.groups.join(group.id, actor.id, now);
    return { ok: true, group, otherPlatform: homes[0]?.platform ?? (chat.platform === 'telegram' ? 'discord' : 'telegram') };
  }));
}
