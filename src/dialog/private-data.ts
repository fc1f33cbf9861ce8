// A person's own data (/export, /import, /delete) never reaches a group. Asked in a group,
// the work happens as if in the person's direct chat (flow state included, so a confirmation
// or "send me the file" is answered there), the replies are marked `direct`, and the group
// hears only that it went privately. Where the platform shows the answer to the speaker
// alone (Discord ephemeral, InboundMessage.audience 'speaker') no notice is needed.
import type { Reply } from './messages.js';
import { chatRefOf, createTurn, type Turn } from './turn.js';

/** The same person and moment, speaking in their direct chat (its id is their platform id, as on Telegram and Discord). */
function directTurn(turn: Turn): Turn {
  const message = { ...turn.message, chat: { id: turn.message.user.externalId, kind: 'private' as const } };
  return createTurn(turn.deps, turn.user, message, turn.now);
}

/** Where the flow of a private answer keeps its state: the direct chat, unless the platform showed it to the speaker alone. */
export function privateFlowChatRef(turn: Turn, replies: readonly Reply[]): string {
  const movedToDirect = turn.message.chat.kind === 'group' && turn.message.audience !== 'speaker' && replies.some((reply) => reply.direct);
  return movedToDirect ? chatRefOf({ platform: turn.message.platform, chat: { id: turn.message.user.externalId, kind: 'private' } }) : turn.chatRef;
}

export async function answerPrivately(turn: Turn, work: (turn: Turn) => Promise<Reply[]>): Promise<Reply[]> {
  if (turn.message.chat.kind !== 'group') return work(turn);
  if (turn.message.audience === 'speaker') {
    return (await work(turn)).map((reply) => ({ ...reply, private: true, direct: true }));
  }
  const replies = (await work(directTurn(turn))).map((reply) => ({ ...reply, direct: true, editsPrevious: false }));
  const { t } = turn;
  return [...replies, { text: t('privacy.sent_privately'), undelivered: t('privacy.open_private_chat') }];
}
