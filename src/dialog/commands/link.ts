// /link: one person on two platforms becomes one profile (src/app/linking.ts). "/link" makes a
// one-time code to type on the other platform; "/link CODE" (or the deep link "/start link-CODE")
// shows what would happen, whose profile this chat would join and how much of this chat's
// data would move there, and only the person's "yes" (a button, or typing it) merges.
// Codes are secrets: in a group they are neither made nor taken.
import { createLinkCode, formatLinkCode, LINK_CODE_TTL_MS, previewLink, redeemLinkCode } from '../../app/linking.js';
import type { Platform } from '../../core/types.js';
import { startConfirmation } from '../flows/confirm.js';
import { createTranslator } from '../i18n/index.js';
import type { Reply } from '../messages.js';
import { reply } from '../replies.js';
import type { Turn } from '../turn.js';

/** Product names, the same in every language. */
const PLATFORM_NAMES: Record<Platform, string> = { telegram: 'Telegram', discord: 'Discord', console: 'console' };

export async function linkCommand(turn: Turn, args: string): Promise<Reply[]> {
  const { t } = turn;
  if (turn.message.chat.kind === 'group') return [{ text: t('link.in_private'), private: true }];
  if (args.trim()) return (await askToLink(turn, args)).replies;
  const made = await createLinkCode(turn.app, turn.user);
  return [reply(t('link.code', { code: formatLinkCode(made.code), minutes: Math.round(LINK_CODE_TTL_MS / 60_000) }))];
}

/**
 * A code was typed (or came in a deep link): nothing is merged yet. `asked`: the code works and
 * the confirmation is waiting for the person's answer.
 */
export async function askToLink(turn: Turn, code: string): Promise<{ asked: boolean; replies: Reply[] }> {
  const { t } = turn;
  if (turn.message.chat.kind === 'group') return { asked: false, replies: [{ text: t('link.in_private'), private: true }] };
  const outcome = await previewLink(turn.app, turn.user, { code });
  if (!outcome.ok) return { asked: false, replies: [reply(refusal(turn, outcome.error))] };
  const { into, from } = outcome;
  const question = t('link.confirm', {
    here: PLATFORM_NAMES[turn.message.platform],
    name: into.displayName,
    there: into.platforms.map((platform) => PLATFORM_NAMES[platform]).join(' + '),
    moving: `${t('link.habits', { count: from.habits })}, ${t('link.entries', { count: from.entries })}`,
    kept: `${t('link.habits', { count: into.habits })}, ${t('link.entries', { count: into.entries })}`,
  });
  return { asked: true, replies: await startConfirmation(turn, 'link', { code: outcome.code }, question, t('button.link')) };
}

/** The person said yes to the confirmation: the merge happens now. The answer is in the language of the profile that remains. */
export async function linkConfirmed(turn: Turn, code: unknown): Promise<Reply[]> {
  if (typeof code !== 'string') return [reply(turn.t('button.expired'))];
  const outcome = await redeemLinkCode(turn.app, turn.user, { code });
  if (!outcome.ok) return [reply(refusal(turn, outcome.error))];
  // The owner may have been in the middle of a question in this chat: it no longer applies.
  await turn.repos.dialogState.clear(outcome.user.id, turn.chatRef);
  return [reply(createTranslator(outcome.user.locale)('link.done', { name: outcome.user.displayName }))];
}

function refusal(turn: Turn, error: 'invalid_code' | 'same_user' | 'too_many_attempts' | 'invalid_input'): string {
  switch (error) {
    case 'invalid_code': return turn.t('link.invalid');
    case 'same_user': return turn.t('link.same_user');
    case 'too_many_attempts': return turn.t('link.too_many');
    case 'invalid_input': return turn.t('link.bad_code');
  }
}
