// /log: logging by command, the way to log in a group whose bot reads only commands (Telegram's
// privacy mode) or the console's scripts. "/log Read 30" is the same as saying "Read 30".
import { handleFreeText } from '../free-text.js';
import type { Reply } from '../messages.js';
import { reply } from '../replies.js';
import type { Turn } from '../turn.js';

export function logCommand(turn: Turn, args: string): Promise<Reply[]> {
  if (!args.trim()) return Promise.resolve([reply(turn.t('log.command_usage'))]);
  return handleFreeText(turn, args);
}
