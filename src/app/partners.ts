// Accountability partners: a member asks another active member of the same group; only the
// asked one answers (the buttons carry the request's token), and either of the two ends it.
// What a partner sees of the other is only what the other shares with that group.
import { randomBytes } from 'node:crypto';
import type { AppDeps } from './deps.js';
import type { ChatRef, Group } from './group-ports.js';
import type { Partnership } from './partner-ports.js';

export type PartnerRequestOutcome =
  | { ok: true; group: Group; partnership: Partnership }
  | { ok: false; error: 'no_group' | 'not_member' | 'oneself' | 'partner_not_member' | 'duplicate' };

/** A request's token: random, so a button cannot be made for a request one has not seen. */
export function newPartnerToken(): string {
  return randomBytes(12).toString('base64url');
}

/** `user` asks `partnerId` (an active member of the group of this chat) to be partners. */
export async function requestPartner(deps: AppDeps, user: { id: string }, chat: ChatRef, partnerId: string): Promise<PartnerRequestOutcome> {
  const group = await deps.repos.groups.findByChat(chat);
  if (!group) return { ok: false, error: 'no_group' };
  const speaker = await deps.repos.groups.member(group.id, user.id);
  if (speaker?.status !== 'active') return { ok: false, error: 'not_member' };
  if (partnerId === user.id) return { ok: false, error: 'oneself' };
  const other = await deps.repos.groups.member(group.id, partnerId);
  if (other?.status !== 'active') return { ok: false, error: 'partner_not_member' };
  const written = await deps.repos.partnerships.request({ groupId: group.id, requesterId: user.id, partnerId, token: newPartnerToken(), at: deps.clock.now() });
  if (written === 'duplicate') return { ok: false, error: 'duplicate' };
  // Someone left between the checks and the write: the write said no.
  if (written === 'not_members') return { ok: false, error: 'partner_not_member' };
  return { ok: true, group, partnership: written };
}

/** The asked person's Accept or Decline; null for anyone else, a forged or an old token. */
export function answerPartner(deps: AppDeps, user: { id: string }, token: string, accept: boolean): Promise<Partnership | null> {
  return deps.repos.partnerships.answer(token, user.id, accept ? 'active' : 'declined', deps.clock.now());
}

/** Either partner ends it (or the asker withdraws a request); null when it is not theirs or not open. */
export function endPartnership(deps: AppDeps, user: { id: string }, partnershipId: string): Promise<Partnership | null> {
  return deps.repos.partnerships.end(partnershipId, user.id, deps.clock.now());
}
