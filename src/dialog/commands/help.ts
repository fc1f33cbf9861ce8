// /help and /start. /start may carry a deep-link payload (Telegram's t.me/<bot>?start=...):
// "link-CODE" asks to link this chat to a profile on another platform (never without a yes), "lang-pt" / "lang-es" / "lang-en" picks
// the language of someone new. Any other payload is ignored: /start works as usual.
import { localeFromHint, type Locale } from '../../core/languages.js';
import { startOnboarding } from '../flows/onboarding.js';
import type { Reply } from '../messages.js';
import { reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { askToLink } from './link.js';

/** Everything, with the group commands first where they are said: in a group chat. */
export function helpText(turn: Turn): string {
  const parts = [turn.t('help.text'), turn.t('help.groups')];
  return (turn.message.chat.kind === 'group' ? parts.reverse() : parts).join('\n\n');
}

export function helpCommand(turn: Turn): Promise<Reply[]> {
  return Promise.resolve([reply(helpText(turn))]);
}

export type StartPayload = { kind: 'link'; code: string } | { kind: 'language'; locale: Locale } | null;

/** Reads a deep-link payload (Telegram allows A-Z, a-z, 0-9, _ and -, up to 64 characters). */
export function readStartPayload(args: string): StartPayload {
  const payload = args.trim();
  const link = /^link[-_]?([A-Za-z0-9-]{6,24})$/i.exec(payload);
  if (link) return { kind: 'link', code: link[1]! };
  const language = /^(?:lang[-_])?([a-z]{2}(?:[-_][A-Za-z0-9]{2,3})?)$/i.exec(payload);
  const locale = language ? localeFromHint(language[1]) : null;
  if (locale) return { kind: 'language', locale };
  return null;
}

/** /start: setup for someone not onboarded yet, otherwise a short welcome back. */
export async function startCommand(turn: Turn, args = ''): Promise<Reply[]> {
  const payload = readStartPayload(args);
  if (payload?.kind === 'link') {
    // A deep link only asks: tapping someone's link must never hand them this profile.
    const { asked, replies } = await askToLink(turn, payload.code);
    // A code that did not work leaves this person as they were: /start goes on as usual.
    return asked ? replies : [...replies, ...(await greet(turn))];
  }
  // A language chosen by the link counts for someone new; a returning person keeps their own.
  if (payload?.kind === 'language' && !turn.user.onboardedAt) await turn.updateUser({ locale: payload.locale });
  return greet(turn);
}

async function greet(turn: Turn): Promise<Reply[]> {
  if (!turn.user.onboardedAt) return startOnboarding(turn);
  return [reply(`${turn.t('start.again', { name: turn.user.displayName })}\n\n${helpText(turn)}`)];
}
