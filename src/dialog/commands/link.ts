// /link: one person on two platforms becomes one profile (src/app/linking.ts). "/link" makes a
// one-time code to type on the other platform; "/link CODE" (or the deep link "/start link-CODE")
// redeems one made there, merging this chat's person into the code's owner. Codes are secrets:
// in a group they are neither made nor taken.
import { createLinkCode, LINK_CODE_TTL_MS, redeemLinkCode } from '../../app/linking.js';
import { createTranslator } from '../i18n/index.js';
import type { Reply } from '../messages.js';
import { reply } from '../replies.js';
import type { Turn } from '../turn.js';

export async function linkCommand(turn: Turn, args: string): Promise<Reply[]> {
  const { t } = turn;
  if (turn.message.chat.kind === 'group') return [{ text: t('link.in_private'), private: true }];
  if (args.trim()) return (await redeem(turn, args)).replies;
  const made = await createLinkCode(turn.app, turn.user);
  return [reply(t('link.code', { code: made.code, minutes: Math.round(LINK_CODE_TTL_MS / 60_000) }))];
}

/**
 * Redeems a code; the answer is in the language of the profile that remains. `linked`: this
 * chat's person was merged into the code's owner (turn.user no longer exists).
 */
export async function redeem(turn: Turn, code: string): Promise<{ linked: boolean; replies: Reply[] }> {
  const { t } = turn;
  if (turn.message.chat.kind === 'group') return { linked: false, replies: [{ text: t('link.in_private'), private: true }] };
  const outcome = await redeemLinkCode(turn.app, turn.user, { code });
  if (outcome.ok) {
    // The owner may have been in the middle of a question in this chat: it no longer applies.
    await turn.repos.dialogState.clear(outcome.user.id, turn.chatRef);
    return { linked: true, replies: [reply(createTranslator(outcome.user.locale)('link.done', { name: outcome.user.displayName }))] };
  }
  const problem = outcome.error === 'invalid_code' ? t('link.invalid') : outcome.error === 'same_user' ? t('link.same_user') : t('link.bad_code');
  return { linked: false, replies: [reply(problem)] };
}
