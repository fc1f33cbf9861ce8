// The buttons groups post (Join on the card, Adopt under a commitment, an admin's Remove). The
// data names a group, commitment or member; what it may do is decided by the chat it was pressed
// in and by the presser, never by the data: nobody joins, adopts or removes for someone else.
import type { ButtonAction } from '../buttons.js';
import type { Reply } from '../messages.js';
import type { Turn } from '../turn.js';
import { adoptButton } from './groups-commit.js';
import { joinButton, removeButton } from './groups-members.js';

export function groupButton(turn: Turn, action: Extract<ButtonAction, { action: 'group' }>): Promise<Reply[]> {
  switch (action.op) {
    case 'join': return joinButton(turn, action.id);
    case 'adopt': return adoptButton(turn, action.id);
    case 'remove': return removeButton(turn, action.id);
  }
}
