// /help and /start.
import { startOnboarding } from '../flows/onboarding.js';
import type { Reply } from '../messages.js';
import { reply } from '../replies.js';
import type { Turn } from '../turn.js';

export function helpText(turn: Turn): string {
  return turn.t('help.text');
}

export function helpCommand(turn: Turn): Promise<Reply[]> {
  return Promise.resolve([reply(helpText(turn))]);
}

/** /start: setup for someone not onboarded yet, otherwise a short welcome back. */
export async function startCommand(turn: Turn): Promise<Reply[]> {
  if (!turn.user.onboardedAt) return startOnboarding(turn);
  return [reply(`${turn.t('start.again', { name: turn.user.displayName })}\n\n${helpText(turn)}`)];
}
