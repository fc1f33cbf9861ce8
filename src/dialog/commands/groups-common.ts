// What every group command needs: the chat it was said in, whether that chat is a group's
// home, and whether the speaker is one of the chat's admins (the platform decides).
import type { ChatRef, Group } from '../../app/group-ports.js';
import { createTranslator, type Translate } from '../i18n/index.js';
import type { Reply } from '../messages.js';
import { reply } from '../replies.js';
import type { Turn } from '../turn.js';

export function chatOf(turn: Turn): ChatRef {
  return { platform: turn.message.platform, chatId: turn.message.chat.id };
}

/** The update says (Discord), or the adapter's ChatAdmins port is asked (Telegram); otherwise nobody is an admin. */
export async function isChatAdmin(turn: Turn): Promise<boolean> {
  const { message } = turn;
  if (message.chat.kind !== 'group') return false;
  if (message.speakerIsAdmin !== undefined) return message.speakerIsAdmin;
  try {
    return (await turn.deps.chatAdmins?.isAdmin(chatOf(turn), message.user.externalId)) ?? false;
  } catch (error) {
    turn.deps.logger?.warn({ err: error, platform: message.platform }, 'could not tell whether the speaker is a chat admin');
    return false;
  }
}

/** Said outside a group chat: the console has no groups, a direct chat is not one. */
export function notInGroupChat(turn: Turn, command: string): Reply[] | null {
  if (turn.message.platform === 'console') return [reply(turn.t('group.console'))];
  if (turn.message.chat.kind !== 'group') return [reply(turn.t('group.not_in_group', { command }))];
  return null;
}

/** The group whose home this chat is, or the reply saying why there is none. */
export async function homeGroup(turn: Turn, command: string): Promise<{ group: Group } | { replies: Reply[] }> {
  const outside = notInGroupChat(turn, command);
  if (outside) return { replies: outside };
  const group = await turn.repos.groups.findByChat(chatOf(turn));
  return group ? { group } : { replies: [reply(turn.t('group.no_group'))] };
}

/** The speaker's name as the group sees it. */
export function speakerName(turn: Turn): string {
  return turn.user.displayName;
}

/**
 * The group's own language, for what is said to everyone in its chat (the card, settings,
 * announcements); a reply meant for the speaker alone (a refusal, a hint) stays in theirs.
 */
export function groupT(group: Pick<Group, 'locale'>): Translate {
  return createTranslator(group.locale);
}
